// Bulk writing: plain `UNWIND … CREATE` of nodes and relationships, many thousand rows per transaction, no
// MERGE and no replace-by-paper. For loading a graph whose shape is already known (the benchmark's direct
// path at a million models, and its raw-driver baseline for the seeder), never for user input: that goes
// through `src/ingest/write/store.ts`, which merges, retracts and recomputes.
//
// Labels and relationship types cannot be parameters: each statement is built from the fixed vocabulary
// below, and a label or type outside it is refused before any Cypher is built.
import { readConstraintStatements } from "../src/db/constraints.ts";
import type { Graph } from "../src/db/executor.ts";
import { writeRows } from "../src/db/statement.ts";
import { FACT_STORAGE } from "../src/domain/facts.ts";
import { RELATION_TYPES } from "../src/domain/types.ts";

/** Every node label of the data model (Evidence is written with its paper: `createEvidence`), with its key. */
export const NODE_KEYS = {
  Paper: "id",
  Author: "name",
  Organization: "name",
  Model: "key",
  ModelName: "key",
  Capability: "name",
  Technique: "name",
  Benchmark: "name",
} as const;

export type NodeLabel = keyof typeof NODE_KEYS;

export const RELATIONSHIP_TYPES: readonly string[] = [
  "AUTHORED",
  "AFFILIATED_WITH",
  "INTRODUCES",
  "MENTIONS",
  "NAMES",
  ...RELATION_TYPES,
  ...Object.values(FACT_STORAGE).map(({ type }) => type),
];

export interface NodeRow {
  [property: string]: unknown;
}

export interface RelationshipRow {
  /** Key of the start node (see NODE_KEYS). */
  from: string;
  /** Key of the end node. */
  to: string;
  props?: Record<string, unknown>;
}

export interface EvidenceNodeRow {
  paperId: string;
  [property: string]: unknown;
}

function checkLabel(label: string): NodeLabel {
  if (!Object.hasOwn(NODE_KEYS, label)) throw new Error(`Unknown node label: ${label}`);
  return label as NodeLabel;
}

function checkType(type: string): string {
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`Unknown relationship type: ${type}`);
  return type;
}

/** Dates (a paper's, a model's introduction) travel as ISO strings and are stored as Cypher dates, as the seeder does. */
const DATE_PROPERTY: Partial<Record<NodeLabel, string>> = { Paper: "date", Model: "introduced" };
const createNodesCypher = (label: NodeLabel) => {
  const date = DATE_PROPERTY[label];
  // A model's name folded for case, which name-ordered lists walk (an index), folded as the seeder folds it.
  const sortName = label === "Model" ? ", n.sortName = toLower(row.name)" : "";
  return `UNWIND $rows AS row CREATE (n:${label}) SET n = row${date ? `, n.${date} = date(row.${date})` : ""}${sortName}`;
};

/** Creates one node per row (its properties), in one transaction. Returns the count. */
export async function createNodes(graph: Graph, label: NodeLabel, rows: readonly NodeRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const cypher = createNodesCypher(checkLabel(label));
  await graph.write((tx) => tx.run(writeRows(cypher, { rows })), 600_000);
  return rows.length;
}

/** Creates one relationship per row between nodes found by key, in one transaction. Returns the count. */
export async function createRelationships(
  graph: Graph,
  type: string,
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
  rows: readonly RelationshipRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const from = checkLabel(fromLabel);
  const to = checkLabel(toLabel);
  const cypher = `UNWIND $rows AS row
    MATCH (a:${from} {${NODE_KEYS[from]}: row.from})
    MATCH (b:${to} {${NODE_KEYS[to]}: row.to})
    CREATE (a)-[r:${checkType(type)}]->(b)
    SET r = coalesce(row.props, {})`;
  await graph.write((tx) => tx.run(writeRows(cypher, { rows })), 600_000);
  return rows.length;
}

/** Creates Evidence nodes, each with its paper's STATES relationship. Returns the count of nodes. */
export async function createEvidence(graph: Graph, rows: readonly EvidenceNodeRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  await graph.write(
    (tx) =>
      tx.run(
        writeRows(
          `UNWIND $rows AS row
         MATCH (p:Paper {id: row.paperId})
         CREATE (p)-[:STATES]->(e:Evidence)
         SET e = row`,
          { rows },
        ),
      ),
    600_000,
  );
  return rows.length;
}

/**
 * Runs a bulk load without the secondary indexes (range and full-text, from schema/constraints.cypher; the
 * uniqueness constraints stay, the load's key look-ups need them) and builds them afterwards, one population
 * pass each, as an offline import does: cheaper than updating them transaction by transaction. Returns once
 * they are online again.
 */
