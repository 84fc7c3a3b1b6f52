// The canonical read queries keep their plans: look-ups are unique-index seeks (on Model.key and
// ModelName.key), lineagePath is Neo4j's bidirectional shortest-path search between two bound nodes, and model
// lists sort only their page (on an index where a date filter allows).
// A rewrite that loses one of these still answers correctly on a small graph and only shows at scale, so the
// plans are checked here, under PROFILE, on a generated catalogue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkLoadCatalogue } from "../../bench/bulk-load.ts";
import { type BenchTargets, benchTargets, generateCatalogue } from "../../bench/catalogue.ts";
import { type PlanSummary, profileCanonical, profileQuery } from "../../bench/profile.ts";
import {
  edgesOfModels,
  lineagePathByNames,
  lineageSubgraph,
  modelWithLineage,
  relativesOfModels,
} from "../../src/cypher/lineage.ts";
import { listModels, modelLookup } from "../../src/cypher/models.ts";
import type { Graph } from "../../src/db/executor.ts";
import type { Statement } from "../../src/db/statement.ts";
import { modelKey } from "../../src/domain/names.ts";
import { resetDatabase, testGraph } from "../support/index.ts";

describe("query plans of the canonical queries", () => {
  let graph: Graph;
  let plans: Map<string, PlanSummary>;
  let targets: BenchTargets;

  beforeAll(async () => {
    graph = testGraph();
    await resetDatabase(graph);
    const catalogue = generateCatalogue({ models: 400, seed: 7 });
    await bulkLoadCatalogue(graph, catalogue);
    targets = benchTargets(catalogue);
    const summaries = await profileCanonical(graph, targets);
    plans = new Map(summaries.map((plan) => [plan.name, plan]));
  });
  afterAll(() => graph.close());

  const seeks = (name: string) =>
    (plans.get(name)?.operators ?? []).filter((operator) => operator === "NodeUniqueIndexSeek").length;

  it("profiles every canonical query", () => {
    expect([...plans.keys()].sort()).toEqual(
      [
        "ancestors",
        "children",
        "descendants",
        "descendantsAllFields",
        "findModelByName",
        "lineageGraph",
        "lineagePath",
        "modelsByCapability",
        "modelsByKeys",
        "modelsIntroducedAfter",
        "nestedChildren",
        "relatives",
      ].sort(),
    );
  });

  it("looks a name up by unique-index seeks on ModelName.key and Model.key", () => {
    expect(seeks("findModelByName"), plans.get("findModelByName")?.plan).toBeGreaterThanOrEqual(2);
  });

  it.each(["modelsByKeys", "ancestors", "descendants", "nestedChildren", "relatives", "children"])(
    "%s starts from a unique-index seek on Model.key",
    (name) => {
      expect(seeks(name), plans.get(name)?.plan).toBeGreaterThanOrEqual(1);
      expect(plans.get(name)?.operators, plans.get(name)?.plan).not.toContain("NodeByLabelScan");
      expect(plans.get(name)?.operators, plans.get(name)?.plan).not.toContain("AllNodesScan");
    },
  );

  it("descendants read only the model fields the selection asks for", () => {
    const projected = plans.get("descendants");
    const all = plans.get("descendantsAllFields");
    expect(projected?.rows).toBe(all?.rows);
    expect(projected?.dbHits).toBeLessThan(all?.dbHits ?? 0);
  });

  it("models by capability sorts only the page (top-k) and reads no introducing papers", () => {
    const plan = plans.get("modelsByCapability");
    expect(plan?.operators, plan?.plan).toContain("Top");
    expect(plan?.operators, plan?.plan).not.toContain("Sort");
    expect(plan?.operators, plan?.plan).not.toContain("OptionalExpand(All)");
  });

  it("models by a common capability walk the sortName index in order, with no sort of the matches", () => {
    const plan = plans.get("modelsByCapability");
    expect(plan?.operators, plan?.plan).toContain("NodeIndexScan");
    expect(plan?.operators, plan?.plan).not.toContain("Sort");
  });

  it("the walk in name order gives the page and total that sorting every holder gives", async () => {
    const { capability } = targets;
    const sorted = await graph.read<{ key: string; name: string }>(
      `MATCH (c:Capability)<-[:HAS_CAPABILITY]-(m:Model) WHERE toLower(c.name) = toLower($capability)
       RETURN m.key AS key, toLower(m.name) AS name ORDER BY toLower(m.name), m.key`,
      { capability },
    );
    // The page after the fifth model (a keyset cursor holds its sort key), then the page before the 16th.
    const fifth = sorted[4] as { key: string; name: string };
    const page = await graph.run(
      listModels({ capability }, "NAME", {
        after: [fifth.name, fifth.key],
        before: null,
        limit: 10,
        fromEnd: false,
      }),
    );
    expect(page.total).toBe(sorted.length);
    expect(page.models.map(({ model }) => model.key)).toEqual(sorted.slice(5, 15).map((row) => row.key));
    expect(page.beyond).toBe(true);
    const sixteenth = sorted[15] as { key: string; name: string };
    const back = await graph.run(
      listModels({ capability }, "NAME", {
        after: null,
        before: [sixteenth.name, sixteenth.key],
        limit: 10,
        fromEnd: true,
      }),
    );
    expect(back.models.map(({ model }) => model.key)).toEqual(sorted.slice(5, 15).map((row) => row.key));
    expect(back.more).toBe(true);
  });

  it("models introduced after a date seek the range index on Model.introduced, in its order", () => {
    const plan = plans.get("modelsIntroducedAfter");
    expect(plan?.operators, plan?.plan).toContain("NodeIndexSeekByRange");
    expect(plan?.operators, plan?.plan).not.toContain("NodeByLabelScan");
    expect(plan?.operators, plan?.plan).not.toContain("Sort");
  });

  it("lineagePath seeks both names and runs the bidirectional shortest-path operator between them", () => {
    const plan = plans.get("lineagePath");
    expect(seeks("lineagePath"), plan?.plan).toBeGreaterThanOrEqual(4);
    expect(plan?.operators, plan?.plan).toContain("ShortestPath");
    expect(plan?.operators, plan?.plan).not.toContain("NodeByLabelScan");
  });

  describe("with minConfidence (a predicate on every step)", () => {
    /** What a statement answers, and its plan. */
    const profiled = async <T>(name: string, statement: Statement<T>) => ({
      answer: await graph.run(statement),
      plan: await profileQuery(graph, name, statement),
    });
    // Every edge of the bulk-loaded catalogue is 0.9 sure: 0.5 keeps all of them, 0.95 none.
    const MIN = 0.5;

    it("answers as without it when every edge passes, and nothing when none does", async () => {
      const up = (minConfidence: number | null) =>
        graph.run(
          relativesOfModels([modelKey(targets.deepLeaf)], "UP", {
            maxDepth: 10,
            withPath: true,
            modelFields: ["name"],
            minConfidence,
          }),
        );
      const all = await up(null);
      expect(all[0]?.length).toBeGreaterThan(2);
      expect(await up(MIN)).toEqual(all);
      expect(await up(0.95)).toEqual([[]]);
      const children = (minConfidence: number | null) =>
        graph.run(edgesOfModels([{ key: modelKey(targets.popularBase), minConfidence }], "down"));
      expect((await children(null))[0]?.length).toBeGreaterThan(1);
      expect(await children(MIN)).toEqual(await children(null));
      expect(await children(0.95)).toEqual([[]]);
    });

    it("ancestors, children and lineageGraph still start from unique-index seeks", async () => {
      const plans = [
        await profiled(
          "ancestors",
          modelWithLineage(modelLookup(targets.deepLeaf), {
            lists: [
              {
                direction: "up",
                minConfidence: MIN,
                relatives: { maxDepth: 10, limit: 1000, withPath: true, modelFields: ["name"] },
                next: null,
              },
            ],
          }),
        ),
        await profiled(
          "children",
          edgesOfModels([{ key: modelKey(targets.graphRoot), minConfidence: MIN }], "down"),
        ),
        await profiled(
          "lineageGraph",
          lineageSubgraph(modelLookup(targets.graphRoot), {
            direction: "BOTH",
            maxDepth: 3,
            minConfidence: MIN,
          }),
        ),
      ];
      for (const { plan } of plans) {
        expect(plan.operators.filter((op) => op === "NodeUniqueIndexSeek").length, plan.plan).toBeGreaterThan(
          0,
        );
        expect(plan.operators, plan.plan).not.toContain("NodeByLabelScan");
        expect(plan.operators, plan.plan).not.toContain("AllNodesScan");
      }
    });

    it("lineagePath keeps the bidirectional shortest-path operator, the predicate inside its search", async () => {
      const { answer, plan } = await profiled(
        "lineagePath",
        lineagePathByNames(modelLookup(targets.deepLeaf), modelLookup(targets.pathTo), null, MIN),
      );
      expect(answer.path?.length).toBeGreaterThan(1);
      expect(plan.operators, plan.plan).toContain("ShortestPath");
      // No fallback to enumerating every path when the predicate could not be checked during the search.
      expect(plan.operators, plan.plan).not.toContain("VarLengthExpand(Into)");
      expect(plan.operators, plan.plan).not.toContain("NodeByLabelScan");
    });
  });

  it("lineageGraph starts from the looked-up root, not from a scan", () => {
    const plan = plans.get("lineageGraph");
    expect(seeks("lineageGraph"), plan?.plan).toBeGreaterThanOrEqual(2);
    expect(plan?.operators, plan?.plan).not.toContain("AllNodesScan");
  });
});
