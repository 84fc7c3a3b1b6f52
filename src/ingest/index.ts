// Ingestion, the one public entry: parse → extract → resolve → write.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Graph } from "../db/executor.ts";
import type { InputError } from "../domain/errors.ts";
import type { Paper, PaperExtraction } from "../domain/types.ts";
import { extractPaper } from "./extract/index.ts";
import { type InputFormat, type ParseResult, parseFile, parseInput } from "./parse/index.ts";
import { resolveAcrossPapers } from "./resolve.ts";
import { seedFilesStreaming } from "./stream.ts";
import { finishSeeding, storeBatch } from "./write/store.ts";

export type { InputFormat } from "./parse/index.ts";
export { toExtractionDocument } from "./report.ts";
export { storedPaperCount } from "./write/store.ts";

export interface ReadOptions {
  format?: InputFormat;
  /** Year for listing dates that give none. */
  year?: number;
  /** Report and skip bad records instead of failing on the first. */
  skipInvalid?: boolean;
}

export interface ExtractionRun {
  extractions: PaperExtraction[];
  skipped: InputError[];
  warnings: string[];
}

export const DEFAULT_SEED_DIR = new URL("../../seed/", import.meta.url).pathname;

/** The listings in a folder (the project's `seed/` by default), in name order. */
export async function listSeedFiles(dir = DEFAULT_SEED_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => /\.(txt|xml|atom|jsonl|ndjson)$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Parses and extracts every file; touches no database. Fails on the first bad record unless `skipInvalid`. */
export async function extractFiles(files: string[], options: ReadOptions = {}): Promise<ExtractionRun> {
  const parsed: ParseResult[] = [];
  for (const file of files) parsed.push(await parseFile(file, options));
  return extractParsed(parsed);
}

/** The same for text in hand (the API's ingest mutation); `name` stands for the file in errors and sources. */
export function extractText(text: string, name: string, options: ReadOptions = {}): ExtractionRun {
  return extractParsed([parseInput(text, { ...options, file: name })]);
}

function extractParsed(inputs: ParseResult[]): ExtractionRun {
  const extractions: PaperExtraction[] = [];
  const skipped: InputError[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  for (const parsed of inputs) {
    skipped.push(...parsed.skipped);
    warnings.push(...parsed.warnings);
    for (const paper of parsed.papers) {
      const where = `${paper.source.file}:${paper.source.line}`;
      const first = seen.get(paper.id);
      if (first) {
        warnings.push(`${where}: duplicate of the paper at ${first} ("${paper.title}"); the first is kept`);
        continue;
      }
      seen.set(paper.id, where);
      extractions.push(extractPaper(paper));
    }
  }
  return { extractions: resolveAcrossPapers(extractions), skipped, warnings };
}

export interface SeedOptions extends ReadOptions {
  /** Papers per write transaction. */
  batchSize?: number;
  onProgress?: (stored: number, total: number) => void;
  /** `seedFiles`: called once every file is extracted, before anything is written. */
  onExtracted?: (papers: number) => void;
}

export interface SeedReport extends ExtractionRun {
  papers: number;
  models: number;
  relations: number;
  facts: number;
}

/** What seeding files reports: as `SeedReport`, without the extractions (files are streamed, not held). */
export type SeedFilesReport = Omit<SeedReport, "extractions">;

/**
 * Extracts the files and stores them, one transaction per batch; seeding the same input again changes nothing.
 * Streams: one file and one batch are in memory at a time, whatever the size of the input (see stream.ts).
 */
export async function seedFiles(
  graph: Graph,
  files: string[],
  options: SeedOptions = {},
): Promise<SeedFilesReport> {
  return seedFilesStreaming(graph, files, options);
}

/**
 * Extracts text in hand and stores it, as `seedFiles` does a file: the write path of the API's ingest mutation.
 * Cross-paper name resolution sees only these papers (models already stored are merged by key).
 */
export async function seedText(
  graph: Graph,
  text: string,
  name: string,
  options: SeedOptions = {},
): Promise<SeedReport> {
  return storeRun(graph, extractText(text, name, options), options);
}

/**
 * Extracts papers already parsed and stores them, as `seedText` does: the write path of `import-arxiv`, whose
 * pages it filters before seeding. Cross-paper name resolution sees only these papers.
 */
export async function seedPapers(
  graph: Graph,
  papers: Paper[],
  options: SeedOptions = {},
): Promise<SeedReport> {
  return storeRun(graph, extractParsed([{ papers, skipped: [], warnings: [] }]), options);
}

async function storeRun(graph: Graph, run: ExtractionRun, options: SeedOptions): Promise<SeedReport> {
  const report: SeedReport = { ...run, papers: 0, models: 0, relations: 0, facts: 0 };
  const batchSize = options.batchSize ?? 100;
  for (let offset = 0; offset < run.extractions.length; offset += batchSize) {
    const summary = await storeBatch(graph, run.extractions.slice(offset, offset + batchSize));
    report.papers += summary.papers;
    report.models += summary.models;
    report.relations += summary.relations;
    report.facts += summary.facts;
    options.onProgress?.(report.papers, run.extractions.length);
  }
  await finishSeeding(graph);
  return report;
}
