// Latency percentiles and process memory, shared by the bench's processes.
import { readFileSync } from "node:fs";

export interface Latency {
  count: number;
  p50: number;
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
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.length ? sum / sorted.length : 0,
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
