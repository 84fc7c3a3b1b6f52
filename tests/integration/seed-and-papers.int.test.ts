import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { listSeedFiles, seedFiles } from "../../src/ingest/index.ts";
import { storeBatch } from "../../src/ingest/write/store.ts";
import {
  census,
  graphql,
  modelsInFull,
  resetDatabase,
  seededTestGraph,
  seedTheSeedListing,
} from "../support/index.ts";

interface PapersData {
  papers: {
    totalCount: number;
    edges: { node: { title: string; date: string; yearInferred: boolean; authors: { name: string }[] } }[];
  };
}

const PAPERS = `{ papers(first: 20) { totalCount edges { node { title date yearInferred authors { name } } } } }`;

describe("seeding the seed listing and reading papers back through GraphQL", () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = await seededTestGraph();
  });
  afterAll(() => graph.close());

  it("serves the 14 seed papers, newest first, with titles, first authors and dates", async () => {
    const { data, errors } = await graphql<PapersData>(graph, PAPERS);
    expect(errors).toBeUndefined();
    const papers = data?.papers.edges.map(({ node }) => node) ?? [];
    expect(data?.papers.totalCount).toBe(14);
    const byTitle = new Map(papers.map((paper) => [paper.title, paper]));
    const expected: [title: string, firstAuthor: string, date: string][] = [
      ["Gemma 2: Improving Open Language Models at a Practical Size", "Gemma Team", "2024-07-31"],
      [
        "Levels of AGI for Operationalizing Progress on the Path to AGI",
        "Meredith Ringel Morris",
        "2023-11-04",
      ],
      ["MedGemma 1.5 Technical Report", "Andrew Sellergren", "2026-04-06"],
      ["Gemma: Open Models Based on Gemini Research and Technology", "Gemma Team", "2024-03-13"],
      ["T5Gemma 2: Seeing, Reading, and Understanding Longer", "Biao Zhang", "2025-12-16"],
      ["CodeGemma: Open Code Models Based on Gemma", "CodeGemma Team", "2024-06-17"],
      [
        "RecurrentGemma: Moving Past Transformers for Efficient Open Language Models",
        "Aleksandar Botev",
        "2024-04-11",
      ],
    ];
    for (const [title, firstAuthor, date] of expected) {
      expect(byTitle.get(title), title).toMatchObject({
        date,
        authors: expect.arrayContaining([{ name: firstAuthor }]),
      });
      expect(byTitle.get(title)?.authors[0]?.name).toBe(firstAuthor);
    }
    expect(byTitle.get("MedGemma 1.5 Technical Report")?.yearInferred).toBe(true);
    const dates = papers.map((paper) => paper.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("loads authors for a whole page in a bounded number of queries (no N+1)", async () => {
    const { extensions } = await graphql<PapersData>(graph, PAPERS);
    // count + page + one batched author load, however many papers the page holds
    expect(extensions?.neo4jQueries).toBeLessThanOrEqual(3);
  });

  it("finds a paper by title, case-insensitively, with its organisations", async () => {
    const { data } = await graphql<{ paper: { title: string; organizations: { name: string }[] } | null }>(
      graph,
      `{ paper(title: "gemma 3 technical report") { title organizations { name } } }`,
    );
    expect(data?.paper?.title).toBe("Gemma 3 Technical Report");
    expect(data?.paper?.organizations.map((o) => o.name).sort()).toEqual(["deepmind", "mit"]);
  });

  it("seeding twice leaves the same nodes and relationships", async () => {
    const before = await census(graph);
    await seedTheSeedListing(graph);
    expect(await census(graph)).toEqual(before);
    expect(before[":Paper"]).toBe(14);
  });

  it("gives models the same fields and names whether their papers come in small batches or in one", async () => {
    // Small batches: a model created in one batch is recomputed as later ones mention it; the re-seed recomputes
    // every model from all its observations at once.
    await resetDatabase(graph);
    await seedFiles(graph, await listSeedFiles(), { year: 2026, batchSize: 3 });
    const first = await modelsInFull(graph);
    await seedTheSeedListing(graph);
    expect(await modelsInFull(graph)).toEqual(first);
    expect(first.length).toBeGreaterThan(20);
    expect(first.filter((model) => (model.fields.aliases as string[]).length > 0).length).toBeGreaterThan(0);
  });

  it("a failing batch leaves nothing half-written and keeps what was stored", async () => {
    const before = await census(graph);
    const broken = {
      paper: {
        id: "a-broken-paper",
        title: "A Broken Paper",
        authors: ["Ada Lovelace"],
        authorsTruncated: false,
        organizations: ["nowhere"],
        date: "2024-02-30", // Neo4j's date() refuses it half-way through the batch
        yearInferred: false,
        category: "CL",
        abstract: "We introduce BrokenLM.",
        source: { file: "broken.txt", line: 1 },
      },
      models: [],
      introduces: [],
      mentions: [],
      relations: [],
      facts: [],
    };
    await expect(storeBatch(graph, [broken])).rejects.toThrow();
    expect(await census(graph)).toEqual(before);
  });
});
