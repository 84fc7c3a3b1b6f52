// Statements about models: look-ups by key and by name, the keyset-paginated list, and the batch reads of a
// model's papers, facts, inherited capabilities and siblings.
import { readBatch, readRows, type Statement } from "../db/statement.ts";
import { FACT_STORAGE } from "../domain/facts.ts";
import { modelKey } from "../domain/names.ts";
import type { FactKind } from "../domain/types.ts";
import {
  lineageTypes,
  lookupModel,
  luceneTerms,
  MAX_DEPTH,
  MAX_RESULTS,
  modelFields,
  PAPER_FIELDS,
} from "./fragments.ts";
import { type KeysetWindow, orderBy, type SortColumn, type SortKey, windowConditions } from "./keyset.ts";
import type { EvidenceRow, InheritedFactRow, ModelFactRow, ModelLookup, ModelRow, PaperRow } from "./rows.ts";

const MODEL_FIELDS = modelFields("m");

/** A name as the user typed it, for the look-up by name: its `modelKey`, and the text (maybe a key we handed out). */
export const modelLookup = (name: string): ModelLookup => ({
  lookupKey: modelKey(name),
  rawKey: name.trim(),
});

export function modelsByKeys(keys: readonly string[]): Statement<(ModelRow | null)[]> {
  return readBatch<{ model: ModelRow }, ModelRow | null>(
    `UNWIND $keys AS key MATCH (m:Model {key: key}) RETURN ${MODEL_FIELDS} AS model`,
    { keys },
    keys,
    { rowKey: (row) => row.model.key, value: (row) => row.model, missing: null },
  );
}

/**
 * Looks a model up by any name it is known by (`lookupKey` = `modelKey(name)`), or by its key as the API
 * hands it out (`LineageGraphNode.id`, `Model.key`), so either can be passed back.
 */
export function findModelByName({ lookupKey, rawKey }: ModelLookup): Statement<ModelRow | null> {
  return {
    ...readRows(
      `${lookupModel("lookupKey", "rawKey")}
     RETURN ${MODEL_FIELDS} AS model`,
      { lookupKey, rawKey },
    ),
    decode: (rows) => (rows[0] as { model: ModelRow } | undefined)?.model ?? null,
  };
}

/**
 * Model names that look like `text`, for "did you mean …?" (Lucene fuzzy match on the full-text index); null
 * when the text has no term to look for.
 */
export function suggestModelNames(text: string, limit = 3): Statement<string[]> | null {
  const terms = luceneTerms(text);
  if (!terms) return null;
  return {
    ...readRows(
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
    ),
    decode: (rows) => rows.map((row) => row.name as string),
  };
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
export function listModels(
  filter: ModelFilter,
  order: ModelOrder,
  window: KeysetWindow,
): Statement<ModelPage> {
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
      `EXISTS { MATCH (m)-[:${lineageTypes()}]->{0,${MAX_DEPTH}}(:Model)-[:HAS_CAPABILITY]->(c:Capability) WHERE toLower(c.name) = toLower($capability) }`,
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
  return {
    ...readRows(
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
    ),
    decode: (rows) => {
      const found = (rows[0] as Omit<ModelPage, "more"> | undefined) ?? {
        models: [],
        total: 0,
        beyond: false,
      };
      const more = found.models.length >= limit;
      const models = found.models.slice(0, limit - 1);
      if (window.fromEnd) models.reverse();
      return { models, total: found.total, more, beyond: found.beyond };
    },
  };
}

/** Papers that introduce (or only mention) each of many models, oldest first. */
export function papersOfModels(
  keys: readonly string[],
  link: "INTRODUCES" | "MENTIONS",
): Statement<PaperRow[][]> {
  return readBatch<{ key: string; papers: PaperRow[] }, PaperRow[]>(
    `UNWIND $keys AS key
     MATCH (:Model {key: key})<-[:${link === "INTRODUCES" ? "INTRODUCES" : "MENTIONS"}]-(p:Paper)
     WITH key, p ORDER BY p.date
     RETURN key, collect(${PAPER_FIELDS}) AS papers`,
    { keys },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.papers, missing: [] },
  );
}

