import { resolve } from "node:path";
import { loadConfig } from "../config.ts";
import { embeddedNeo4jStatus, startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../db/embedded.ts";
import { log } from "./output.ts";

/** `modelgraph neo4j start|stop|status`: a detached embedded Neo4j that seed, serve and start reuse. */
export async function neo4jCommand(action: "start" | "stop" | "status"): Promise<void> {
  const config = loadConfig();
  const dataDir = resolve(config.MODELGRAPH_DATA_DIR);
  if (action === "start") {
    const neo4j = await startEmbeddedNeo4j({
      dataDir,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      detached: true,
      onProgress: log,
    });
    console.log(neo4j.uri);
    if (!neo4j.owned) log(`already running (pid ${neo4j.pid})`);
    return;
  }
  if (action === "stop") {
    log((await stopEmbeddedNeo4j(dataDir)) ? "stopped" : "not running");
    return;
  }
  const status = await embeddedNeo4jStatus(dataDir);
  console.log(status.running ? `running: ${status.uri} (pid ${status.pid})` : "not running");
  if (!status.running) process.exitCode = 3;
}
