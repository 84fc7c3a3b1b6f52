// Shared by the hardening tests (tests/integration/hardening-*.int.test.ts, short) and the reliability suite
// (tests/reliability/, long): the real CLI as a child process, a private Neo4j, the load client, census and
// checksums. Every address is 127.0.0.1.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Graph } from "../../src/db/executor.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = join(ROOT, "bin/modelgraph.js");
export const LOAD_CLIENT = join(ROOT, "tests/reliability/load-client.ts");

/** A TCP port nothing listens on right now (Neo4j is then started on it, or it stays dead on purpose). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The environment a child CLI runs with: this one's, minus anything that would change its behaviour. */
export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", FORCE_COLOR: "0" };
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `modelgraph ARGS` to completion (killed after `timeoutMs`). */
export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 60_000,
): Promise<CliResult> {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  return collect(child, started, timeoutMs);
}

function collect(child: ChildProcess, started: number, timeoutMs: number): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  /** http://127.0.0.1:PORT */
  base: string;
  stderr(): string;
  stdout(): string;
  /** Resolves with the exit code and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** SIGKILL if still running (cleanup). */
  kill(): Promise<void>;
}

/** `modelgraph serve` (or `start`) as a child on a free port; resolves once it listens. */
export async function startServerProcess(
  env: Record<string, string | undefined>,
  command: "serve" | "start" = "serve",
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, command], {
    cwd: ROOT,
    env: childEnv({ HOST: "127.0.0.1", PORT: "0", ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => {
    stdout = (stdout + d).slice(-200_000);
  });
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr = (stderr + d).slice(-200_000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${stderr}`)),
      timeoutMs,
    );
    const look = () => {
      const match = /on http:\/\/localhost:(\d+)\/graphql/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        child.stderr?.off("data", look);
        resolve(Number(match[1]));
      }
    };
    child.stderr?.on("data", look);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${signal ?? code}) before listening:\n${stderr}`));
    });
  });
  return {
    child,
    pid: child.pid as number,
    base: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    stdout: () => stdout,
    exited,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
    },
  };
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export async function postGraphQL(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody, ms: Date.now() - started };
}

/** Polls `check` every `everyMs` until it returns true or `timeoutMs` passes; returns the time it took. */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      if (await check()) return Date.now() - started;
    } catch {
      // not yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** One gauge of the server's /metrics (the first sample whose name matches exactly). */
export async function metricValue(base: string, name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  if (!line) throw new Error(`no metric ${name}`);
  return Number(line.slice(line.lastIndexOf(" ") + 1));
}

/**
 * The graph's identity: counts by label and type, and a SHA-256 over every model key, paper id and edge
 * (type, ends, supporting papers), sorted. Two runs with equal fingerprints stored the same graph.
 */
export async function fingerprint(
  graph: Graph,
): Promise<{ census: Record<string, number>; checksum: string }> {
  const counts = await graph.read<{ kind: string; count: number }>(
    `MATCH (n) UNWIND labels(n) AS label RETURN ':' + label AS kind, count(*) AS count
     UNION ALL
     MATCH ()-[r]->() RETURN '-' + type(r) AS kind, count(*) AS count`,
  );
  const census = Object.fromEntries(counts.map((row) => [row.kind, row.count]).sort());
  const [row] = await graph.read<{ items: string[] }>(
    `CALL () {
       MATCH (m:Model) RETURN 'model ' + m.key + ' ' + m.name + ' ' + coalesce(m.family, '') AS item
       UNION ALL
       MATCH (p:Paper) RETURN 'paper ' + p.id AS item
       UNION ALL
       MATCH (a)-[r]->(b) WHERE NOT a:Evidence AND NOT b:Evidence
       RETURN 'edge ' + type(r) + ' ' + coalesce(a.key, a.id, a.name) + ' ' + coalesce(b.key, b.id, b.name) + ' ' +
              reduce(s = '', x IN coalesce(r.papers, []) | s + x + ',') AS item
       UNION ALL
       MATCH (e:Evidence) RETURN 'evidence ' + e.id + ' ' + e.fact AS item
     }
     WITH item ORDER BY item
     RETURN collect(item) AS items`,
  );
  const checksum = createHash("sha256")
    .update((row?.items ?? []).join("\n"))
    .digest("hex");
  return { census, checksum };
}

/** Lineage queries a chart or the explorer sends, over the seed listing's models. */
export const LINEAGE_QUERIES: { query: string; variables: Record<string, unknown> }[] = (() => {
  const names = [
    "Gemma",
    "Gemma 2",
    "Gemma 3",
    "MedGemma",
    "MedGemma 1.5",
    "CodeGemma",
    "EmbeddingGemma",
    "Gemini",
  ];
  const list: { query: string; variables: Record<string, unknown> }[] = [];
  for (const name of names) {
    list.push({
      query: `query ($n: String!, $d: Int) { model(name: $n) { name family ancestors(maxDepth: $d) { depth model { name } path { type parent { name } } } } }`,
      variables: { n: name, d: 10 },
    });
    list.push({
      query: `query ($n: String!) { model(name: $n) { name descendants { depth model { name sizes } } parents { type parent { name } evidence { sentence rule paper { title } } } } }`,
      variables: { n: name },
    });
    list.push({
      query: `query ($n: String!) { lineageGraph(root: $n, maxDepth: 4) { nodes { id label kind } edges { source target type } truncated } }`,
      variables: { n: name },
    });
  }
  for (const [a, b] of [
    ["CodeGemma", "MedGemma"],
    ["MedGemma 1.5", "Gemini"],
    ["EmbeddingGemma", "CodeGemma"],
  ]) {
    list.push({
      query: `query ($a: String!, $b: String!) { lineagePath(from: $a, to: $b) { type child { name } parent { name } } commonAncestors(a: $a, b: $b) { model { name } depthFromA depthFromB } }`,
      variables: { a, b },
    });
  }
  list.push({
    query: `{ models(first: 20, filter: { family: "Gemma" }) { totalCount edges { node { name inheritedCapabilities { name from { name } } } } } }`,
    variables: {},
  });
  list.push({ query: `{ search(text: "medgemma") { kind score } }`, variables: {} });
  return list;
})();

export interface LoadSummary {
  sent: number;
  /** Wall-clock ms when the client began: bucket i covers [startedAt + 100 i, startedAt + 100 (i + 1)). */
  startedAt: number;
  outcomes: Record<string, number>;
  /** Per 100 ms of the run: requests that ended ok or not. */
  buckets: { ok: number; failed: number }[];
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  elapsedMs: number;
}

/** Starts the load client as its own process; `done` resolves with its summary. */
export function startLoad(options: {
  base: string;
  connections: number;
  durationMs: number;
  queries?: { query: string; variables: Record<string, unknown> }[];
  timeoutMs?: number;
  stopOnRefused?: boolean;
}): { child: ChildProcess; done: Promise<LoadSummary> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", LOAD_CLIENT, JSON.stringify({ queries: LINEAGE_QUERIES, ...options })],
    { cwd: ROOT, env: childEnv({}), stdio: ["ignore", "pipe", "pipe"] },
  );
  const done = collect(child, Date.now(), options.durationMs + 60_000).then((result) => {
    if (result.code !== 0)
      throw new Error(`load client failed (${result.signal ?? result.code}):\n${result.stderr}`);
    return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as LoadSummary;
  });
  return { child, done };
}
