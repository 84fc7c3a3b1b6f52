// The Hub-shaped import: a deterministic Hub listing of N repos with declared edges (finetune, adapter, merge,
// quantized and new versions; a few popular bases with thousands of derivatives), written as JSON Lines and imported
// through the real `import-hf` path, then the recursive `derivatives` query on the most popular base over HTTP
// GraphQL against the same Cypher through the driver. `npm run bench -- --hub 100000` runs it alone.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { derivativesOf, repoKey } from "../src/cypher/hf.ts";
import { prng, zipf } from "./catalogue.ts";
import {
  census,
  child,
  machineOf,
  memoryFor,
  OUR_SERVER,
  openBenchDatabase,
  post,
  serverPid,
  sizeName,
  startOurServer,
  stopChild,
} from "./processes.ts";
import { type PlanSummary, profileQuery } from "./profile.ts";
import { type Figure, type Report, writeReport } from "./report.ts";
import { combineRuns, type LoadRun, sampleRss } from "./stats.ts";
import { noRecall } from "./text.ts";

const RELATIONS = ["finetune", "quantized", "adapter", "merge"] as const;
type Relation = (typeof RELATIONS)[number];
/** How often each relation is declared (the Hub's model tree is mostly fine-tunes and quantisations). */
const RELATION_WEIGHTS: Record<Relation, number> = {
  finetune: 0.4,
  quantized: 0.35,
  adapter: 0.15,
  merge: 0.1,
};
const SUFFIX: Record<Relation, string> = {
  finetune: "ft",
  quantized: "GGUF",
  adapter: "lora",
  merge: "merge",
};
/** Bases with no base of their own, and the few of them that most derivatives build on. */
const BASE_SHARE = 0.02;
const POPULAR_BASES = 5;
const POPULAR_SHARE = 0.35;

export interface HubListingShape {
  repos: number;
  bases: number;
  popularBases: string[];
  edges: Record<Relation | "successor", number>;
}

