// What the test tiers share: the in-process yoga client, graphs that run nothing (unreachable, recording), and
// the suite's Neo4j holding the seed listing. Unit tests use the first two; integration tests all of it.
import type { RecordShape } from "neo4j-driver";
import { inject } from "vitest";
import { loadConfig, serveSettings } from "../../src/config.ts";
import { applyConstraints } from "../../src/db/constraints.ts";
import { Graph, type UnitOfWork } from "../../src/db/executor.ts";
import { type Statement, writeRows } from "../../src/db/statement.ts";
import { listSeedFiles, seedFiles } from "../../src/ingest/index.ts";
import { createModelgraphYoga, type ModelgraphYoga } from "../../src/serve/index.ts";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { neo4jQueries?: number };
}

/** The serving settings the tests run with: the defaults, as the environment of the test run gives them. */
export const testSettings = () => serveSettings(loadConfig());

/** The real yoga server over `graph`, with the test settings. */
export const testYoga = (graph: Graph) => createModelgraphYoga(graph, { settings: testSettings() });

/**
 * POSTs a body (a GraphQL request, or raw text as a client might send it) to the yoga server in process; the
 * HTTP status and the parsed answer.
 */
export async function post<Body = GraphQLResponse>(
  yoga: ModelgraphYoga,
  request: { query: string; variables?: Record<string, unknown> } | string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Body }> {
  const response = await yoga.fetch("http://modelgraph.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof request === "string" ? request : JSON.stringify(request),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

/** Runs a GraphQL request through the real yoga server over `graph`, in process. */
export async function graphql<Data = Record<string, unknown>>(
  graph: Graph,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<Data>> {
  return (await post<GraphQLResponse<Data>>(testYoga(graph), { query, variables })).body;
}

/** A Neo4j nobody listens on: every statement fails fast with DATABASE_UNAVAILABLE. */
export function unreachableGraph(timeoutMs = 500): Graph {
  return new Graph({
    uri: "bolt://127.0.0.1:1",
    database: "neo4j",
    queryTimeoutMs: timeoutMs,
    connectTimeoutMs: timeoutMs,
  });
}

/** The real yoga server over an unreachable Neo4j: for what is answered before any Cypher (validation, limits). */
export function offlineYoga() {
  const graph = unreachableGraph();
  return { yoga: testYoga(graph), close: () => graph.close() };
}

/**
 * A graph that runs nothing: it records each statement and decodes what `answer` gives for it (no rows by
 * default; `answer` may throw, as a failing database would).
 */
export class RecordingGraph extends Graph {
  readonly statements: Statement<unknown>[] = [];

  constructor(private readonly answer: (statement: Statement<unknown>) => RecordShape[] = () => []) {
    super({ uri: "bolt://127.0.0.1:1", database: "neo4j", queryTimeoutMs: 500, connectTimeoutMs: 500 });
  }

  override withCounter(): Graph {
    return this;
  }

  override async run<T>(statement: Statement<T>): Promise<T> {
    this.statements.push(statement);
    return statement.decode(this.answer(statement));
  }

  override write<T>(work: UnitOfWork<T>): Promise<T> {
    return work({ run: (statement) => this.run(statement) });
  }
}

/** A Graph on the suite's Neo4j (started once by the integration tier's global setup). */
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
  await graph.run(writeRows("MATCH (n) DETACH DELETE n"));
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

/** Node and relationship counts by label and type: two graphs with equal censuses have the same shape. */
export async function census(graph: Graph): Promise<Record<string, number>> {
  const rows = await graph.read<{ kind: string; count: number }>(
    `MATCH (n) UNWIND labels(n) AS label RETURN ':' + label AS kind, count(*) AS count
     UNION ALL
     MATCH ()-[r]->() RETURN '-' + type(r) AS kind, count(*) AS count`,
  );
  return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
}
