// Prometheus metrics for /metrics (prom-client): request rate and latency by route and status, GraphQL errors by
// code, Neo4j transaction time by kind and outcome, and the process's own (memory, CPU, event loop lag, GC).
// Each server has its own registry, so several servers in one process (tests) do not collide.
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { QueryObserver } from "../db/executor.ts";

export interface Metrics {
  registry: Registry;
  /** One finished HTTP request. `route` is a fixed name (never the raw path: unbounded label values). */
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  /** One error in a GraphQL response, by `extensions.code`. */
  countGraphQLError(code: string): void;
  observeQuery: QueryObserver;
  /** The text exposition format. */
  render(): Promise<{ contentType: string; body: string }>;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "modelgraph_" });
  const requests = new Counter({
    name: "modelgraph_http_requests_total",
    help: "HTTP requests by route, method and status code.",
    labelNames: ["route", "method", "status"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "modelgraph_http_request_duration_seconds",
    help: "HTTP request latency by route, from the first byte in to the last byte out.",
    labelNames: ["route"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: "modelgraph_graphql_errors_total",
    help: "Errors in GraphQL responses by extensions.code (INTERNAL when a resolver failed unexpectedly).",
    labelNames: ["code"] as const,
    registers: [registry],
  });
  const queries = new Histogram({
    name: "modelgraph_neo4j_query_duration_seconds",
    help: "Neo4j transaction time (session, retries and all) by kind and outcome.",
    labelNames: ["kind", "outcome"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return {
    registry,
    observeRequest(route, method, status, seconds) {
      requests.inc({ route, method, status: String(status) });
      latency.observe({ route }, seconds);
    },
    countGraphQLError(code) {
      graphqlErrors.inc({ code });
    },
    observeQuery(kind, seconds, outcome) {
      queries.observe({ kind, outcome }, seconds);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
