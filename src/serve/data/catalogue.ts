import type { Graph } from "../../db/graph.ts";
import { FACT_STORAGE } from "../../domain/facts.ts";
import { RELATION_TYPES } from "../../domain/types.ts";
import { MAX_RESULTS } from "./lineage.ts";
import { luceneTerms } from "./models.ts";

export interface NamedCountRow {
  name: string;
  paperCount: number;
}

export async function listAuthors(db: Graph, limit: number): Promise<NamedCountRow[]> {
  return db.read<NamedCountRow>(
    `MATCH (a:Author) RETURN a.name AS name, COUNT { (a)-[:AUTHORED]->() } AS paperCount
     ORDER BY paperCount DESC, name LIMIT $limit`,
    { limit: Math.min(limit, MAX_RESULTS) },
  );
}

export async function listOrganizations(db: Graph, limit: number): Promise<NamedCountRow[]> {
  return db.read<NamedCountRow>(
    `MATCH (o:Organization) RETURN o.name AS name, COUNT { (o)<-[:AFFILIATED_WITH]-() } AS paperCount
     ORDER BY paperCount DESC, name LIMIT $limit`,
    { limit: Math.min(limit, MAX_RESULTS) },
  );
}

/** Paper ids of many authors (or organisations) in one query. */
export async function papersOf(
  db: Graph,
  of: "Author" | "Organization",
  names: readonly string[],
): Promise<string[][]> {
  const pattern =
    of === "Author"
      ? "(:Author {name: name})-[:AUTHORED]->(p:Paper)"
      : "(:Organization {name: name})<-[:AFFILIATED_WITH]-(p:Paper)";
  const rows = await db.read<{ name: string; papers: string[] }>(
    `UNWIND $names AS name MATCH ${pattern}
     WITH name, p ORDER BY p.date DESC
     RETURN name, collect(p.id) AS papers`,
    { names },
  );
  const byName = new Map(rows.map((row) => [row.name, row.papers]));
  return names.map((name) => byName.get(name) ?? []);
}

export interface SearchRow {
  label: "Model" | "Paper" | "Capability" | "Technique" | "Benchmark";
  id: string;
  score: number;
}

/** Full-text search over models, papers and the vocabulary; user text is reduced to plain terms first. */
export async function searchText(db: Graph, text: string, limit: number): Promise<SearchRow[]> {
  const terms = luceneTerms(text);
  if (!terms) return [];
  // Each term as typed, and as a prefix, so that "medge" finds MedGemma while typing.
  const query = terms
    .split(" ")
    .map((term) => `(${term} OR ${term}*)`)
    .join(" AND ");
  return db.read<SearchRow>(
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
export async function graphStats(db: Graph): Promise<StatsRow> {
  const rows = await db.read<{ kind: string; name: string; count: number }>(STATS);
  const total = (name: string) => rows.find((row) => row.kind === "total" && row.name === name)?.count ?? 0;
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
}
