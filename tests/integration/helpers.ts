import { inject } from "vitest";
import { applyConstraints } from "../../src/db/constraints.ts";
import { Graph } from "../../src/db/graph.ts";
import { listSeedFiles, seedFiles } from "../../src/ingest/index.ts";
import { createModelgraphYoga } from "../../src/serve/index.ts";

/** A Graph on the suite's Neo4j (started once by the global setup). */
export function testGraph(): Graph {
  return new Graph({
    uri: inject("neo4jUri"),
    database: "neo4j",
    queryTimeoutMs: 30_000,
    connectTimeoutMs: 5_000,
  });
}

/** Empties the database and applies the constraints: each integration file starts from nothing. */
export async function resetDatabase(graph: Graph): Promise<void> {
  await graph.write((tx) => tx.run("MATCH (n) DETACH DELETE n"));
  await applyConstraints(graph);
}

export async function seedTheSeedListing(graph: Graph) {
  return seedFiles(graph, await listSeedFiles(), { year: 2026 });
}

/** A Graph on an emptied database holding exactly the seed listing: the start of most integration files. */
export async function seededTestGraph(): Promise<Graph> {
  const graph = testGraph();
  await resetDatabase(graph);
  await seedTheSeedListing(graph);
  return graph;
}

export interface GraphQLResponse<Data> {
  data?: Data;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { neo4jQueries?: number };
}

/** Runs a GraphQL request through the real yoga server, in process. */
export async function graphql<Data = Record<string, unknown>>(
  graph: Graph,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<Data>> {
  const yoga = createModelgraphYoga(graph);
  const response = await yoga.fetch("http://modelgraph.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/** Node and relationship counts by label and type: two graphs with equal censuses have the same shape. */
export async function census(graph: Graph): Promise<Record<string, number>> {
  const rows = await graph.read<{ kind: string; count: number }>(
    `MATCH (n) UNWIND labels(n) AS label RETURN ':' + label AS kind, count(*) AS count
     UNION ALL
     MATCH ()-[r]->() RETURN '-' + type(r) AS kind, count(*) AS count`,
  );
  return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
}
