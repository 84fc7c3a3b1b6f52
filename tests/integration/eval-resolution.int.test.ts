// Resolution on the real graph: every gold set's listing seeded together through seedFiles into the suite's
// Neo4j, the stored models read back, and the split models and families held to eval/baseline.json.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBaseline, resolutionRegressions } from "../../eval/baseline.ts";
import { type ResolutionReport, readStoredModels, resolveSets } from "../../eval/resolution.ts";
import { loadSets } from "../../eval/sets.ts";
import type { Graph } from "../../src/db/graph.ts";
import { resetDatabase, testGraph } from "./helpers.ts";

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

  it("reports split models with the nodes they became", () => {
    for (const split of report.splitModels) {
      expect(split.nodes.length).toBeGreaterThan(1);
      expect(new Set(split.nodes.map((n) => n.key)).size).toBe(split.nodes.length);
    }
    for (const family of report.splitFamilies) expect(family.spellings.length).toBeGreaterThan(1);
  });

  it("splits no more models, and no more families by spelling, than the baseline records", async () => {
    const below = resolutionRegressions(report, await readBaseline());
    expect(below, below.join("\n")).toEqual([]);
  });
});
