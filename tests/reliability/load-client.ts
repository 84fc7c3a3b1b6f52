// The load generator, run as its own process (`node --import tsx load-client.ts '<json options>'`) so that its
// CPU and memory are not the server's: N keep-alive connections, each sending GraphQL POSTs back to back for a
// bounded time, to 127.0.0.1 only. Prints one JSON summary line: outcomes by kind, a timeline in 100 ms buckets,
// and latency percentiles.
import { Agent, request } from "node:http";

interface Options {
  base: string;
  connections: number;
  durationMs: number;
  queries: { query: string; variables: Record<string, unknown> }[];
  /** Per-request timeout. */
  timeoutMs?: number;
  /** A worker stops at its first refused connection (the server has gone away: SIGTERM tests). */
  stopOnRefused?: boolean;
}

const options = JSON.parse(process.argv[2] ?? "{}") as Options;
const url = new URL("/graphql", options.base);
if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost")
  throw new Error("load goes to 127.0.0.1 only");

const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
const started = performance.now();
const startedAt = Date.now();
let deadline = started + options.durationMs;
// SIGTERM ends the run early (requests in flight finish), for tests that stop the load at an event.
process.on("SIGTERM", () => {
  deadline = 0;
});
const outcomes: Record<string, number> = {};
const buckets: { ok: number; failed: number }[] = [];
const latencies: number[] = [];
let sent = 0;

function record(outcome: string, at: number, ms: number): void {
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  const slot = Math.floor((at - started) / 100);
  while (buckets.length <= slot) buckets.push({ ok: 0, failed: 0 });
  const bucket = buckets[slot] as { ok: number; failed: number };
  if (outcome === "ok") bucket.ok += 1;
  else bucket.failed += 1;
  latencies.push(ms);
}

/** One POST; resolves with its outcome: ok, graphql:<CODE>, http:<status>, or net:<error code>. */
function send(body: string): Promise<string> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        timeout: options.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (error: NodeJS.ErrnoException) => resolve(`net:${error.code ?? error.message}`));
        res.on("end", () => {
          if (res.statusCode !== 200) return resolve(`http:${res.statusCode}`);
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
              errors?: { extensions?: { code?: string } }[];
            };
            const code = parsed.errors?.[0]?.extensions?.code;
            resolve(parsed.errors?.length ? `graphql:${code ?? "UNKNOWN"}` : "ok");
          } catch {
            resolve("bad-json");
          }
        });
      },
    );
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.on("error", (error: NodeJS.ErrnoException) => resolve(`net:${error.code ?? error.message}`));
    req.end(body);
  });
}

async function worker(index: number): Promise<void> {
  let i = index;
  while (performance.now() < deadline) {
    const pick = options.queries[i % options.queries.length];
    i += options.connections + 1;
    const begin = performance.now();
    sent += 1;
    const outcome = await send(JSON.stringify(pick));
    const end = performance.now();
    record(outcome, end, end - begin);
    if (outcome === "net:ECONNREFUSED") {
      if (options.stopOnRefused) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

await Promise.all(Array.from({ length: options.connections }, (_, i) => worker(i)));
agent.destroy();
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0);
process.stdout.write(
  `${JSON.stringify({
    sent,
    startedAt,
    outcomes,
    buckets,
    latencyMs: { p50: pct(0.5), p95: pct(0.95), p99: pct(0.99), max: Math.round(latencies.at(-1) ?? 0) },
    elapsedMs: Math.round(performance.now() - started),
  })}\n`,
);
