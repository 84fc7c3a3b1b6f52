/**
 * Vitest global setup: one Neo4j for the whole run, handed to the tests as `inject("neo4jUri")`.
 *
 * With NEO4J_TEST_URI set (e.g. bolt://127.0.0.1:7687 of a docker-compose Neo4j with auth off), that
 * instance is used and nothing is started. Otherwise an embedded Neo4j starts in a fresh temporary
 * folder on a free port, tied to this process (it stops even if vitest is killed), and the teardown
 * stops it and deletes the folder. Test files share it: each must reset the data it relies on.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedNeo4j } from "../../src/db/embedded.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Bolt URI of the suite's Neo4j; auth is off unless NEO4J_TEST_URI points elsewhere. */
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide("neo4jUri", external);
    return undefined;
  }
  const dataDir = await mkdtemp(join(tmpdir(), "modelgraph-test-neo4j-"));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  let neo4j: Awaited<ReturnType<typeof startEmbeddedNeo4j>>;
  try {
    neo4j = await startEmbeddedNeo4j({
      dataDir,
      port: 0,
      pageCache: "128m",
      onProgress: (msg) => console.log(`[neo4j] ${msg}`),
    });
  } catch (error) {
    await removeDir();
    throw error;
  }
  project.provide("neo4jUri", neo4j.uri);
  return async () => {
    await neo4j.stop();
    await removeDir();
  };
}
