// Fragments that several statements share: the caps, the model and paper projections, the lineage step, and the
// model look-up by name. Labels and relationship types come only from the fixed vocabulary (src/domain/types.ts).
import { LINEAGE_TYPES, type LineageType, type RelationType } from "../domain/types.ts";
import type { ModelField, ModelRow } from "./rows.ts";

/** Hard caps: variable-length bounds must be Cypher literals, so depth is clamped here before any query. */
export const MAX_DEPTH = 20;
export const MAX_RESULTS = 1000;

export function clampDepth(depth: number): number {
  return Math.max(1, Math.min(MAX_DEPTH, Math.trunc(depth)));
}

export const clampLimit = (limit: number | undefined) =>
  Math.max(1, Math.min(Math.trunc(limit ?? MAX_RESULTS), MAX_RESULTS));

/** `BASED_ON|VARIANT_OF…`: only ever built from the fixed vocabulary, never from raw input. */
export function typeAlternation(
  types: readonly RelationType[] | null | undefined,
  allowed: readonly RelationType[],
): string {
  const chosen = types?.length ? allowed.filter((type) => types.includes(type)) : allowed;
  return (chosen.length ? chosen : allowed).join("|");
}

/** The lineage types asked for (all of them when none are), as a relationship type alternation. */
export const lineageTypes = (types?: readonly LineageType[] | null) => typeAlternation(types, LINEAGE_TYPES);

/**
 * One lineage step, `-[:TYPES]->` (`up`, child to parent) or `<-[:TYPES]-` (`down`). With `minConfidence` (the
 * name of a parameter, never a value) the step only crosses edges at least that confident: the predicate is part
 * of the relationship pattern, so a variable-length or shortest-path search applies it at every hop as it walks,
 * rather than filtering the paths it found. `r` names the relationship (one is made up for the predicate: a
 * pattern without one keeps its text, and plan, unchanged).
 */
export function lineageStep(
  direction: "up" | "down",
  types: string,
  options: { r?: string | undefined; minConfidence?: string | null } = {},
): string {
  const r = options.r ?? (options.minConfidence ? "step" : "");
  const filter = options.minConfidence ? ` WHERE ${r}.confidence >= $${options.minConfidence}` : "";
  const inner = `${r}:${types}${filter}`;
  return direction === "up" ? `-[${inner}]->` : `<-[${inner}]-`;
}

/** GraphQL field → its map-projection entry: the fixed allow-list, so nothing from a query text reaches Cypher. */
const MODEL_PROJECTION: Record<ModelField, (v: string) => string> = {
  name: () => ".name",
  aliases: (v) => `aliases: coalesce(${v}.aliases, [])`,
  family: () => ".family",
  version: () => ".version",
  sizes: (v) => `sizes: coalesce(${v}.sizes, [])`,
  tuning: (v) => `tuning: coalesce(${v}.tuning, [])`,
};

export const MODEL_FIELD_NAMES = Object.keys(MODEL_PROJECTION) as ModelField[];

/** Whether a row has every model field (one projected with only some of them must not be cached as the model). */
export const isCompleteModel = (row: Partial<ModelRow>): row is ModelRow =>
  MODEL_FIELD_NAMES.every((field) => field in row);

/** A model node's fields as `ModelRow` (or only `key` and `only`), for the node bound to `v`. */
export const modelFields = (v: string, only: readonly ModelField[] = MODEL_FIELD_NAMES) =>
  `${v} { .key${MODEL_FIELD_NAMES.filter((field) => only.includes(field))
    .map((field) => `, ${MODEL_PROJECTION[field](v)}`)
    .join("")} }`;

/** A model's fields for any expression (a map projection needs a variable: `x` is bound to it). */
export const fieldsOf = (expression: string) => `head([x IN [${expression}] | ${modelFields("x")}])`;

/** A lineage relationship bound to `r` as an EdgeRow. */
export const EDGE = (r: string) =>
  `{ type: type(${r}), child: startNode(${r}).key, parent: endNode(${r}).key, verdict: ${r}.verdict,
     confidence: ${r}.confidence }`;

/** An edge with both models' fields. */
export const EDGE_WITH_MODELS = (r: string) =>
  `{ type: type(${r}), child: startNode(${r}).key, parent: endNode(${r}).key, verdict: ${r}.verdict,
     confidence: ${r}.confidence, childModel: ${fieldsOf(`startNode(${r})`)}, parentModel: ${fieldsOf(`endNode(${r})`)} }`;

/** A paper node bound to `p` as a PaperRow. */
export const PAPER_FIELDS = `p { .id, .title, date: toString(p.date), yearInferred: coalesce(p.yearInferred, false),
  .category, .abstract, .arxivId, authorsTruncated: coalesce(p.authorsTruncated, false) }`;

/**
 * A subquery finding the model a user-typed name names (`findModelByName`), bound to `m`: any of its
 * spellings through the ModelName index, its key as the API hands it out, or a Hugging Face repo id that is a
 * checkpoint of it (`google/gemma-3-4b-it`, any case); the parameters are named by `lookup` and `raw`. Among several, the model whose key is the folded name wins, then the one most papers
 * introduce. That model is tried first by key (two index seeks, the common case); only when no model has the
 * folded name as its key and a name of its own do the other spellings and the ranking run. Other queries embed
 * this so that the look-up and the work share one round trip.
 */
export const lookupModel = (lookup: string, raw: string) => `CALL () {
       OPTIONAL MATCH (exact:Model {key: $${lookup}})
       WHERE exact.key = $${raw} OR EXISTS { (:ModelName {key: $${lookup}})-[:NAMES]->(exact) }
       CALL (exact) {
         WITH exact WHERE exact IS NOT NULL
         RETURN exact AS m
         UNION
         WITH exact WHERE exact IS NULL
         CALL () {
           MATCH (:ModelName {key: $${lookup}})-[:NAMES]->(m:Model) RETURN m
           UNION
           MATCH (m:Model {key: $${raw}}) RETURN m
           UNION
           MATCH (:HfRepo {key: toLower($${raw})})-[:CHECKPOINT_OF]->(m:Model) RETURN m
         }
         OPTIONAL MATCH (m)<-[i:INTRODUCES]-()
         WITH m, count(i) AS introductions
         RETURN m ORDER BY introductions DESC, m.name LIMIT 1
       }
       RETURN m
     }`;

/** Words of user text with Lucene's syntax characters removed, so input can never change the query's meaning. */
export function luceneTerms(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/<>=]/g, " ")
    .split(/\s+/)
    .filter((term) => term.length > 0 && !/^(AND|OR|NOT|TO)$/.test(term))
    .slice(0, 16)
    .join(" ");
}

// How sure the graph is of a fact, known without reading its evidence: each fact relationship (lineage,
// association, capability, technique, benchmark) keeps, besides the `papers` that support it, the confidence of
// each of them (`confidences`, aligned with `papers`: the best of that paper's evidence sentences for the fact)
// and their maximum (`confidence`, what traversals filter on). The seeder keeps the three together in the
// transaction that writes or retracts a paper (src/cypher/write.ts); migration 3 (src/cypher/migrations.ts)
// computes them from the Evidence nodes for graphs stored before.

/** Cypher: the greatest non-null number of a list expression; null for an empty list or only nulls. */
export function greatest(list: string): string {
  return `reduce(bestConfidence = null, oneConfidence IN ${list} |
    CASE WHEN oneConfidence IS NOT NULL AND (bestConfidence IS NULL OR oneConfidence > bestConfidence)
         THEN oneConfidence ELSE bestConfidence END)`;
}
