// `npm run bench`: the benchmark suite at Hugging Face Hub scale. Generates a deterministic catalogue, measures
// extraction, seeding (against a raw UNWIND … CREATE of the same graph), the HTTP GraphQL server under load
// (against the same Cypher through the driver, and against an @neo4j/graphql peer), memory and query plans,
// and writes bench/results/<size>.json and .md. Not part of `npm test` (tests/integration/bench-smoke runs a
// tiny size so this code cannot rot).
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Command } from "commander";
import { recordSchemaVersionIfNone } from "../src/cypher/migrations.ts";
import type { Graph } from "../src/db/executor.ts";
import { SCHEMA_VERSION } from "../src/db/migrations.ts";
import { extractPaper } from "../src/ingest/extract/index.ts";
import { listSeedFiles } from "../src/ingest/index.ts";
import { parseFile } from "../src/ingest/parse/index.ts";
import { bulkLoadCatalogue } from "./bulk-load.ts";
import {
  createEvidence,
  createNodes,
  createRelationships,
  deleteAllInBatches,
  type EvidenceNodeRow,
  exportEvidence,
  exportNodes,
  exportRelationships,
  NODE_KEYS,
  type NodeLabel,
  type NodeRow,
  type RelationshipRow,
} from "./bulk-writer.ts";
import { type BenchTargets, benchTargets, type Catalogue, generateCatalogue, paperOf } from "./catalogue.ts";
import { runHubBench } from "./hub.ts";
import {
  census,
  child,
  HERE,
  machineOf,
  memoryFor,
  OUR_SERVER,
  openBenchDatabase,
  post,
  serverPid,
  sizeName,
  startChild,
  startOurServer,
  stopChild,
} from "./processes.ts";
import { type PlanSummary, profileCanonical } from "./profile.ts";
import { type Figure, type Report, writeReport } from "./report.ts";
import { shapes } from "./shapes.ts";
import { combineRuns, type LoadResult, type LoadRun, sampleRss } from "./stats.ts";
import { recallCounter, writeInputFiles } from "./text.ts";

export interface BenchOptions {
  models: number;
  /** An external Neo4j to run against (emptied first); none: a private embedded one is started. */
  neo4jUri?: string;
  duration: number;
  connections: number;
  skipPeer: boolean;
  skipHttp: boolean;
  /** Write the catalogue through the bulk writer instead of text → seeder (default from 1,000,000 models). */
  bulk: boolean;
  seed: number;
  out: string;
  name?: string;
  /** Largest sample of generated abstracts timed for extraction. */
  extractSample: number;
  warmup: number;
  /** Seconds spent extracting the seed listing over and over (default 2). */
  listingSeconds?: number;
  shapes?: string[];
  log: (message: string) => void;
}

// ---------------------------------------------------------------------------------------------
// Raw baseline for seeding: the graph the seeder wrote, copied out and written back with plain UNWIND … CREATE.

const LABELS = Object.keys(NODE_KEYS) as NodeLabel[];

/** Copies the graph to a JSON Lines file, page by page (memory stays flat). */
async function exportGraph(graph: Graph, path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
  };
  const page = 5_000;
  for (const label of LABELS) {
    const key = NODE_KEYS[label];
    for (let after: string | null = null; ; ) {
      const rows = await exportNodes(graph, label, after, page);
      for (const props of rows) await write({ node: label, props });
      if (rows.length < page) break;
      after = String(rows[rows.length - 1]?.[key]);
    }
  }
  for (const label of LABELS) {
    for (let after: string | null = null; ; ) {
      const { last, rows } = await exportRelationships(graph, label, after, page);
      for (const row of rows) await write({ rel: row.type, fromLabel: label, ...row });
      if (last === null) break;
      after = last;
    }
  }
  for (let after: string | null = null; ; ) {
    const { last, rows } = await exportEvidence(graph, after, page);
    for (const row of rows) await write({ evidence: row });
    if (last === null) break;
    after = last;
  }
  out.end();
  await once(out, "finish");
}

