import type { Graph } from "../../db/graph.ts";
import { FACT_STORAGE } from "../../domain/facts.ts";
import { type Evidence, type FactKind, LINEAGE_TYPES } from "../../domain/types.ts";
import { type KeysetWindow, orderBy, type SortColumn, type SortKey, windowConditions } from "./keyset.ts";
import { MAX_DEPTH, MAX_RESULTS } from "./lineage.ts";
import type { PaperRow } from "./papers.ts";

export interface ModelRow {
  key: string;
  name: string;
  aliases: string[];
  family: string | null;
  version: string | null;
  sizes: string[];
  tuning: string[];
}

/** Evidence as stored: filed under its fact's key. */
export interface EvidenceRow extends Evidence {
  fact: string;
}

export interface ModelFactRow {
  model: string;
  name: string;
  figure: string | null;
}

/** A model's fields that a query can leave out when the selection does not ask for them (`key` it always has). */
export type ModelField = Exclude<keyof ModelRow, "key">;

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

const MODEL_FIELDS = modelFields("m");

/**
 * A subquery finding the model a user-typed name names (`findModelByName`), bound to `m`: any of its
 * spellings through the ModelName index, its key as the API hands it out, or a Hugging Face repo id that is a
 * checkpoint of it (`google/gemma-3-4b-it`, any case); the parameters are named by
 * `lookup` and `raw`. Among several, the model whose key is the folded name wins, then the one most papers
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

export async function modelsByKeys(db: Graph, keys: readonly string[]): Promise<(ModelRow | null)[]> {
  const rows = await db.read<{ model: ModelRow }>(
    `UNWIND $keys AS key MATCH (m:Model {key: key}) RETURN ${MODEL_FIELDS} AS model`,
    { keys },
  );
  const byKey = new Map(rows.map((row) => [row.model.key, row.model]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * Looks a model up by any name it is known by (`lookupKey` = `modelKey(name)`), or by its key as the API
 * hands it out (`LineageGraphNode.id`, `Model.key`), so either can be passed back.
 */
export async function findModelByName(
  db: Graph,
  lookupKey: string,
  rawKey: string,
): Promise<ModelRow | null> {
  const rows = await db.read<{ model: ModelRow }>(
    `${lookupModel("lookupKey", "rawKey")}
     RETURN ${MODEL_FIELDS} AS model`,
    { lookupKey, rawKey },
  );
  return rows[0]?.model ?? null;
}

/** Model names that look like `text`, for "did you mean …?" (Lucene fuzzy match on the full-text index). */
export async function suggestModelNames(db: Graph, text: string, limit = 3): Promise<string[]> {
  const terms = luceneTerms(text);
  if (!terms) return [];
  const rows = await db.read<{ name: string }>(
    `CALL db.index.fulltext.queryNodes("search_text", $query, {limit: 20}) YIELD node, score
     WHERE node:Model
     RETURN node.name AS name ORDER BY score DESC LIMIT $limit`,
    {
      query: terms
        .split(" ")
        .map((term) => `${term}~`)
        .join(" OR "),
      limit,
    },
  );
  return rows.map((row) => row.name);
}

/** Words of user text with Lucene's syntax characters removed, so input can never change the query's meaning. */
export function luceneTerms(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/<>=]/g, " ")
    .split(/\s+/)
    .filter((term) => term.length > 0 && !/^(AND|OR|NOT|TO)$/.test(term))
    .slice(0, 16)
    .join(" ");
}

export interface ModelFilter {
  family?: string | null;
  capability?: string | null;
  /** With `capability`: also models that inherit it from an ancestor. */
  includeInherited?: boolean | null;
  organization?: string | null;
  introducedAfter?: string | null;
  introducedBefore?: string | null;
  search?: string | null;
}

export type ModelOrder = "NAME" | "INTRODUCED" | "INTRODUCED_DESC";

const NAME_COLUMNS: SortColumn[] = [
  { expr: "toLower(m.name)", desc: false },
  { expr: "m.key", desc: false },
];
const introduced = (desc: boolean): SortColumn[] => [
  { expr: "m.introduced", desc, value: (param) => `date(${param})` },
  ...NAME_COLUMNS,
];

