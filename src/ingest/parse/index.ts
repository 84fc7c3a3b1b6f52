// The one public entry of parsing: bytes or text in one of the three input formats → checked `Paper`s.

import { readFile } from "node:fs/promises";
import type { InputError } from "../../domain/errors.ts";
import type { Paper } from "../../domain/types.ts";
import { parseAtom } from "./atom.ts";
import { parseJsonl } from "./jsonl.ts";
import { parseListing } from "./listing.ts";
import { decodeInput, MAX_ABSTRACT_BYTES, type ParseContext } from "./text.ts";

export { arxivIdFromUrl } from "./atom.ts";
export { splitTitleAndAuthors, type TitleAndAuthors } from "./listing.ts";
export { decodeHtmlEntities, MAX_ABSTRACT_BYTES, paperIdFromTitle } from "./text.ts";

export type InputFormat = "listing" | "atom" | "jsonl";

export const INPUT_FORMATS: readonly InputFormat[] = ["listing", "atom", "jsonl"];

export interface ParseOptions {
  /** Name reported in errors and in each paper's `source`. */
  file: string;
  /** Detected from the content when absent (see `detectFormat`). */
  format?: InputFormat;
  /** Year for listing dates without one; default current year. */
  year?: number;
  /** Report bad records in `skipped` and keep going, instead of throwing on the first one. */
  skipInvalid?: boolean;
  /** Largest abstract accepted, in UTF-8 bytes; default `MAX_ABSTRACT_BYTES` (1 MB). */
  maxAbstractBytes?: number;
}

export interface ParseResult {
  papers: Paper[];
  /** Bad records that were skipped (only with `skipInvalid`; otherwise the first one is thrown). */
  skipped: InputError[];
  warnings: string[];
}

/** '<?xml' / '<feed' (any markup) → atom; first non-blank character '{' (or '[') → jsonl; else listing. */
export function detectFormat(text: string): InputFormat {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<")) return "atom";
  if (start.startsWith("{") || start.startsWith("[")) return "jsonl";
  return "listing";
}

/**
 * Parses one input. Problems with the whole input (empty, binary, not decodable, not XML for Atom) always
 * throw an `InputError`; a bad record throws too unless `skipInvalid`, in which case it is reported in
 * `skipped` and the other records are kept. Papers with an id already seen are dropped with a warning.
 */
export function parseInput(input: Buffer | Uint8Array | string, options: ParseOptions): ParseResult {
  const { file } = options;
  const decoded = decodeInput(input, file);
  const warnings = [...decoded.warnings];
  const skipped: InputError[] = [];
  const ctx: ParseContext = {
    file,
    year: options.year ?? new Date().getFullYear(),
    maxAbstractBytes: options.maxAbstractBytes ?? MAX_ABSTRACT_BYTES,
    warnings,
    fail(error) {
      if (!options.skipInvalid) throw error;
      if (!skipped.includes(error)) skipped.push(error);
    },
  };
  const format = options.format ?? detectFormat(decoded.text);
  const parsed =
    format === "atom"
      ? parseAtom(decoded.text, ctx)
      : format === "jsonl"
        ? parseJsonl(decoded.text, ctx)
        : parseListing(decoded.text, ctx);

  const firstById = new Map<string, Paper>();
  const papers: Paper[] = [];
  for (const paper of parsed) {
    const first = firstById.get(paper.id);
    if (first) {
      warnings.push(
        `${file}:${paper.source.line}: duplicate paper "${paper.title}" (id ${paper.id}) ` +
          `first seen at line ${first.source.line}; kept line ${first.source.line}, dropped line ${paper.source.line}`,
      );
      continue;
    }
    firstById.set(paper.id, paper);
    papers.push(paper);
  }
  return { papers, skipped, warnings };
}

/** Reads and parses a file; `file` in errors and sources is the path as given. */
export async function parseFile(
  path: string,
  options: Omit<ParseOptions, "file"> = {},
): Promise<ParseResult> {
  const bytes = await readFile(path);
  return parseInput(bytes, { ...options, file: path });
}
