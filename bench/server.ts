// Child process: the real modelgraph server (yoga + Pothos) on a free loopback port, for the load tests.
// Prints `READY <url>` once it listens; stops on SIGTERM. It runs as deployed (production settings: request log,
// metrics, masked errors, no GraphiQL or introspection) but without the response cache, so that every request
// does its work instead of being a cache hit.
import { loadConfig, serveSettings } from "../src/config.ts";
import { Graph } from "../src/db/executor.ts";
import { startServer } from "../src/serve/index.ts";

// Input (argv[2]): {"uri"}.
const { uri } = JSON.parse(process.argv[2] ?? "{}") as { uri?: string };
if (!uri) throw new Error('bench/server.ts needs {"uri"} as its argument');
const settings = serveSettings(loadConfig({ NODE_ENV: "production", RESPONSE_CACHE_TTL_MS: "0" }));
const graph = new Graph({ uri, database: "neo4j", queryTimeoutMs: 60_000, connectTimeoutMs: 10_000 });
const server = await startServer(graph, { port: 0, host: "127.0.0.1", settings });
console.log(`READY ${server.url.replace("localhost", "127.0.0.1")}`);
process.on("SIGTERM", async () => {
  await server.close();
  await graph.close();
  process.exit(0);
});
