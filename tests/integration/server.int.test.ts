import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { type RunningServer, startServer } from "../../src/serve/index.ts";
import { testGraph, testSettings, unreachableGraph } from "../support/index.ts";

describe("the HTTP server", () => {
  let graph: Graph;
  let server: RunningServer;

  beforeAll(async () => {
    graph = testGraph();
    server = await startServer(graph, { port: 0, host: "127.0.0.1", settings: testSettings() });
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  const url = (path: string) => new URL(path, server.url).toString();

  it("answers liveness and readiness while Neo4j is up", async () => {
    expect((await fetch(url("/health"))).status).toBe(200);
    const ready = await fetch(url("/ready"));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", neo4j: "up" });
  });

  it("serves GraphiQL to browsers on /graphql", async () => {
    const page = await fetch(url("/graphql"), { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("graphiql");
  });

  it("reports not ready, with the reason, when Neo4j cannot be reached", async () => {
    const unreachable = unreachableGraph(1000);
    const down = await startServer(unreachable, { port: 0, host: "127.0.0.1", settings: testSettings() });
    try {
      const ready = await fetch(new URL("/ready", down.url));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "unavailable", neo4j: "down" });
      expect((await fetch(new URL("/health", down.url))).status).toBe(200);
    } finally {
      await down.close();
      await unreachable.close();
    }
  });
});
