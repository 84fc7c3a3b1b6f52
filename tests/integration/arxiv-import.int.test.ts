/**
 * `import-arxiv` against a local arXiv API serving the project's own feed: pages newest first, waits between
 * requests (here without waiting), seeds through the normal pipeline, stops at --since, and a second run fetches
 * only what is new.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { ArxivOptionError, importArxiv } from "../../src/ingest/arxiv.ts";
import { type FixtureArxiv, startFixtureArxiv } from "../fixtures/arxiv/arxiv-server.ts";
import { runCli } from "../reliability/support.ts";
import { census, resetDatabase, testGraph } from "../support/index.ts";

describe("import-arxiv", () => {
  let graph: Graph;
  let arxiv: FixtureArxiv;
  const waits: number[] = [];
  const options = () => ({
    query: "cat:cs.CL AND abs:model",
    since: "2026-02-01",
    apiUrl: arxiv.url,
    pageSize: 2,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  });
  beforeAll(async () => {
    graph = testGraph();
    await resetDatabase(graph);
    arxiv = await startFixtureArxiv();
  });
  afterAll(async () => {
    await arxiv.close();
    await graph.close();
  });

  it("pages newest first, waits 3 s between requests, seeds, and stops at --since", async () => {
    const report = await importArxiv(graph, options());
    expect(report).toMatchObject({ requests: 3, entries: 5, seeded: 4, stoppedAt: "since" });
    expect(waits).toEqual([3000, 3000]);
    expect(
      arxiv.requests.map((params) => [params.get("start"), params.get("max_results"), params.get("sortBy")]),
    ).toEqual([
      ["0", "2", "submittedDate"],
      ["2", "2", "submittedDate"],
      ["4", "2", "submittedDate"],
    ]);
    expect(arxiv.requests[0]?.get("search_query")).toBe("cat:cs.CL AND abs:model");
    const [numbat] = await graph.read<{ parent: string; arxivId: string }>(
      `MATCH (p:Paper)-[:INTRODUCES]->(:Model {key: 'numbat'})-[:BASED_ON]->(w:Model)
       RETURN w.name AS parent, p.arxivId AS arxivId`,
    );
    expect(numbat).toEqual({ parent: "Wombat", arxivId: "2603.00456" });
  }, 120_000);

  it("run again, fetches one page and stores nothing; a new paper is all a later run stores", async () => {
    const before = await census(graph);
    const again = await importArxiv(graph, options());
    expect(again).toMatchObject({ requests: 1, seeded: 0, stoppedAt: "stored" });
    expect(await census(graph)).toEqual(before);

    arxiv.publishNewer();
    const later = await importArxiv(graph, options());
    expect(later).toMatchObject({ requests: 1, seeded: 1, stoppedAt: "stored" });
    const [chat] = await graph.read<{ parent: string }>(
      "MATCH (:Model {key: 'wombat2chat'})-[:BASED_ON|VARIANT_OF]->(p:Model) RETURN p.name AS parent",
    );
    expect(chat?.parent).toBe("Wombat 2");
  });

  it("refuses a bad --since before any request", async () => {
    const requests = arxiv.requests.length;
    await expect(importArxiv(graph, { ...options(), since: "2026-02-30" })).rejects.toThrow(ArxivOptionError);
    expect(arxiv.requests.length).toBe(requests);
  });

  it("runs as a command", async () => {
    const result = await runCli(
      [
        "import-arxiv",
        "--query",
        "cat:cs.CL",
        "--since",
        "2026-02-01",
        "--api-url",
        arxiv.url,
        "--delay-ms",
        "0",
      ],
      { NEO4J_URI: inject("neo4jUri") },
      120_000,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("0 new papers seeded");
    expect(result.stderr).toContain("stopped: reached papers already stored");
  });
});
