// JSON Lines: one paper object per line, blank lines skipped.
//   {"title": "...", "authors": ["A B", "C D"], "date": "2024-03-13", "abstract": "...",
//    "organizations": ["deepmind"], "category": "cs.CL"}

import { z } from "zod";
import { InputError } from "../../domain/errors.ts";
import type { Paper } from "../../domain/types.ts";
import { finishPaper, isoDateProblem, normaliseField, type ParseContext } from "./text.ts";

const typeError = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined
    ? "required field is missing"
    : `expected ${expected}, got ${describe(issue.input)}`;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string"
    ? `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`
    : typeof value;
}

const text = (what: string) =>
  z.string({ error: typeError("a string") }).refine((s) => s.trim() !== "", `${what} is empty`);

/** A list given either as an array of strings or as one comma-separated string. */
const stringList = (what: string) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/[,;]/)
            .map((s) => s.trim())
            .filter((s) => s !== "")
        : value,
    z.array(text(what), { error: typeError("a list of strings or a comma-separated string") }),
  );

export const jsonlRecordSchema = z.object({
  title: text("title"),
  authors: stringList("author").refine((list) => list.length > 0, "no authors"),
  date: z.string({ error: typeError('a date string "YYYY-MM-DD"') }).superRefine((value, ctx) => {
    const problem = isoDateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  abstract: text("abstract"),
  organizations: stringList("organization").optional(),
  category: z
    .string({ error: typeError("a string or null") })
    .nullable()
    .optional(),
  arxivId: z.string({ error: typeError("a string") }).optional(),
});

export type JsonlRecord = z.infer<typeof jsonlRecordSchema>;

function fieldPath(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/** Entity-decodes a list; a last item "et al." (alone or after a name) marks the list as truncated. */
function listOf(values: string[]): { names: string[]; truncated: boolean } {
  const names = values.map(normaliseField);
  const last = names.pop() ?? "";
  const etAl = /(?:^|\s+)et\s+al\.?$/i;
  const truncated = etAl.test(last);
  const rest = last.replace(etAl, "").trim();
  if (rest !== "") names.push(rest);
  return { names, truncated };
}

/** Parses JSON Lines. Each bad line goes to `ctx.fail`. */
export function parseJsonl(text: string, ctx: ParseContext): Paper[] {
  const papers: Paper[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? "").trim();
    if (raw === "") continue;
    const line = i + 1;
    try {
      const paper = parseRecord(raw, line, ctx);
      if (paper) papers.push(paper);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ctx.fail(error);
    }
  }
  return papers;
}

function parseRecord(raw: string, line: number, ctx: ParseContext): Paper | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new InputError(ctx.file, line, `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(ctx.file, line, "expected one JSON object per line");
  }
  const parsed = jsonlRecordSchema.safeParse(value);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"})` : "";
    throw new InputError(
      ctx.file,
      line,
      `${first?.message ?? "invalid record"}${more}`,
      fieldPath(first?.path ?? []),
    );
  }
  const record = parsed.data;
  const authors = listOf(record.authors);
  const organizations = record.organizations === undefined ? [] : listOf(record.organizations).names;
  const arxivId = record.arxivId?.trim();
  return finishPaper(
    {
      title: normaliseField(record.title),
      authors: authors.names,
      authorsTruncated: authors.truncated,
      organizations,
      date: record.date,
      yearInferred: false,
      category: record.category == null ? null : normaliseField(record.category),
      abstract: normaliseField(record.abstract),
      ...(arxivId ? { arxivId } : {}),
    },
    { file: ctx.file, line },
    ctx,
  );
}
