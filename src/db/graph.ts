// Raw Cypher text inside a unit of work, for the benchmark's bulk loader only (src/ingest/write/bulk.ts, which is
// moving to bench/): everything else runs statements built in src/cypher/. This module leaves with it.
import type { RecordShape } from "neo4j-driver";
import type { Transaction } from "./executor.ts";
import { writeRows } from "./statement.ts";

export type { Graph } from "./executor.ts";

export function runInTx<Row extends RecordShape = RecordShape>(
  tx: Transaction,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  return tx.run(writeRows<Row>(cypher, params));
}
