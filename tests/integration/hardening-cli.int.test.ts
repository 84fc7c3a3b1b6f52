// A few cases of the bad-input corpus through the real CLI, as child processes (the whole corpus, with seeding,
// is tests/reliability/bad-inputs.rel.test.ts): each refused with file and line, or skipped with a warning.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { BAD_INPUTS, runCase, writeCase } from "../reliability/bad-inputs.ts";
import { fingerprint } from "../reliability/support.ts";
import { resetDatabase, testGraph } from "../support/index.ts";

const pick = (name: string) => {
  const input = BAD_INPUTS.find((candidate) => candidate.name === name);
  if (!input) throw new Error(`no bad input named ${name}`);
  return input;
};

describe("bad inputs through the real CLI (short)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "modelgraph-bad-inputs-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(["binary noise", "impossible date (Feb 30)", "JSONL with a number for a title"])(
    "extract refuses %s naming file and line, and skips it with --skip-invalid",
    async (name) => {
      const input = pick(name);
      const path = await writeCase(dir, input);
      await Promise.all([
        runCase("extract", path, input, { skipInvalid: false }),
        runCase("extract", path, input, { skipInvalid: true }),
      ]);
    },
  );

  it("seed refuses a malformed record before writing anything", async () => {
    const graph: Graph = testGraph();
    try {
      await resetDatabase(graph);
      const before = await fingerprint(graph);
      const input = pick("Atom entry without a title");
      await runCase("seed", await writeCase(dir, input), input, {
        skipInvalid: false,
        env: { NEO4J_URI: inject("neo4jUri") },
      });
      expect(await fingerprint(graph)).toEqual(before);
    } finally {
      await graph.close();
    }
  });
});
