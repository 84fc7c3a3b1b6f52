import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { graphql, seededTestGraph } from "../support/index.ts";

interface Named {
  name: string;
}

describe("the lineage API on the seeded listing", () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = await seededTestGraph();
  });
  afterAll(() => graph.close());

  it("finds a model by any spelling of its name", async () => {
    for (const spelling of ["MedGemma 1.5", "medgemma-1.5", "MEDGEMMA 1.5", "MedGemma–1.5"]) {
      const { data, errors } = await graphql<{ model: Named | null }>(
        graph,
        `query ($n: String!) { model(name: $n) { name } }`,
        {
          n: spelling,
        },
      );
      expect(errors, spelling).toBeUndefined();
      expect(data?.model?.name, spelling).toBe("MedGemma 1.5");
    }
  });

  it("answers an unknown name with null and a NOT_FOUND error that suggests close names", async () => {
    const { data, errors } = await graphql<{ model: Named | null }>(
      graph,
      `{ model(name: "MedGema") { name } }`,
    );
    expect(data?.model).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(errors?.[0]?.extensions?.suggestions).toContain("MedGemma");
    expect(errors?.[0]?.message).toMatch(/Did you mean "MedGemma"/);
  });

  it("traces MedGemma 1.5 all the way up, with depths and evidence", async () => {
    const { data, errors } = await graphql<{
      model: { ancestors: { depth: number; model: Named; path: { evidence: { sentence: string }[] }[] }[] };
    }>(
      graph,
      `{ model(name: "MedGemma 1.5") { ancestors(maxDepth: 10) { depth model { name } path { evidence { sentence } } } } }`,
    );
    expect(errors).toBeUndefined();
    const depths = Object.fromEntries(data?.model.ancestors.map((a) => [a.model.name, a.depth]) ?? []);
    expect(depths).toMatchObject({ MedGemma: 1, "Gemma 3": 2, "Gemma 2": 3, Gemma: 4, Gemini: 5 });
    for (const ancestor of data?.model.ancestors ?? []) {
      expect(ancestor.path).toHaveLength(ancestor.depth);
      for (const edge of ancestor.path) expect(edge.evidence.length).toBeGreaterThan(0);
    }
  });

  it("lists the descendants of Gemma 3", async () => {
    const { data } = await graphql<{ model: { descendants: { model: Named }[] } }>(
      graph,
      `{ model(name: "Gemma 3") { descendants { model { name } } } }`,
    );
    const names = data?.model.descendants.map((d) => d.model.name);
    expect(names).toEqual(
      expect.arrayContaining(["MedGemma", "EmbeddingGemma", "T5Gemma 2", "MedGemma 1.5"]),
    );
  });

  it("relates CodeGemma to MedGemma through Gemma, ignoring direction", async () => {
    const { data } = await graphql<{ lineagePath: { child: Named; parent: Named }[] | null }>(
      graph,
      `{ lineagePath(from: "CodeGemma", to: "MedGemma") { child { name } parent { name } } }`,
    );
    const path = data?.lineagePath ?? [];
    expect(path[0]?.child.name).toBe("CodeGemma");
    const visited = path.flatMap((edge) => [edge.child.name, edge.parent.name]);
    expect(visited).toContain("Gemma");
    expect(visited).toContain("MedGemma");
    // consecutive edges share a model: the path is connected and in order
    for (let i = 1; i < path.length; i++) {
      const previous = [path[i - 1]?.child.name, path[i - 1]?.parent.name];
      expect(previous.some((name) => name === path[i]?.child.name || name === path[i]?.parent.name)).toBe(
        true,
      );
    }
  });

  it("gives null for a path between unrelated models", async () => {
    const { data, errors } = await graphql<{ lineagePath: unknown }>(
      graph,
      `{ lineagePath(from: "Gemma", to: "PaLM-2") { type } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.lineagePath).toBeNull();
  });

  it("finds the common ancestors of two models", async () => {
    const { data } = await graphql<{ commonAncestors: { model: Named }[] }>(
      graph,
      `{ commonAncestors(a: "CodeGemma", b: "EmbeddingGemma") { model { name } depthFromA depthFromB } }`,
    );
    expect(data?.commonAncestors.map((c) => c.model.name)).toEqual(
      expect.arrayContaining(["Gemma", "Gemini"]),
    );
  });

  it("filters models by capability, own or inherited", async () => {
    const own = await graphql<{ models: { edges: { node: Named }[] } }>(
      graph,
      `{ models(filter: { capability: "code completion" }) { edges { node { name } } } }`,
    );
    expect(own.data?.models.edges.map((e) => e.node.name)).toContain("CodeGemma");
    const inherited = await graphql<{ models: { totalCount: number } }>(
      graph,
      `{ models(filter: { capability: "reasoning", includeInherited: true }) { totalCount } }`,
    );
    const direct = await graphql<{ models: { totalCount: number } }>(
      graph,
      `{ models(filter: { capability: "reasoning" }) { totalCount } }`,
    );
    expect(inherited.data?.models.totalCount).toBeGreaterThan(direct.data?.models.totalCount ?? 0);
  });

  it("filters models by family and introduction date, paginating with cursors", async () => {
    const first = await graphql<{
      models: {
        totalCount: number;
        edges: { node: Named }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(
      graph,
      `{ models(filter: { family: "Gemma", introducedAfter: "2024-12-31" }, orderBy: INTRODUCED, first: 2) {
          totalCount edges { node { name } } pageInfo { endCursor hasNextPage } } }`,
    );
    const page = first.data?.models;
    expect(page?.totalCount).toBeGreaterThan(2);
    expect(page?.edges).toHaveLength(2);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const next = await graphql<{ models: { edges: { node: Named }[] } }>(
      graph,
      `query ($after: String) { models(filter: { family: "Gemma", introducedAfter: "2024-12-31" }, orderBy: INTRODUCED, first: 2, after: $after) { edges { node { name } } } }`,
      { after: page?.pageInfo.endCursor },
    );
    const firstNames = page?.edges.map((e) => e.node.name) ?? [];
    for (const edge of next.data?.models.edges ?? []) expect(firstNames).not.toContain(edge.node.name);
  });

  it("draws the Gemma family as nodes and edges, and as Mermaid text", async () => {
    const { data } = await graphql<{
      lineageGraph: {
        nodes: { id: string; label: string; kind: string }[];
        edges: { source: string; target: string; type: string }[];
        text: string;
      };
    }>(
      graph,
      `{ lineageGraph(root: "Gemma", direction: DOWN, maxDepth: 3, format: MERMAID) { nodes { id label kind family } edges { id source target type } text } }`,
    );
    const graphData = data?.lineageGraph;
    const labels = graphData?.nodes.map((n) => n.label) ?? [];
    expect(labels).toEqual(expect.arrayContaining(["Gemma", "Gemma 2", "Gemma 3", "CodeGemma", "MedGemma"]));
    expect(graphData?.nodes.find((n) => n.label === "Gemma")?.kind).toBe("ROOT");
    const ids = new Set(graphData?.nodes.map((n) => n.id));
    for (const edge of graphData?.edges ?? []) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    expect(graphData?.text).toMatch(/^graph BT/);
    expect(graphData?.text).toContain('"Gemma 3"');
  });

  it("keeps the Cypher round trips of a nested request bounded (batched per level, not per parent)", async () => {
    const { data, extensions } = await graphql<{ models: { edges: unknown[] } }>(
      graph,
      `{ models(first: 50) { edges { node { name parents { parent { name } evidence { sentence paper { title } } }
           capabilities { capability { name } } introducedIn { title authors { name } } ancestors(maxDepth: 3) { model { name } } } } } }`,
    );
    expect(data?.models.edges.length).toBeGreaterThan(10);
    // one query per level: models, parents, parent models, evidence, papers, capabilities, capability rows,
    // introducing papers, their authors, ancestors, ancestor models: independent of the number of models
    expect(extensions?.neo4jQueries).toBeLessThanOrEqual(12);
  });

  describe("nested lineage under model(name): one Cypher round trip, the same answer as the loaders", () => {
    // The same selection under node(id:), which the look-ahead does not cover, is answered by the batched
    // loaders: both answers must be equal.
    const FRAGMENT = "fragment Edge on LineageEdge { type child { key name } parent { key name } }";
    // GraphQL refuses unused fragments and variables: declared only where the selection uses them.
    const document = (variables: string, root: string, selection: string) =>
      `query (${variables}${selection.includes("$yes") ? ", $yes: Boolean = true" : ""}) { ${root} }
       ${selection.includes("...Edge") ? FRAGMENT : ""}`;
    const viaLoaders = async (name: string, selection: string) => {
      const { data } = await graphql<{ model: { id: string } }>(
        graph,
        `query ($name: String!) { model(name: $name) { id } }`,
        { name },
      );
      return graphql<{ node: unknown }>(
        graph,
        document("$id: ID!", `node(id: $id) { ... on Model ${selection} }`, selection),
        { id: data?.model.id },
      );
    };
    const viaLookAhead = (name: string, selection: string) =>
      graphql<{ model: unknown }>(
        graph,
        document("$name: String!", `model(name: $name) ${selection}`, selection),
        {
          name,
        },
      );

    it.each([
      [
        "three levels of children",
        "Gemini",
        "{ name children { ...Edge child { children { ...Edge child { children { ...Edge child { name } } } } } } }",
      ],
      [
        "parents, ancestors with paths and descendants, aliased and nested",
        "MedGemma 1.5",
        `{ name parents { ...Edge parent { parents { ...Edge } } }
           up: ancestors(maxDepth: 10) { depth model { key } path { id type } }
           near: ancestors(maxDepth: 2) { depth model { name ... on Model @include(if: $yes) { children { ...Edge } } } }
           descendants(first: 3) { depth model { name } } }`,
      ],
      [
        "descendants of descendants, by type, with a skipped branch",
        "Gemma",
        `{ descendants(maxDepth: 2, types: [BASED_ON, VARIANT_OF]) { depth model { name
             descendants(maxDepth: 1) { depth model { name } path { type } } } }
           children @skip(if: $yes) { type } }`,
      ],
      [
        // Relatives carry only the fields asked of them; the same models asked for in full elsewhere get all.
        "relatives with a few fields, the same models in full as children",
        "Gemma",
        `{ descendants(maxDepth: 1) { model { name } } tagged: descendants(maxDepth: 1) { model { key sizes } }
           children { child { key name aliases family version sizes tuning } } }`,
      ],
    ])("%s", async (_case, name, selection) => {
      const ahead = await viaLookAhead(name, selection);
      expect(ahead.errors).toBeUndefined();
      expect(ahead.extensions?.neo4jQueries).toBe(1);
      const loaded = await viaLoaders(name, selection);
      expect(loaded.errors).toBeUndefined();
      expect(loaded.extensions?.neo4jQueries).toBeGreaterThan(2);
      expect(ahead.data?.model).toEqual(loaded.data?.node);
      expect(JSON.stringify(ahead.data?.model)).toMatch(/"name":"[^"]+".*"name"/);
    });

    it("leaves what it does not cover to the loaders, with the same answer", async () => {
      const selection = `{ name children { child { name relations { type } ancestors(maxDepth: 3) { model { name } path { evidence { sentence } } } } } }`;
      const ahead = await viaLookAhead("Gemma", selection);
      expect(ahead.errors).toBeUndefined();
      expect(ahead.extensions?.neo4jQueries).toBeGreaterThan(1);
      expect(ahead.data?.model).toEqual((await viaLoaders("Gemma", selection)).data?.node);
    });
  });

  it("pages models by capability and introduction date: the total counts every match, the page is the top", async () => {
    const common = await graphql<{ capabilities: { name: string; modelCount: number }[] }>(
      graph,
      "{ capabilities(first: 1) { name modelCount } }",
    );
    const capability = common.data?.capabilities[0]?.name;
    const all = await graphql<{
      models: { totalCount: number; edges: { node: Named & { introducedIn: { date: string }[] } }[] };
    }>(
      graph,
      `query ($capability: String!) { models(filter: { capability: $capability }, first: 1000) {
         totalCount edges { node { name introducedIn { date } } } } }`,
      { capability },
    );
    const names = all.data?.models.edges.map((edge) => edge.node.name) ?? [];
    expect(names.length).toBeGreaterThan(2);
    expect(all.data?.models.totalCount).toBe(names.length);
    expect(all.data?.models.totalCount).toBe(common.data?.capabilities[0]?.modelCount);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const newest = await graphql<{ models: { totalCount: number; edges: { node: Named }[] } }>(
      graph,
      `query ($capability: String!) { models(filter: { capability: $capability }, orderBy: INTRODUCED_DESC, first: 2) {
         totalCount edges { node { name } } } }`,
      { capability },
    );
    expect(newest.data?.models.totalCount).toBe(names.length);
    const introduced = (name: string) =>
      all.data?.models.edges.find((edge) => edge.node.name === name)?.node.introducedIn[0]?.date ?? "";
    // Newest first; a model no paper introduces has no date, which Neo4j orders above every date.
    const dates = names.map(introduced).sort((a, b) => (a === "" ? -1 : b === "" ? 1 : b.localeCompare(a)));
    expect(newest.data?.models.edges.map((edge) => introduced(edge.node.name))).toEqual(dates.slice(0, 2));
  });

  it("searches models, papers and capabilities with the full-text index", async () => {
    const { data } = await graphql<{
      search: { kind: string; node: { name?: string; title?: string } | null }[];
    }>(
      graph,
      `{ search(text: "embedding", first: 10) { kind score node { ... on Model { name } ... on Paper { title } ... on Capability { name } } } }`,
    );
    const kinds = new Set(data?.search.map((hit) => hit.kind));
    expect(kinds.has("Model") || kinds.has("Paper")).toBe(true);
    expect(
      data?.search.some(
        (hit) => hit.node?.name === "EmbeddingGemma" || hit.node?.title?.startsWith("EmbeddingGemma"),
      ),
    ).toBe(true);
  });

  it("treats search text as words, never as query syntax", async () => {
    const { errors } = await graphql(graph, `{ search(text: "\\") OR title:* AND ~~ [ {") { kind } }`);
    expect(errors).toBeUndefined();
  });

  it("counts the graph by label and type", async () => {
    const { data } = await graphql<{ stats: { nodes: number; byLabel: { label: string; count: number }[] } }>(
      graph,
      `{ stats { nodes relationships byLabel { label count } byType { type count } } }`,
    );
    expect(data?.stats.byLabel.find((row) => row.label === "Paper")?.count).toBe(14);
    expect(data?.stats.nodes).toBeGreaterThan(14);
  });

  it("accepts the keys it hands out (graph node ids) wherever it takes a model name", async () => {
    const { data } = await graphql<{
      lineageGraph: { nodes: { id: string; label: string; introduced: string | null }[] };
    }>(
      graph,
      `{ lineageGraph(root: "Gemma 3", direction: DOWN, maxDepth: 1) { nodes { id label introduced } } }`,
    );
    const nodes = data?.lineageGraph.nodes ?? [];
    expect(nodes.find((node) => node.label === "Gemma 3")?.introduced).toBe("2025-03-25");
    for (const node of nodes) {
      const found = await graphql<{ model: Named | null }>(
        graph,
        `query ($n: String!) { model(name: $n) { name } }`,
        {
          n: node.id,
        },
      );
      expect(found.data?.model?.name, node.id).toBe(node.label);
    }
  });

  it("lists the models a paper introduces and mentions", async () => {
    const { data } = await graphql<{ paper: { introduces: Named[]; mentions: Named[] } }>(
      graph,
      `{ paper(title: "MedGemma Technical Report") { introduces { name } mentions { name } } }`,
    );
    expect(data?.paper.introduces.map((m) => m.name).sort()).toEqual(["MedGemma", "MedSigLIP"]);
    expect(data?.paper.mentions.map((m) => m.name)).toEqual(expect.arrayContaining(["Gemma 3", "SigLIP"]));
  });

  it("resolves a model's Relay id through node(id:)", async () => {
    const { data } = await graphql<{ model: { id: string } }>(graph, `{ model(name: "Gemma 2") { id } }`);
    const node = await graphql<{ node: Named | null }>(
      graph,
      `query ($id: ID!) { node(id: $id) { ... on Model { name } } }`,
      {
        id: data?.model.id,
      },
    );
    expect(node.data?.node?.name).toBe("Gemma 2");
  });

  it("refuses an id that is not one of ours as bad input, before any Cypher", async () => {
    const ids = ["not base64 at all", btoa("Unknown:x"), btoa("Query:x"), btoa("Model")];
    for (const id of ids) {
      for (const query of [
        `query ($id: ID!) { node(id: $id) { id } }`,
        `query ($id: ID!) { nodes(ids: [$id]) { id } }`,
      ]) {
        const { errors, extensions } = await graphql(graph, query, { id });
        expect(errors?.[0]?.extensions?.code, `${query} with ${id}`).toBe("BAD_USER_INPUT");
        expect(extensions?.neo4jQueries, `${query} with ${id}`).toBe(0);
      }
    }
  });
});
