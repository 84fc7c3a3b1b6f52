import { createYoga, type Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import type { ServeSettings } from "../config.ts";
import type { Graph } from "../db/executor.ts";
import { type Context, createContext } from "./context.ts";
import { useDatabaseErrors, withCode } from "./errors.ts";
import { EXAMPLE_QUERIES } from "./examples.ts";
import { renderOfflineGraphiQL, useGraphiQLAssets } from "./graphiql.ts";
import { useLimitErrors, useQueryLimits, useRequestBodyLimit, useZeroQueryCount } from "./limits.ts";
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

/**
 * A variable whose value GraphQL cannot coerce to its type ("NaN" or 1e999 for a Float, a string for an Int, …)
 * is the client's mistake, found before anything runs: its error gets `extensions.code` BAD_USER_INPUT, as a
 * resolver's refusal of a bad value does (e.g. `minConfidence: 1.5`), instead of no code at all.
 */
function useBadVariableCode(): Plugin<Context> {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (Symbol.asyncIterator in result || !result.errors?.length || result.data != null) return;
        setResult({
          ...result,
          errors: result.errors.map((error) =>
            error.path || error.extensions?.code || !error.message.startsWith('Variable "$')
              ? error
              : withCode(error, "BAD_USER_INPUT"),
          ),
        });
      },
    }),
  };
}

/**
 * `/ready`: 200 when Neo4j answers, 503 with the reason when it does not. yoga's useReadinessCheck matched
 * every request's URL against a URLPattern (a slow polyfill), a twentieth of a simple request's CPU.
 */
function useReadiness(graph: Graph): Plugin<Context> {
  return {
    onRequest: ({ url, endResponse }) => {
      if (url.pathname !== "/ready") return;
      return graph.verifyConnectivity().then(
        () => endResponse(Response.json({ status: "ok", neo4j: "up" })),
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          endResponse(Response.json({ status: "unavailable", neo4j: "down", reason }, { status: 503 }));
        },
      );
    },
  };
}

export interface YogaOptions {
  /** Loaded once at the entry point (src/config.ts: serveSettings). */
  settings: ServeSettings;
  metrics?: Metrics;
  logger?: Logger;
}

export function createModelgraphYoga(graph: Graph, options: YogaOptions) {
  const { settings } = options;
  const cache = settings.responseCacheTtlMs > 0 ? createClearableCache() : undefined;
  const plugins = [
    useRequestBodyLimit(settings.maxRequestBytes),
    useQueryLimits({ production: settings.production }),
    useLimitErrors(),
    useDatabaseErrors(),
    ...(settings.introspection ? [] : [useNoIntrospection()]),
    ...(options.metrics ? [useErrorMetrics(options.metrics)] : []),
    ...(cache ? [useModelgraphResponseCache(cache, settings.responseCacheTtlMs)] : []),
    useBadVariableCode(),
    useQueryCount(),
    useZeroQueryCount(),
    useReadiness(graph),
    ...(settings.graphiql ? [useGraphiQLAssets()] : []),
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
    // GraphiQL from this server's own files, never a CDN: it works offline and behind firewalls.
    renderGraphiQL: renderOfflineGraphiQL,
    // Unexpected errors become "Unexpected error." for clients (logged in full); typed errors (NOT_FOUND,
    // DATABASE_UNAVAILABLE, QUERY_TIMEOUT, …) keep their message and code.
    maskedErrors: settings.production ? { isDev: false } : true,
    // A batch of N operations would multiply every per-request limit by N: refused (HTTP 400).
    batching: false,
    // Replaced by useRequestBodyLimit: bodies above settings.maxRequestBytes are refused with HTTP 413 before
    // they are read in full (Content-Length or streaming).
    maxRequestBodySize: false,
    cors: corsOption(settings.corsOrigins),
    ...(options.logger ? { logging: yogaLogger(options.logger) } : {}),
    plugins,
  });
}

export type ModelgraphYoga = ReturnType<typeof createModelgraphYoga>;