export async function withIndexesDeferred<T>(graph: Graph, load: () => Promise<T>): Promise<T> {
  const indexes = (await readConstraintStatements()).flatMap((statement) => {
    const name = /^CREATE (?:FULLTEXT )?INDEX (\w+) IF NOT EXISTS/.exec(statement)?.[1];
    return name ? [{ name, statement }] : [];
  });
  for (const { name } of indexes)
    await graph.write((tx) => tx.run(writeRows(`DROP INDEX ${name} IF EXISTS`)));
  try {
    return await load();
  } finally {
    for (const { statement } of indexes) await graph.write((tx) => tx.run(writeRows(statement)));
    await graph.write(
      (tx) => tx.run(writeRows("CALL db.awaitIndexes($seconds)", { seconds: 3_600 })),
      3_700_000,
    );
  }
}

/** Deletes everything, a bounded number of nodes per transaction (a whole large graph does not fit one). */
// Small batches: at 100k models a paper's DETACH DELETE takes its evidence and links along, and 20,000 nodes a
// transaction went past Neo4j's transaction memory limit (1.4 GiB at a 2 GB heap).
export async function deleteAllInBatches(graph: Graph, perTransaction = 2_000): Promise<void> {
  for (;;) {
    const [row] = await graph.write((tx) =>
      tx.run(
        writeRows<{ deleted: number }>(
          "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted",
          { limit: perTransaction },
        ),
      ),
    );
    if (!row || row.deleted === 0) return;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a graph back in pages, in the rows the writers above take (a copy of what the seeder wrote).

export interface ExportedRelationship {
  type: string;
  toLabel: NodeLabel;
  to: string;
  props: Record<string, unknown>;
}

/** One page of nodes of a label, in key order after `after` (null for the first page). */
export async function exportNodes(
  graph: Graph,
  label: NodeLabel,
  after: string | null,
  limit: number,
): Promise<NodeRow[]> {
  const key = NODE_KEYS[checkLabel(label)];
  const rows = await graph.read<{ props: NodeRow }>(
    `MATCH (n:${label}) WHERE $after IS NULL OR n.${key} > $after
     WITH n ORDER BY n.${key} LIMIT $limit
     RETURN properties(n) AS props`,
    { after, limit },
  );
  return rows.map((row) => row.props);
}

/**
 * The outgoing relationships (STATES excepted: see `exportEvidence`) of one page of nodes of a label, in key
 * order after `after`. Returns the page's last key (null when the page is empty) and the relationships.
 */
export async function exportRelationships(
  graph: Graph,
  label: NodeLabel,
  after: string | null,
  limit: number,
): Promise<{ last: string | null; rows: (ExportedRelationship & { from: string })[] }> {
  const key = NODE_KEYS[checkLabel(label)];
  const rows = await graph.read<{ from: string; out: ExportedRelationship[] }>(
    `MATCH (a:${label}) WHERE $after IS NULL OR a.${key} > $after
     WITH a ORDER BY a.${key} LIMIT $limit
     OPTIONAL MATCH (a)-[r]->(b) WHERE NOT b:Evidence
     WITH a, r, b
     RETURN a.${key} AS from, collect(CASE WHEN r IS NOT NULL THEN {
       type: type(r), toLabel: labels(b)[0], to: coalesce(b.key, b.id, b.name), props: properties(r) } END) AS out`,
    { after, limit },
  );
  return {
    last: rows[rows.length - 1]?.from ?? null,
    rows: rows.flatMap((row) => row.out.map((out) => ({ ...out, from: row.from }))),
  };
}

/** The Evidence nodes of one page of papers (by id after `after`). */
export async function exportEvidence(
  graph: Graph,
  after: string | null,
  limit: number,
): Promise<{ last: string | null; rows: EvidenceNodeRow[] }> {
  const rows = await graph.read<{ id: string; evidence: EvidenceNodeRow[] }>(
    `MATCH (p:Paper) WHERE $after IS NULL OR p.id > $after
     WITH p ORDER BY p.id LIMIT $limit
     OPTIONAL MATCH (p)-[:STATES]->(e:Evidence)
     RETURN p.id AS id, collect(properties(e)) AS evidence`,
    { after, limit },
  );
  return {
    last: rows[rows.length - 1]?.id ?? null,
    rows: rows.flatMap((row) => row.evidence.map((e) => ({ ...e, paperId: row.id }))),
  };
}
