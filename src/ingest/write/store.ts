import { recordSchemaVersionIfNone } from "../../cypher/migrations.ts";
import {
  countPapers,
  deleteOrphans,
  mergeLinks,
  recomputeModels,
  retractPapers,
  storedPapers,
  writePapers,
} from "../../cypher/write.ts";
import type { Graph } from "../../db/executor.ts";
import { SCHEMA_VERSION } from "../../db/migrations.ts";
import type { PaperExtraction } from "../../domain/types.ts";

/**
 * Seeding transactions get minutes, not the request timeout (QUERY_TIMEOUT_MS): a batch on a cold or busy
 * database can take longer than a web request should, and cutting it would only make the seeder retry.
 */
const SEED_TRANSACTION_TIMEOUT_MS = 300_000;

/**
 * The end of a seeding run: removes names, authors, organisations and vocabulary nodes that no paper supports
 * any more (one pass rather than per batch: the scans are global, and leftovers between batches are inert), and
 * records the schema version for a graph seeded from nothing.
 */
export async function finishSeeding(graph: Graph): Promise<void> {
  await graph.write(async (tx) => {
    await tx.run(deleteOrphans());
    // What the seeder writes is already in the current shape: a graph seeded from nothing is at SCHEMA_VERSION.
    await tx.run(recordSchemaVersionIfNone(SCHEMA_VERSION));
  }, SEED_TRANSACTION_TIMEOUT_MS);
}

/** What one batch changed, for progress reporting. */
export interface BatchSummary {
  papers: number;
  models: number;
  relations: number;
  facts: number;
}

/**
 * Stores the extractions of a batch of papers in ONE write transaction: a failure leaves nothing of the
 * batch behind. Re-storing a paper replaces what was stored from it before, so running twice changes nothing.
 * Three statements a batch (four when some papers were stored before), and one per relationship type in it.
 */
export async function storeBatch(graph: Graph, batch: PaperExtraction[]): Promise<BatchSummary> {
  return graph.write(async (tx) => {
    const touched = new Set<string>();
    const stored = await tx.run(storedPapers(batch.map((extraction) => extraction.paper.id)));
    if (stored.length > 0) for (const key of await tx.run(retractPapers(stored))) touched.add(key);
    for (const extraction of batch) for (const model of extraction.models) touched.add(model.key);
    await tx.run(writePapers(batch));
    for (const statement of mergeLinks(batch)) await tx.run(statement);
    await tx.run(recomputeModels([...touched]));
    const count = (of: (extraction: PaperExtraction) => unknown[]) =>
      batch.reduce((sum, extraction) => sum + of(extraction).length, 0);
    return {
      papers: batch.length,
      models: count((extraction) => extraction.models),
      relations: count((extraction) => extraction.relations),
      facts: count((extraction) => extraction.facts),
    };
  }, SEED_TRANSACTION_TIMEOUT_MS);
}

export function storedPaperCount(graph: Graph): Promise<number> {
  return graph.run(countPapers());
}
