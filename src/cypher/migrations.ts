// The statements of the data migrations (src/db/migrations.ts runs them) and of the schema (constraints and
// indexes from schema/constraints.cypher): the stored schema version, and one batch of each backfill.
import { readRows, type Statement, writeRows } from "../db/statement.ts";
import { greatest } from "./fragments.ts";

const READ_VERSION = `
OPTIONAL MATCH (s:ModelgraphSchema {id: 'modelgraph'})
RETURN s.version AS version, EXISTS { MATCH (:Model) } AS stored`;
const WRITE_VERSION = `MERGE (s:ModelgraphSchema {id: 'modelgraph'}) SET s.version = $version`;
const WRITE_VERSION_IF_NONE = `MERGE (s:ModelgraphSchema {id: 'modelgraph'}) ON CREATE SET s.version = $version`;

/** One batch of models in key order (the unique key's index gives the order), each given its introduced date. */
const BACKFILL_INTRODUCED = `
MATCH (m:Model) WHERE m.key > $after
WITH m ORDER BY m.key LIMIT $batch
CALL (m) {
  OPTIONAL MATCH (m)<-[:INTRODUCES]-(p:Paper)
  RETURN min(p.date) AS introduced
}
SET m.introduced = introduced
RETURN max(m.key) AS last, count(m) AS done`;

/** One batch of models in key order, each given its name folded for case (as the seeder folds it). */
const BACKFILL_SORT_NAME = `
MATCH (m:Model) WHERE m.key > $after
WITH m ORDER BY m.key LIMIT $batch
SET m.sortName = toLower(m.name)
RETURN max(m.key) AS last, count(m) AS done`;

/**
 * One batch of models in key order, each of whose fact relationships gets the confidence of each supporting paper
 * (the best of that paper's evidence for the fact, filed under `TYPE:subject->object`), aligned with `papers`, and
 * their maximum, as the seeder writes them (`greatest`).
 */
const BACKFILL_CONFIDENCE = `
MATCH (m:Model) WHERE m.key > $after
WITH m ORDER BY m.key LIMIT $batch
CALL (m) {
  MATCH (m)-[r]->(o)
  WHERE r.papers IS NOT NULL
  WITH r, type(r) + ':' + m.key + '->' + coalesce(o.key, o.name) AS fact
  WITH r, COLLECT { MATCH (e:Evidence {fact: fact}) RETURN e { .paperId, .confidence } } AS evidence
  WITH r, [pid IN r.papers | ${greatest("[e IN evidence WHERE e.paperId = pid | e.confidence]")}] AS confidences
  SET r.confidences = confidences, r.confidence = ${greatest("confidences")}
}
RETURN max(m.key) AS last, count(m) AS done`;

/** The stored schema version (null without one) and whether any model is stored. */
export function readSchemaVersion(): Statement<{ version: number | null; stored: boolean }> {
  return {
    ...readRows(READ_VERSION),
    decode: (rows) =>
      (rows[0] as { version: number | null; stored: boolean } | undefined) ?? {
        version: null,
        stored: false,
      },
  };
}

export function writeSchemaVersion(version: number): Statement {
  return writeRows(WRITE_VERSION, { version });
}

/** Records `version` on a graph that has no version yet (one seeded from nothing). */
export function recordSchemaVersionIfNone(version: number): Statement {
  return writeRows(WRITE_VERSION_IF_NONE, { version });
}

/** One batch of a backfill that walks every model in key order: where it got to, and how many it did. */
export interface BackfillBatch {
  last: string | null;
  done: number;
}

/** The backfills, by what they fill in. */
const BACKFILLS = {
  introduced: BACKFILL_INTRODUCED,
  sortName: BACKFILL_SORT_NAME,
  confidence: BACKFILL_CONFIDENCE,
};

export type Backfill = keyof typeof BACKFILLS;

/** The next `batch` models after key `after`, backfilled. */
export function backfillBatch(
  backfill: Backfill,
  after: string,
  batch: number,
): Statement<BackfillBatch | null> {
  return {
    ...writeRows(BACKFILLS[backfill], { after, batch }),
    decode: (rows) => (rows[0] as BackfillBatch | undefined) ?? null,
  };
}

/** One schema command (a constraint or an index); schema commands cannot share a transaction. */
export function schemaCommand(cypher: string): Statement {
  return writeRows(cypher);
}

/** Waits until every index is online (at most `seconds`). */
export function awaitIndexes(seconds: number): Statement {
  return writeRows(`CALL db.awaitIndexes(${Math.trunc(seconds)})`);
}
