// Injection: every string argument of the schema, fed Cypher- and Lucene-breaking input, changes nothing in the
// graph (census and checksum) and finds nothing; the same queries with honest values do find things, so the
// harness can fail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import type { createModelgraphYoga } from "../../src/serve/index.ts";
import { fingerprint } from "../reliability/support.ts";
import { post, resetDatabase, seedTheSeedListing, testGraph, testYoga } from "../support/index.ts";

const PAYLOADS = [
  `"`,
  `'`,
  `Gemma" OR 1=1 OR "`,
  `Gemma' OR '1'='1`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `'}) DETACH DELETE n RETURN 1 //`,
  "x` DETACH DELETE n //",
  "`Model`",
  `{key: "gemma"}`,
  `$name`,
  `\\u0022) MATCH (n) DETACH DELETE n //`,
  `\u0000\u001f\u202e`,
  `*:*`,
  `name:* OR title:*`,
  `Gemma~0.1 AND NOT x`,
  `(Gemma OR MedGemma)^10`,
  `/.*/`,
  `[a TO z]`,
  `'; CALL dbms.killQueries([]) //`,
  `x".repeat(10000)`.repeat(200),
];

/** [what is asked, query, where the answer is, and a value that does find something]. */
const SITES: [string, string, (data: Record<string, unknown>) => unknown, string][] = [
  ["model(name)", `query ($v: String!) { model(name: $v) { name } }`, (d) => d.model, "Gemma"],
  [
    "lineagePath(from)",
    `query ($v: String!) { lineagePath(from: $v, to: "Gemma") { type } }`,
    (d) => d.lineagePath,
    "MedGemma",
  ],
  [
    "lineagePath(to)",
    `query ($v: String!) { lineagePath(from: "MedGemma", to: $v) { type } }`,
    (d) => d.lineagePath,
    "Gemma",
  ],
  [
    "commonAncestors(a, b)",
    `query ($v: String!) { commonAncestors(a: $v, b: $v) { model { name } } }`,
    (d) => nonEmpty(d.commonAncestors),
    "CodeGemma",
  ],
  [
    "lineageGraph(root)",
    `query ($v: String!) { lineageGraph(root: $v) { nodes { id } } }`,
    (d) => nonEmpty((d.lineageGraph as { nodes: unknown[] } | null)?.nodes),
    "Gemma",
  ],
  [
    "search(text)",
    `query ($v: String!) { search(text: $v) { kind } }`,
    (d) => nonEmpty(d.search),
    "medgemma",
  ],
  ...(["family", "capability", "organization", "search"] as const).map(
    (field): [string, string, (data: Record<string, unknown>) => unknown, string] => [
      `models(filter.${field})`,
      `query ($v: String!) { models(filter: { ${field}: $v }) { totalCount } }`,
      (d) => (d.models as { totalCount: number } | null)?.totalCount || null,
      { family: "Gemma", capability: "code completion", organization: "deepmind", search: "Gemma" }[field],
    ],
  ),
  [
    "paper(title)",
    `query ($v: String!) { paper(title: $v) { id } }`,
    (d) => d.paper,
    "MedGemma Technical Report",
  ],
  ["paper(id)", `query ($v: ID!) { paper(id: $v) { id } }`, (d) => d.paper, "medgemma-technical-report"],
  [
    "capability(name)",
    `query ($v: String!) { capability(name: $v) { name } }`,
    (d) => d.capability,
    "code completion",
  ],
  ["technique(name)", `query ($v: String!) { technique(name: $v) { name } }`, (d) => d.technique, ""],
  ["benchmark(name)", `query ($v: String!) { benchmark(name: $v) { name } }`, (d) => d.benchmark, ""],
  ["node(id)", `query ($v: ID!) { node(id: $v) { id } }`, (d) => d.node, ""],
];

function nonEmpty(value: unknown): unknown {
  return Array.isArray(value) && value.length > 0 ? value : null;
}

describe("Cypher and Lucene injection through every string argument", () => {
  let graph: Graph;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  let yoga: ReturnType<typeof createModelgraphYoga>;
  // One yoga for the whole file (building one per request is what dominates otherwise).
  const graphql = async (_graph: Graph, query: string, variables: Record<string, unknown>) =>
    (await post(yoga, { query, variables })).body;

  beforeAll(async () => {
    graph = testGraph();
    await resetDatabase(graph);
    await seedTheSeedListing(graph);
    before = await fingerprint(graph);
    yoga = testYoga(graph);
  });
  afterAll(() => graph.close());

  it.each(SITES.filter(([, , , honest]) => honest !== ""))(
    "%s finds something with an honest value (the harness can fail)",
    async (_site, query, found, honest) => {
      const result = await graphql(graph, query, { v: honest });
      expect(found(result.data ?? {})).toBeTruthy();
    },
  );

  it.each(SITES)(
    "%s: every payload finds nothing and fails only as bad input or not found",
    async (site, query, found) => {
      // Full-text search is meant to find the words a payload contains ("Gemma" in `Gemma" OR 1=1`): there, a
      // payload may find at most what its plain words find, and no Lucene operator may widen it.
      for (const payload of PAYLOADS) {
        const result = await graphql(graph, query, { v: payload });
        const context = `payload ${JSON.stringify(payload.slice(0, 60))}`;
        const hits = found(result.data ?? {});
        const words = payload.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
        if (site === "search(text)" && words !== "") {
          const wordHits = (await graphql(graph, query, { v: words })).data?.search as unknown[];
          expect((hits as unknown[] | null)?.length ?? 0, context).toBeLessThanOrEqual(wordHits.length);
        } else {
          expect(hits, context).toBeFalsy();
        }
        for (const error of result.errors ?? []) {
          expect(["NOT_FOUND", "BAD_USER_INPUT"], `${context}: ${error.message}`).toContain(
            error.extensions?.code,
          );
        }
      }
    },
  );

  it("date filters refuse non-dates as bad input instead of failing in Cypher", async () => {
    for (const value of ["2024-13-01", "2025-02-30", `2024-01-01") RETURN 1 //`]) {
      const result = await graphql(
        graph,
        `query ($v: String!) { models(filter: { introducedAfter: $v }) { totalCount } }`,
        {
          v: value,
        },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.extensions?.neo4jQueries).toBe(0);
    }
  });

  it("left the graph exactly as it was", async () => {
    expect(await fingerprint(graph)).toEqual(before);
  });
});
