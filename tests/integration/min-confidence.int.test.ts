// "Confidence means something": every fact relationship knows how sure the extraction is of it (the best
// confidence of its evidence, kept per supporting paper), and the six lineage fields take a `minConfidence` that
// leaves the less sure edges out, inside each field's one query. Checked on the seeded listing, whose edges have
// confidences from 0.6 to 0.9, read from the graph here rather than assumed.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import type { PaperExtraction } from "../../src/domain/types.ts";
import { extractFiles, listSeedFiles } from "../../src/ingest/index.ts";
import { storeBatch } from "../../src/ingest/write/store.ts";
import { graphql, seededTestGraph, seedTheSeedListing, testYoga } from "../support/index.ts";

interface StoredSupport {
  id: string;
  papers: string[];
  confidences: (number | null)[];
  confidence: number | null;
}

/** Every fact relationship's support as stored, by `TYPE:subject->object`. */
async function storedSupport(graph: Graph): Promise<Map<string, StoredSupport>> {
  const rows = await graph.read<StoredSupport>(
    `MATCH (m:Model)-[r]->(o) WHERE r.papers IS NOT NULL
     RETURN type(r) + ':' + m.key + '->' + coalesce(o.key, o.name) AS id, r.papers AS papers,
            r.confidences AS confidences, r.confidence AS confidence
     ORDER BY id`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** The same, computed from the Evidence nodes: each paper's best sentence for the fact, and the best of all. */
async function supportFromEvidence(graph: Graph): Promise<Map<string, StoredSupport>> {
  const rows = await graph.read<{
    id: string;
    papers: string[];
    evidence: { paperId: string; confidence: number }[];
  }>(
    `MATCH (m:Model)-[r]->(o) WHERE r.papers IS NOT NULL
     WITH r, type(r) + ':' + m.key + '->' + coalesce(o.key, o.name) AS id
     RETURN id, r.papers AS papers,
            COLLECT { MATCH (e:Evidence {fact: id}) RETURN e { .paperId, .confidence } } AS evidence`,
  );
  return new Map(
    rows.map((row) => {
      const confidences = row.papers.map((paper) => {
        const own = row.evidence.filter((e) => e.paperId === paper).map((e) => e.confidence);
        return own.length ? Math.max(...own) : null;
      });
      const known = confidences.filter((c): c is number => c !== null);
      const confidence = known.length ? Math.max(...known) : null;
      return [row.id, { id: row.id, papers: row.papers, confidences, confidence }];
    }),
  );
}

/** Stored confidences agree with the evidence, for every fact relationship of the graph. */
async function expectConsistent(graph: Graph) {
  const stored = await storedSupport(graph);
  expect(stored.size).toBeGreaterThan(20);
  expect(stored).toEqual(await supportFromEvidence(graph));
}

interface Edge {
  type: string;
  confidence: number | null;
  child: { key: string };
  parent: { key: string };
}
const EDGE = "type confidence child { key } parent { key }";
const edgeId = (edge: Edge) => `${edge.type}:${edge.child.key}->${edge.parent.key}`;

describe("lineage confidence on the seeded listing", () => {
  let graph: Graph;
  /** Lineage edges by id, with their stored confidence. */
  let confidence: Map<string, number | null>;
  /** A threshold between the weak and the strong edges used below. */
  let threshold: number;

  // The edges the tests below rely on: weak successions, strong derivations (their confidences are read).
  const WEAK = ["SUCCESSOR_OF:gemma3->gemma2", "SUCCESSOR_OF:gemma2->gemma"];
  const STRONG = [
    "BASED_ON:medgemma->gemma3",
    "SUCCESSOR_OF:medgemma1.5->medgemma",
    "VARIANT_OF:gemma2it->gemma2",
    "BASED_ON:embeddinggemma->gemma3",
  ];

  beforeAll(async () => {
    graph = await seededTestGraph();
    const stored = await storedSupport(graph);
    confidence = new Map([...stored].map(([id, support]) => [id, support.confidence]));
    const weakest = Math.min(...STRONG.map((id) => confidence.get(id) ?? 0));
    threshold = (Math.max(...WEAK.map((id) => confidence.get(id) ?? 1)) + weakest) / 2;
  });
  afterAll(() => graph.close());

  it("stores each fact's confidence per supporting paper and the best of them, as the evidence says", async () => {
    await expectConsistent(graph);
    const lineage = [...confidence].filter(([id]) =>
      /^(BASED_ON|DISTILLED_FROM|SUCCESSOR_OF|VARIANT_OF):/.test(id),
    );
    const values = lineage.map(([, value]) => value);
    expect(values.every((value) => value !== null && value >= 0 && value <= 1)).toBe(true);
    expect(Math.max(...WEAK.map((id) => confidence.get(id) ?? 1))).toBeLessThan(
      Math.min(...STRONG.map((id) => confidence.get(id) ?? 0)),
    );
    // Other edges at most as sure as the weak ones, which the expectations below leave out with them.
    expect(lineage.filter(([, value]) => (value ?? 0) < threshold).length).toBeGreaterThan(2);
  });

  it("LineageEdge.confidence is the stored confidence", async () => {
    const { data, errors } = await graphql<{ model: { parents: Edge[] } }>(
      graph,
      `{ model(name: "Gemma 3") { parents { ${EDGE} } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.model.parents.length).toBeGreaterThan(0);
    for (const edge of data?.model.parents ?? []) expect(edge.confidence).toBe(confidence.get(edgeId(edge)));
  });

  /** Runs a lineage query under model(name) (one query, the look-ahead) and under node(id) (the loaders). */
  async function bothWays<Model>(name: string, selection: string) {
    const ahead = await graphql<{ model: Model & { id: string } }>(
      graph,
      `query ($name: String!, $min: Float) { model(name: $name) { id ${selection} } }`,
      { name, min: threshold },
    );
    expect(ahead.errors).toBeUndefined();
    expect(ahead.extensions?.neo4jQueries).toBe(1);
    const loaded = await graphql<{ node: Model & { id: string } }>(
      graph,
      `query ($id: ID!, $min: Float) { node(id: $id) { ... on Model { id ${selection} } } }`,
      { id: ahead.data?.model.id, min: threshold },
    );
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data?.node).toEqual(ahead.data?.model);
    return ahead.data?.model as Model;
  }

  it("parents and children leave out edges below minConfidence (look-ahead and loaders alike)", async () => {
    const gemma3 = await bothWays<{ all: Edge[]; sure: Edge[] }>(
      "Gemma 3",
      `all: parents { ${EDGE} } sure: parents(minConfidence: $min) { ${EDGE} }`,
    );
    expect(gemma3.all.map(edgeId)).toContain("SUCCESSOR_OF:gemma3->gemma2");
    expect(gemma3.sure.map(edgeId)).not.toContain("SUCCESSOR_OF:gemma3->gemma2");
    expect(gemma3.sure).toEqual(gemma3.all.filter((edge) => (edge.confidence ?? 0) >= threshold));

    const gemma2 = await bothWays<{ all: Edge[]; sure: Edge[] }>(
      "Gemma 2",
      `all: children { ${EDGE} } sure: children(minConfidence: $min) { ${EDGE} }`,
    );
    expect(gemma2.all.map(edgeId)).toEqual(
      expect.arrayContaining(["SUCCESSOR_OF:gemma3->gemma2", "VARIANT_OF:gemma2it->gemma2"]),
    );
    expect(gemma2.sure.map(edgeId)).toEqual(["VARIANT_OF:gemma2it->gemma2"]);
  });

  it("ancestors and descendants walk only edges at least minConfidence confident", async () => {
    type Relative = { depth: number; model: { key: string }; path: { type: string; confidence: number }[] };
    // The path's edges without their models: those would be a second round trip (the model loader).
    const RELATIVE = "depth model { key } path { type confidence }";
    const leaf = await bothWays<{ all: Relative[]; sure: Relative[] }>(
      "MedGemma 1.5",
      `all: ancestors { ${RELATIVE} } sure: ancestors(minConfidence: $min) { ${RELATIVE} }`,
    );
    expect(leaf.all.map((a) => a.model.key)).toEqual(["medgemma", "gemma3", "gemma2", "gemma", "gemini"]);
    // Gemma 2 is reached only through the weak succession: it and everything above it are gone.
    expect(leaf.sure.map((a) => a.model.key)).toEqual(["medgemma", "gemma3"]);
    for (const ancestor of leaf.sure) {
      for (const edge of ancestor.path) expect(edge.confidence).toBeGreaterThanOrEqual(threshold);
    }

    const base = await bothWays<{ all: Relative[]; sure: Relative[] }>(
      "Gemma 2",
      `all: descendants { ${RELATIVE} } sure: descendants(minConfidence: $min) { ${RELATIVE} }`,
    );
    expect(base.all.map((d) => d.model.key)).toEqual(
      expect.arrayContaining(["gemma3", "gemma2it", "medgemma", "medgemma1.5", "embeddinggemma"]),
    );
    expect(base.sure.map((d) => d.model.key)).toEqual(["gemma2it"]);
  });

  it("a nested selection with several thresholds is still one round trip, each level with its own", async () => {
    const { data, errors, extensions } = await graphql<{
      model: { parents: (Edge & { parent: { any: Edge[]; sure: Edge[] } })[] };
    }>(
      graph,
      `query ($min: Float) { model(name: "MedGemma") { parents(minConfidence: $min) { ${EDGE}
         parent { any: parents { ${EDGE} } sure: parents(minConfidence: $min) { ${EDGE} } } } } }`,
      { min: threshold },
    );
    expect(errors).toBeUndefined();
    expect(extensions?.neo4jQueries).toBe(1);
    const gemma3 = data?.model.parents.find((edge) => edge.parent.key === "gemma3");
    expect(gemma3?.parent.any.map(edgeId)).toContain("SUCCESSOR_OF:gemma3->gemma2");
    expect(gemma3?.parent.sure.map(edgeId)).not.toContain("SUCCESSOR_OF:gemma3->gemma2");
  });

  it("lineagePath finds no path through weak edges, and a strong path still", async () => {
    const query = `query ($from: String!, $to: String!, $min: Float) {
      lineagePath(from: $from, to: $to, minConfidence: $min) { ${EDGE} } }`;
    const all = await graphql<{ lineagePath: Edge[] | null }>(graph, query, {
      from: "CodeGemma",
      to: "MedGemma",
    });
    expect(all.data?.lineagePath?.map(edgeId)).toContain("SUCCESSOR_OF:gemma3->gemma2");
    const sure = await graphql<{ lineagePath: Edge[] | null }>(graph, query, {
      from: "CodeGemma",
      to: "MedGemma",
      min: threshold,
    });
    expect(sure.errors).toBeUndefined();
    expect(sure.extensions?.neo4jQueries).toBe(1);
    expect(sure.data?.lineagePath).toBeNull();
    const strong = await graphql<{ lineagePath: Edge[] | null }>(graph, query, {
      from: "MedGemma 1.5",
      to: "EmbeddingGemma",
      min: threshold,
    });
    expect(strong.data?.lineagePath?.map(edgeId)).toEqual([
      "SUCCESSOR_OF:medgemma1.5->medgemma",
      "BASED_ON:medgemma->gemma3",
      "BASED_ON:embeddinggemma->gemma3",
    ]);
  });

  it("lineageGraph draws only the models and edges reached through edges at least minConfidence confident", async () => {
    type Drawn = { nodes: { id: string }[]; edges: { id: string; confidence: number | null }[] };
    const query = `query ($min: Float) { lineageGraph(root: "Gemma 3", direction: BOTH, maxDepth: 3, minConfidence: $min) {
      nodes { id } edges { id confidence } } }`;
    const all = await graphql<{ lineageGraph: Drawn }>(graph, query);
    expect(all.data?.lineageGraph.edges.map((e) => e.id)).toContain("SUCCESSOR_OF:gemma3->gemma2");
    expect(all.data?.lineageGraph.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(["gemma2", "gemini"]),
    );
    const sure = await graphql<{ lineageGraph: Drawn }>(graph, query, { min: threshold });
    expect(sure.errors).toBeUndefined();
    expect(sure.extensions?.neo4jQueries).toBe(1);
    const ids = sure.data?.lineageGraph.nodes.map((n) => n.id) ?? [];
    expect(ids).not.toContain("gemma2");
    expect(ids).not.toContain("gemini");
    expect(ids).toEqual(expect.arrayContaining(["gemma3", "medgemma", "medgemma1.5", "embeddinggemma"]));
    for (const edge of sure.data?.lineageGraph.edges ?? []) {
      expect(edge.confidence).toBeGreaterThanOrEqual(threshold);
      expect(edge.confidence).toBe(confidence.get(edge.id));
    }
    // Every strong edge among the drawn models is drawn.
    const drawn = new Set(ids);
    const expected = [...confidence]
      .filter(([id, value]) => {
        const match = /^(?:BASED_ON|DISTILLED_FROM|SUCCESSOR_OF|VARIANT_OF):(.+)->(.+)$/.exec(id);
        return match && drawn.has(match[1] ?? "") && drawn.has(match[2] ?? "") && (value ?? 0) >= threshold;
      })
      .map(([id]) => id)
      .sort();
    expect(sure.data?.lineageGraph.edges.map((e) => e.id).sort()).toEqual(expected);
  });

  it("commonAncestors takes minConfidence too", async () => {
    const query = `query ($min: Float) { commonAncestors(a: "CodeGemma", b: "EmbeddingGemma", minConfidence: $min) {
      model { key } } }`;
    const all = await graphql<{ commonAncestors: { model: { key: string } }[] }>(graph, query);
    expect(all.data?.commonAncestors.map((c) => c.model.key)).toEqual(["gemma", "gemini"]);
    const sure = await graphql<{ commonAncestors: unknown[] }>(graph, query, { min: threshold });
    expect(sure.errors).toBeUndefined();
    expect(sure.data?.commonAncestors).toEqual([]);
  });

  it("minConfidence 0 is every edge, 1 only edges as sure as can be", async () => {
    const { data } = await graphql<{ model: { all: Edge[]; zero: Edge[]; one: Edge[] } }>(
      graph,
      `{ model(name: "Gemma 2") { all: children { ${EDGE} } zero: children(minConfidence: 0) { ${EDGE} }
         one: children(minConfidence: 1) { ${EDGE} } } }`,
    );
    expect(data?.model.zero).toEqual(data?.model.all);
    expect(data?.model.one).toEqual(data?.model.all.filter((edge) => edge.confidence === 1));
  });

  describe("refuses a minConfidence outside 0..1 as BAD_USER_INPUT naming it, before any Cypher", () => {
    const FIELDS: [field: string, query: string][] = [
      [
        "parents",
        `query ($min: Float) { model(name: "Gemma 3") { name parents(minConfidence: $min) { type } } }`,
      ],
      [
        "children",
        `query ($min: Float) { model(name: "Gemma 3") { children(minConfidence: $min) { type } } }`,
      ],
      [
        "ancestors",
        `query ($min: Float) { model(name: "Gemma 3") { ancestors(minConfidence: $min) { depth } } }`,
      ],
      [
        "descendants",
        `query ($min: Float) { model(name: "Gemma 3") { children { child { descendants(minConfidence: $min) { depth } } } } }`,
      ],
      [
        "lineagePath",
        `query ($min: Float) { lineagePath(from: "CodeGemma", to: "MedGemma", minConfidence: $min) { type } }`,
      ],
      [
        "lineageGraph",
        `query ($min: Float) { lineageGraph(root: "Gemma 3", minConfidence: $min) { nodes { id } } }`,
      ],
      [
        "commonAncestors",
        `query ($min: Float) { commonAncestors(a: "CodeGemma", b: "Gemma", minConfidence: $min) { depthFromA } }`,
      ],
    ];

    it.each(FIELDS)("%s", async (field, query) => {
      for (const min of [-0.1, 1.5, 2, -1e-9]) {
        const { data, errors, extensions } = await graphql<Record<string, unknown>>(graph, query, { min });
        expect(errors?.[0]?.extensions?.code, `${field} ${min}`).toBe("BAD_USER_INPUT");
        expect(errors?.[0]?.extensions?.argument).toBe("minConfidence");
        expect(errors?.[0]?.message).toContain(`\`minConfidence\` of \`${field}\``);
        expect(errors?.[0]?.message).toContain(String(min));
        expect(extensions?.neo4jQueries, `${field} ${min}`).toBe(0);
        expect(Object.values(data ?? {}).every((value) => value === null)).toBe(true);
      }
      // As a literal too.
      const literal = query.replace("query ($min: Float) ", "").replace("$min", "1.01");
      const refused = await graphql(graph, literal);
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(refused.extensions?.neo4jQueries).toBe(0);
    });

    it("NaN and infinities, which GraphQL's Float refuses, in variables (raw JSON) or literals", async () => {
      const [, query] = FIELDS[0] as [string, string];
      for (const raw of ['"NaN"', "1e999", "-1e999", '"0.5"']) {
        const response = await testYoga(graph).fetch("http://modelgraph.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          // JSON has no NaN: the variable is sent as the client's JSON would carry it.
          body: `{"query": ${JSON.stringify(query)}, "variables": {"min": ${raw}}}`,
        });
        const body = (await response.json()) as Awaited<ReturnType<typeof graphql>>;
        expect(body.errors?.[0]?.extensions?.code, raw).toBe("BAD_USER_INPUT");
        expect(body.errors?.[0]?.message, raw).toContain("$min");
        expect(body.extensions?.neo4jQueries, raw).toBe(0);
      }
      const literal = await graphql(
        graph,
        `{ model(name: "Gemma 3") { parents(minConfidence: NaN) { type } } }`,
      );
      expect(literal.errors?.[0]?.message).toMatch(/Float cannot represent/);
      expect(literal.extensions?.neo4jQueries ?? 0).toBe(0);
    });
  });

  it("the README's minConfidence example answers what the README shows", async () => {
    const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
    const example = /```graphql\n([^`]*minConfidence[^`]*)```\n```json\n([^`]*)```/.exec(readme);
    expect(example, "a graphql block with minConfidence, followed by its json answer").not.toBeNull();
    const { data, errors } = await graphql(graph, example?.[1] ?? "");
    expect(errors).toBeUndefined();
    expect(data).toEqual(JSON.parse(example?.[2] ?? "null"));
  });
});

describe("lineage confidence kept right when papers are re-seeded or retracted", () => {
  let graph: Graph;
  let gemmaPaper: PaperExtraction;
  const FACT = "BASED_ON:gemma->gemini";

  /** A paper of our own that supports "Gemma is based on Gemini" with these confidences (one sentence each). */
  const witness = (confidences: number[]): PaperExtraction => {
    const abstract = "We study Gemma, which is based on Gemini. Gemma builds on Gemini.";
    return {
      paper: {
        id: "a-witness-paper",
        title: "A Witness Paper",
        authors: ["Ada Lovelace"],
        authorsTruncated: false,
        organizations: ["nowhere"],
        date: "2025-01-02",
        yearInferred: false,
        category: "CL",
        abstract,
        source: { file: "witness.jsonl", line: 1 },
      },
      models: [
        { key: "gemma", name: "Gemma", aliases: [], family: "Gemma", version: null, sizes: [], tuning: [] },
        {
          key: "gemini",
          name: "Gemini",
          aliases: [],
          family: "Gemini",
          version: null,
          sizes: [],
          tuning: [],
        },
      ],
      introduces: [],
      mentions: ["gemma", "gemini"],
      relations: confidences.map((confidence, index) => ({
        type: "BASED_ON" as const,
        from: "gemma",
        to: "gemini",
        evidence: {
          paperId: "a-witness-paper",
          sentence: index === 0 ? "We study Gemma, which is based on Gemini." : "Gemma builds on Gemini.",
          start: index === 0 ? 0 : 42,
          end: index === 0 ? 41 : abstract.length,
          rule: "lineage.based-on",
          confidence,
        },
      })),
      facts: [],
    };
  };

  const support = async () => (await storedSupport(graph)).get(FACT);
  const sureParents = async (min: number) => {
    const { data, errors } = await graphql<{ model: { parents: Edge[] } }>(
      graph,
      `query ($min: Float) { model(name: "Gemma") { parents(minConfidence: $min) { ${EDGE} } } }`,
      { min },
    );
    expect(errors).toBeUndefined();
    return data?.model.parents.map(edgeId) ?? [];
  };

  beforeAll(async () => {
    graph = await seededTestGraph();
    const { extractions } = await extractFiles(await listSeedFiles(), { year: 2026 });
    const found = extractions.find((extraction) =>
      extraction.relations.some((r) => r.type === "BASED_ON" && r.from === "gemma" && r.to === "gemini"),
    );
    if (!found) throw new Error("the seed listing no longer says Gemma is based on Gemini");
    gemmaPaper = found;
  });
  afterAll(() => graph.close());

  it("re-seeding the listing leaves every confidence as it was", async () => {
    const before = await storedSupport(graph);
    await seedTheSeedListing(graph);
    expect(await storedSupport(graph)).toEqual(before);
    await expectConsistent(graph);
  });

  it("a second paper raises an edge to its best sentence; re-seeding it replaces; retracting lowers to the rest", async () => {
    const original = await support();
    const own = original?.confidence ?? 1;
    expect(original?.papers).toEqual([gemmaPaper.paper.id]);
    expect(own).toBeLessThan(0.95);

    // Two sentences in the witness: the paper counts with its better one; the edge with the best paper.
    await storeBatch(graph, [witness([0.6, 0.95])]);
    expect(await support()).toEqual({
      id: FACT,
      papers: [gemmaPaper.paper.id, "a-witness-paper"],
      confidences: [own, 0.95],
      confidence: 0.95,
    });
    await expectConsistent(graph);
    expect(await sureParents(0.95)).toEqual([FACT]);

    // Re-seeding the witness with a weaker sentence replaces its support: the edge is back to the listing's.
    await storeBatch(graph, [witness([0.65])]);
    expect(await support()).toMatchObject({ confidences: [own, 0.65], confidence: own });
    await expectConsistent(graph);
    expect(await sureParents(0.95)).toEqual([]);
    expect(await sureParents(own)).toEqual([FACT]);

    // Retracting the listing's paper (re-seeded without the sentence) leaves the witness's 0.65 alone.
    await storeBatch(graph, [
      { ...gemmaPaper, relations: gemmaPaper.relations.filter((r) => r.to !== "gemini") },
    ]);
    expect(await support()).toEqual({
      id: FACT,
      papers: ["a-witness-paper"],
      confidences: [0.65],
      confidence: 0.65,
    });
    await expectConsistent(graph);
    expect(await sureParents(own)).toEqual([]);
    expect(await sureParents(0.65)).toEqual([FACT]);

    // The listing's paper again, and the witness without the edge: the listing's confidence, as at the start.
    await storeBatch(graph, [gemmaPaper]);
    await storeBatch(graph, [{ ...witness([]) }]);
    expect(await support()).toEqual(original);
    await expectConsistent(graph);
  });
});
