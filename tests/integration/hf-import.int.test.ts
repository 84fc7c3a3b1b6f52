/**
 * `import-hf` on the project's own Hub-shaped fixture (tests/fixtures/hf/models.json: invented families whose
 * papers are tests/fixtures/hf/papers.jsonl, plus repos of the seed listing's models), on top of the seed listing:
 * repos link to models, declared lineage stays apart from extracted lineage with its sources, the planted
 * disagreement is found, and importing again changes nothing.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { type HfImportReport, importHfRecords, readHfRecords } from "../../src/ingest/hf/index.ts";
import { seedFiles } from "../../src/ingest/index.ts";
import { runCli } from "../reliability/support.ts";
import { census, seededTestGraph } from "../support/index.ts";

const FIXTURE = new URL("../fixtures/hf/models.json", import.meta.url).pathname;
const PAPERS = new URL("../fixtures/hf/papers.jsonl", import.meta.url).pathname;
const BAD = new URL("../fixtures/hf/bad.jsonl", import.meta.url).pathname;

async function importFixture(graph: Graph) {
  const read = readHfRecords(await readFile(FIXTURE, "utf8"), FIXTURE);
  return { ...(await importHfRecords(graph, read.records, { batchSize: 7 })), warnings: read.warnings };
}

describe("import-hf on the fixture", () => {
  let graph: Graph;
  let report: Omit<HfImportReport, "skipped">;
  beforeAll(async () => {
    graph = await seededTestGraph();
    await seedFiles(graph, [PAPERS]);
    report = await importFixture(graph);
  });
  afterAll(() => graph.close());

  it("links at least 90% of the repos to models, and says why the others are not", () => {
    expect(report.read).toBe(22);
    expect(report.linked / report.read).toBeGreaterThanOrEqual(0.9);
    expect(report.unlinked).toEqual([
      {
        id: "rad-folk/marlin-7b-lora-radiology",
        reason: expect.stringContaining("marlin-7b-lora-radiology"),
      },
    ]);
  });

  it("reads repo ids with the name grammar, keeping rule, confidence, size and tuning", async () => {
    const rows = await graph.read<{ id: string; model: string; rule: string; size: string; tuning: string }>(
      `MATCH (r:HfRepo)-[c:CHECKPOINT_OF]->(m:Model) WHERE r.id IN $ids
       RETURN r.id AS id, m.name AS model, c.rule AS rule, c.size AS size, c.tuning AS tuning ORDER BY id`,
      { ids: ["gemma-org/gemma-3-4b-it", "gemma-org/gemma-3-4b-pt", "TheQuanter/Quokka-2-7B-Chat-GGUF"] },
    );
    expect(rows).toEqual([
      {
        id: "TheQuanter/Quokka-2-7B-Chat-GGUF",
        model: "Quokka 2 Chat",
        rule: "hf.name",
        size: "7B",
        tuning: "instruction-tuned",
      },
      {
        id: "gemma-org/gemma-3-4b-it",
        model: "Gemma 3 IT",
        rule: "hf.name",
        size: "4B",
        tuning: "instruction-tuned",
      },
      {
        id: "gemma-org/gemma-3-4b-pt",
        model: "Gemma 3",
        rule: "hf.name-less-tuning",
        size: "4B",
        tuning: "pretrained",
      },
    ]);
  });

  it("stores declared repo edges with their relations, following a renamed base to its new id", async () => {
    const rows = await graph.read<{ child: string; base: string; relation: string }>(
      `MATCH (c:HfRepo)-[d:DERIVED_FROM]->(b:HfRepo)
       RETURN c.id AS child, b.id AS base, d.relation AS relation ORDER BY child, base`,
    );
    expect(rows).toContainEqual({
      child: "deep-tuners/Quokka-2-13b-chat",
      base: "quokka-ai/Quokka-2-13b-hf",
      relation: "finetune",
    });
    expect(rows).toContainEqual({
      child: "quokka-ai/Quokka-2-7b-hf",
      base: "quokka-ai/Quokka-7B",
      relation: "successor",
    });
    expect(rows).toContainEqual({
      child: "rad-folk/marlin-7b-lora-radiology",
      base: "marlin-lab/Marlin-7B",
      relation: "adapter",
    });
    expect(rows).toContainEqual({
      child: "TheQuanter/Quokka-2-7B-AWQ",
      base: "quokka-ai/Quokka-2-7b-hf",
      relation: "quantized",
    });
    expect(
      rows.filter((row) => row.child === "merge-collective/Chimera-7B").map((row) => row.relation),
    ).toEqual(["merge", "merge"]);
    expect(report.declaredEdges).toBe(rows.length);
  });

  it("reports a base that is not in the input (stored as a stub) and ignores one that is no repo id", async () => {
    expect(report.namedOnly).toContainEqual({
      id: "lost-org/never-uploaded-7b",
      namedBy: ["lost-org/Marlin-7B-Instruct"],
    });
    expect(report.warnings.join("\n")).toContain('"../checkpoints/final" is not another repo\'s id');
    const [stub] = await graph.read<{ stub: boolean }>(
      "MATCH (r:HfRepo {key: 'lost-org/never-uploaded-7b'}) RETURN r.stub AS stub",
    );
    expect(stub?.stub).toBe(true);
  });

  it("keeps declared lineage apart from extracted lineage, each with its sources", async () => {
    const [edge] = await graph.read<{ declared: { type: string; cards: string[] }[]; extracted: string[] }>(
      `MATCH (c:Model {key: 'medgemma'})
       RETURN COLLECT { MATCH (c)-[l:DECLARED_LINEAGE]->(p) RETURN { type: l.type, parent: p.name, cards: l.cards } } AS declared,
              COLLECT { MATCH (c)-[r:BASED_ON]->(p) RETURN p.name + ' ' + r.papers[0] } AS extracted`,
    );
    expect(edge?.declared).toEqual([
      { type: "BASED_ON", parent: "Gemma 2", cards: ["clinic-ai/medgemma-4b-it"] },
    ]);
    expect(edge?.extracted).toEqual([expect.stringMatching(/^Gemma 3 medgemma-technical-report/)]);
  });

  it("finds the planted disagreement, and only it", () => {
    expect(report.disagreements.map((row) => row.model)).toEqual(["medgemma"]);
    const [disagreement] = report.disagreements;
    expect(disagreement?.declared.map((edge) => edge.parent)).toEqual(["gemma2"]);
    expect(disagreement?.extracted.map((edge) => edge.parent)).toEqual(["gemma3"]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await census(graph);
    const again = await importFixture(graph);
    expect(await census(graph)).toEqual(before);
    expect(again.linked).toBe(report.linked);
  });

  it("prints the report through the real CLI: linked, unlinked with the reason, bases, the disagreement", async () => {
    const result = await runCli(["import-hf", FIXTURE], { NEO4J_URI: inject("neo4jUri") }, 180_000);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("unlinked: rad-folk/marlin-7b-lora-radiology: no stored model is named");
    expect(result.stderr).toContain(
      "base: lost-org/never-uploaded-7b (named by lost-org/Marlin-7B-Instruct)",
    );
    expect(result.stderr).toContain(
      "disagreement: medgemma: the papers say BASED_ON gemma3; model cards say BASED_ON gemma2",
    );
    expect(result.stderr).toMatch(/read 22 repos: 21 linked to models \(95%\), 1 unlinked/);
  });

  it("refuses a bad record through the CLI with its code's file, line and field", async () => {
    const result = await runCli(["import-hf", BAD], { NEO4J_URI: inject("neo4jUri") }, 180_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.jsonl:2 \(cardData\.base_model_relation\): /);
  });
});
