// Database faults on a private Neo4j (its own JVM in a temporary folder; the suite's shared one is never
// stopped): the server started before Neo4j exists, Neo4j stopped and restarted under load, the seeder killed
// with SIGKILL half-way. Figures are printed for the README's Reliability table.

import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCatalogue } from "../../bench/catalogue.ts";
import { writeInputFiles } from "../../bench/text.ts";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../../src/db/embedded.ts";
import { Graph } from "../../src/db/executor.ts";
import { writeRows } from "../../src/db/statement.ts";
import { warmUp } from "./soak.ts";
import {
  CLI,
  childEnv,
  fingerprint,
  freePort,
  postGraphQL,
  ROOT,
  runCli,
  type ServerProcess,
  startLoad,
  startServerProcess,
  waitUntil,
} from "./support.ts";

const RESTART_QUERIES = ["Gemma", "Gemma 2", "Gemma 3", "MedGemma", "CodeGemma", "Gemini"].map((name) => ({
  query: "query ($n: String!) { model(name: $n) { name family parents { type parent { name } } } }",
  variables: { n: name },
}));

describe("Neo4j faults, on a private Neo4j", () => {
  let dir: string;
  let port: number;
  let uri: string;
  let neo4j: EmbeddedNeo4j | undefined;
  let server: ServerProcess;
  let graph: Graph;

  const startNeo4j = async () => {
    neo4j = await startEmbeddedNeo4j({ dataDir: join(dir, "neo4j"), port, heap: "512m", pageCache: "64m" });
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "modelgraph-faults-"));
    port = await freePort();
    uri = `bolt://127.0.0.1:${port}`;
    graph = new Graph({ uri, database: "neo4j", queryTimeoutMs: 60_000, connectTimeoutMs: 5_000 });
    // Errors are logged (JSON on stdout) so that an unexpected one can be shown.
    server = await startServerProcess({ NEO4J_URI: uri, RESPONSE_CACHE_TTL_MS: "0", LOG_LEVEL: "error" });
  });
  afterAll(async () => {
    await server?.kill();
    await graph?.close();
    await neo4j?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("serves while Neo4j is not there yet: liveness 200, readiness 503, DATABASE_UNAVAILABLE within 3 s", async () => {
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
    expect((await fetch(`${server.base}/ready`)).status).toBe(503);
    const { body, ms } = await postGraphQL(server.base, '{ model(name: "Gemma") { name } }');
    expect(body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(ms).toBeLessThan(3_000);
    console.log(`Neo4j down: DATABASE_UNAVAILABLE in ${ms} ms`);
  });

  it("becomes ready once Neo4j answers, and applies the constraints, without a restart", async () => {
    await startNeo4j();
    const readyIn = await waitUntil(async () => (await fetch(`${server.base}/ready`)).status === 200, 5_000);
    const constraintsIn = await waitUntil(async () => {
      const rows = await graph.read<{ n: number }>("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n");
      return (rows[0]?.n ?? 0) >= 8;
    }, 10_000);
    console.log(`Neo4j up: ready after ${readyIn} ms, constraints applied after ${constraintsIn} ms`);
    const seeded = await runCli(["seed", "--year", "2026"], { NEO4J_URI: uri }, 180_000);
    expect(seeded.code, seeded.stderr).toBe(0);
    await warmUp(server);
  });

  it("stopped and restarted under load: errors only while it is down, recovery within 5 s, nothing leaked", async () => {
    // Long enough for a slow restart; stopped 10 s after Neo4j is back. A restarted Neo4j has an empty plan cache
    // and a cold JIT: the whole lineage mix at 50 connections needs tens of seconds of its CPU before it answers
    // in time again (README: Reliability), so this run sends model look-ups with their parents.
    const { child: loader, done } = startLoad({
      queries: RESTART_QUERIES,
      base: server.base,
      connections: 50,
      durationMs: 180_000,
      timeoutMs: 15_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    const downAt = Date.now();
    await neo4j?.stop();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await startNeo4j();
    const upAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    loader.kill("SIGTERM");
    const load = await done;

    const failures = load.buckets
      .map((bucket, i) => ({ at: load.startedAt + i * 100, ...bucket }))
      .filter((bucket) => bucket.failed > 0);
    const lastFailure = failures.at(-1)?.at ?? upAt;
    const firstFailure = failures[0]?.at ?? downAt;
    const recoveryMs = Math.max(0, lastFailure + 100 - upAt);
    const firstOkAfterUp = load.buckets.findIndex(
      (bucket, i) => load.startedAt + i * 100 >= upAt && bucket.ok > 0,
    );
    console.log(
      `Neo4j stopped ${((upAt - downAt) / 1000).toFixed(1)} s under 50 connections: ${load.sent} requests, ` +
        `outcomes ${JSON.stringify(load.outcomes)}; errors from ${firstFailure - downAt} ms after the stop ` +
        `to ${lastFailure - upAt} ms after the restart (recovery ${recoveryMs} ms; first success ` +
        `${load.startedAt + firstOkAfterUp * 100 - upAt} ms after it)`,
    );
    // Errors only while it is down, and only the typed one.
    expect(failures.length).toBeGreaterThan(0);
    // The load saw Neo4j come back: requests after the recovery succeeded.
    expect(
      load.buckets.slice(Math.ceil((upAt + 5_000 - load.startedAt) / 100)).some((bucket) => bucket.ok > 0),
    ).toBe(true);
    expect(firstFailure).toBeGreaterThanOrEqual(downAt - 200);
    expect(recoveryMs).toBeLessThan(5_000);
    const logged = [
      ...new Set(
        server
          .stdout()
          .split("\n")
          .filter(Boolean)
          .map((line) => line.slice(0, 400)),
      ),
    ];
    if (logged.length) console.log(`server errors logged:\n${logged.slice(0, 10).join("\n")}`);
    const kinds = Object.keys(load.outcomes).filter((outcome) => outcome !== "ok");
    expect(kinds).toEqual(["graphql:DATABASE_UNAVAILABLE"]);
    // Served again, by the same server process, with no transaction left open.
    expect((await fetch(`${server.base}/ready`)).status).toBe(200);
    const [open] = await graph.read<{ n: number }>(
      "SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n",
    );
    expect(open?.n).toBe(1);
    expect(server.child.exitCode).toBeNull();
  });

  it("the seeder killed with SIGKILL half-way, then run again, leaves exactly the graph of an uninterrupted run", async () => {
    const files = await writeInputFiles(generateCatalogue({ models: 1_500, seed: 7 }), join(dir, "input"), {
      format: "listing",
      perFile: 1_500,
    });
    const seed = () => runCli(["seed", ...files], { NEO4J_URI: uri }, 300_000);
    const papers = async () =>
      (await graph.read<{ n: number }>("MATCH (p:Paper) RETURN count(p) AS n"))[0]?.n ?? 0;

    await graph.run(writeRows("MATCH (n) DETACH DELETE n"));
    const started = Date.now();
    const whole = await seed();
    expect(whole.code, whole.stderr).toBe(0);
    const uninterrupted = await fingerprint(graph);
    console.log(
      `uninterrupted seed of 1500 papers: ${Date.now() - started} ms; census ${JSON.stringify(uninterrupted.census)}`,
    );

    await graph.run(writeRows("MATCH (n) DETACH DELETE n"));
    const child = spawn(process.execPath, [CLI, "seed", ...files], {
      cwd: ROOT,
      env: childEnv({ NEO4J_URI: uri }),
      stdio: ["ignore", "ignore", "ignore"],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once("exit", (_code, signal) => resolve(signal)),
    );
    await waitUntil(async () => (await papers()) >= 300, 240_000, 50);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const storedAtKill = await papers();
    expect(storedAtKill).toBeLessThan(1_500);

    const rerun = await seed();
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await fingerprint(graph)).toEqual(uninterrupted);
    // And once more: seeding the same input again changes nothing.
    expect((await seed()).code).toBe(0);
    expect(await fingerprint(graph)).toEqual(uninterrupted);
    console.log(
      `seeder killed at ${storedAtKill}/1500 papers; the rerun's graph equals the uninterrupted one (checksum ${uninterrupted.checksum.slice(0, 12)})`,
    );
  });
});
