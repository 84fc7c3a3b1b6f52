// Hub model metadata as the Hub API returns it (GET /api/models and /api/models/{id}, with `expand`): a JSON array
// of model infos or JSON Lines, one per line. Each record is checked (zod) and reduced to what the graph keeps: the
// repo's own facts and the bases its card and tags declare.
//   {"id": "acme/Foo-7B-GGUF", "author": "acme", "downloads": 12, "likes": 3, "pipeline_tag": "text-generation",
//    "library_name": "gguf", "createdAt": "2025-01-02T03:04:05.000Z", "lastModified": "…",
//    "tags": ["base_model:quantized:acme/Foo-7B", "license:apache-2.0"],
//    "cardData": {"base_model": "acme/Foo-7B", "base_model_relation": "quantized", "new_version": "acme/Foo-2-7B"}}
import { z } from "zod";
import type { RepoWriteRow } from "../../cypher/hf.ts";
import { InputError } from "../../domain/errors.ts";
import type { SourceLocation } from "../../domain/types.ts";

/** How a repo declares it comes from its base (the Hub's `base_model_relation`), plus `new_version`'s successor. */
export const HF_RELATIONS = ["finetune", "adapter", "merge", "quantized", "successor"] as const;
export type HfRelation = (typeof HF_RELATIONS)[number];
const CARD_RELATIONS = ["finetune", "adapter", "merge", "quantized"] as const;

/** Where a relation was read: the card's `base_model_relation`, a `base_model:<relation>:` tag, or inferred. */
export type RelationSource = "card" | "tag" | "inferred";

export interface DeclaredBase {
  id: string;
  relation: HfRelation;
  relationSource: RelationSource;
}

/** A repo's own facts as the graph stores them (RepoWriteRow, less the key), with what its card declares. */
export interface HfRepoRecord extends Omit<RepoWriteRow, "key"> {
  /** The id the record was asked under, when the Hub answered with another (a renamed repo). */
  renamedFrom: string | null;
  bases: DeclaredBase[];
  /** The card's `new_version`: the repo that succeeds this one. */
  newVersion: string | null;
  source: SourceLocation;
}

/** What is wrong with an input, for scripts and tests: the message says it to people. */
export type HfInputCode =
  | "HF_EMPTY"
  | "HF_NOT_JSON"
  | "HF_NOT_OBJECT"
  | "HF_MISSING_ID"
  | "HF_BAD_REPO_ID"
  | "HF_BAD_FIELD";

/** A bad Hub record: an InputError (file, line, field) with a code. */
export class HfInputError extends InputError {
  constructor(
    readonly code: HfInputCode,
    file: string,
    line: number,
    reason: string,
    field?: string,
  ) {
    super(file, line, reason, field);
    this.name = "HfInputError";
  }
}

const hfInputError = (code: HfInputCode, where: SourceLocation, reason: string, field?: string) =>
  new HfInputError(code, where.file, where.line, reason, field);

// "owner/name": the Hub's own limits (letters, digits, "-", "_", "."; 96 characters a part).
const REPO_ID = /^[A-Za-z0-9][\w.-]{0,95}\/[\w.-]{1,96}$/u;

export function isRepoId(text: string): boolean {
  return REPO_ID.test(text) && !text.includes("..");
}

const isoDateTime = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/u.test(value), {
    message: "expected an ISO date-time such as 2025-01-02T03:04:05.000Z",
  })
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: "impossible date" });

const count = z.number().int().nonnegative();
const stringOrList = z.union([z.string(), z.array(z.string())]);

const rawRecordSchema = z.looseObject({
  id: z.string().optional(),
  modelId: z.string().optional(),
  author: z.string().nullish(),
  downloads: count.nullish(),
  likes: count.nullish(),
  pipeline_tag: z.string().nullish(),
  library_name: z.string().nullish(),
  createdAt: isoDateTime.nullish(),
  lastModified: isoDateTime.nullish(),
  sha: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  cardData: z
    .looseObject({
      base_model: stringOrList.nullish(),
      base_model_relation: z.enum(CARD_RELATIONS).nullish(),
      new_version: z.string().nullish(),
      license: stringOrList.nullish(),
    })
    .nullish(),
});

