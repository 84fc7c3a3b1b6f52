import type { Graph, QueryCounter } from "../db/graph.ts";

export interface Context {
  /** The database for this request; every query it runs is counted in `queryCounter`. */
  db: Graph;
  queryCounter: QueryCounter;
}

export function createContext(graph: Graph): Context {
  const queryCounter: QueryCounter = { queries: 0 };
  return { db: graph.withCounter(queryCounter), queryCounter };
}
