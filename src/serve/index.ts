// Serving, the one public entry: schema → resolvers → Cypher, behind an HTTP server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Graph } from "../db/graph.ts";
import { createModelgraphYoga } from "./yoga.ts";

export { printSortedSchema, schema } from "./schema/index.ts";
export { createModelgraphYoga, type ModelgraphYoga } from "./yoga.ts";

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Serves GraphQL (and GraphiQL) on /graphql, liveness on /health and readiness on /ready. */
export async function startServer(
  graph: Graph,
  options: { port: number; host?: string },
): Promise<RunningServer> {
  const yoga = createModelgraphYoga(graph);
  const server = createServer(yoga);
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
