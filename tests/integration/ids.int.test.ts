/** Ids are ids: `paper(id:)` takes the id the API returns, look-ups without arguments are refused, and
 * `nodes(ids:)` answers per position. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { graphql, seededTestGraph } from "../support/index.ts";

describe("ids", () => {
  let graph: Graph;
  let paperId: string;
  let modelId: string;
  beforeAll(async () => {
    graph = await seededTestGraph();
    const { data } = await graphql<{ papers: { edges: { node: { id: string; title: string } }[] } }>(
      graph,
      `{ papers(first: 50) { edges { node { id title } } } }`,
    );
    paperId =
      data?.papers.edges.find((edge) => edge.node.title === "MedGemma Technical Report")?.node.id ?? "";
    const model = await graphql<{ model: { id: string } }>(graph, `{ model(name: "Gemma") { id } }`);
    modelId = model.data?.model.id ?? "";
  });
  afterAll(() => graph.close());

  it("paper(id:) accepts the id Paper.id returns, and the stored key", async () => {
    for (const id of [paperId, "medgemma-technical-report"]) {
      const result = await graphql<{ paper: { id: string; title: string } }>(
        graph,
        "query ($id: ID!) { paper(id: $id) { id title } }",
        { id },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.paper).toEqual({ id: paperId, title: "MedGemma Technical Report" });
      expect(result.extensions?.neo4jQueries).toBe(1);
    }
  });

  it("paper without arguments, with both, or with a model's id is BAD_USER_INPUT before any Cypher", async () => {
    for (const [query, argument] of [
      ["{ paper { title } }", "id"],
      [`{ paper(id: "x", title: "y") { title } }`, "title"],
      [`{ paper(id: "${modelId}") { title } }`, "id"],
    ] as const) {
      const result = await graphql(graph, query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(result.extensions?.neo4jQueries).toBe(0);
    }
  });

  it("an unknown paper is null with NOT_FOUND", async () => {
    const result = await graphql(graph, `{ paper(title: "No Such Paper") { title } }`);
    expect(result.data).toEqual({ paper: null });
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("nodes(ids:) answers each position: a malformed id is an error at its index, the others resolve", async () => {
    const result = await graphql<{ nodes: ({ id: string } | null)[] }>(
      graph,
      "query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Model { name } ... on Paper { title } } }",
      { ids: [modelId, "not base64 at all", paperId, btoa("Unknown:x")] },
    );
    expect(result.data?.nodes).toEqual([
      { id: modelId, name: "Gemma" },
      null,
      { id: paperId, title: "MedGemma Technical Report" },
      null,
    ]);
    const errors = (result.errors ?? []) as { path?: (string | number)[]; extensions?: { code?: string } }[];
    expect(errors.map((error) => [error.path, error.extensions?.code])).toEqual([
      [["nodes", 1], "BAD_USER_INPUT"],
      [["nodes", 3], "BAD_USER_INPUT"],
    ]);
    // One query per node type, however many ids.
    expect(result.extensions?.neo4jQueries).toBe(2);
  });
});
