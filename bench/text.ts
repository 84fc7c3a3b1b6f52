// The catalogue as users' input files (JSON Lines or the listing format), and how much of the generated
// lineage the extractor recovers from them.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { LINEAGE_TYPES, type PaperExtraction } from "../src/domain/types.ts";
import { type Catalogue, type GenPaper, paperOf } from "./catalogue.ts";

export type TextFormat = "jsonl" | "listing";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** One paper in the listing format: category+date, title glued to the authors · organisations, abstract. */
export function listingRecord(paper: GenPaper): string {
  const [year, month, day] = paper.date.split("-").map(Number) as [number, number, number];
  const category = paper.category.replace(/^cs\./, "");
  return `${category}${MONTHS[month - 1]} ${day}, ${year}\n${paper.title}${paper.authors.join(", ")} · ${paper.organizations.join(", ")}\n${paper.abstract}\n`;
}

export function jsonlRecord(paper: GenPaper): string {
  const { title, authors, date, abstract, organizations, category } = paper;
  return `${JSON.stringify({ title, authors, date, abstract, organizations, category })}\n`;
}

/**
 * Writes the catalogue's papers as input files of `perFile` papers each (a real corpus arrives as many
 * files; the seeder streams them one at a time). Returns the paths in seeding order.
 */
export async function writeInputFiles(
  catalogue: Catalogue,
  dir: string,
  options: { format?: TextFormat; perFile?: number } = {},
): Promise<string[]> {
  const format = options.format ?? "jsonl";
  const perFile = options.perFile ?? 2_000;
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const total = catalogue.models.length;
  for (let start = 0; start < total; start += perFile) {
    const path = join(
      dir,
      `papers-${String(files.length).padStart(5, "0")}.${format === "jsonl" ? "jsonl" : "txt"}`,
    );
    const out = createWriteStream(path);
    for (let index = start; index < Math.min(total, start + perFile); index++) {
      const paper = paperOf(catalogue, index);
      const ok = out.write(format === "jsonl" ? jsonlRecord(paper) : listingRecord(paper));
      if (!ok) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    files.push(path);
  }
  return files;
}

export interface Recall {
  /** Generated lineage edges. */
  expected: number;
  /** Found with the generated type. */
  typed: number;
  /** Found with any lineage type. */
  untyped: number;
  /** Introduced models found under the generated key. */
  models: number;
  modelsExpected: number;
  capabilities: number;
  capabilitiesExpected: number;
  /** Lineage edges the extractor found between models the catalogue does not link. */
  extra: number;
  /** Lineage edges between linked models with another type than the catalogue's (a second type of a true edge). */
  extraTypes: number;
}

/** Nothing expected, nothing found: where no abstracts were extracted (the Hub section). */
export const noRecall = (): Recall => ({
  expected: 0,
  typed: 0,
  untyped: 0,
  models: 0,
  modelsExpected: 0,
  capabilities: 0,
  capabilitiesExpected: 0,
  extra: 0,
  extraTypes: 0,
});

/** Scores extractions against the catalogue (paper i introduces model i); call `add` per extraction. */
export function recallCounter(catalogue: Catalogue) {
  const byPaper = new Map<string, number>();
  const recall = noRecall();
  const lineage = new Set<string>(LINEAGE_TYPES);
  return {
    /** Registers the paper of model `index` (call for every generated paper before `add`). */
    expect(index: number, paperId: string) {
      byPaper.set(paperId, index);
    },
    add(extraction: PaperExtraction) {
      const index = byPaper.get(extraction.paper.id);
      const model = index === undefined ? undefined : catalogue.models[index];
      if (!model) return;
      recall.modelsExpected++;
      if (extraction.introduces.includes(model.key)) recall.models++;
      const found = extraction.relations.filter((r) => lineage.has(r.type));
      for (const edge of model.parents) {
        recall.expected++;
        const parentKey = catalogue.models[edge.to]?.key;
        const between = found.filter((r) => r.from === model.key && r.to === parentKey);
        if (between.length === 0) continue;
        recall.untyped++;
        if (between.some((r) => r.type === edge.type)) recall.typed++;
        recall.extraTypes += between.filter((r) => r.type !== edge.type).length;
      }
      const linked = (r: (typeof found)[number]) =>
        r.from === model.key && model.parents.some((edge) => catalogue.models[edge.to]?.key === r.to);
      recall.extra += found.filter((r) => !linked(r)).length;
      const caps = new Set(
        extraction.facts.filter((f) => f.kind === "capability" && f.model === model.key).map((f) => f.name),
      );
      recall.capabilitiesExpected += model.capabilities.length;
      recall.capabilities += model.capabilities.filter((c) => caps.has(c)).length;
    },
    result: () => recall,
  };
}