/** Writes an exported graph back with the bulk writer, `batch` rows per transaction. Returns seconds. */
async function importGraph(graph: Graph, path: string, batch: number): Promise<number> {
  const started = performance.now();
  const nodes = new Map<NodeLabel, NodeRow[]>();
  const rels = new Map<string, { type: string; from: NodeLabel; to: NodeLabel; rows: RelationshipRow[] }>();
  let evidence: EvidenceNodeRow[] = [];
  let phase: "nodes" | "rels" = "nodes";
  const flushNodes = async (label: NodeLabel) => {
    await createNodes(graph, label, nodes.get(label) ?? []);
    nodes.set(label, []);
  };
  const flushRels = async (group: string) => {
    const entry = rels.get(group);
    if (!entry) return;
    await createRelationships(graph, entry.type, entry.from, entry.to, entry.rows);
    entry.rows = [];
  };
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const item = JSON.parse(line) as {
      node?: NodeLabel;
      props?: NodeRow;
      rel?: string;
      fromLabel?: NodeLabel;
      toLabel?: NodeLabel;
      from?: string;
      to?: string;
      evidence?: EvidenceNodeRow;
    };
    if (item.node && item.props) {
      const list = nodes.get(item.node) ?? [];
      list.push(item.props);
      nodes.set(item.node, list);
      if (list.length >= batch) await flushNodes(item.node);
      continue;
    }
    if (phase === "nodes") {
      for (const label of nodes.keys()) await flushNodes(label);
      phase = "rels";
    }
    if (item.rel && item.fromLabel && item.toLabel && item.from !== undefined && item.to !== undefined) {
      const group = `${item.rel}:${item.fromLabel}:${item.toLabel}`;
      const entry = rels.get(group) ?? { type: item.rel, from: item.fromLabel, to: item.toLabel, rows: [] };
      entry.rows.push({ from: item.from, to: item.to, props: item.props ?? {} });
      rels.set(group, entry);
      if (entry.rows.length >= batch) await flushRels(group);
    } else if (item.evidence) {
      evidence.push(item.evidence);
      if (evidence.length >= batch) {
        await createEvidence(graph, evidence);
        evidence = [];
      }
    }
  }
  for (const label of nodes.keys()) await flushNodes(label);
  for (const group of rels.keys()) await flushRels(group);
  await createEvidence(graph, evidence);
  return (performance.now() - started) / 1000;
}

// ---------------------------------------------------------------------------------------------

/** Extraction throughput over a sample of generated abstracts, and the extractor's recall on them. */
function measureExtraction(catalogue: Catalogue, sample: number) {
  const count = Math.min(sample, catalogue.models.length);
  const papers = Array.from({ length: count }, (_, i) => {
    const paper = paperOf(catalogue, i);
    return { ...paper, authorsTruncated: false, yearInferred: false, source: { file: "bench", line: i + 1 } };
  });
  const recall = recallCounter(catalogue);
  for (const [i, paper] of papers.entries()) recall.expect(i, paper.id);
  // Warm the regular expressions and the JIT, then time the extraction alone (scored afterwards).
  for (const paper of papers.slice(0, 200)) extractPaper(paper);
  const started = performance.now();
  const extractions = papers.map(extractPaper);
  const seconds = (performance.now() - started) / 1000;
  for (const extraction of extractions) recall.add(extraction);
  return { abstracts: count, perSecond: count / seconds, recall: recall.result() };
}

/**
 * Extraction throughput on the seed listing's real abstracts, warm and steady: one pass to compile the
 * regular expressions and warm the JIT, then the listing extracted over and over for `seconds`.
 */
async function measureSeedListing(seconds: number): Promise<{ abstracts: number; perSecond: number }> {
  const papers = (
    await Promise.all((await listSeedFiles()).map((file) => parseFile(file, { year: 2026 })))
  ).flatMap((parsed) => parsed.papers);
  for (const paper of papers) extractPaper(paper);
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const paper of papers) extractPaper(paper);
    done += papers.length;
  }
  return { abstracts: papers.length, perSecond: done / ((performance.now() - started) / 1000) };
}