type RawRecord = z.infer<typeof rawRecordSchema>;

export interface HfReadResult {
  records: HfRepoRecord[];
  /** Bad records skipped (only with `skipInvalid`; otherwise the first is thrown). */
  skipped: HfInputError[];
  /** Named bases that are not repo ids (dropped), and duplicate records. */
  warnings: string[];
}

export interface HfReadOptions {
  skipInvalid?: boolean;
}

/** Reads a JSON array of model infos or JSON Lines (detected from the first character). */
export function readHfRecords(text: string, file: string, options: HfReadOptions = {}): HfReadResult {
  const body = text.replace(/^\uFEFF/u, "");
  if (body.trim() === "") throw hfInputError("HF_EMPTY", { file, line: 1 }, "the input is empty");
  return readLocated(
    body.trimStart().startsWith("[") ? arrayElements(body, file) : jsonLines(body, file),
    file,
    options,
  );
}

/** The same for model infos in hand (the live client's): `file` names their source, `line` is their position. */
export function readHfInfos(
  infos: readonly unknown[],
  file: string,
  options: HfReadOptions = {},
): HfReadResult {
  return readLocated(
    infos.map((value, index) => ({ value, line: index + 1 })),
    file,
    options,
  );
}

function readLocated(values: readonly Located[], file: string, options: HfReadOptions): HfReadResult {
  const result: HfReadResult = { records: [], skipped: [], warnings: [] };
  const seen = new Map<string, number>();
  for (const { value, line, error } of values) {
    try {
      if (error) throw error;
      const record = toRecord(value, { file, line }, result.warnings);
      const first = seen.get(record.id.toLowerCase());
      if (first !== undefined) {
        result.warnings.push(
          `${file}:${line}: duplicate of ${record.id} at line ${first}; the first is kept`,
        );
        continue;
      }
      seen.set(record.id.toLowerCase(), line);
      result.records.push(record);
    } catch (caught) {
      if (!(caught instanceof HfInputError) || !options.skipInvalid) throw caught;
      result.skipped.push(caught);
    }
  }
  return result;
}

interface Located {
  value: unknown;
  line: number;
  error?: HfInputError;
}

function jsonLines(text: string, file: string): Located[] {
  const out: Located[] = [];
  for (const [index, raw] of text.split("\n").entries()) {
    if (raw.trim() === "") continue;
    const line = index + 1;
    try {
      out.push({ value: JSON.parse(raw), line });
    } catch (error) {
      out.push({
        value: undefined,
        line,
        error: hfInputError("HF_NOT_JSON", { file, line }, `not JSON: ${(error as Error).message}`),
      });
    }
  }
  return out;
}

/** The elements of a top-level JSON array, each with the line it starts on. */
function arrayElements(text: string, file: string): Located[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw hfInputError("HF_NOT_JSON", { file, line: 1 }, `not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw hfInputError("HF_NOT_JSON", { file, line: 1 }, "expected a JSON array");
  const lines = elementLines(text);
  return parsed.map((value, index) => ({ value, line: lines[index] ?? 1 }));
}

/** Scans a valid JSON array: the line of each top-level element's first character. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\n") continue;
    if (depth === 1 && expectElement && c !== "]") {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectElement = true;
  }
  return lines;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function toRecord(value: unknown, where: SourceLocation, warnings: string[]): HfRepoRecord {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw hfInputError("HF_NOT_OBJECT", where, "expected a model info object");
  }
  const parsed = rawRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw hfInputError("HF_BAD_FIELD", where, issue?.message ?? "invalid", fieldPath(issue?.path ?? []));
  }
  const raw = parsed.data;
  const id = (raw.id ?? raw.modelId)?.trim();
  if (!id) throw hfInputError("HF_MISSING_ID", where, "no `id` (or `modelId`)", "id");
  if (!isRepoId(id)) {
    throw hfInputError("HF_BAD_REPO_ID", where, `"${id.slice(0, 120)}" is not an owner/name repo id`, "id");
  }
  const askedAs = raw.modelId?.trim();
  const tags = [...new Set(raw.tags ?? [])];
  const checkedId = (text: string, field: string) => {
    const trimmed = text.trim();
    if (isRepoId(trimmed) && trimmed.toLowerCase() !== id.toLowerCase()) return trimmed;
    warnings.push(
      `${where.file}:${where.line} (${field}): "${trimmed.slice(0, 120)}" is not another repo's id; ignored`,
    );
    return null;
  };
  const newVersion = raw.cardData?.new_version
    ? checkedId(raw.cardData.new_version, "cardData.new_version")
    : null;
  return {
    id,
    renamedFrom:
      askedAs && raw.id && askedAs.toLowerCase() !== id.toLowerCase() && isRepoId(askedAs) ? askedAs : null,
    author: raw.author ?? id.split("/")[0] ?? null,
    downloads: raw.downloads ?? null,
    likes: raw.likes ?? null,
    pipelineTag: raw.pipeline_tag ?? null,
    library: raw.library_name ?? null,
    license: licenseOf(raw, tags),
    createdAt: raw.createdAt ?? null,
    lastModified: raw.lastModified ?? null,
    sha: raw.sha ?? null,
    tags,
    bases: declaredBases(raw, tags, checkedId),
    newVersion,
    source: where,
  };
}

