import type { ManagedTransaction } from "neo4j-driver";
import { greatest } from "./confidence.ts";
import { type Graph, runInTx } from "./graph.ts";

/**
 * Data migrations: what an older modelgraph stored, brought up to what this one reads, so that upgrading never
 * asks for a re-seed. Each runs once, in order, at start-up after the constraints; the version reached is kept
 * on one `:ModelgraphSchema` node. Every step is idempotent (running it again writes the same values), so a
 * start-up killed half-way simply runs it again. An empty database has nothing to migrate and gets no node; the
 * seeder records the current version when it first writes (see markSeededAtCurrentVersion).
 */
interface Migration {
  version: number;
  what: string;
  run(graph: Graph, batch: number): Promise<void>;
}

/** Models per write transaction when a migration walks every model. */
const DEFAULT_BATCH = 10_000;

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
 * their maximum, as the seeder writes them (src/db/confidence.ts).
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

/** Runs a batch statement over every model, one write transaction per batch, until a batch comes back short. */
async function inKeyBatches(graph: Graph, batch: number, statement: string): Promise<void> {
  let after = "";
  for (;;) {
    const [row] = await graph.write((tx) =>
      runInTx<{ last: string | null; done: number }>(tx, statement, { after, batch }),
    );
    if (!row || row.done < batch || row.last === null) return;
    after = row.last;
  }
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    what: "Model.introduced (the earliest introducing paper's date), which model lists order and filter by",
    run: (graph, batch) => inKeyBatches(graph, batch, BACKFILL_INTRODUCED),
  },
  {
    version: 2,
    what: "Model.sortName (the name folded for case), which name-ordered model lists walk in index order",
    run: (graph, batch) => inKeyBatches(graph, batch, BACKFILL_SORT_NAME),
  },
  {
    version: 3,
    what: "confidence on fact relationships (each supporting paper's, and the best), which lineage filters on",
    run: (graph, batch) => inKeyBatches(graph, batch, BACKFILL_CONFIDENCE),
  },
];

/** The version a database is at once every migration has run. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));

/** Runs the migrations the database has not had yet; returns what they did, for the start-up log. */
export async function migrate(graph: Graph, batch = DEFAULT_BATCH): Promise<string[]> {
  const [row] = await graph.read<{ version: number | null; stored: boolean }>(READ_VERSION);
  if (row?.version == null && !row?.stored) return [];
  const current = row.version ?? 0;
  const applied: string[] = [];
  for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
    await migration.run(graph, batch);
    await graph.write((tx) => runInTx(tx, WRITE_VERSION, { version: migration.version }));
    applied.push(`migration ${migration.version}: ${migration.what}`);
  }
  return applied;
}

/**
 * Inside a seeding transaction: what the seeder writes is already in the current shape, so a graph seeded from
 * nothing is recorded at SCHEMA_VERSION (an older graph has its node from `migrate`, which runs first).
 */
export async function markSeededAtCurrentVersion(tx: ManagedTransaction): Promise<void> {
  await runInTx(tx, WRITE_VERSION_IF_NONE, { version: SCHEMA_VERSION });
}
