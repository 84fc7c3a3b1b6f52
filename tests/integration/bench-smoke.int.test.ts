// The benchmark suite at a tiny size, so its code cannot rot: the whole `npm run bench` pipeline (generate,
// extract, seed through seedFiles, raw baseline, PROFILE, report; the HTTP load itself is left to the bench),
// every HTTP shape answering without errors through GraphQL and through the driver, and the Hub-shaped import.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bulkLoadCatalogue } from "../../bench/bulk-load.ts";
import { benchTargets, generateCatalogue } from "../../bench/catalogue.ts";
import { derivativesRequest, runHubBench } from "../../bench/hub.ts";
import { runBench } from "../../bench/run.ts";
import { shapes } from "../../bench/shapes.ts";
import type { Graph } from "../../src/db/executor.ts";
import { graphql, resetDatabase, testGraph } from "../support/index.ts";

describe("the benchmark suite at a tiny size", () => {
  let graph: Graph;
  let out: string;

  beforeAll(async () => {
    graph = testGraph();
    out = await mkdtemp(join(tmpdir(), "modelgraph-bench-smoke-"));
  });
  afterAll(async () => {
    await graph.close();
    await rm(out, { recursive: true, force: true });
  });

  it("runs the pipeline end to end and writes the JSON and markdown reports", async () => {
    const report = await runBench({
      models: 100,
      neo4jUri: inject("neo4jUri"),
      duration: 1,
      connections: 2,
      warmup: 0,
      skipPeer: true,
      skipHttp: true,
      listingSeconds: 0.1,
      bulk: false,
      seed: 3,
      out,
      name: "smoke",
      extractSample: 100,
      log: () => {},
    });
    // The raw baseline copied exactly what the seeder wrote.
    expect(report.seeding?.rawEntities).toBe(report.seeding?.entities);
    expect((report.recall.untyped ?? 0) / (report.recall.expected || 1)).toBeGreaterThan(0.9);
    const json = JSON.parse(await readFile(join(out, "smoke.json"), "utf8")) as {
      targets: Record<string, unknown>[];
      machine: Record<string, unknown>;
    };
    expect(json.machine).toMatchObject({ cpus: expect.any(Number), node: process.version });
    for (const target of json.targets) {
      expect(Object.keys(target)).toEqual(
        expect.arrayContaining(["target", "figure", "value", "unit", "baseline", "ratio", "met"]),
      );
    }
    expect(await readFile(join(out, "smoke.md"), "utf8")).toContain("## Targets");
  }, 180_000);

  it("answers every HTTP shape through GraphQL on a bulk-loaded catalogue", async () => {
    await resetDatabase(graph);
    const catalogue = generateCatalogue({ models: 300, seed: 5 });
    await bulkLoadCatalogue(graph, catalogue);
    for (const shape of shapes(benchTargets(catalogue))) {
      const { errors, extensions } = await graphql(graph, shape.query, shape.variables);
      expect(errors, shape.name).toBeUndefined();
      // One Cypher round trip per root field, nested lineage included (schema/traversals.ts).
      expect(extensions?.neo4jQueries, shape.name).toBe(1);
    }
  });

  it("imports a Hub-shaped listing through import-hf and answers the recursive derivatives query", async () => {
    const report = await runHubBench({
      repos: 300,
      neo4jUri: inject("neo4jUri"),
      duration: 1,
      connections: 1,
      warmup: 0,
      skipHttp: true,
      seed: 3,
      out,
      name: "hub-smoke",
      log: () => {},
    });
    expect(report.hub).toMatchObject({ read: 300, skipped: 0 });
    // Every repo, and at least one declared edge for each that is not a base.
    expect(report.hub?.entities).toBeGreaterThan(300 + 300 * 0.9);
    expect(report.figures.map((figure) => figure.unit)).toEqual(["entities/s", "MB"]);
    expect(report.plans[0]?.dbHits).toBeGreaterThan(0);
    const [popular] = report.catalogue.popularBases as string[];
    const request = derivativesRequest(popular as string);
    const { data, errors } = await graphql<{ hfRepo: { derivatives: { totalCount: number } } }>(
      graph,
      request.query,
      request.variables,
    );
    expect(errors).toBeUndefined();
    expect(data?.hfRepo.derivatives.totalCount).toBeGreaterThan(10);
    expect(await readFile(join(out, "hub-smoke.md"), "utf8")).toContain("## Hub import (import-hf)");
  }, 180_000);
});
