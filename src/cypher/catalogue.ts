// Statements over the whole catalogue: authors, organisations, the papers of each, full-text search and counts.
import { readBatch, readRows, type Statement } from "../db/statement.ts";
import { FACT_STORAGE } from "../domain/facts.ts";
import { RELATION_TYPES } from "../domain/types.ts";
import { luceneTerms, MAX_RESULTS } from "./fragments.ts";

export interface NamedCountRow {
  name: string;
  paperCount: number;
}

export function listAuthors(limit: number): Statement<NamedCountRow[]> {
  return readRows<NamedCountRow>(
    `MATCH (a:Author) RETURN a.name AS name, COUNT { (a)-[:AUTHORED]->() } AS paperCount
     ORDER BY paperCount DESC, name LIMIT $limit`,
    { limit: Math.min(limit, MAX_RESULTS) },
  );
}

export function listOrganizations(limit: number): Statement<NamedCountRow[]> {
  return readRows<NamedCountRow>(
    `MATCH (o:Organization) RETURN o.name AS name, COUNT { (o)<-[:AFFILIATED_WITH]-() } AS paperCount
     ORDER BY paperCount DESC, name LIMIT $limit`,
    { limit: Math.min(limit, MAX_RESULTS) },
  );
}

/** Paper ids of many authors (or organisations) in one query. */
export function papersOf(of: "Author" | "Organization", names: readonly string[]): Statement<string[][]> {
  const pattern =
    of === "Author"
      ? "(:Author {name: name})-[:AUTHORED]->(p:Paper)"
      : "(:Organization {name: name})<-[:AFFILIATED_WITH]-(p:Paper)";
  return readBatch<{ name: string; papers: string[] }, string[]>(
    `UNWIND $names AS name MATCH ${pattern}
     WITH name, p ORDER BY p.date DESC
     RETURN name, collect(p.id) AS papers`,
    { names },
    names,
    { rowKey: (row) => row.name, value: (row) => row.papers, missing: [] },
  );
}

export interface SearchRow {
  label: "Model" | "Paper" | "Capability" | "Technique" | "Benchmark";
  id: string;
  score: number;
}

/**
 * Full-text search over models, papers and the vocabulary; user text is reduced to plain terms first. Null when
 * no term is left to search for.
 */
export function searchText(text: string, limit: number): Statement<SearchRow[]> | null {
  const terms = luceneTerms(text);
  if (!terms) return null;
  // Each term as typed, and as a prefix, so that "medge" finds MedGemma while typing.
  const query = terms
    .split(" ")
    .map((term) => `(${term} OR ${term}*)`)
    .join(" AND ");
  return readRows<SearchRow>(
    `CALL db.index.fulltext.queryNodes("search_text", $query, {limit: $limit}) YIELD node, score
     RETURN head([l IN labels(node) WHERE l IN ["Model", "Paper", "Capability", "Technique", "Benchmark"]]) AS label,
            coalesce(node.key, node.id, node.name) AS id, score
     ORDER BY score DESC`,
    { query, limit: Math.min(limit, 100) },
  );
}

export interface StatsRow {
  nodes: number;
  relationships: number;
  byLabel: { label: string; count: number }[];
  byType: { type: string; count: number }[];
}

const LABELS = [
  "Paper",
  "Model",
  "Author",
  "Organization",
  "Capability",
  "Technique",
  "Benchmark",
  "Evidence",
  "ModelName",
];
const TYPES = [
  ...RELATION_TYPES,
  ...Object.values(FACT_STORAGE).map((fact) => fact.type),
  "INTRODUCES",
  "MENTIONS",
  "AUTHORED",
  "AFFILIATED_WITH",
  "STATES",
  "NAMES",
];

// One count-store lookup per label and type (literal labels only: that is what the count store answers).
const STATS = [
  ...LABELS.map(
    (label) => `MATCH (n:${label}) RETURN "label" AS kind, "${label}" AS name, count(n) AS count`,
  ),
  ...TYPES.map(
    (type) => `MATCH ()-[r:${type}]->() RETURN "type" AS kind, "${type}" AS name, count(r) AS count`,
  ),
  `MATCH (n) RETURN "total" AS kind, "nodes" AS name, count(n) AS count`,
  `MATCH ()-[r]->() RETURN "total" AS kind, "relationships" AS name, count(r) AS count`,
].join("\nUNION ALL\n");

/** Node and relationship counts by label and type, from the count store: cheap at any size. */
export function graphStats(): Statement<StatsRow> {
  return {
    ...readRows(STATS),
    decode: (records) => {
      const rows = records as { kind: string; name: string; count: number }[];
      const total = (name: string) =>
        rows.find((row) => row.kind === "total" && row.name === name)?.count ?? 0;
      return {
        nodes: total("nodes"),
        relationships: total("relationships"),
        byLabel: rows
          .filter((row) => row.kind === "label" && row.count > 0)
          .map(({ name, count }) => ({ label: name, count })),
        byType: rows
          .filter((row) => row.kind === "type" && row.count > 0)
          .map(({ name, count }) => ({ type: name, count })),
      };
    },
  };
}
