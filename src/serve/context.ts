import type { Graph, QueryCounter } from "../db/executor.ts";

/** What the ingest mutation needs from the server (see src/serve/schema/ingest.ts). */
export interface IngestAccess {
  /** The configured INGEST_TOKEN; unset: writes through the API are off. */
  token: string | undefined;
  /** The request's `Authorization` header, as sent. */
  authorization: string | null;
  maxBytes: number;
  /** Called after a successful ingest (empties the response cache). */
  onIngested(): void;
}

export interface Context {
  /** The database for this request; every query it runs is counted in `queryCounter`. */
  db: Graph;
  queryCounter: QueryCounter;
  /** Absent when the server was built without ingest settings: the mutation then refuses. */
  ingest?: IngestAccess;
}

export function createContext(graph: Graph, ingest?: IngestAccess): Context {
  const queryCounter: QueryCounter = { queries: 0 };
  return { db: graph.withCounter(queryCounter), queryCounter, ...(ingest ? { ingest } : {}) };
}
