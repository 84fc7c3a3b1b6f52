// Seeding files of any size in flat memory: parse and extract one file at a time, spool the extractions to a
// temporary file, then resolve and write them batch by batch.
//
// Cross-paper resolution needs every introducing paper's names before any paper is written (a paper may name
// a model by an alias that a later paper introduces). The first pass therefore keeps only those names
// (`NameClaims`: a few dozen bytes a model) and the extractions go to disk as JSON Lines; the second pass reads
// them back a batch at a time and resolves each with the complete claims: the same keys as resolving all the
// papers at once in memory, with memory that does not grow with the papers.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Graph } from "../db/executor.ts";
import type { InputError } from "../domain/errors.ts";
import type { PaperExtraction } from "../domain/types.ts";
import { extractPaper } from "./extract/index.ts";
import { type InputFormat, parseFile } from "./parse/index.ts";
import { NameClaims } from "./resolve.ts";
import { finishSeeding, storeBatch } from "./write/store.ts";

export interface StreamSeedOptions {
  format?: InputFormat;
  year?: number;
  skipInvalid?: boolean;
  /** Papers per write transaction (default 500: the fixed cost of a statement dominates small batches). */
  batchSize?: number;
  onProgress?: (stored: number, total: number) => void;
  /** Called once the files are extracted, before anything is written (the benchmark times the phases). */
  onExtracted?: (papers: number) => void;
}

/** What a streaming seed run did: as `SeedReport`, without the extractions themselves. */
export interface StreamSeedReport {
  skipped: InputError[];
  warnings: string[];
  papers: number;
  models: number;
  relations: number;
  facts: number;
}

/** Seeds the files one transaction per batch, holding one file and one batch in memory at a time. */
export async function seedFilesStreaming(
  graph: Graph,
  files: string[],
  options: StreamSeedOptions = {},
): Promise<StreamSeedReport> {
  const report: StreamSeedReport = {
    skipped: [],
    warnings: [],
    papers: 0,
    models: 0,
    relations: 0,
    facts: 0,
  };
  const spoolDir = await mkdtemp(join(tmpdir(), "modelgraph-seed-"));
  const spoolPath = join(spoolDir, "extractions.jsonl");
  try {
    const claims = new NameClaims();
    const total = await extractToSpool(files, options, spoolPath, claims, report);
    options.onExtracted?.(total);
    const batchSize = options.batchSize ?? 500;
    let batch: PaperExtraction[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const summary = await storeBatch(graph, batch);
      batch = [];
      report.papers += summary.papers;
      report.models += summary.models;
      report.relations += summary.relations;
      report.facts += summary.facts;
      options.onProgress?.(report.papers, total);
    };
    const lines = createInterface({
      input: createReadStream(spoolPath),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      if (line === "") continue;
      batch.push(claims.rewrite(JSON.parse(line) as PaperExtraction));
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    await finishSeeding(graph);
    return report;
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}

/** Pass one: every file parsed and extracted in turn, extractions spooled, names claimed. Returns the count. */
async function extractToSpool(
  files: string[],
  options: StreamSeedOptions,
  spoolPath: string,
  claims: NameClaims,
  report: StreamSeedReport,
): Promise<number> {
  const spool = createWriteStream(spoolPath);
  const failed = new Promise<never>((_, reject) => spool.once("error", reject));
  failed.catch(() => {});
  const seen = new Map<string, string>();
  let total = 0;
  try {
    for (const file of files) {
      const parsed = await parseFile(file, options);
      report.skipped.push(...parsed.skipped);
      report.warnings.push(...parsed.warnings);
      for (const paper of parsed.papers) {
        const where = `${paper.source.file}:${paper.source.line}`;
        const first = seen.get(paper.id);
        if (first) {
          report.warnings.push(
            `${where}: duplicate of the paper at ${first} ("${paper.title}"); the first is kept`,
          );
          continue;
        }
        seen.set(paper.id, where);
        const extraction = extractPaper(paper);
        claims.observe(extraction);
        total++;
        if (!spool.write(`${JSON.stringify(extraction)}\n`))
          await Promise.race([once(spool, "drain"), failed]);
      }
    }
  } finally {
    spool.end();
  }
  await Promise.race([once(spool, "finish"), failed]);
  return total;
}
