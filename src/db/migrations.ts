import { type Backfill, backfillBatch, readSchemaVersion, writeSchemaVersion } from "../cypher/migrations.ts";
import type { Graph } from "./executor.ts";

/**
 * Data migrations: what an older modelgraph stored, brought up to what this one reads, so that upgrading never
 * asks for a re-seed. Each runs once, in order, at start-up after the constraints; the version reached is kept
 * on one `:ModelgraphSchema` node. Every step is idempotent (running it again writes the same values), so a
 * start-up killed half-way simply runs it again. An empty database has nothing to migrate and gets no node; the
 * seeder records the current version when it first writes (finishSeeding, src/ingest/write/store.ts).
 */
interface Migration {
  version: number;
  what: string;
  backfill: Backfill;
}

/** Models per write transaction when a migration walks every model. */
const DEFAULT_BATCH = 10_000;

/** Runs a backfill over every model, one write transaction per batch, until a batch comes back short. */
async function inKeyBatches(graph: Graph, batch: number, backfill: Backfill): Promise<void> {
  let after = "";
  for (;;) {
    const row = await graph.run(backfillBatch(backfill, after, batch));
    if (!row || row.done < batch || row.last === null) return;
    after = row.last;
  }
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    what: "Model.introduced (the earliest introducing paper's date), which model lists order and filter by",
    backfill: "introduced",
  },
  {
    version: 2,
    what: "Model.sortName (the name folded for case), which name-ordered model lists walk in index order",
    backfill: "sortName",
  },
  {
    version: 3,
    what: "confidence on fact relationships (each supporting paper's, and the best), which lineage filters on",
    backfill: "confidence",
  },
];

/** The version a database is at once every migration has run. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));

/** Runs the migrations the database has not had yet; returns what they did, for the start-up log. */
export async function migrate(graph: Graph, batch = DEFAULT_BATCH): Promise<string[]> {
  const row = await graph.run(readSchemaVersion());
  if (row.version == null && !row.stored) return [];
  const current = row.version ?? 0;
  const applied: string[] = [];
  for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
    await inKeyBatches(graph, batch, migration.backfill);
    await graph.run(writeSchemaVersion(migration.version));
    applied.push(`migration ${migration.version}: ${migration.what}`);
  }
  return applied;
}
