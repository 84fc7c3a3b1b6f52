import { createYoga, type Plugin, useReadinessCheck } from "graphql-yoga";
import type { Logger } from "pino";
import { loadConfig, type ServeSettings, serveSettings } from "../config.ts";
import type { Graph } from "../db/graph.ts";
import { type Context, createContext } from "./context.ts";
import { EXAMPLE_QUERIES } from "./examples.ts";
import { useQueryLimits } from "./limits.ts";
import type { Metrics } from "./metrics.ts";
import {
  corsOption,
  createClearableCache,
  useErrorMetrics,
  useModelgraphResponseCache,
  useNoIntrospection,
  yogaLogger,
} from "./production.ts";
import { schema } from "./schema/index.ts";

/** Reports the Cypher round trips a request cost in `extensions.neo4jQueries`: N+1 shows at a glance. */
function useQueryCount(): Plugin<Context> {
  return {
    onExecute: () => ({
      onExecuteDone: ({ args, result, setResult }) => {
        if (Symbol.asyncIterator in result) return;
        setResult({
          ...result,
          extensions: { ...result.extensions, neo4jQueries: args.contextValue.queryCounter.queries },
        });
      },
    }),
  };
}

export interface YogaOptions {
  /** Default: from the environment (src/config.ts). */
  settings?: ServeSettings;
  metrics?: Metrics;
  logger?: Logger;
}

export function createModelgraphYoga(graph: Graph, options: YogaOptions = {}) {
  const settings = options.settings ?? serveSettings(loadConfig());
  const cache = settings.responseCacheTtlMs > 0 ? createClearableCache() : undefined;
  const plugins = [
    useQueryLimits({ production: settings.production }),
    ...(settings.introspection ? [] : [useNoIntrospection()]),
    ...(options.metrics ? [useErrorMetrics(options.metrics)] : []),
    ...(cache ? [useModelgraphResponseCache(cache, settings.responseCacheTtlMs)] : []),
    useQueryCount(),
    useReadinessCheck({
      endpoint: "/ready",
      check: async ({ fetchAPI }) => {
        try {
          await graph.verifyConnectivity();
          return Response.json({ status: "ok", neo4j: "up" });
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          return new fetchAPI.Response(JSON.stringify({ status: "unavailable", neo4j: "down", reason }), {
            status: 503,
            headers: { "content-type": "application/json" },
          });
        }
      },
    }),
  ];
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) =>
      createContext(graph, {
        token: settings.ingestToken,
        authorization: request.headers.get("authorization"),
        maxBytes: settings.ingestMaxBytes,
        onIngested: () => cache?.clear(),
      }),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    graphiql: settings.graphiql ? { title: "modelgraph", defaultQuery: EXAMPLE_QUERIES } : false,
    // Unexpected errors become "Unexpected error." for clients (logged in full); typed errors (NOT_FOUND,
    // DATABASE_UNAVAILABLE, QUERY_TIMEOUT, …) keep their message and code.
    maskedErrors: settings.production ? { isDev: false } : true,
    // A batch of N operations would multiply every per-request limit by N: refused (HTTP 400).
    batching: false,
    // Bodies above this are refused with HTTP 413 before they are read in full (Content-Length or streaming).
    maxRequestBodySize: settings.maxRequestBytes,
    cors: corsOption(settings.corsOrigins),
    ...(options.logger ? { logging: yogaLogger(options.logger) } : {}),
    plugins,
  });
}

export type ModelgraphYoga = ReturnType<typeof createModelgraphYoga>;
