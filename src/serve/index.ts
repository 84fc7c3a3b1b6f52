// Serving, the one public entry: schema → resolvers → Cypher, behind an HTTP server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ServeSettings } from "../config.ts";
import type { Graph } from "../db/executor.ts";
import { createExplorerHandler } from "./explorer.ts";
import { createMetrics } from "./metrics.ts";
import { createDrain, createLogger, instrument } from "./production.ts";
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
  options: { port: number; host?: string; explorerDir?: string; settings: ServeSettings },
): Promise<RunningServer> {
  // Request ids, JSON logs, security headers, /metrics and slow-client timeouts: src/serve/production.ts.
  const { settings } = options;
  const logger = createLogger(settings);
  const metrics = settings.metrics ? createMetrics() : undefined;
  if (metrics) graph.observeQueries(metrics.observeQuery);
  const yoga = createModelgraphYoga(graph, { settings, metrics, logger });
  const explorer = createExplorerHandler({ dir: options.explorerDir });
  const drain = createDrain();
  const handle = instrument(
    (request, response) => {
      const path = (request.url ?? "/").split(/[?#]/, 1)[0] ?? "/";
      if (YOGA_PATHS.has(path) || path.startsWith("/graphql/")) void yoga(request, response);
      else explorer(request, response);
    },
    { logger, metrics, drain, strictTransport: settings.production },
  );
  const server = createServer(
    {
      // Slow clients are cut: the headers must arrive within headersTimeout, the whole request within
      // requestTimeout (408); the deadlines are checked every second rather than Node's default 30 s.
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      connectionsCheckingInterval: 1_000,
    },
    handle,
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://localhost:${port}/graphql`,
    close: async () => {
      // Stop accepting, let in-flight requests finish (Connection: close), then drop idle keep-alive sockets.
      await drain.close(server, settings.shutdownGraceMs);
      await yoga.dispose();
    },
  };
}
