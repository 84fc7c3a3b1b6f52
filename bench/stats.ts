// Latency percentiles and process memory, shared by the bench's processes.
import { readFileSync } from "node:fs";

export interface Latency {
  count: number;
  p50: number;
  /** The percentile the @neo4j/graphql authors publish their requests/s at. */
  p90: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Nearest-rank percentiles of latencies in ms. */
export function latency(samples: number[]): Latency {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.length ? sum / sorted.length : 0,
  };
}

/** What a load child reports: every response time in ms over `seconds`, and the requests that failed. */
export interface LoadRun {
  samples: number[];
  seconds: number;
  errors: number;
  non2xx?: number;
  timeouts?: number;
}

export type LoadResult = Latency & { rps: number; errors: number; non2xx: number; timeouts: number };

/** Several runs of one load as one: percentiles over all their samples, throughput over all their time. */
export function combineRuns(runs: readonly LoadRun[]): LoadResult {
  const samples = runs.flatMap((run) => run.samples);
  const total = (count: (run: LoadRun) => number | undefined) =>
    runs.reduce((sum, run) => sum + (count(run) ?? 0), 0);
  return {
    ...latency(samples),
    rps: samples.length / total((run) => run.seconds),
    errors: total((run) => run.errors),
    non2xx: total((run) => run.non2xx),
    timeouts: total((run) => run.timeouts),
  };
}

/** Resident memory of a process in MB, from /proc (Linux); 0 where there is none. */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every `ms` until stopped; returns the peak and the last sample. */
export function sampleRss(pid: number, ms = 100): { stop(): { peakMb: number; lastMb: number } } {
  let peak = 0;
  let last = 0;
  const timer = setInterval(() => {
    last = rssMb(pid);
    peak = Math.max(peak, last);
  }, ms);
  return {
    stop() {
      clearInterval(timer);
      last = rssMb(pid) || last;
      return { peakMb: Math.max(peak, last), lastMb: last };
    },
  };
}
