// Ingests through the API run one at a time: two batches merging the same models concurrently would only
// deadlock and retry.
let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every ingest queued before it has finished (whether it succeeded or not). */
export function oneIngestAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}