/** Each order's columns: the last is the key, so that every row has a distinct sort key (keyset cursors). */
export const MODEL_ORDER_COLUMNS: Record<ModelOrder, SortColumn[]> = {
  NAME: NAME_COLUMNS,
  INTRODUCED: introduced(false),
  INTRODUCED_DESC: introduced(true),
};

/** A row's sort key in an order, as a cursor holds it. */
const SORT_KEY: Record<ModelOrder, string> = {
  NAME: "[toLower(m.name), m.key]",
  INTRODUCED: "[toString(m.introduced), toLower(m.name), m.key]",
  INTRODUCED_DESC: "[toString(m.introduced), toLower(m.name), m.key]",
};

/** Name order on the stored `sortName` (the name folded for case, = toLower(m.name)), which has an index. */
const SORT_NAME_COLUMNS: SortColumn[] = [
  { expr: "m.sortName", desc: false },
  { expr: "m.key", desc: false },
];

export interface ModelPage {
  /** The page's models, each with its sort key (what a cursor to it holds), in the list's order. */
  models: { model: ModelRow; sortKey: SortKey }[];
  /** Models matching the filter, over all pages. */
  total: number;
  /** More models in the window beyond the page (read one more than the page). */
  more: boolean;
  /** Models on the far side of the cursor the page starts from (false without one). */
  beyond: boolean;
}

/**
 * One page of models matching every given filter, plus the total, in one query, by keyset: the page starts
 * after (or, from the end, before) the sort key of a cursor, so that writes between pages shift nothing. Only
 * the page is sorted (ORDER BY … LIMIT keeps the top rows, not all of them), on `introduced` as stored on the
 * model; the total counts without reading properties where the filter allows. Conditions are written only for
 * the filters given, so that the planner does not have to see through `$x IS NULL OR …`.
 */
