import { resolve } from "node:path";
import type { Config } from "./config.ts";
import { applyConstraints } from "./db/constraints.ts";
import { startEmbeddedNeo4j } from "./db/embedded.ts";
import { Graph } from "./db/graph.ts";

export interface OpenDatabase {
  graph: Graph;
  uri: string;
  /** Where the database came from, for the start-up banner. */
  origin: "configured" | "embedded (started)" | "embedded (reused)";
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when set; otherwise starts (or reuses) the embedded Neo4j under the data folder.
 * Constraints and indexes are applied either way. `close` stops the embedded JVM only if this process started it.
 */
export async function openDatabase(
  config: Config,
  log: (message: string) => void = () => {},
): Promise<OpenDatabase> {
  const embedded = config.NEO4J_URI
    ? undefined
    : await startEmbeddedNeo4j({
        dataDir: resolve(config.MODELGRAPH_DATA_DIR),
        heap: config.NEO4J_HEAP,
        pageCache: config.NEO4J_PAGECACHE,
        onProgress: log,
      });
  const uri = config.NEO4J_URI ?? embedded?.uri ?? "";
  const graph = new Graph({
    uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
  });
  const close = async () => {
    await graph.close();
    if (embedded?.owned) await embedded.stop();
  };
  try {
    await graph.verifyConnectivity();
    await applyConstraints(graph);
  } catch (error) {
    await close();
    throw error;
  }
  const origin = !embedded ? "configured" : embedded.owned ? "embedded (started)" : "embedded (reused)";
  return { graph, uri, origin, close };
}
