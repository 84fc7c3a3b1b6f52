// Serving, the one public entry: schema → resolvers → Cypher, behind an HTTP server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Graph } from "../db/graph.ts";
import { createExplorerHandler } from "./explorer.ts";
import { createModelgraphYoga } from "./yoga.ts";

export { printSortedSchema, schema } from "./schema/index.ts";
export { createModelgraphYoga, type ModelgraphYoga } from "./yoga.ts";

/** Paths yoga answers; every other request is for the lineage explorer's files. */
const YOGA_PATHS = new Set(["/graphql", "/health", "/ready"]);

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves GraphQL (and GraphiQL) on /graphql, liveness on /health, readiness on /ready, and the lineage explorer
 * at / (the built files in `explorerDir`, default explorer/dist).
 */
export async function startServer(
  graph: Graph,
  options: { port: number; host?: string; explorerDir?: string },
): Promise<RunningServer> {
  const yoga = createModelgraphYoga(graph);
  const explorer = createExplorerHandler({ dir: options.explorerDir });
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split(/[?#]/, 1)[0] ?? "/";
    if (YOGA_PATHS.has(path) || path.startsWith("/graphql/")) void yoga(request, response);
    else explorer(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://localhost:${port}/graphql`,
    close: async () => {
      // Stop accepting, let in-flight requests finish, then drop idle keep-alive sockets.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await yoga.dispose();
    },
  };
}
