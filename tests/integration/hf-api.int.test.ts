/**
 * The Hub repos through GraphQL, on the seed listing, the fixture's papers and the fixture's repos: a repo id as a
 * model name, repos, bases and derivatives (pages, relation filter, counts per relation), sources kept apart by
 * kind, and the disagreements, each within the usual round trips.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { importHfFile } from "../../src/ingest/hf/index.ts";
import { seedFiles } from "../../src/ingest/index.ts";
import { graphql, seededTestGraph } from "../support/index.ts";
import { mismatch, parseAbridged } from "./readme-doc.ts";

const FIXTURE = new URL("../fixtures/hf/models.json", import.meta.url).pathname;
const PAPERS = new URL("../fixtures/hf/papers.jsonl", import.meta.url).pathname;
const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The README's Hub examples: each ```graphql block of that section with the ```json printed after "On the fixture:". */
function hubExamples(): { query: string; answer: string }[] {
  const section = README.slice(README.indexOf("## Hugging Face Hub repos"), README.indexOf("## How good is"));
  return [...section.matchAll(/```graphql\n([\s\S]*?)\n```\nOn the fixture:\n```json\n([\s\S]*?)\n```/g)].map(
    (m) => ({ query: m[1] ?? "", answer: m[2] ?? "" }),
  );
}

interface Named {
  name: string;
}