/** Capabilities, techniques or benchmarks of many models in one query. */
export function factsOfModels(keys: readonly string[], kind: FactKind): Statement<ModelFactRow[][]> {
  const { type, label } = FACT_STORAGE[kind];
  return readBatch<{ key: string; facts: ModelFactRow[] }, ModelFactRow[]>(
    `UNWIND $keys AS key
     MATCH (:Model {key: key})-[r:${type}]->(f:${label})
     WITH key, r, f ORDER BY f.name
     RETURN key, collect({ model: key, name: f.name, figure: r.figure }) AS facts`,
    { keys },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.facts, missing: [] },
  );
}

/** Capabilities of each model's ancestors (nearest ancestor first), for many models in one query. */
export function inheritedCapabilitiesOfModels(keys: readonly string[]): Statement<InheritedFactRow[][]> {
  return readBatch<{ key: string; facts: InheritedFactRow[] }, InheritedFactRow[]>(
    `UNWIND $keys AS key
     MATCH (m:Model {key: key})
     MATCH path = ANY SHORTEST (m)-[:${lineageTypes()}]->{1,${MAX_DEPTH}}(a:Model)
     MATCH (a)-[:HAS_CAPABILITY]->(c:Capability)
     WITH key, m, c, a, length(path) AS depth ORDER BY depth, c.name
     WHERE NOT (m)-[:HAS_CAPABILITY]->(c)
     WITH key, c, head(collect({ from: a.key, depth: depth })) AS nearest
     ORDER BY c.name
     RETURN key, collect({ model: key, name: c.name, figure: null, from: nearest.from, depth: nearest.depth }) AS facts`,
    { keys },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.facts, missing: [] },
  );
}

/** Models that share a parent with each of many models. */
export function siblingsOfModels(keys: readonly string[]): Statement<string[][]> {
  return readBatch<{ key: string; siblings: string[] }, string[]>(
    `UNWIND $keys AS key
     MATCH (m:Model {key: key})-[:${lineageTypes()}]->(:Model)<-[:${lineageTypes()}]-(s:Model)
     WHERE s <> m
     WITH key, s ORDER BY s.name
     RETURN key, collect(DISTINCT s.key)[..$limit] AS siblings`,
    { keys, limit: MAX_RESULTS },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.siblings, missing: [] },
  );
}

/** Models each of many papers introduces (or only mentions), by name. */
export function modelsOfPapers(
  paperIds: readonly string[],
  link: "INTRODUCES" | "MENTIONS",
): Statement<string[][]> {
  return readBatch<{ id: string; models: string[] }, string[]>(
    `UNWIND $paperIds AS id
     MATCH (:Paper {id: id})-[:${link === "INTRODUCES" ? "INTRODUCES" : "MENTIONS"}]->(m:Model)
     WITH id, m ORDER BY m.name
     RETURN id, collect(m.key) AS models`,
    { paperIds },
    paperIds,
    { rowKey: (row) => row.id, value: (row) => row.models, missing: [] },
  );
}

/** The evidence filed under each of many fact keys, strongest first. */
export function evidenceOfFacts(facts: readonly string[]): Statement<EvidenceRow[][]> {
  return readBatch<{ fact: string; evidence: EvidenceRow[] }, EvidenceRow[]>(
    `UNWIND $facts AS fact
     MATCH (e:Evidence {fact: fact})
     WITH fact, e ORDER BY e.confidence DESC, e.paperId, e.start
     RETURN fact, collect(e { .fact, .paperId, .sentence, .start, .end, .rule, .confidence }) AS evidence`,
    { facts },
    facts,
    { rowKey: (row) => row.fact, value: (row) => row.evidence, missing: [] },
  );
}
