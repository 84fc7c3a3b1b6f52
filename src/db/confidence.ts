// How sure the graph is of a fact, known without reading its evidence: each fact relationship (lineage,
// association, capability, technique, benchmark) keeps, besides the `papers` that support it, the confidence of
// each of them (`confidences`, aligned with `papers`: the best of that paper's evidence sentences for the fact)
// and their maximum (`confidence`, what traversals filter on). The seeder keeps the three together in the
// transaction that writes or retracts a paper (src/ingest/write/store.ts); migration 3 (src/db/migrations.ts)
// computes them from the Evidence nodes for graphs stored before.

/** Cypher: the greatest non-null number of a list expression; null for an empty list or only nulls. */
export function greatest(list: string): string {
  return `reduce(bestConfidence = null, oneConfidence IN ${list} |
    CASE WHEN oneConfidence IS NOT NULL AND (bestConfidence IS NULL OR oneConfidence > bestConfidence)
         THEN oneConfidence ELSE bestConfidence END)`;
}
