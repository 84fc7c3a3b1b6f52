// Resolution on the real graph: every gold set's listing seeded together through seedFiles into the suite's
// Neo4j, the stored models read back, and the split models and families held to eval/baseline.json.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readBaseline, resolutionRegressions } from "../../eval/baseline.ts";
import {
  nodeCount,
  type ResolutionReport,
  readStoredModels,
  resolveSets,
  withEvalGraph,
} from "../../eval/resolution.ts";
import { loadSets } from "../../eval/sets.ts";
import type { Graph } from "../../src/db/executor.ts";
import { resetDatabase, testGraph } from "../support/index.ts";

let graph: Graph;
let report: ResolutionReport;
let papers: number;

beforeAll(async () => {
  graph = testGraph();
  await resetDatabase(graph);
  const sets = await loadSets();
  papers = sets.reduce((sum, set) => sum + set.gold.papers, 0);
  report = await resolveSets(graph, sets);
});

afterAll(async () => {
  // Other files share the database: leave it empty.
  await resetDatabase(graph);
  await graph.close();
});

describe("resolution over every gold set seeded together", () => {
  it("seeds every paper of every set into one graph", async () => {
    expect(report.sets[0]).toBe("seed");
    expect(report.seeded).toMatchObject({ papers, skipped: 0 });
    expect(report.storedModels).toBe((await readStoredModels(graph)).length);
    expect(report.storedModels).toBeGreaterThan(0);
    expect(report.goldModels).toBeGreaterThan(0);
  });

  it("reports split models with the stored nodes they became", async () => {
    const keys = report.splitModels.flatMap((split) => split.nodes.map((n) => n.key));
    const [row] = await graph.read<{ found: number }>(
      "MATCH (m:Model) WHERE m.key IN $keys RETURN count(DISTINCT m) AS found",
      { keys },
    );
    expect(row?.found).toBe(new Set(keys).size);
    for (const split of report.splitModels) {
      expect(split.nodes.length).toBeGreaterThan(1);
      expect(new Set(split.nodes.map((n) => n.key)).size).toBe(split.nodes.length);
    }
    const families = await graph.read<{ family: string }>(
      "MATCH (m:Model) WHERE m.family IN $families RETURN DISTINCT m.family AS family",
      { families: report.splitFamilies.flatMap((f) => f.spellings.map((x) => x.family)) },
    );
    expect(families.length).toBe(report.splitFamilies.reduce((n, f) => n + f.spellings.length, 0));
    for (const family of report.splitFamilies) expect(family.spellings.length).toBeGreaterThan(1);
  });

  it("splits no more models, and no more families by spelling, than the baseline records", async () => {
    const below = resolutionRegressions(report, await readBaseline());
    expect(below, below.join("\n")).toEqual([]);
  });
});

describe("npm run eval on EVAL_NEO4J_URI", () => {
  const withUri = async <T>(work: () => Promise<T>): Promise<T> => {
    const before = process.env.EVAL_NEO4J_URI;
    process.env.EVAL_NEO4J_URI = inject("neo4jUri");
    try {
      return await work();
    } finally {
      if (before === undefined) delete process.env.EVAL_NEO4J_URI;
      else process.env.EVAL_NEO4J_URI = before;
    }
  };

  it("refuses a database that holds data, and leaves it as it was", async () => {
    const nodes = await nodeCount(graph);
    expect(nodes).toBeGreaterThan(0);
    let ran = false;
    await expect(
      withUri(() =>
        withEvalGraph(async () => {
          ran = true;
        }),
      ),
    ).rejects.toThrow(/holds \d+ nodes/u);
    expect(ran).toBe(false);
    expect(await nodeCount(graph)).toBe(nodes);
  });

  it("seeds into an empty one and empties it again afterwards", async () => {
    await resetDatabase(graph);
    const sets = await loadSets(["seed"]);
    const seeded = await withUri(() => withEvalGraph((evalGraph) => resolveSets(evalGraph, sets)));
    expect(seeded.seeded.papers).toBe(14);
    expect(await nodeCount(graph)).toBe(0);
  });
});
