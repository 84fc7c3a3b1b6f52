/**
 * The live path of `import-hf`: the real @huggingface/hub client, pointed (hubUrl) at a small Hub on 127.0.0.1 that
 * serves the fixture, pages, rate-limits and resumes exactly as it would online; the graph it builds is the one the
 * file import builds.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { fetchHubModels } from "../../src/ingest/hf/client.ts";
import { importHfFile, importHfLive } from "../../src/ingest/hf/index.ts";
import { seedFiles } from "../../src/ingest/index.ts";
import { type FixtureHub, startFixtureHub } from "../fixtures/hf/hub-server.ts";
import { census, resetDatabase, seedTheSeedListing, testGraph } from "../support/index.ts";

const FIXTURE = new URL("../fixtures/hf/models.json", import.meta.url).pathname;
const PAPERS = new URL("../fixtures/hf/papers.jsonl", import.meta.url).pathname;
const noWait = () => Promise.resolve();

describe("the live Hub client, against a local Hub", () => {
  let hub: FixtureHub;
  let dir: string;
  beforeAll(async () => {
    hub = await startFixtureHub({ pageSize: 3, rateLimitFirst: 1 });
    dir = await mkdtemp(join(tmpdir(), "modelgraph-hf-"));
  });
  afterAll(async () => {
    await hub.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("pages, waits as a 429 asks, and goes on from its state file after an interruption", async () => {
    const statePath = join(dir, "state.json");
    const waits: number[] = [];
    const pages: string[][] = [];
    const options = { hubUrl: hub.url, statePath, sleep: noWait, onWait: (ms: number) => waits.push(ms) };
    const take = async (infos: unknown[]) => {
      pages.push(infos.map((info) => (info as { id: string }).id));
      if (pages.length === 2) throw new Error("interrupted");
    };
    await expect(fetchHubModels({ search: "quokka" }, take, options)).rejects.toThrow("interrupted");
    expect(waits).toEqual([1000]);
    const saved = JSON.parse(await readFile(statePath, "utf8")) as { next: string; fetched: number };
    expect(saved.fetched).toBe(3);
    expect(saved.next).toContain("cursor=3");

    const resumed = await fetchHubModels({ search: "quokka" }, take, options);
    expect(resumed.resumed).toBe(true);
    // The first page was stored before the interruption, the second was not: the resumed run starts there.
    const ids = [...(pages[0] ?? []), ...pages.slice(2).flat()];
    const all = JSON.parse(await readFile(FIXTURE, "utf8")) as { id: string }[];
    expect(ids.sort()).toEqual(
      all
        .map((info) => info.id)
        .filter((id) => /quokka/i.test(id))
        .sort(),
    );
    expect(new Set(ids).size).toBe(ids.length);

    const again = await fetchHubModels({ search: "quokka" }, take, options);
    expect(again.fetched).toBe(0);
  });

  describe("import", () => {
    let graph: Graph;
    beforeAll(async () => {
      graph = testGraph();
    });
    afterAll(() => graph.close());

    async function freshGraph() {
      await resetDatabase(graph);
      await seedTheSeedListing(graph);
      await seedFiles(graph, [PAPERS]);
    }

    it("builds the graph the file import builds, following a rename and reporting a base the Hub does not know", async () => {
      await freshGraph();
      await importHfFile(graph, FIXTURE);
      const fromFile = await census(graph);

      await freshGraph();
      const report = await importHfLive(graph, { search: "-" }, { hubUrl: hub.url, sleep: noWait });
      expect(await census(graph)).toEqual(fromFile);
      expect(report.read).toBe(22);
      expect(report.linked / report.read).toBeGreaterThanOrEqual(0.9);
      expect(report.namedOnly.map((entry) => entry.id).sort()).toEqual([
        "gemma-org/gemma-3-1b-pt",
        "lost-org/never-uploaded-7b",
      ]);
      expect(report.disagreements.map((row) => row.model)).toEqual(["medgemma"]);
      const [renamed] = await graph.read<{ base: string }>(
        `MATCH (:HfRepo {key: 'deep-tuners/quokka-2-13b-chat'})-[:DERIVED_FROM]->(b:HfRepo)
         MATCH (:HfRepo {key: 'quokka-research/quokka-2-13b-hf'})-[:RENAMED_TO]->(b)
         RETURN b.id AS base`,
      );
      expect(renamed?.base).toBe("quokka-ai/Quokka-2-13b-hf");
    }, 180_000);

    it("takes repos by id, reporting an id the Hub does not know", async () => {
      const report = await importHfLive(
        graph,
        { models: ["gemma-org/gemma-3-4b-it", "nobody/nothing-1b"] },
        { hubUrl: hub.url, sleep: noWait },
      );
      expect(report.read).toBe(1);
      expect(report.unlinked).toEqual([{ id: "nobody/nothing-1b", reason: expect.stringContaining("404") }]);
    });
  });
});