export async function listModels(
  db: Graph,
  filter: ModelFilter,
  order: ModelOrder,
  window: KeysetWindow,
): Promise<ModelPage> {
  // A model's own capability: start from the (few) capability nodes and expand, rather than testing every model.
  const ownCapability = filter.capability != null && !filter.includeInherited;
  const start = ownCapability
    ? `MATCH (c:Capability)<-[:HAS_CAPABILITY]-(m:Model) WHERE toLower(c.name) = toLower($capability)
       WITH DISTINCT m`
    : "MATCH (m:Model)";
  const conditions = [
    filter.family != null && "toLower(m.family) = toLower($family)",
    filter.search != null && "toLower(m.aliasText) CONTAINS toLower($search)",
    filter.capability != null &&
      filter.includeInherited &&
      `EXISTS { MATCH (m)-[:${LINEAGE_TYPES.join("|")}]->{0,${MAX_DEPTH}}(:Model)-[:HAS_CAPABILITY]->(c:Capability) WHERE toLower(c.name) = toLower($capability) }`,
    filter.organization != null &&
      `EXISTS { MATCH (m)<-[:INTRODUCES]-(:Paper)-[:AFFILIATED_WITH]->(o:Organization) WHERE toLower(o.name) = toLower($organization) }`,
    filter.introducedAfter != null && "m.introduced > date($after)",
    filter.introducedBefore != null && "m.introduced < date($before)",
  ].filter((condition): condition is string => typeof condition === "string");
  const matched = `${start} ${conditions.length > 0 ? `WITH m WHERE ${conditions.join(" AND ")}` : ""}`;
  const columns = MODEL_ORDER_COLUMNS[order];
  const keyset = windowConditions(columns, window);
  const inWindow = (condition: string | null) => (condition ? `WITH m WHERE ${condition}` : "");
  // Own capability and nothing else: the total is the capability's degree (one HAS_CAPABILITY per model and
  // capability), unless several capability nodes match the name (a model could hold two of them).
  const total =
    ownCapability && conditions.length === 0
      ? `MATCH (c:Capability) WHERE toLower(c.name) = toLower($capability)
         WITH collect(c) AS capabilities, sum(COUNT { (c)<-[:HAS_CAPABILITY]-() }) AS degrees
         RETURN CASE WHEN size(capabilities) <= 1 THEN degrees
           ELSE COUNT { UNWIND capabilities AS c MATCH (c)<-[:HAS_CAPABILITY]-(m:Model) RETURN DISTINCT m }
         END AS total`
      : `${matched} RETURN count(m) AS total`;
  const row = `{ model: ${MODEL_FIELDS}, sortKey: ${SORT_KEY[order]} }`;
  const sorted = `CALL () {
       ${matched}
       ${inWindow(keyset.page)}
       WITH m ORDER BY ${orderBy(columns, window.fromEnd)} LIMIT $limit
       RETURN collect(${row}) AS models
     }`;
  // A common capability by name: walking all models in name order (the sortName index) fills the page after
  // about page × models / total of them, fewer than the `total` holders the page would otherwise read and
  // rank. The total (the capability's degree) decides at run time; only one branch runs.
  const walkKeyset = windowConditions(SORT_NAME_COLUMNS, window);
  const walk =
    ownCapability && conditions.length === 0 && order === "NAME"
      ? `CALL (total) {
           WITH total WHERE total * total > $limit * COUNT { (:Model) }
           CALL () {
             MATCH (m:Model) WHERE m.sortName IS NOT NULL
               AND EXISTS { (m)-[:HAS_CAPABILITY]->(c:Capability) WHERE toLower(c.name) = toLower($capability) }
             ${inWindow(walkKeyset.page)}
             WITH m ORDER BY ${orderBy(SORT_NAME_COLUMNS, window.fromEnd)} LIMIT $limit
             RETURN collect(${row}) AS models
           }
           RETURN models
           UNION ALL
           WITH total WHERE NOT total * total > $limit * COUNT { (:Model) }
           ${sorted}
           RETURN models
         }`
      : sorted;
  // Whether a row lies beyond the page's starting cursor: the first such row is enough.
  const beyond = keyset.other
    ? `CALL () { ${matched} WITH m WHERE ${keyset.other} WITH m LIMIT 1 RETURN count(m) > 0 AS beyond }`
    : "WITH models, total, false AS beyond";
  const limit = Math.min(window.limit, MAX_RESULTS) + 1;
  const rows = await db.read<{ models: ModelPage["models"]; total: number; beyond: boolean }>(
    `CALL () { ${total} }
     ${walk}
     ${beyond}
     RETURN models, total, beyond`,
    {
      family: filter.family ?? null,
      search: filter.search ?? null,
      capability: filter.capability ?? null,
      organization: filter.organization ?? null,
      after: filter.introducedAfter ?? null,
      before: filter.introducedBefore ?? null,
      limit,
      ...keyset.params,
    },
  );
  const found = rows[0] ?? { models: [], total: 0, beyond: false };
  const more = found.models.length >= limit;
  const models = found.models.slice(0, limit - 1);
  if (window.fromEnd) models.reverse();
  return { models, total: found.total, more, beyond: found.beyond };
}

/** Papers that introduce (or only mention) each of many models, oldest first. */
export async function papersOfModels(
  db: Graph,
  keys: readonly string[],
  link: "INTRODUCES" | "MENTIONS",
): Promise<PaperRow[][]> {
  const rows = await db.read<{ key: string; papers: PaperRow[] }>(
    `UNWIND $keys AS key
     MATCH (:Model {key: key})<-[:${link === "INTRODUCES" ? "INTRODUCES" : "MENTIONS"}]-(p:Paper)
     WITH key, p ORDER BY p.date
     RETURN key, collect(p { .id, .title, date: toString(p.date), yearInferred: coalesce(p.yearInferred, false),
       .category, .abstract, .arxivId, authorsTruncated: coalesce(p.authorsTruncated, false) }) AS papers`,
    { keys },
  );
  const byKey = new Map(rows.map((row) => [row.key, row.papers]));
  return keys.map((key) => byKey.get(key) ?? []);
}

