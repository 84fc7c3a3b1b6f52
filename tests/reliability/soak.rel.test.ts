// The 60 s soak and the drain, on `modelgraph start` as a user runs it: its own embedded Neo4j (in a temporary
// data folder), seeded by the start itself. 50 connections of mixed lineage queries from a second process for
// 60 s: zero errors, memory flat between the second and the last ten seconds. Then SIGTERM under load: no reset
// connection, exit within 10 s, and the embedded Neo4j stopped with it. Slow clients are cut meanwhile.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectCleanDrain, expectHealthySoak, sigtermUnderLoad, soak } from "./soak.ts";
import { type ServerProcess, startServerProcess } from "./support.ts";

const SOAK_MS = Number(process.env.SOAK_MS ?? 60_000);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe(`modelgraph start under load for ${SOAK_MS / 1000} s`, () => {
  let dir: string;
  let server: ServerProcess;
  let neo4jPid: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "modelgraph-soak-"));
    server = await startServerProcess(
      {
        NEO4J_URI: undefined,
        MODELGRAPH_DATA_DIR: dir,
        NEO4J_HEAP: "512m",
        NEO4J_PAGECACHE: "64m",
        RESPONSE_CACHE_TTL_MS: "0",
        // A heap ceiling near the live set makes V8 collect as it goes, so that "heap used" measures what is
        // kept rather than how lazily garbage is collected; a leak would grow it, then fail requests.
        NODE_OPTIONS: "--max-old-space-size=192",
      },
      "start",
      240_000,
    );
    neo4jPid = (JSON.parse(await readFile(join(dir, "neo4j.json"), "utf8")) as { pid: number }).pid;
  });
  afterAll(async () => {
    await server?.kill();
    if (neo4jPid && isAlive(neo4jPid)) process.kill(neo4jPid, "SIGKILL");
    await rm(dir, { recursive: true, force: true });
  });

  it("holds 50 connections of mixed lineage queries: zero errors, memory flat", async () => {
    const result = await soak(server, { connections: 50, durationMs: SOAK_MS, windowMs: SOAK_MS / 6 });
    const seconds = SOAK_MS / 1000;
    console.log(
      `soak ${seconds} s, 50 connections: ${result.load.sent} requests (${Math.round(result.load.sent / seconds)}/s), ` +
        `outcomes ${JSON.stringify(result.load.outcomes)}, p50 ${result.load.latencyMs.p50} ms, p99 ${result.load.latencyMs.p99} ms; ` +
        `heap used ${result.heapMb.second.toFixed(1)} MB (second window) → ${result.heapMb.last.toFixed(1)} MB (last), ` +
        `rss ${result.rssMb.second.toFixed(1)} → ${result.rssMb.last.toFixed(1)} MB`,
    );
    expectHealthySoak(result);
  });

  it("cuts a slowloris that never finishes its headers", async () => {
    const { port } = new URL(server.base);
    const started = Date.now();
    const reply = await new Promise<string>((resolve) => {
      let text = "";
      const socket = connect(Number(port), "127.0.0.1", () =>
        socket.write("GET /health HTTP/1.1\r\nHost: x\r\n"),
      );
      const drip = setInterval(() => socket.write("X-Slow: 1\r\n"), 1_000);
      socket.on("data", (chunk) => {
        text += String(chunk);
      });
      socket.on("error", () => {});
      socket.on("close", () => {
        clearInterval(drip);
        resolve(text);
      });
    });
    // HEADERS_TIMEOUT_MS defaults to 10 s; deadlines are checked every second.
    expect(reply).toMatch(/^HTTP\/1.1 408/);
    expect(Date.now() - started).toBeLessThan(10_000 + 3_000);
  });

  it("drains on SIGTERM under load, and stops its embedded Neo4j, within 10 s", async () => {
    expect(isAlive(neo4jPid)).toBe(true);
    const result = await sigtermUnderLoad(server, { connections: 50, afterMs: 3_000 });
    console.log(
      `SIGTERM under 50 connections: exit ${result.code} after ${result.exitMs} ms; outcomes ${JSON.stringify(result.load.outcomes)}`,
    );
    expectCleanDrain(result);
    expect(isAlive(neo4jPid)).toBe(false);
  });
});
