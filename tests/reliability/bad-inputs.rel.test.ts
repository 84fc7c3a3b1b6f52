// Every case of the bad-input corpus through the real CLI, as child processes: `extract`, `extract
// --skip-invalid`, then `seed` (and `seed --skip-invalid`) against the suite's Neo4j. A refused input writes
// nothing (graph fingerprint unchanged); none crashes the process.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { resetDatabase, testGraph } from "../support/index.ts";
import { BAD_INPUTS, runCase, writeCase } from "./bad-inputs.ts";
import { fingerprint } from "./support.ts";

/** Runs `work` over `items`, `width` at a time (two cores: children mostly wait on tsx start-up). */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

describe(`${BAD_INPUTS.length} bad inputs through the real CLI`, () => {
  let dir: string;
  let graph: Graph;
  const paths = new Map<string, string>();
  const env = () => ({ NEO4J_URI: inject("neo4jUri") });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "modelgraph-bad-inputs-"));
    for (const input of BAD_INPUTS) paths.set(input.name, await writeCase(dir, input));
    graph = testGraph();
    await resetDatabase(graph);
  });
  afterAll(async () => {
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("has at least 30 cases", () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
  });

  it("extract: a clear error naming file and line (exit 1), or a warning and a skip with --skip-invalid", async () => {
    await inParallel(BAD_INPUTS, 3, async (input) => {
      const path = paths.get(input.name) as string;
      await runCase("extract", path, input, { skipInvalid: false });
      await runCase("extract", path, input, { skipInvalid: true });
    });
  });

  it("seed: every refused input writes nothing", async () => {
    const before = await fingerprint(graph);
    const refused = BAD_INPUTS.filter((input) => input.expect !== "ok");
    await inParallel(refused, 3, async (input) => {
      await runCase("seed", paths.get(input.name) as string, input, { skipInvalid: false, env: env() });
    });
    expect(await fingerprint(graph)).toEqual(before);
  });

  it("seed --skip-invalid: stores the good records of each input, and never crashes", async () => {
    await inParallel(BAD_INPUTS, 2, async (input) => {
      await runCase("seed", paths.get(input.name) as string, input, { skipInvalid: true, env: env() });
    });
    const { census } = await fingerprint(graph);
    expect(census[":Paper"]).toBeGreaterThan(0);
  });
});
