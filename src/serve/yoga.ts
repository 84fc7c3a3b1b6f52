import { createYoga, type Plugin, useReadinessCheck } from "graphql-yoga";
import type { Graph } from "../db/graph.ts";
import { type Context, createContext } from "./context.ts";
import { EXAMPLE_QUERIES } from "./examples.ts";
import { useQueryLimits } from "./limits.ts";
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

export function createModelgraphYoga(graph: Graph) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(graph),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    graphiql: { title: "modelgraph", defaultQuery: EXAMPLE_QUERIES },
    plugins: [
      useQueryLimits({ production: process.env.NODE_ENV === "production" }),
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
    ],
  });
}

export type ModelgraphYoga = ReturnType<typeof createModelgraphYoga>;
