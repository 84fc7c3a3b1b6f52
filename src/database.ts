import { resolve } from "node:path";
import type { Config } from "./config.ts";
import { applyConstraints } from "./db/constraints.ts";
import { startEmbeddedNeo4j } from "./db/embedded.ts";
import { classifyDriverError } from "./db/errors.ts";
import { Graph } from "./db/executor.ts";
import { migrate } from "./db/migrations.ts";

export interface OpenDatabase {
  graph: Graph;
  uri: string;
  /** Where the database came from, for the start-up banner. */
  origin: "configured" | "embedded (started)" | "embedded (reused)";
  /** Resolves once the database answered and the constraints are applied (at once unless it started down). */
  connected: Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * With a configured NEO4J_URI that does not answer: open anyway and keep trying every `retryMs` in the
   * background (serving reports not-ready meanwhile); the constraints are applied, and `onConnect` runs, on the
   * first success. Without it, an unreachable database fails the call.
   */
  tolerateUnavailable?: boolean;
  retryMs?: number;
  onConnect?: (graph: Graph) => Promise<void>;
}

/**
 * Connects to NEO4J_URI when set; otherwise starts (or reuses) the embedded Neo4j under the data folder.
 * Constraints and indexes are applied, and data migrations run (src/db/migrations.ts), either way. `close` stops the embedded JVM only if this process started it.
 */
export async function openDatabase(
  config: Config,
  log: (message: string) => void = () => {},
  options: OpenOptions = {},
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
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  const close = async () => {
    closed = true;
    clearTimeout(retry);
    await graph.close();
    if (embedded?.owned) await embedded.stop();
  };
  const connect = async () => {
    await graph.verifyConnectivity();
    await applyConstraints(graph);
    for (const done of await migrate(graph)) log(`neo4j: ${done}`);
    await options.onConnect?.(graph);
  };
  const origin = !embedded ? "configured" : embedded.owned ? "embedded (started)" : "embedded (reused)";
  try {
    await connect();
    return { graph, uri, origin, connected: Promise.resolve(), close };
  } catch (error) {
    if (
      !(options.tolerateUnavailable && !embedded && classifyDriverError(error) === "DATABASE_UNAVAILABLE")
    ) {
      await close();
      throw error;
    }
  }
  log(`neo4j at ${uri} does not answer: serving not-ready, and connecting in the background`);
  const connected = new Promise<void>((resolveConnected) => {
    const attempt = () => {
      if (closed) return;
      connect().then(
        () => {
          log(`neo4j at ${uri} answers: constraints applied`);
          resolveConnected();
        },
        (error: unknown) => {
          if (classifyDriverError(error) !== "DATABASE_UNAVAILABLE") {
            log(`neo4j: ${error instanceof Error ? error.message : String(error)}`);
          }
          if (!closed) retry = setTimeout(attempt, options.retryMs ?? 1_000);
        },
      );
    };
    retry = setTimeout(attempt, options.retryMs ?? 1_000);
  });
  return { graph, uri, origin, connected, close };
}