/** Capabilities, techniques or benchmarks of many models in one query. */
export async function factsOfModels(
  db: Graph,
  keys: readonly string[],
  kind: FactKind,
): Promise<ModelFactRow[][]> {
  const { type, label } = FACT_STORAGE[kind];
  const rows = await db.read<{ key: string; facts: ModelFactRow[] }>(
    `UNWIND $keys AS key
     MATCH (:Model {key: key})-[r:${type}]->(f:${label})
     WITH key, r, f ORDER BY f.name
     RETURN key, collect({ model: key, name: f.name, figure: r.figure }) AS facts`,
    { keys },
  );
  const byKey = new Map(rows.map((row) => [row.key, row.facts]));
  return keys.map((key) => byKey.get(key) ?? []);
}

export interface InheritedFactRow extends ModelFactRow {
  /** The ancestor the capability comes from. */
  from: string;
  depth: number;
}

/** Capabilities of each model's ancestors (nearest ancestor first), for many models in one query. */
export async function inheritedCapabilitiesOfModels(
  db: Graph,
  keys: readonly string[],
): Promise<InheritedFactRow[][]> {
  const rows = await db.read<{ key: string; facts: InheritedFactRow[] }>(
    `UNWIND $keys AS key
     MATCH (m:Model {key: key})
     MATCH path = ANY SHORTEST (m)-[:${LINEAGE_TYPES.join("|")}]->{1,${MAX_DEPTH}}(a:Model)
     MATCH (a)-[:HAS_CAPABILITY]->(c:Capability)
     WITH key, m, c, a, length(path) AS depth ORDER BY depth, c.name
     WHERE NOT (m)-[:HAS_CAPABILITY]->(c)
     WITH key, c, head(collect({ from: a.key, depth: depth })) AS nearest
     ORDER BY c.name
     RETURN key, collect({ model: key, name: c.name, figure: null, from: nearest.from, depth: nearest.depth }) AS facts`,
    { keys },
  );
  const byKey = new Map(rows.map((row) => [row.key, row.facts]));
  return keys.map((key) => byKey.get(key) ?? []);
}

/** Models that share a parent with each of many models. */
export async function siblingsOfModels(db: Graph, keys: readonly string[]): Promise<string[][]> {
  const rows = await db.read<{ key: string; siblings: string[] }>(
    `UNWIND $keys AS key
     MATCH (m:Model {key: key})-[:${LINEAGE_TYPES.join("|")}]->(:Model)<-[:${LINEAGE_TYPES.join("|")}]-(s:Model)
     WHERE s <> m
     WITH key, s ORDER BY s.name
     RETURN key, collect(DISTINCT s.key)[..$limit] AS siblings`,
    { keys, limit: MAX_RESULTS },
  );
  const byKey = new Map(rows.map((row) => [row.key, row.siblings]));
  return keys.map((key) => byKey.get(key) ?? []);
}

/** The evidence filed under each of many fact keys, strongest first. */
export async function evidenceOfFacts(db: Graph, facts: readonly string[]): Promise<EvidenceRow[][]> {
  const rows = await db.read<{ fact: string; evidence: EvidenceRow[] }>(
    `UNWIND $facts AS fact
     MATCH (e:Evidence {fact: fact})
     WITH fact, e ORDER BY e.confidence DESC, e.paperId, e.start
     RETURN fact, collect(e { .fact, .paperId, .sentence, .start, .end, .rule, .confidence }) AS evidence`,
    { facts },
  );
  const byFact = new Map(rows.map((row) => [row.fact, row.evidence]));
  return facts.map((fact) => byFact.get(fact) ?? []);
}

/** Models each of many papers introduces (or only mentions), by name. */
export async function modelsOfPapers(
  db: Graph,
  paperIds: readonly string[],
  link: "INTRODUCES" | "MENTIONS",
): Promise<string[][]> {
  const rows = await db.read<{ id: string; models: string[] }>(
    `UNWIND $paperIds AS id
     MATCH (:Paper {id: id})-[:${link === "INTRODUCES" ? "INTRODUCES" : "MENTIONS"}]->(m:Model)
     WITH id, m ORDER BY m.name
     RETURN id, collect(m.key) AS models`,
    { paperIds },
  );
  const byId = new Map(rows.map((row) => [row.id, row.models]));
  return paperIds.map((id) => byId.get(id) ?? []);
}
