import { SingleBar } from "cli-progress";

/** "1 paper", "2 papers": a count with its noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : pluralForm}`;
}

/** Progress lines for humans go to stderr, so stdout stays clean for data (`extract --json`). */
export const log = (message: string) => process.stderr.write(`${message}\n`);

/** A progress bar on a terminal; silent when stderr is piped (CI logs, tests). */
export function progressBar(label: string, unit = "papers") {
  if (!process.stderr.isTTY) return { update: (_done: number, _total: number) => {}, stop: () => {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} ${unit}`, stream: process.stderr });
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}
