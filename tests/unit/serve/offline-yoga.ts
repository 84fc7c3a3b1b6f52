// The real yoga server over a database nobody listens on: for tests of what is answered before any Cypher
// (validation, limits, HTTP), where a query that got through would fail loudly.
import { Graph } from "../../../src/db/graph.ts";
import { createModelgraphYoga } from "../../../src/serve/index.ts";

export function offlineYoga() {
  const graph = new Graph({
    uri: "bolt://127.0.0.1:1",
    database: "neo4j",
    queryTimeoutMs: 500,
    connectTimeoutMs: 500,
  });
  return { yoga: createModelgraphYoga(graph), close: () => graph.close() };
}