interface ShapeResult {
  shape: string;
  throughputCompared: boolean;
  ours: LoadResult;
  driver: LoadResult;
  peer?: LoadResult;
  neo4jQueries: number;
  serverRssMb: number;
}

/**
 * Our server and the driver baseline take turns, each measured in this many runs of `duration / ROUNDS`
 * seconds, so that a change in the load of the shared machine falls on both sides alike.
 */
const ROUNDS = 2;

async function measureHttp(
  uri: string,
  targets: BenchTargets,
  options: BenchOptions,
): Promise<{ results: ShapeResult[]; serverIdleRssMb: number; serverPeakRssMb: number }> {
  const ours = await startOurServer(uri);
  const peer = options.skipPeer ? undefined : await startChild("peer/server.ts", { uri });
  const results: ShapeResult[] = [];
  let serverPeakRssMb = 0;
  const idle = sampleRss(serverPid(ours.proc));
  await new Promise((r) => setTimeout(r, 300));
  const serverIdleRssMb = idle.stop().lastMb;
  try {
    const selected = shapes(targets).filter((s) => !options.shapes || options.shapes.includes(s.name));
    for (const shape of selected) {
      options.log(`http: ${shape.name}`);
      const check = await post(ours.url, { query: shape.query, variables: shape.variables });
      if (check.errors) throw new Error(`${shape.name}: ${JSON.stringify(check.errors)}`);
      const neo4jQueries = Number(check.extensions?.neo4jQueries ?? 0);
      const load = (url: string, body: unknown, duration: number) =>
        child<LoadRun>("load.ts", {
          url,
          body: JSON.stringify(body),
          connections: options.connections,
          duration,
        });
      const driverLoad = (duration: number) =>
        child<LoadRun & { statements: number }>("driver-load.ts", {
          uri,
          targets,
          shape: shape.name,
          connections: options.connections,
          duration,
        });
      const body = { query: shape.query, variables: shape.variables };
      if (options.warmup > 0) {
        await load(ours.url, body, options.warmup);
        await driverLoad(options.warmup);
      }
      const rss = sampleRss(serverPid(ours.proc));
      const oursRuns: LoadRun[] = [];
      const driverRuns: (LoadRun & { statements: number })[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        oursRuns.push(await load(ours.url, body, options.duration / ROUNDS));
        driverRuns.push(await driverLoad(options.duration / ROUNDS));
      }
      const { peakMb } = rss.stop();
      serverPeakRssMb = Math.max(serverPeakRssMb, peakMb);
      const replayed = driverRuns[0]?.statements;
      if (replayed !== neo4jQueries) {
        options.log(
          `${shape.name}: the driver baseline replays ${replayed} statements, the server ran ${neo4jQueries}`,
        );
      }
      let peerResult: LoadResult | undefined;
      if (peer && shape.peer) {
        const peerCheck = await post(peer.url, shape.peer);
        if (peerCheck.errors) throw new Error(`peer ${shape.name}: ${JSON.stringify(peerCheck.errors)}`);
        if (options.warmup > 0) await load(peer.url, shape.peer, options.warmup);
        peerResult = combineRuns([await load(peer.url, shape.peer, options.duration)]);
      }
      results.push({
        shape: shape.name,
        throughputCompared: shape.throughputCompared === true,
        ours: combineRuns(oursRuns),
        driver: combineRuns(driverRuns),
        peer: peerResult,
        neo4jQueries,
        serverRssMb: peakMb,
      });
    }
  } finally {
    await stopChild(ours.proc);
    if (peer) await stopChild(peer.proc);
  }
  return { results, serverIdleRssMb, serverPeakRssMb };
}

