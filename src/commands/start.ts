import { loadConfig, serveSettings } from "../config.ts";
import { openDatabase } from "../database.ts";
import type { Graph } from "../db/executor.ts";
import { listSeedFiles, seedFiles, storedPaperCount } from "../ingest/index.ts";
import { type RunningServer, startServer } from "../serve/index.ts";
import { log, plural } from "./output.ts";
import { printSeedReport } from "./seed.ts";

/** The main job: database, constraints, the seed listing when the database is empty, then GraphQL. */
export async function startCommand(): Promise<void> {
  await run({ seedWhenEmpty: true });
}

export async function serveCommand(): Promise<void> {
  await run({ seedWhenEmpty: false });
}

async function run({ seedWhenEmpty }: { seedWhenEmpty: boolean }): Promise<void> {
  const config = loadConfig();
  log(config.NEO4J_URI ? `connecting to ${config.NEO4J_URI}` : "starting the embedded Neo4j");
  // A configured Neo4j that is down does not stop the server: /ready answers 503 and GraphQL DATABASE_UNAVAILABLE
  // until it answers; then the constraints are applied (and the seed stored when the database is empty).
  const database = await openDatabase(config, log, {
    tolerateUnavailable: true,
    onConnect: seedWhenEmpty ? (graph) => seedIfEmpty(graph) : undefined,
  });
  let server: RunningServer | undefined;
  const shutdown = onceShutdown(async () => {
    log("shutting down");
    await server?.close();
    await database.close();
  });
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  log(`neo4j: ${database.uri} (${database.origin})`);

  const settings = serveSettings(config);
  server = await startServer(database.graph, { port: config.PORT, host: config.HOST, settings });
  // Only what is on: in production GraphiQL is off unless GRAPHIQL=true.
  log(
    `GraphQL${settings.graphiql ? " and GraphiQL" : ""} on ${server.url}; the lineage explorer on ${new URL("/", server.url)}`,
  );
}

async function seedIfEmpty(graph: Graph): Promise<void> {
  if ((await storedPaperCount(graph)) > 0) return;
  const files = await listSeedFiles();
  log(`database is empty: seeding ${plural(files.length, "listing")} from seed/`);
  printSeedReport(await seedFiles(graph, files));
}

/** Runs the shutdown once, whichever signal comes first, and exits with its outcome. */
function onceShutdown(close: () => Promise<void>) {
  let closing = false;
  return () => {
    if (closing) return;
    closing = true;
    void close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
}
