// Database faults, short: the server started against a Neo4j that is down, a query cut by its timeout, and the
// token-gated ingest mutation writing through the real path (nothing half-written, the response cache emptied).
// The long versions (Neo4j stopped and restarted under load, the seeder killed) are in tests/reliability/.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig, serveSettings } from "../../src/config.ts";
import { DatabaseError } from "../../src/db/errors.ts";
import { Graph } from "../../src/db/executor.ts";
import { createModelgraphYoga } from "../../src/serve/index.ts";
import { fingerprint, freePort, postGraphQL, startServerProcess } from "../reliability/support.ts";
import {
  census,
  type GraphQLResponse,
  post,
  resetDatabase,
  seedTheSeedListing,
  testGraph,
} from "../support/index.ts";

describe("the server with Neo4j down", () => {
  // How fast it answers is the bench's to measure; here, that it answers at all, and with the right code.
  it("starts, answers liveness 200 and readiness 503, and DATABASE_UNAVAILABLE", async () => {
    const deadPort = await freePort();
    const server = await startServerProcess({ NEO4J_URI: `bolt://127.0.0.1:${deadPort}` });
    try {
      expect((await fetch(`${server.base}/health`)).status).toBe(200);
      const ready = await fetch(`${server.base}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "unavailable", neo4j: "down" });
      for (const query of ['{ model(name: "Gemma") { name } }', "{ stats { nodes } }"]) {
        const { body } = await postGraphQL(server.base, query);
        expect(body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
        expect(body.errors?.[0]?.message).toMatch(/database is unavailable/);
      }
      expect(server.stderr()).toMatch(/does not answer: serving not-ready/);
    } finally {
      await server.kill();
    }
  });
});

describe("a slow query", () => {
  it("is cut by QUERY_TIMEOUT_MS and reported as QUERY_TIMEOUT, once, not retried", async () => {
    const graph = new Graph({
      uri: inject("neo4jUri"),
      database: "neo4j",
      queryTimeoutMs: 500,
      connectTimeoutMs: 3_000,
    });
    const seen: string[] = [];
    graph.observeQueries((kind, _seconds, outcome) => seen.push(`${kind}:${outcome}`));
    try {
      const error = await graph
        .read("UNWIND range(1, 300000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS c")
        .then(
          () => undefined,
          (failure: unknown) => failure as DatabaseError,
        );
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error?.code).toBe("QUERY_TIMEOUT");
      expect(error?.message).toMatch(/longer than 500 ms/);
      // One attempt, not retried: the query log shows a single timed-out read.
      expect(seen).toEqual(["read:timeout"]);
      // The pool is healthy afterwards (with a roomier timeout: Neo4j may still be winding the query down).
      const roomy = testGraph();
      try {
        expect(await roomy.read("RETURN 1 AS one")).toEqual([{ one: 1 }]);
        expect(
          (await roomy.read<{ n: number }>("SHOW TRANSACTIONS YIELD currentQuery RETURN count(*) AS n"))[0]
            ?.n,
        ).toBe(1);
      } finally {
        await roomy.close();
      }
    } finally {
      await graph.close();
    }
  });
});

describe("ingestAbstracts through the API", () => {
  let graph: Graph;
  const token = "test-ingest-token-0123456789";
  const settings = { ...serveSettings(loadConfig({})), ingestToken: token, responseCacheTtlMs: 60_000 };
  let yoga: ReturnType<typeof createModelgraphYoga>;
  const paper = (title: string, abstract: string, date = "2025-03-01") =>
    JSON.stringify({ title, authors: ["A. Author"], date, abstract, organizations: ["Test Lab"] });
  const two = [
    paper("Nimbus: An Open Model", "We introduce Nimbus, a family of open language models based on Gemma 2."),
    paper(
      "Nimbus-Med",
      "We introduce Nimbus-Med, a medical model fine-tuned from Nimbus for clinical question answering.",
    ),
  ].join("\n");

  const ingest = (text: string, authorization?: string, format = "JSONL") =>
    post(
      yoga,
      {
        query: `mutation ($text: String!, $format: InputFormat!) { ingestAbstracts(format: $format, text: $text) {
          papers { id title introduces { name } } modelObservations relations facts skipped warnings } }`,
        variables: { text, format },
      },
      authorization ? { authorization } : {},
    );
  const modelCount = async () => {
    const { body } = await post<GraphQLResponse<{ models: { totalCount: number } }>>(yoga, {
      query: "{ models { totalCount } }",
    });
    return body.data?.models.totalCount ?? Number.NaN;
  };

  beforeAll(async () => {
    graph = testGraph();
    await resetDatabase(graph);
    await seedTheSeedListing(graph);
    yoga = createModelgraphYoga(graph, { settings });
  });
  afterAll(() => graph.close());

  it("refuses without a configured token (FORBIDDEN), and writes nothing", async () => {
    const before = await census(graph);
    const closed = createModelgraphYoga(graph, { settings: { ...settings, ingestToken: undefined } });
    const { body } = await post(
      closed,
      { query: `mutation { ingestAbstracts(format: JSONL, text: ${JSON.stringify(two)}) { facts } }` },
      { authorization: `Bearer ${token}` },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(body.extensions?.neo4jQueries).toBe(0);
    expect(await census(graph)).toEqual(before);
  });

  it.each([
    ["no header", undefined],
    ["a wrong token", "Bearer test-ingest-token-0123456780"],
    ["a token prefix", "Bearer test-ingest-token"],
    ["another scheme", `Basic ${token}`],
  ])("refuses %s (UNAUTHENTICATED, HTTP 401), and writes nothing", async (_case, authorization) => {
    const before = await census(graph);
    const { status, body } = await ingest(two, authorization);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(body.extensions?.neo4jQueries).toBe(0);
    expect(await census(graph)).toEqual(before);
  });

  it("refuses text over INGEST_MAX_BYTES", async () => {
    const small = createModelgraphYoga(graph, { settings: { ...settings, ingestMaxBytes: 100 } });
    const { body } = await post(
      small,
      { query: `mutation { ingestAbstracts(format: JSONL, text: ${JSON.stringify(two)}) { facts } }` },
      { authorization: `Bearer ${token}` },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(/over the limit of 100 bytes/);
  });

  it("a malformed record fails the request with its line and field, and leaves nothing half-written", async () => {
    const before = await fingerprint(graph);
    const bad = `${two}\n{"title": "Broken", "authors": ["X"], "date": "2025-02-30", "abstract": "We introduce Broken."}`;
    const { body } = await ingest(bad, `Bearer ${token}`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", line: 3, field: "date" });
    expect(body.errors?.[0]?.message).toMatch(/request:3 \(date\)/);
    expect(await fingerprint(graph)).toEqual(before);
  });

  it("stores with a valid token, returns what it added, empties the response cache; twice changes nothing", async () => {
    const cachedBefore = await modelCount();
    expect(await modelCount()).toBe(cachedBefore); // served from the cache now
    const { status, body } = await ingest(two, `Bearer ${token}`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const result = (
      body.data as {
        ingestAbstracts: { papers: { title: string; introduces: { name: string }[] }[]; relations: number };
      }
    ).ingestAbstracts;
    expect(result.papers.map((p) => p.title)).toEqual(["Nimbus: An Open Model", "Nimbus-Med"]);
    expect(result.papers[0]?.introduces.map((m) => m.name)).toContain("Nimbus");
    expect(result.relations).toBeGreaterThan(0);
    // The cached totalCount would still be the old one: the ingest emptied the cache.
    expect(await modelCount()).toBeGreaterThan(cachedBefore);

    const once = await fingerprint(graph);
    const again = await ingest(two, `Bearer ${token}`);
    expect(again.body.errors).toBeUndefined();
    expect(await fingerprint(graph)).toEqual(once);
  });
});