/** Writes a Hub listing of `repos` model infos (what `GET /api/models` answers) as JSON Lines to `path`. */
export async function writeHubListing(path: string, repos: number, seed: number): Promise<HubListingShape> {
  const random = prng(seed);
  const bases = Math.max(POPULAR_BASES, Math.round(repos * BASE_SHARE));
  const ids: string[] = [];
  const families: string[] = [];
  const edges: HubListingShape["edges"] = { finetune: 0, quantized: 0, adapter: 0, merge: 0, successor: 0 };
  const pickRelation = (): Relation => {
    let u = random();
    for (const relation of RELATIONS) {
      u -= RELATION_WEIGHTS[relation];
      if (u < 0) return relation;
    }
    return "finetune";
  };
  // A derivative builds on a popular base, or on any repo before it (which makes chains for the recursive query).
  const pickBase = (index: number) =>
    random() < POPULAR_SHARE ? zipf(random, POPULAR_BASES) : Math.floor(random() * index);
  const out = createWriteStream(path);
  for (let index = 0; index < repos; index++) {
    const date = new Date(Date.UTC(2023, 0, 1) + index * 60_000).toISOString();
    const info: Record<string, unknown> = {
      downloads: Math.floor(1_000_000 * random() ** 4),
      likes: Math.floor(1_000 * random() ** 5),
      pipeline_tag: "text-generation",
      createdAt: date,
      lastModified: date,
    };
    if (index < bases) {
      families.push(`Family${index}`);
      info.id = `lab-${index % 97}/Family${index}-7b`;
      info.library_name = "transformers";
      // Some bases name their next version, a later base.
      if (index + 1 < bases && random() < 0.2) {
        info.cardData = { new_version: `lab-${(index + 1) % 97}/Family${index + 1}-7b` };
        edges.successor++;
      }
    } else {
      const relation = pickRelation();
      const first = pickBase(index);
      const named =
        relation === "merge" ? [first, pickBase(index)].filter((b, i, all) => all.indexOf(b) === i) : [first];
      const family = families[first] as string;
      families.push(family);
      info.id = `user-${zipf(random, 5_000)}/${family}-7b-${SUFFIX[relation]}-${index}`;
      info.library_name =
        relation === "quantized" ? "gguf" : relation === "adapter" ? "peft" : "transformers";
      const baseIds = named.map((base) => ids[base] as string);
      info.tags = baseIds.flatMap((base) => [`base_model:${base}`, `base_model:${relation}:${base}`]);
      info.cardData = {
        base_model: baseIds.length === 1 ? baseIds[0] : baseIds,
        base_model_relation: relation,
      };
      edges[relation] += baseIds.length;
    }
    ids.push(info.id as string);
    if (!out.write(`${JSON.stringify(info)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { repos, bases, popularBases: ids.slice(0, POPULAR_BASES), edges };
}

export interface HubBenchOptions {
  repos: number;
  neo4jUri?: string;
  duration: number;
  connections: number;
  warmup: number;
  skipHttp: boolean;
  seed: number;
  out: string;
  name?: string;
  log: (message: string) => void;
}

/** The recursive derivatives query the section measures: a page of 100, with the counts over all of them. */
export const derivativesRequest = (id: string) => ({
  query:
    "query ($id: String!) { hfRepo(id: $id) { id derivatives(maxDepth: 10, first: 100) { totalCount " +
    "byRelation { relation count } edges { node { depth relation repo { id downloads } } } } } }",
  variables: { id },
});

/** Our server and the driver baseline take turns, in this many runs each (as the HTTP shapes do). */
const ROUNDS = 2;

export async function runHubBench(options: HubBenchOptions): Promise<Report> {
  const { log } = options;
  const name = options.name ?? `hub-${sizeName(options.repos)}`;
  const work = await mkdtemp(join(tmpdir(), "modelgraph-bench-hub-"));
  const memory = memoryFor(options.repos);
  let neo4jStop: (() => Promise<void>) | undefined;
  try {
    const database = await openBenchDatabase(options.neo4jUri, work, memory, log);
    neo4jStop = database.stop;
    const { graph, uri } = database;

    log(`generating a Hub listing of ${options.repos} repos (seed ${options.seed})`);
    const file = join(work, "hub.jsonl");
    const generateStarted = performance.now();
    const shape = await writeHubListing(file, options.repos, options.seed);
    const generateSeconds = (performance.now() - generateStarted) / 1000;
    log(`importing through import-hf: ${JSON.stringify(shape.edges)}`);
    const before = await census(graph);
    const imported = await child<{
      seconds: number;
      read: number;
      linked: number;
      declaredEdges: number;
      skipped: number;
      peakRssMb: number;
    }>("hub-import-child.ts", { uri, file });
    const stats = await census(graph);
    const entities = stats.nodes + stats.relationships - before.nodes - before.relationships;
    const hub = { ...imported, entities, perSecond: entities / imported.seconds };
    const figures: Figure[] = [
      {
        target: "(Hub import: entities per second)",
        figure: "import-hf: a Hub listing end to end (read, resolve, write, declared lineage)",
        value: hub.perSecond,
        unit: "entities/s",
        baseline: null,
        met: null,
      },
      {
        target: "(memory: Hub import)",
        figure: "import-hf peak RSS",
        value: imported.peakRssMb,
        unit: "MB",
        baseline: null,
        met: null,
      },
    ];

    const popular = shape.popularBases[0] as string;
    const request = derivativesRequest(popular);
    const plans: PlanSummary[] = [
      await profileQuery(
        graph,
        "derivatives(maxDepth: 10, first: 100) of the most popular base",
        derivativesOf([repoKey(popular)], {
          depth: 10,
          relations: null,
          limit: 100,
          fromEnd: false,
          page: null,
          other: null,
          window: {},
        }),
      ),
    ];
    let http: Report["http"];
    if (!options.skipHttp) {
      log(`http: derivatives of ${popular}`);
      const server = await startOurServer(uri);
      try {
        const check = await post(server.url, request);
        if (check.errors) throw new Error(`derivatives: ${JSON.stringify(check.errors)}`);
        const neo4jQueries = Number(check.extensions?.neo4jQueries ?? 0);
        const body = JSON.stringify(request);
        const load = (duration: number) =>
          child<LoadRun>("load.ts", { url: server.url, body, connections: options.connections, duration });
        const driverLoad = (duration: number) =>
          child<LoadRun & { statements: number }>("driver-load.ts", {
            uri,
            request,
            connections: options.connections,
            duration,
          });
        if (options.warmup > 0) {
          await load(options.warmup);
          await driverLoad(options.warmup);
        }
        const rss = sampleRss(serverPid(server.proc));
        const ours: LoadRun[] = [];
        const driver: LoadRun[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          ours.push(await load(options.duration / ROUNDS));
          driver.push(await driverLoad(options.duration / ROUNDS));
        }
        const { peakMb } = rss.stop();
        const result = {
          shape: "hfRepo.derivatives(maxDepth: 10, first: 100)",
          ours: combineRuns(ours),
          driver: combineRuns(driver),
          neo4jQueries,
          serverRssMb: peakMb,
        };
        http = { results: [result], serverIdleRssMb: 0, serverPeakRssMb: peakMb };
        figures.push({
          target: "GraphQL overhead ≤ 1.3× raw driver Cypher at p50",
          figure: `${result.shape} of the most popular base (${check.data ? totalOf(check.data) : "?"} derivatives): p50 via HTTP GraphQL vs the same Cypher via the driver`,
          value: result.ours.p50,
          unit: "ms",
          baseline: result.driver.p50,
          baselineLabel: "driver",
          met: result.ours.count > 0 && result.ours.p50 <= 1.3 * result.driver.p50,
          p95: result.ours.p95,
          p99: result.ours.p99,
          baselineP95: result.driver.p95,
          baselineP99: result.driver.p99,
        });
      } finally {
        await stopChild(server.proc);
      }
    }

    const report: Report = {
      name,
      date: new Date().toISOString(),
      machine: machineOf(database.version, options.neo4jUri ? "external" : memory),
      options: {
        repos: options.repos,
        seed: options.seed,
        duration: options.duration,
        connections: options.connections,
        path: "hub",
        server: OUR_SERVER,
        warmup: options.warmup,
      },
      catalogue: { ...shape, generateSeconds },
      graph: stats,
      recall: noRecall(),
      extraction: {},
      hub,
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

/** The derivatives' total in a check answer. */
const totalOf = (data: unknown) =>
  (data as { hfRepo: { derivatives: { totalCount: number } } }).hfRepo.derivatives.totalCount.toLocaleString(
    "en",
  );
