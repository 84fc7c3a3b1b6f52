// Load, short: 50 connections of mixed lineage queries for 5 s against `modelgraph serve` (a child process; the
// load from another), zero errors and memory flat; then SIGTERM under load drains without a reset connection.
// The 60 s soak, with an embedded Neo4j stopped on SIGTERM, is tests/reliability/soak.rel.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { resetDatabase, seedTheSeedListing, testGraph } from "../support/index.ts";
import { expectCleanDrain, expectHealthySoak, sigtermUnderLoad, soak } from "./soak.ts";
import { type ServerProcess, startServerProcess } from "./support.ts";

describe("the server under load (short)", () => {
  let graph: Graph;
  let server: ServerProcess;

  beforeAll(async () => {
    graph = testGraph();
    await resetDatabase(graph);
    await seedTheSeedListing(graph);
    // No response cache: every request reaches Neo4j.
    server = await startServerProcess({
      NEO4J_URI: inject("neo4jUri"),
      RESPONSE_CACHE_TTL_MS: "0",
      NODE_OPTIONS: "--max-old-space-size=192",
    });
  });
  afterAll(async () => {
    await server?.kill();
    await graph.close();
  });

  it("holds 50 connections of mixed lineage queries for 5 s: zero errors, memory flat", async () => {
    const result = await soak(server, { connections: 50, durationMs: 5_000, windowMs: 1_000 });
    console.log(
      `soak 5 s: ${result.load.sent} requests (${Math.round(result.load.sent / 5)}/s), p50 ${result.load.latencyMs.p50} ms, ` +
        `p99 ${result.load.latencyMs.p99} ms; heap ${result.heapMb.second.toFixed(1)} → ${result.heapMb.last.toFixed(1)} MB, ` +
        `rss ${result.rssMb.second.toFixed(1)} → ${result.rssMb.last.toFixed(1)} MB`,
    );
    expectHealthySoak(result);
  });

  it("drains on SIGTERM under load: no reset connection, exit 0 within 10 s", async () => {
    const result = await sigtermUnderLoad(server, { connections: 50, afterMs: 1_500 });
    console.log(
      `SIGTERM under load: exited in ${result.exitMs} ms; outcomes ${JSON.stringify(result.load.outcomes)}`,
    );
    expectCleanDrain(result);
    expect(server.stderr()).toMatch(/shutting down/);
  });
});
