/**
 * src/db/embedded.ts against a real JVM (its own instance, not the suite's shared one): start,
 * status, reuse by a second start, a query over Bolt, clean stop, stale records, start-up errors.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type EmbeddedNeo4j,
  embeddedNeo4jStatus,
  startEmbeddedNeo4j,
  stopEmbeddedNeo4j,
} from "../../src/db/embedded.ts";

const SMALL = { heap: "512m", pageCache: "64m" };

describe("embedded Neo4j", () => {
  let dataDir: string;
  let db: EmbeddedNeo4j;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "modelgraph-embedded-"));
    db = await startEmbeddedNeo4j({ dataDir, port: 0, ...SMALL });
  }, 300_000);

  afterAll(async () => {
    await stopEmbeddedNeo4j(dataDir).catch(() => false);
    await rm(dataDir, { recursive: true, force: true });
  });

  it("starts an owned JVM on 127.0.0.1 and records it in neo4j.json", async () => {
    expect(db.owned).toBe(true);
    expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(() => process.kill(db.pid, 0)).not.toThrow();
    const record = JSON.parse(await readFile(join(dataDir, "neo4j.json"), "utf8"));
    expect(record).toMatchObject({ pid: db.pid, uri: db.uri });
    expect(Number.isNaN(Date.parse(record.startedAt))).toBe(false);
    expect(existsSync(join(dataDir, "neo4j", "data"))).toBe(true);
  });

  it("reports it as running, and a second start on the same folder reuses it", async () => {
    expect(await embeddedNeo4jStatus(dataDir)).toEqual({ running: true, uri: db.uri, pid: db.pid });
    const again = await startEmbeddedNeo4j({ dataDir, ...SMALL });
    expect(again).toMatchObject({ owned: false, pid: db.pid, uri: db.uri });
    await again.stop(); // not ours to stop: a no-op
    expect((await embeddedNeo4jStatus(dataDir)).running).toBe(true);
  });

  it("answers Cypher through neo4j-driver without credentials", async () => {
    const driver = neo4j.driver(db.uri);
    try {
      const { records } = await driver.executeQuery("RETURN 1 AS one", {}, { database: "neo4j" });
      expect(records[0]?.get("one").toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });

  it("stops without leaving a process, then reports not running", async () => {
    await db.stop();
    expect(() => process.kill(db.pid, 0)).toThrow();
    expect(existsSync(join(dataDir, "neo4j.json"))).toBe(false);
    expect(await embeddedNeo4jStatus(dataDir)).toEqual({ running: false });
    expect(await stopEmbeddedNeo4j(dataDir)).toBe(false);
    await db.stop(); // idempotent
  });

  it("treats a record of a dead process as stale", async () => {
    const deadPid = spawnSync("true").pid;
    await writeFile(
      join(dataDir, "neo4j.json"),
      JSON.stringify({ pid: deadPid, uri: "bolt://127.0.0.1:1", startedAt: new Date().toISOString() }),
    );
    expect(await embeddedNeo4jStatus(dataDir)).toEqual({ running: false });
    expect(await stopEmbeddedNeo4j(dataDir)).toBe(false);
    expect(existsSync(join(dataDir, "neo4j.json"))).toBe(false);
  });

  it("rejects with Neo4j's own error when it cannot start (port taken)", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const { port } = blocker.address() as { port: number };
    const otherDir = await mkdtemp(join(tmpdir(), "modelgraph-embedded-fail-"));
    try {
      await expect(startEmbeddedNeo4j({ dataDir: otherDir, port, ...SMALL })).rejects.toThrow(
        /exited \(code 1\) before it was ready[\s\S]*(Address already in use|bind)/i,
      );
      expect(existsSync(join(otherDir, "neo4j.json"))).toBe(false);
    } finally {
      blocker.close();
      await rm(otherDir, { recursive: true, force: true });
    }
  }, 120_000);
});
