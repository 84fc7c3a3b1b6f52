import { afterAll, describe, expect, it } from "vitest";
import { Graph } from "../../src/db/graph.ts";
import { createModelgraphYoga } from "../../src/serve/index.ts";
import { QUERY_LIMITS } from "../../src/serve/limits.ts";

/** A database nobody listens on: any query that got through validation would fail loudly. */
const unreachable = new Graph({
  uri: "bolt://127.0.0.1:1",
  database: "neo4j",
  queryTimeoutMs: 500,
  connectTimeoutMs: 500,
});
const yoga = createModelgraphYoga(unreachable);
afterAll(() => unreachable.close());

async function post(query: string) {
  const response = await yoga.fetch("http://modelgraph.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    errors?: { message: string }[];
    extensions?: { neo4jQueries?: number };
  };
}

const nest = (depth: number): string =>
  depth === 0 ? "name" : `name parents { parent { ${nest(depth - 1)} } }`;

describe("query limits are enforced before any Cypher runs", () => {
  it.each([
    ["depth", `{ model(name: "a") { ${nest(8)} } }`, /depth/i],
    ["aliases", `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { nodes }`).join(" ")} }`, /alias/i],
    ["directives", `{ stats @include(if: true) ${"@skip(if: false) ".repeat(50)} { nodes } }`, /directive/i],
    ["tokens", `{ ${"stats { nodes relationships } ".repeat(500)} }`, /token/i],
  ])("refuses a query over the %s limit", async (_limit, query, message) => {
    const result = await post(query);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.extensions?.neo4jQueries).toBeUndefined();
  });

  it("lets an ordinary lineage query through to execution", async () => {
    const result = await post(`{ model(name: "Gemma") { name ancestors { depth model { name } } } }`);
    // it reaches the resolvers, which then fail on the unreachable database
    expect(result.extensions?.neo4jQueries).toBeGreaterThan(0);
  });

  it("has limits that a rich explorer query fits inside", () => {
    expect(QUERY_LIMITS.maxDepth).toBeGreaterThanOrEqual(10);
  });
});
