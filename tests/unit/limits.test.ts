import { afterAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../../src/serve/limits.ts";
import { offlineYoga, post, RecordingGraph, testYoga } from "../support/index.ts";

/** A database nobody listens on: any query that got through validation would fail loudly. */
const { yoga, close } = offlineYoga();
afterAll(close);

/** The status and the answer's fields, asked as a client of the GraphQL-over-HTTP spec. */
async function ask(query: string) {
  const { status, body } = await post(yoga, { query }, { accept: "application/graphql-response+json" });
  return { status, ...body };
}

const nest = (depth: number): string =>
  depth === 0 ? "name" : `name parents { parent { ${nest(depth - 1)} } }`;

describe("query limits are enforced before any Cypher runs", () => {
  it.each([
    [
      "depth",
      `{ model(name: "a") { ${nest(8)} } }`,
      "QUERY_TOO_DEEP",
      /^The query is 18 levels deep; the limit is 12\b/,
    ],
    [
      "aliases",
      `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { nodes }`).join(" ")} }`,
      "TOO_MANY_ALIASES",
      /^The query has 100 aliases; the limit is 15\./,
    ],
    [
      "directives",
      `{ stats @include(if: true) ${"@skip(if: false) ".repeat(50)} { nodes } }`,
      "TOO_MANY_DIRECTIVES",
      /^The query has 51 directives; the limit is 10\./,
    ],
    [
      "tokens",
      `{ ${"stats { nodes relationships } ".repeat(500)} }`,
      "TOO_MANY_TOKENS",
      /^The query has 2502 tokens; the limit is 2000\./,
    ],
  ])(
    "refuses a query over the %s limit: HTTP 400, a code, the limit and the figure, 0 queries",
    async (_limit, query, code, message) => {
      const result = await ask(query);
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.message).not.toMatch(/Syntax Error/);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code });
      expect(result.extensions?.neo4jQueries).toBe(0);
    },
  );

  it("refuses a subscription with a code (the API has none)", async () => {
    const result = await ask("subscription { stats { nodes } }");
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("SUBSCRIPTIONS_NOT_SUPPORTED");
    expect(result.extensions?.neo4jQueries).toBe(0);
  });

  it("lets an ordinary lineage query through to execution", async () => {
    const result = await ask(`{ model(name: "Gemma") { name ancestors { depth model { name } } } }`);
    // it reaches the resolvers, which then fail on the unreachable database
    expect(result.extensions?.neo4jQueries).toBeGreaterThan(0);
  });

  it("has limits that a rich explorer query fits inside", () => {
    expect(QUERY_LIMITS.maxDepth).toBeGreaterThanOrEqual(10);
  });
});

describe("abuse is refused before any Cypher runs", () => {
  const send = (body: string, headers: Record<string, string> = {}) =>
    post<Awaited<ReturnType<typeof ask>>>(yoga, body, headers);

  it("refuses circular fragments", async () => {
    const result = await ask(
      `{ model(name: "a") { ...A } } fragment A on Model { name ...B } fragment B on Model { ...A }`,
    );
    expect(result.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
    expect(result.extensions?.neo4jQueries).toBe(0);
  });

  it("refuses a query over the cost limit", async () => {
    // Within the depth (12), alias and token limits, but wide at every level: over maxCost.
    const leaf = "name key family version sizes aliases tuning";
    const wide = (depth: number): string =>
      depth === 0
        ? leaf
        : `${leaf} parents { parent { ${wide(depth - 1)} } } children { child { ${wide(depth - 1)} } }`;
    const result = await ask(`{ model(name: "a") { ${wide(5)} } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/^The query costs 32815; the limit is 30000\b/);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      limit: 30000,
      found: 32815,
    });
    expect(result.extensions?.neo4jQueries).toBe(0);
  });

  it("refuses batched requests (HTTP 400)", async () => {
    const one = { query: "{ stats { nodes } }" };
    const { status, body } = await send(JSON.stringify([one, one]));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Batching is not supported/);
    expect(body.extensions?.neo4jQueries ?? 0).toBe(0);
  });

  it("refuses a 1 MB body with HTTP 413 before reading it", async () => {
    const { status, body } = await send(
      JSON.stringify({ query: `{ stats { nodes } }${" ".repeat(1 << 20)}` }),
    );
    expect(status).toBe(413);
    expect(body.errors?.[0]?.message).toMatch(/too large/i);
  });

  it("counts a streamed body without Content-Length: 413 above the limit, answered below it", async () => {
    const streamed = async (text: string) => {
      const response = await yoga.fetch("http://modelgraph.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: new Blob([text]).stream(),
        duplex: "half",
      } as RequestInit);
      return { status: response.status, body: (await response.json()) as Awaited<ReturnType<typeof ask>> };
    };
    const big = await streamed(JSON.stringify({ query: `{ __typename }${" ".repeat(1 << 20)}` }));
    expect(big.status).toBe(413);
    expect(big.body.errors?.[0]?.message).toMatch(/too large/i);
    const small = await streamed(JSON.stringify({ query: "{ __typename }" }));
    expect(small.status).toBe(200);
    expect(small.body).toMatchObject({ data: { __typename: "Query" } });
  });

  it("refuses a token bomb hidden in a long query string", async () => {
    const result = await ask(`{ stats { ${"nodes ".repeat(5_000)} } }`);
    expect(result.errors?.[0]?.message).toMatch(/token/i);
    expect(result.errors?.[0]?.extensions?.code).toBe("TOO_MANY_TOKENS");
    expect(result.extensions?.neo4jQueries).toBe(0);
  });

  it("clamps maxDepth: 1000 so that every variable-length pattern has a literal bound of at most 20", async () => {
    const recording = new RecordingGraph();
    const recorded = testYoga(recording);
    for (const query of [
      `{ model(name: "Gemma") { ancestors(maxDepth: 1000) { depth } descendants(maxDepth: 1000) { depth } } }`,
      `{ lineageGraph(root: "Gemma", maxDepth: 1000) { nodes { id } } }`,
      `{ lineageGraph(root: "Gemma", maxDepth: 1000, direction: UP) { nodes { id } } }`,
      `{ lineagePath(from: "CodeGemma", to: "MedGemma") { type } commonAncestors(a: "A", b: "B") { depthFromA } }`,
      // The same with minConfidence, whose predicate sits inside each step's pattern.
      `{ model(name: "Gemma") { ancestors(maxDepth: 1000, minConfidence: 0.5) { depth } descendants(maxDepth: 1000, minConfidence: 0.5) { depth } } }`,
      `{ lineageGraph(root: "Gemma", maxDepth: 1000, minConfidence: 0.5) { nodes { id } } }`,
      `{ lineagePath(from: "CodeGemma", to: "MedGemma", minConfidence: 0.5) { type } commonAncestors(a: "A", b: "B", minConfidence: 0.5) { depthFromA } }`,
      `{ models(filter: { capability: "x", includeInherited: true }) { edges { node { inheritedCapabilities { name } } } } }`,
    ]) {
      await recorded.fetch("http://modelgraph.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
    }
    const cypher = recording.statements.map((statement) => statement.cypher).join("\n");
    // `*..N` / `*M..N` / `*N` (Cypher 4 style) and `{M,N}` quantifiers (GQL style); `+`, `*`, `{M,}` are unbounded.
    const star = [...cypher.matchAll(/-\[[^[\]]*(\*[^[\]]*\])-/g)].map(([, tail]) => tail as string);
    const braces = [...cypher.matchAll(/\]-+>?\s*(\{[^}]*\}|\+|\*)/g)].map(
      ([, quantifier]) => quantifier as string,
    );
    expect(star.length + braces.length).toBeGreaterThanOrEqual(8);
    for (const pattern of star)
      expect(pattern, "unbounded pattern").toMatch(/^\*(\d*\.\.)?([1-9]|1\d|20)\s*\]$/);
    for (const quantifier of braces)
      expect(quantifier, "unbounded pattern").toMatch(/^\{\d+,([1-9]|1\d|20)\}$/);
  });
});
