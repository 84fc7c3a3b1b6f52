// The bench's child processes (load generators, servers, importers), run as `node --import tsx` so that each
// one's RSS is its own, and the small helpers every bench section shares.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import os from "node:os";
import { join } from "node:path";
import { applyConstraints } from "../src/db/constraints.ts";
import { startEmbeddedNeo4j } from "../src/db/embedded.ts";
import { Graph } from "../src/db/executor.ts";
import { deleteAllInBatches } from "./bulk-writer.ts";

export const HERE = new URL(".", import.meta.url).pathname;
/** Children run as `node --import tsx`: one process, so its pid's RSS is the script's own. */
const NODE_ARGS = ["--import", "tsx"];

/** Runs a bench child process to completion and parses the JSON line it prints last. */
export async function child<T>(script: string, input: unknown): Promise<T> {
  const proc = spawn(process.execPath, [...NODE_ARGS, join(HERE, script), JSON.stringify(input)], {
    cwd: join(HERE, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  proc.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  const [code] = (await once(proc, "exit")) as [number | null];
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  const last = out.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as T;
}

/** Starts a server child process (its input as JSON in argv[2]) and waits for its `READY <url>` line. */
export async function startChild(
  script: string,
  input: unknown,
): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [...NODE_ARGS, join(HERE, script), JSON.stringify(input)], {
    cwd: join(HERE, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const ready = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\S+)/.exec(out);
      if (!m?.[1]) return;
      // The request log that follows is drained unread: keeping and re-scanning it cost this process CPU
      // that grew with every request, on the cores the measured processes share.
      proc.stdout?.off("data", ready).resume();
      resolve(m[1]);
    };
    proc.stdout?.on("data", ready);
    proc.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
  return { proc, url };
}

/** How the report names the server it measured (see startOurServer). */
export const OUR_SERVER =
  "compiled JavaScript on plain node (`node dist/cli.js serve`, as `npm start` runs it; no tsx)";

/** A port free on the loopback interface right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no free loopback port");
  return address.port;
}

/**
 * Starts our server as users run it: `modelgraph serve` from the compiled JavaScript in dist/ on plain node (no
 * tsx loader, no source-mapped stack traces), compiled first when src/ changed since the last build. Production
 * settings (request log, metrics, masked errors, no GraphiQL or introspection) but no response cache, so that
 * every request does its work instead of being a cache hit. Ready once /ready answers 200.
 */
export async function startOurServer(uri: string): Promise<{ proc: ChildProcess; url: string }> {
  const root = join(HERE, "..");
  const build = spawnSync(process.execPath, [join(root, "bin/compile.js"), "--if-stale"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("bin/compile.js failed: the bench measures the compiled server");
  const port = await freePort();
  const proc = spawn(process.execPath, [join(root, "dist/cli.js"), "serve"], {
    cwd: root,
    // Only these: the bench's own environment (NEO4J_PASSWORD, LOG_LEVEL, …) must not change what is measured.
    env: {
      NEO4J_URI: uri,
      HOST: "127.0.0.1",
      PORT: String(port),
      NODE_ENV: "production",
      RESPONSE_CACHE_TTL_MS: "0",
      QUERY_TIMEOUT_MS: "60000",
      NEO4J_CONNECT_TIMEOUT_MS: "10000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // The request log is drained unread, as a log shipper would take it.
  proc.stdout?.resume();
  const base = `http://127.0.0.1:${port}`;
  for (const started = performance.now(); ; ) {
    if (proc.exitCode !== null)
      throw new Error(`modelgraph serve exited with ${proc.exitCode} before it was ready`);
    if (performance.now() - started > 120_000) {
      await stopChild(proc);
      throw new Error("modelgraph serve was not ready within 120 s");
    }
    const ready = await fetch(`${base}/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { proc, url: `${base}/graphql` };
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function serverPid(proc: ChildProcess): number {
  return proc.pid ?? 0;
}

export async function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  proc.kill("SIGTERM");
  await Promise.race([once(proc, "exit"), new Promise((r) => setTimeout(r, 5_000))]);
  if (proc.exitCode === null) proc.kill("SIGKILL");
}

export async function post(
  url: string,
  body: unknown,
): Promise<{ data?: unknown; errors?: unknown[]; extensions?: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as {
    data?: unknown;
    errors?: unknown[];
    extensions?: Record<string, unknown>;
  };
}

/** The catalogue's nodes and relationships (not the one ModelgraphSchema bookkeeping node the seeder records). */
export async function census(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await graph.read<{ n: number }>(
    "MATCH (n) WHERE NOT n:ModelgraphSchema RETURN count(n) AS n",
  );
  const [rels] = await graph.read<{ n: number }>("MATCH ()-[r]->() RETURN count(r) AS n");
  return { nodes: nodes?.n ?? 0, relationships: rels?.n ?? 0 };
}

export function sizeName(models: number): string {
  return models >= 1_000_000 && models % 1_000_000 === 0
    ? `${models / 1_000_000}m`
    : models >= 1000 && models % 1000 === 0
      ? `${models / 1000}k`
      : String(models);
}

export function memoryFor(models: number): { heap: string; pageCache: string } {
  if (models >= 500_000) return { heap: "4g", pageCache: "6g" };
  if (models >= 50_000) return { heap: "2g", pageCache: "2g" };
  return { heap: "1g", pageCache: "512m" };
}

export interface BenchDatabase {
  graph: Graph;
  uri: string;
  /** Neo4j's version, for the report. */
  version: string;
  /** Stops the embedded Neo4j this started (nothing for an external one); the graph is closed by its user. */
  stop: () => Promise<void>;
}

/**
 * The bench's Neo4j, empty and with the constraints applied: `uri` (emptied first), or else a private embedded one
 * with its data in `work`, with `memory`.
 */
export async function openBenchDatabase(
  uri: string | undefined,
  work: string,
  memory: { heap: string; pageCache: string },
  log: (message: string) => void,
): Promise<BenchDatabase> {
  let stop = async () => {};
  if (!uri) {
    log(`starting a private embedded Neo4j (heap ${memory.heap}, page cache ${memory.pageCache}) in ${work}`);
    const neo4j = await startEmbeddedNeo4j({ dataDir: join(work, "neo4j"), ...memory, onProgress: log });
    uri = neo4j.uri;
    stop = () => neo4j.stop();
  }
  const graph = new Graph({ uri, database: "neo4j", queryTimeoutMs: 600_000, connectTimeoutMs: 10_000 });
  try {
    const [info] = await graph.read<{ versions: string[] }>(
      "CALL dbms.components() YIELD versions RETURN versions",
    );
    await deleteAllInBatches(graph);
    await applyConstraints(graph);
    return { graph, uri, version: info?.versions[0] ?? "unknown", stop };
  } catch (error) {
    await graph.close();
    await stop();
    throw error;
  }
}

/** The machine a report was measured on. */
export const machineOf = (
  neo4jVersion: string,
  neo4jMemory: { heap: string; pageCache: string } | "external",
) => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? "unknown",
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  neo4j: neo4jVersion,
  neo4jMemory,
});