function licenseOf(raw: RawRecord, tags: string[]): string | null {
  const card = raw.cardData?.license;
  const fromCard = Array.isArray(card) ? card[0] : card;
  if (fromCard?.trim()) return fromCard.trim();
  return tags.find((tag) => tag.startsWith("license:"))?.slice("license:".length) ?? null;
}

// Tags the Hub derives from the files: a quantised or adapter repo says so here even without a relation.
const QUANTIZED_TAGS = new Set([
  "gguf",
  "awq",
  "gptq",
  "exl2",
  "quantized",
  "4-bit",
  "8-bit",
  "bitsandbytes",
]);
const ADAPTER_TAGS = new Set(["lora", "adapter", "peft"]);

/**
 * The bases a repo declares: the card's `base_model` (one or a list) with its `base_model_relation`, and the Hub's
 * `base_model:<id>` / `base_model:<relation>:<id>` tags. A relation nobody states is inferred as the Hub infers
 * it: several bases are a merge, adapter files an adapter, quantised files a quantisation, else a fine-tune.
 */
function declaredBases(
  raw: RawRecord,
  tags: string[],
  checkedId: (text: string, field: string) => string | null,
): DeclaredBase[] {
  const stated = new Map<string, { id: string; relation?: HfRelation; relationSource?: RelationSource }>();
  const add = (text: string, field: string, relation?: HfRelation, source?: RelationSource) => {
    const id = checkedId(text, field);
    if (!id) return;
    const known = stated.get(id.toLowerCase());
    if (!known) stated.set(id.toLowerCase(), { id, relation, relationSource: source });
    else if (!known.relation && relation) Object.assign(known, { relation, relationSource: source });
  };
  const card = raw.cardData?.base_model;
  const cardRelation = raw.cardData?.base_model_relation ?? undefined;
  for (const base of Array.isArray(card) ? card : card ? [card] : []) {
    add(base, "cardData.base_model", cardRelation, cardRelation ? "card" : undefined);
  }
  for (const tag of tags) {
    const m = /^base_model:(?:(finetune|adapter|merge|quantized):)?(.+)$/u.exec(tag);
    if (m?.[2]) add(m[2], "tags", m[1] as HfRelation | undefined, m[1] ? "tag" : undefined);
  }
  const lowerTags = new Set(tags.map((tag) => tag.toLowerCase()));
  const library = raw.library_name?.toLowerCase();
  const inferred: HfRelation =
    stated.size > 1
      ? "merge"
      : library === "peft" || [...ADAPTER_TAGS].some((tag) => lowerTags.has(tag))
        ? "adapter"
        : [...QUANTIZED_TAGS].some((tag) => lowerTags.has(tag)) || library === "gguf"
          ? "quantized"
          : "finetune";
  return [...stated.values()].map((base) => ({
    id: base.id,
    relation: base.relation ?? inferred,
    relationSource: base.relationSource ?? "inferred",
  }));
}