describe("Hub repos in the API", () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await seededTestGraph();
    await seedFiles(graph, [PAPERS]);
    await importHfFile(graph, FIXTURE);
  });
  afterAll(() => graph.close());

  it("takes a repo id as a model's name, lineage included, in one round trip", async () => {
    const result = await graphql<{ model: { name: string; ancestors: { model: Named }[] } }>(
      graph,
      `{ model(name: "Gemma-Org/Gemma-3-4B-IT") { name ancestors { model { name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.model.name).toBe("Gemma 3 IT");
    expect(result.data?.model.ancestors.map((a) => a.model.name)).toEqual([
      "Gemma 3",
      "Gemma 2",
      "Gemma",
      "Gemini",
    ]);
    expect(result.extensions?.neo4jQueries).toBe(1);
  });

  it("joins a repo id to the paper evidence of its ancestors", async () => {
    const result = await graphql<{
      model: {
        ancestors: {
          model: Named;
          path: { sources: { sentence?: string; paper?: { title: string } }[] }[];
        }[];
      };
    }>(
      graph,
      `{ model(name: "marlin-lab/Marlin-7B") { ancestors(maxDepth: 2) { model { name }
           path { sources { __typename ... on Evidence { sentence paper { title } } ... on ModelCard { card { id } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const [quokka2] = result.data?.model.ancestors ?? [];
    expect(quokka2?.model.name).toBe("Quokka 2");
    expect(quokka2?.path[0]?.sources).toEqual([
      {
        __typename: "Evidence",
        sentence: "We present Marlin, a clinical language model based on Quokka 2 7B.",
        paper: { title: "Marlin: A Clinical Assistant Built on Quokka 2" },
      },
      { __typename: "ModelCard", card: { id: "marlin-lab/Marlin-7B" } },
    ]);
  });

  it("shows a repo, its model, its checkpoint reading and its bases all the way up", async () => {
    const result = await graphql<{
      hfRepo: { id: string; model: Named; checkpoint: { rule: string; size: string }; baseModels: unknown[] };
    }>(
      graph,
      `{ hfRepo(id: "TheQuanter/Quokka-2-7B-Chat-GGUF") { id library model { name } checkpoint { rule size tuning }
           baseModels { depth relation repo { id stub } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.hfRepo).toEqual({
      id: "TheQuanter/Quokka-2-7B-Chat-GGUF",
      library: "gguf",
      model: { name: "Quokka 2 Chat" },
      checkpoint: { rule: "hf.name", size: "7B", tuning: "instruction-tuned" },
      baseModels: [
        { depth: 1, relation: "QUANTIZED", repo: { id: "quokka-ai/Quokka-2-7b-chat-hf", stub: false } },
        { depth: 2, relation: "FINETUNE", repo: { id: "quokka-ai/Quokka-2-7b-hf", stub: false } },
        { depth: 3, relation: "SUCCESSOR", repo: { id: "quokka-ai/Quokka-7B", stub: false } },
      ],
    });
  });

  it("pages a base's derivatives, with counts per relation and a relation filter", async () => {
    type Page = {
      hfRepo: {
        derivatives: {
          totalCount: number;
          byRelation: { relation: string; count: number }[];
          edges: { node: { repo: { id: string }; depth: number } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const query = `query ($after: String, $relations: [HfRelation!], $depth: Int) { hfRepo(id: "quokka-ai/Quokka-2-7b-hf") {
      derivatives(first: 3, after: $after, relations: $relations, maxDepth: $depth) { totalCount byRelation { relation count }
        edges { node { repo { id } depth } } pageInfo { hasNextPage endCursor } } } }`;
    const first = await graphql<Page>(graph, query, { depth: 2 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data?.hfRepo.derivatives;
    expect(page1?.totalCount).toBe(8);
    expect(page1?.byRelation).toEqual([
      { relation: "ADAPTER", count: 1 },
      { relation: "FINETUNE", count: 2 },
      { relation: "MERGE", count: 1 },
      { relation: "QUANTIZED", count: 4 },
    ]);
    const second = await graphql<Page>(graph, query, { depth: 2, after: page1?.pageInfo.endCursor });
    const ids = [...(page1?.edges ?? []), ...(second.data?.hfRepo.derivatives.edges ?? [])].map(
      (e) => e.node.repo.id,
    );
    expect(new Set(ids).size).toBe(6);
    expect(ids).toEqual([...ids].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));

    const quantized = await graphql<Page>(graph, query, { relations: ["QUANTIZED"] });
    expect(quantized.data?.hfRepo.derivatives.edges.map((e) => e.node.repo.id)).toEqual([
      "TheQuanter/Quokka-2-7B-AWQ",
    ]);
  });

  it("batches nested derivatives per level", async () => {
    const result = await graphql(
      graph,
      `{ hfRepo(id: "quokka-ai/Quokka-2-7b-hf") { derivatives { edges { node { repo { id
           derivatives { totalCount edges { node { repo { id model { name } } } } } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    // hfRepo, derivatives (level 1), derivatives (level 2), the models of level 2's repos (checkpoints, then models).
    expect(result.extensions?.neo4jQueries).toBeLessThanOrEqual(5);
  });

  it("lists a model's repos and keeps declared parents apart from the papers' parents", async () => {
    const result = await graphql<{
      model: {
        repos: { id: string }[];
        parents: { type: string; parent: Named }[];
        declaredParents: { type: string; parent: Named; sources: { card: { id: string } }[] }[];
      };
    }>(
      graph,
      `{ model(name: "MedGemma") { repos { id } parents { type parent { name } }
           declaredParents { type parent { name } sources { ... on ModelCard { card { id } revision relation } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.model).toEqual({
      repos: [{ id: "clinic-ai/medgemma-4b-it" }],
      parents: [{ type: "BASED_ON", parent: { name: "Gemma 3" } }],
      declaredParents: [
        {
          type: "BASED_ON",
          parent: { name: "Gemma 2" },
          sources: [
            {
              card: { id: "clinic-ai/medgemma-4b-it" },
              revision: "2025-07-15T09:00:00.000Z",
              relation: "FINETUNE",
            },
          ],
        },
      ],
    });
  });

  it("lists the disagreements with both sides' sources", async () => {
    const result = await graphql<{ lineageDisagreements: unknown[] }>(
      graph,
      `{ lineageDisagreements { model { name }
           extracted { parent { name } sources { __typename ... on Evidence { paper { title } } } }
           declared { parent { name } sources { __typename ... on ModelCard { card { id } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.lineageDisagreements).toEqual([
      {
        model: { name: "MedGemma" },
        extracted: [
          {
            parent: { name: "Gemma 3" },
            sources: [{ __typename: "Evidence", paper: { title: "MedGemma Technical Report" } }],
          },
        ],
        declared: [
          {
            parent: { name: "Gemma 2" },
            sources: [{ __typename: "ModelCard", card: { id: "clinic-ai/medgemma-4b-it" } }],
          },
        ],
      },
    ]);
  });

  it("draws a lineage graph with the models' repos, their derivatives collapsed per relation, in one round trip", async () => {
    type Drawn = {
      lineageGraph: {
        nodes: { id: string; repoCount: number | null }[];
        repos: { id: string; model: string; downloads: number }[];
        repoEdges: { source: string; target: string; relation: string }[];
        derivativeGroups: { id: string; base: string; relation: string; count: number }[];
      };
    };
    const query = `query ($repos: Boolean, $perModel: Int) {
      lineageGraph(root: "Quokka 2", maxDepth: 2, repos: $repos, reposPerModel: $perModel) {
        nodes { id repoCount } repos { id model downloads } repoEdges { source target relation }
        derivativeGroups { id base relation count } } }`;
    const one = await graphql<Drawn>(graph, query, { repos: true, perModel: 1 });
    expect(one.errors).toBeUndefined();
    expect(one.extensions?.neo4jQueries).toBe(1);
    const drawn = one.data?.lineageGraph;
    expect(Object.fromEntries(drawn?.nodes.map((node) => [node.id, node.repoCount]) ?? [])).toEqual({
      quokka2: 4,
      quokka: 2,
      chimera: 1,
      marlin: 3,
      quokka2chat: 4,
    });
    // The most downloaded repo of each model (in the order of the models, which the walk does not fix).
    expect(drawn?.repos.map((repo) => [repo.model, repo.id]).sort()).toEqual(
      [
        ["quokka2", "quokka-ai/Quokka-2-7b-hf"],
        ["quokka", "quokka-ai/Quokka-7B"],
        ["chimera", "merge-collective/Chimera-7B"],
        ["marlin", "marlin-lab/Marlin-7B"],
        ["quokka2chat", "quokka-ai/Quokka-2-7b-chat-hf"],
      ].sort(),
    );
    expect(drawn?.repoEdges).toEqual(
      expect.arrayContaining([
        { source: "marlin-lab/Marlin-7B", target: "quokka-ai/Quokka-2-7b-hf", relation: "FINETUNE" },
        { source: "quokka-ai/Quokka-2-7b-hf", target: "quokka-ai/Quokka-7B", relation: "SUCCESSOR" },
        { source: "merge-collective/Chimera-7B", target: "marlin-lab/Marlin-7B", relation: "MERGE" },
      ]),
    );
    // Derivatives that are drawn (Marlin, the chat model, Chimera) are not counted again in a group.
    expect(drawn?.derivativeGroups).toEqual([
      {
        id: "derivatives:marlin-lab/Marlin-7B:ADAPTER",
        base: "marlin-lab/Marlin-7B",
        relation: "ADAPTER",
        count: 1,
      },
      {
        id: "derivatives:marlin-lab/Marlin-7B:QUANTIZED",
        base: "marlin-lab/Marlin-7B",
        relation: "QUANTIZED",
        count: 1,
      },
      {
        id: "derivatives:quokka-ai/Quokka-2-7b-chat-hf:QUANTIZED",
        base: "quokka-ai/Quokka-2-7b-chat-hf",
        relation: "QUANTIZED",
        count: 2,
      },
      {
        id: "derivatives:quokka-ai/Quokka-2-7b-hf:QUANTIZED",
        base: "quokka-ai/Quokka-2-7b-hf",
        relation: "QUANTIZED",
        count: 1,
      },
    ]);
    // A group expands through the repo's derivatives, page by page: the same count.
    const page = await graphql<{ hfRepo: { derivatives: { totalCount: number } } }>(
      graph,
      `{ hfRepo(id: "quokka-ai/Quokka-2-7b-chat-hf") { derivatives(relations: [QUANTIZED], first: 20) { totalCount } } }`,
    );
    expect(page.data?.hfRepo.derivatives.totalCount).toBe(2);

    // A count out of range is clamped; without `repos`, nothing of the Hub is drawn or counted.
    const many = await graphql<Drawn>(graph, query, { repos: true, perModel: 1_000_000 });
    expect(many.data?.lineageGraph.repos).toHaveLength(14);
    const none = await graphql<Drawn>(graph, query, { repos: false });
    expect(none.data?.lineageGraph.repos).toEqual([]);
    expect(none.data?.lineageGraph.derivativeGroups).toEqual([]);
    expect(none.data?.lineageGraph.nodes.every((node) => node.repoCount === null)).toBe(true);
  });

  it("refuses bad arguments before any query, and says when a repo is unknown", async () => {
    const bad = await graphql(graph, `{ hfRepo(id: "no repo; MATCH (n) DETACH DELETE n") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.extensions?.neo4jQueries).toBe(0);
    const cursor = await graphql(
      graph,
      `{ hfRepo(id: "quokka-ai/Quokka-7B") { derivatives(after: "nope") { totalCount } } }`,
    );
    expect(cursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await graphql(graph, `{ hfRepo(id: "nobody/nothing") { id } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("answers the README's Hub examples as printed", async () => {
    const examples = hubExamples();
    expect(examples.length).toBe(4);
    for (const example of examples) {
      const result = await graphql(graph, example.query);
      expect(result.errors, example.query).toBeUndefined();
      const problem = mismatch(result.data, parseAbridged(example.answer));
      expect(problem, `${example.query}\nthe server answers ${JSON.stringify(result.data)}`).toBe(null);
    }
  });
});
