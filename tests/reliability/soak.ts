// The soak and the drain, shared by the short run in `npm test` and the 60 s run in `npm run test:reliability`.
import { expect } from "vitest";
import {
  LINEAGE_QUERIES,
  type LoadSummary,
  metricValue,
  postGraphQL,
  type ServerProcess,
  startLoad,
} from "./support.ts";

/** Each query once, in turn: Neo4j plans and caches them, the server compiles its code paths. */
export async function warmUp(server: ServerProcess): Promise<void> {
  for (const { query, variables } of LINEAGE_QUERIES) {
    const { body } = await postGraphQL(server.base, query, variables);
    expect(body.errors, query).toBeUndefined();
  }
}

export interface SoakResult {
  load: LoadSummary;
  /** Heap used (MB) averaged over the second window and over the last window of the run. */
  heapMb: { second: number; last: number };
  rssMb: { second: number; last: number };
  samples: number;
}

/**
 * `connections` keep-alive connections of mixed lineage queries for `durationMs`, from a second process, while
 * the server's memory is sampled from its /metrics every 250 ms. Windows are `windowMs` long.
 */
export async function soak(
  server: ServerProcess,
  options: { connections: number; durationMs: number; windowMs: number },
): Promise<SoakResult> {
  const started = Date.now();
  const { done } = startLoad({
    base: server.base,
    connections: options.connections,
    durationMs: options.durationMs,
  });
  const samples: { at: number; heap: number; rss: number }[] = [];
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  while (!finished) {
    try {
      const [heap, rss] = await Promise.all([
        metricValue(server.base, "modelgraph_nodejs_heap_size_used_bytes"),
        metricValue(server.base, "modelgraph_process_resident_memory_bytes"),
      ]);
      samples.push({ at: Date.now() - started, heap, rss });
    } catch {
      // a sample lost under load is no matter
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const load = await done;
  const end = Math.max(...samples.map((s) => s.at));
  const window = (from: number, to: number, key: "heap" | "rss") => {
    const inside = samples.filter((s) => s.at >= from && s.at < to).map((s) => s[key]);
    return inside.reduce((sum, value) => sum + value, 0) / Math.max(1, inside.length) / 2 ** 20;
  };
  const w = options.windowMs;
  return {
    load,
    heapMb: { second: window(w, 2 * w, "heap"), last: window(end - w, end + 1, "heap") },
    rssMb: { second: window(w, 2 * w, "rss"), last: window(end - w, end + 1, "rss") },
    samples: samples.length,
  };
}

/** Zero failed requests of any kind, and memory flat: the last window no more than 25% (and 40 MB) above the second. */
export function expectHealthySoak(result: SoakResult): void {
  expect(result.load.outcomes, JSON.stringify(result.load.outcomes)).toEqual({ ok: result.load.sent });
  expect(result.load.sent).toBeGreaterThan(0);
  expect(result.samples).toBeGreaterThan(4);
  const growth = result.heapMb.last - result.heapMb.second;
  expect(growth, `heap ${JSON.stringify(result.heapMb)}`).toBeLessThan(
    Math.max(40, result.heapMb.second * 0.25),
  );
}

/**
 * SIGTERM while `connections` connections are busy: every request either completes or, once the server has
 * stopped listening, is refused a new connection; none is reset. The server exits 0 within 10 s.
 */
export async function sigtermUnderLoad(
  server: ServerProcess,
  options: { connections: number; afterMs: number },
): Promise<{ exitMs: number; load: LoadSummary; code: number | null }> {
  const { done } = startLoad({
    base: server.base,
    connections: options.connections,
    durationMs: options.afterMs + 12_000,
    stopOnRefused: true,
  });
  await new Promise((resolve) => setTimeout(resolve, options.afterMs));
  const signalled = Date.now();
  server.child.kill("SIGTERM");
  const exit = await server.exited;
  const load = await done;
  return { exitMs: exit.at - signalled, load, code: exit.code };
}

export function expectCleanDrain(result: { exitMs: number; load: LoadSummary; code: number | null }): void {
  const { outcomes } = result.load;
  const bad = Object.entries(outcomes).filter(
    ([outcome]) => outcome !== "ok" && outcome !== "net:ECONNREFUSED",
  );
  expect(bad, JSON.stringify(outcomes)).toEqual([]);
  expect(outcomes.ok ?? 0).toBeGreaterThan(0);
  expect(result.code).toBe(0);
  expect(result.exitMs).toBeLessThan(10_000);
}
