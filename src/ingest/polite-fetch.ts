// HTTP for importers that fetch from public APIs: wait as the server asks (429/503 with Retry-After), back off
// otherwise, and give up after a few tries.

export interface PoliteOptions {
  /** Retries of one request answered 429 or 5xx. */
  maxRetries?: number;
  /** How to wait (tests pass one that does not). */
  sleep?: (ms: number) => Promise<void>;
  /** Told of every wait for a rate limit. */
  onWait?: (ms: number, url: string) => void;
}

const DEFAULT_RETRIES = 5;
const LONGEST_WAIT_MS = 600_000;

/** Waits `ms` for real. */
export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or null without one. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, LONGEST_WAIT_MS);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.min(Math.max(0, at - now), LONGEST_WAIT_MS);
}

/** `fetch` that waits and retries on 429 and 5xx, as the server asks (Retry-After), else with a growing back-off. */
export function politeFetch(options: PoliteOptions): typeof fetch {
  const sleep = options.sleep ?? realSleep;
  const retries = options.maxRetries ?? DEFAULT_RETRIES;
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(input, init);
      if ((response.status !== 429 && response.status < 500) || attempt >= retries) return response;
      const wait = retryAfterMs(response.headers.get("retry-after")) ?? 1000 * 2 ** attempt;
      await response.body?.cancel();
      options.onWait?.(wait, String(input));
      await sleep(wait);
    }
  };
}