export async function runBench(options: BenchOptions): Promise<Report> {
  const log = options.log;
  const figures: Figure[] = [];
  const name = options.name ?? sizeName(options.models);
  const work = await mkdtemp(join(tmpdir(), "modelgraph-bench-"));
  const memory = memoryFor(options.models);
  let neo4jStop: (() => Promise<void>) | undefined;
  try {
    const database = await openBenchDatabase(options.neo4jUri, work, memory, log);
    neo4jStop = database.stop;
    const { graph, uri } = database;

    log(`generating ${options.models} models (seed ${options.seed})`);
    const started = performance.now();
    const catalogue = generateCatalogue({ models: options.models, seed: options.seed });
    const targets = benchTargets(catalogue);
    const generateSeconds = (performance.now() - started) / 1000;
    log(`shape ${JSON.stringify(catalogue.shape)}; targets ${JSON.stringify(targets)}`);

    log("extraction");
    const extraction = measureExtraction(catalogue, options.extractSample);
    const listingSeconds = options.listingSeconds ?? 2;
    const listing = await measureSeedListing(listingSeconds);
    figures.push({
      target: "extraction ≥ 1,000 abstracts/s",
      figure: "extraction: generated abstracts",
      value: extraction.perSecond,
      unit: "abstracts/s",
      baseline: 1000,
      baselineLabel: "target",
      met: extraction.perSecond >= 1000,
    });
    figures.push({
      target: "extraction ≥ 1,000 abstracts/s",
      figure: `extraction: seed listing (warm: one pass, then repeated for ${listingSeconds} s)`,
      value: listing.perSecond,
      unit: "abstracts/s",
      baseline: 1000,
      baselineLabel: "target",
      met: listing.perSecond >= 1000,
    });
    const recall = extraction.recall;

    let seeding: Record<string, number> | undefined;
    let bulk: Record<string, number> | undefined;
    if (options.bulk) {
      log("bulk load");
      const result = await bulkLoadCatalogue(graph, catalogue, {
        chunk: 20_000,
        onProgress: (done, total) => log(`bulk ${done}/${total}`),
      });
      const entities = result.nodes + result.relationships;
      bulk = { ...result, entities, perSecond: entities / result.seconds };
      figures.push({
        target: "(bulk path: no target)",
        figure: "bulk load (UNWIND … CREATE of the catalogue)",
        value: entities / result.seconds,
        unit: "entities/s",
        baseline: null,
        met: null,
      });
    } else {
      log("writing input files");
      const files = await writeInputFiles(catalogue, join(work, "input"), { perFile: 2_000 });
      log(`seeding ${files.length} files through seedFiles`);
      const seedRss = { peak: 0 };
      const seeded = await child<{
        seconds: number;
        extractSeconds: number;
        writeSeconds: number;
        papers: number;
        peakRssMb: number;
      }>("seed-child.ts", { uri, files });
      seedRss.peak = seeded.peakRssMb;
      const after = await census(graph);
      const entities = after.nodes + after.relationships;
      log(`seeded ${entities} entities in ${seeded.seconds.toFixed(1)} s; copying for the raw baseline`);
      const dump = join(work, "graph.jsonl");
      await exportGraph(graph, dump);
      await deleteAllInBatches(graph);
      const rawSeconds = await importGraph(graph, dump, 10_000);
      const copy = await census(graph);
      await rm(dump, { force: true });
      const s = {
        entities,
        nodes: after.nodes,
        relationships: after.relationships,
        seconds: seeded.seconds,
        extractSeconds: seeded.extractSeconds,
        writeSeconds: seeded.writeSeconds,
        perSecond: entities / seeded.seconds,
        writePerSecond: entities / seeded.writeSeconds,
        rawSeconds,
        rawPerSecond: (copy.nodes + copy.relationships) / rawSeconds,
        rawEntities: copy.nodes + copy.relationships,
        peakRssMb: seeded.peakRssMb,
      };
      seeding = s;
      figures.push({
        target: "seeding ≥ 25,000 entities/s",
        figure: "seeding: seedFiles end to end (parse, extract, resolve, write)",
        value: s.perSecond,
        unit: "entities/s",
        baseline: 25_000,
        baselineLabel: "target",
        met: s.perSecond >= 25_000,
      });
      figures.push({
        target: "seeding within 2× of raw UNWIND … CREATE",
        figure: "seeding: seedFiles end to end vs raw UNWIND … CREATE of the same graph",
        value: s.perSecond,
        unit: "entities/s",
        baseline: s.rawPerSecond,
        baselineLabel: "raw UNWIND … CREATE",
        met: s.rawPerSecond / s.perSecond <= 2,
      });
      figures.push({
        target: "(write phase, for the analysis)",
        figure: "seeding: write phase only (storeBatch) vs raw UNWIND … CREATE",
        value: s.writePerSecond,
        unit: "entities/s",
        baseline: s.rawPerSecond,
        baselineLabel: "raw UNWIND … CREATE",
        met: null,
      });
      figures.push({
        target: "(memory: flat with N)",
        figure: "seeder peak RSS",
        value: s.peakRssMb,
        unit: "MB",
        baseline: null,
        met: null,
      });
    }

    const stats = await census(graph);
    // The graph holds every field this version reads (seeded, copied from the seeder's or bulk-loaded with
    // them), so the server's start-up has no data migration to run on it.
    await graph.run(recordSchemaVersionIfNone(SCHEMA_VERSION));
    log("profiling the canonical queries");
    const plans: PlanSummary[] = await profileCanonical(graph, targets);

    let http: Awaited<ReturnType<typeof measureHttp>> | undefined;
    if (!options.skipHttp) {
      http = await measureHttp(uri, targets, options);
      for (const r of http.results) {
        figures.push({
          target: "one Cypher round trip per root field",
          figure: `${r.shape}: Cypher round trips per request`,
          value: r.neo4jQueries,
          unit: "queries",
          baseline: 1,
          baselineLabel: "target",
          met: r.neo4jQueries <= 1,
        });
        figures.push({
          target: "GraphQL overhead ≤ 1.3× raw driver Cypher at p50",
          figure: `${r.shape}: p50 via HTTP GraphQL vs the same Cypher via the driver`,
          value: r.ours.p50,
          unit: "ms",
          baseline: r.driver.p50,
          baselineLabel: "driver",
          // No finished request (all past autocannon's 10 s timeout) is a miss, not a 0 ms latency.
          met: r.ours.count > 0 && r.ours.p50 <= 1.3 * r.driver.p50,
          p95: r.ours.p95,
          p99: r.ours.p99,
          baselineP95: r.driver.p95,
          baselineP99: r.driver.p99,
        });
        if (r.peer) {
          figures.push({
            target: "not slower than the @neo4j/graphql peer",
            figure: `${r.shape}: p50 ours vs @neo4j/graphql peer`,
            value: r.ours.p50,
            unit: "ms",
            baseline: r.peer.p50,
            baselineLabel: "@neo4j/graphql",
            met: r.ours.count > 0 && (r.peer.count === 0 || r.ours.p50 <= r.peer.p50),
            p95: r.ours.p95,
            p99: r.ours.p99,
            baselineP95: r.peer.p95,
            baselineP99: r.peer.p99,
          });
        }
        if (r.peer && r.throughputCompared) {
          figures.push({
            target: "(throughput users compare: requests/s at 10 connections, ours ÷ peer; higher is better)",
            figure: `${r.shape}: requests/s ours vs @neo4j/graphql peer (with p90 latency)`,
            value: r.ours.rps,
            unit: "req/s",
            baseline: r.peer.rps,
            baselineLabel: "@neo4j/graphql",
            met: null,
            p90: r.ours.p90,
            baselineP90: r.peer.p90,
          });
        }
        if (options.models >= 1_000_000 && (r.shape.startsWith("ancestors") || r.shape === "lineagePath")) {
          const limit = r.shape === "lineagePath" ? 30 : 20;
          figures.push({
            target: `at 1M models, ${r.shape.split("(")[0]} p95 ≤ ${limit} ms at 10 connections`,
            figure: `${r.shape}: p95 via HTTP GraphQL`,
            value: r.ours.p95,
            unit: "ms",
            baseline: limit,
            baselineLabel: "target",
            met: r.ours.p95 <= limit,
          });
        }
      }
      figures.push({
        target: "(memory)",
        figure: "server RSS under load (peak)",
        value: http.serverPeakRssMb,
        unit: "MB",
        baseline: http.serverIdleRssMb,
        baselineLabel: "idle",
        met: null,
      });
    }

    const report: Report = {
      name,
      date: new Date().toISOString(),
      machine: machineOf(database.version, options.neo4jUri ? "external" : memory),
      options: {
        models: options.models,
        seed: options.seed,
        duration: options.duration,
        connections: options.connections,
        path: options.bulk ? "bulk" : "text",
        server: OUR_SERVER,
        warmup: options.warmup,
      },
      catalogue: { ...catalogue.shape, generateSeconds, targets },
      graph: stats,
      recall,
      extraction: {
        generated: extraction.perSecond,
        listing: listing.perSecond,
        sample: extraction.abstracts,
      },
      seeding,
      bulk,
      http,
      plans,
      figures,
    };
    await writeReport(report, options.out);
    await graph.close();
    return report;
  } finally {
    if (neo4jStop) await neo4jStop();
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const program = new Command()
    .name("bench")
    .description("modelgraph benchmark suite (see bench/README in README.md: Performance)")
    .option("--models <n>", "catalogue size: 10000, 100000, 1000000, …", "10000")
    .option("--neo4j-uri <uri>", "an external Neo4j, emptied first (default: NEO4J_URI; none: embedded)")
    .option("--duration <s>", "seconds of load per shape and target", "10")
    .option("--connections <n>", "concurrent connections", "10")
    .option("--warmup <s>", "seconds of warm-up load before each measurement", "2")
    .option("--skip-peer", "do not start the @neo4j/graphql peer")
    .option("--skip-http", "skip the HTTP load tests")
    .option(
      "--bulk",
      "write the catalogue with the bulk writer, not as text through the seeder (default at ≥ 1M)",
    )
    .option("--text", "force the text path (seeder) even at ≥ 1M")
    .option("--extract-sample <n>", "generated abstracts timed for extraction", "20000")
    .option("--shape <name...>", "only these HTTP shapes")
    .option("--seed <n>", "PRNG seed", "42")
    .option("--name <name>", "report name (default from the size, e.g. 10k)")
    .option("--out <dir>", "where the reports go", join(HERE, "results"))
    .option(
      "--hub <repos>",
      "only the Hub-shaped import: this many repos through import-hf, then derivatives",
    )
    .parse();
  const o = program.opts();
  const log = (message: string) =>
    console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
  if (o.hub !== undefined) {
    await runHubBench({
      repos: Number(o.hub),
      neo4jUri: (o.neo4jUri as string | undefined) ?? process.env.NEO4J_URI,
      duration: Number(o.duration),
      connections: Number(o.connections),
      warmup: Number(o.warmup),
      skipHttp: !!o.skipHttp,
      seed: Number(o.seed),
      out: o.out as string,
      name: o.name as string | undefined,
      log,
    });
    process.exit(0);
  }
  const models = Number(o.models);
  await runBench({
    models,
    // The environment is read here, at the entry, and nowhere else in the bench.
    neo4jUri: (o.neo4jUri as string | undefined) ?? process.env.NEO4J_URI,
    duration: Number(o.duration),
    connections: Number(o.connections),
    warmup: Number(o.warmup),
    skipPeer: !!o.skipPeer,
    skipHttp: !!o.skipHttp,
    bulk: o.text ? false : !!o.bulk || models >= 1_000_000,
    extractSample: Number(o.extractSample),
    shapes: o.shape as string[] | undefined,
    seed: Number(o.seed),
    out: o.out as string,
    name: o.name as string | undefined,
    log,
  });
}
