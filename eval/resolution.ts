/**
 * Resolution: whether one model stays one node when every set is seeded together into one graph.
 *
 * Every set's listing goes through the project's own ingestion entry (`seedFiles`: parse → extract → resolve
 * across papers → write) in one run, into one Neo4j; the stored `Model` nodes are then read back through the
 * graph's read API and compared with the gold:
 * - split models: a gold model (its name and aliases, over all sets: gold models of several sets sharing a key
 *   are one) that matches more than one stored node by the node's name or any alias, with `evalKey` (so sizes
 *   are folded: "Gemma3-4B-IT" and "Gemma3-27B-IT" stored apart are one model split in two);
 * - families split by spelling: distinct `Model.family` values that fold to one key (case, spaces, hyphens).
 *
 * `withEvalGraph` gives `npm run eval` its database: a throwaway embedded Neo4j in a temporary folder on a free
 * port, stopped and deleted afterwards, or the one at EVAL_NEO4J_URI (never NEO4J_URI: seeding would pollute
 * it), which must be empty and is emptied again afterwards.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyConstraints } from "../src/db/constraints.ts";
import { startEmbeddedNeo4j } from "../src/db/embedded.ts";
import { Graph } from "../src/db/executor.ts";
import { writeRows } from "../src/db/statement.ts";
import { type SeedFilesReport, seedFiles } from "../src/ingest/index.ts";
import { evalKey, keysOf, meets } from "./score.ts";
import { type EvalSet, LISTING_YEAR } from "./sets.ts";

/** A stored `Model` node as resolution reads it. */
export interface StoredModel {
  key: string;
  name: string;
  aliases: string[];
  family: string | null;
}

/** One model of the gold over all sets: the gold models (of any set) that share a key. */
export interface GoldIdentity {
  /** The first gold name met, as the report shows it. */
  name: string;
  /** Every gold spelling (names and aliases), in the order met. */
  names: string[];
  sets: string[];
  keys: Set<string>;
}

export interface SplitModel {
  gold: string;
  goldNames: string[];
  sets: string[];
  nodes: { key: string; name: string }[];
}

export interface SplitFamily {
  /** The folded key the spellings share. */
  key: string;
  spellings: { family: string; models: number }[];
}

export interface ResolutionReport {
  /** The sets seeded together. */
  sets: string[];
  seeded: { papers: number; models: number; relations: number; facts: number; skipped: number };
  goldModels: number;
  /** Gold models not judged: their spellings meet two models one set lists apart. */
  ambiguousGold: string[];
  storedModels: number;
  splitModels: SplitModel[];
  splitFamilies: SplitFamily[];
}

/** A family name folded for case, spaces, hyphens, dashes and underscores: "Code Llama" ≡ "CodeLlama". */
export const familyKey = (family: string) =>
  family
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-‐‑‒–—―]+/gu, "");

/**
 * The gold models of every set, those that share a key (within or across sets) merged into one identity.
 * A gold model whose spellings meet two models that one set lists apart (with no key in common) is
 * ambiguous under `evalKey` (dev-b's "Gemma 2B", also written "Gemma 2 2B", meets both "Gemma 7B" and
 * "Gemma 2"): it would bridge models its own annotator keeps apart, so it joins nothing and is not judged.
 */
export function goldIdentities(sets: Pick<EvalSet, "name" | "gold">[]): {
  identities: GoldIdentity[];
  ambiguous: GoldIdentity[];
} {
  const models: GoldIdentity[] = sets.flatMap((set) =>
    set.gold.models.map((model) => {
      const names = [model.name, ...model.aliases];
      return { name: model.name, names, sets: [set.name], keys: keysOf(names) };
    }),
  );
  const isAmbiguous = (model: GoldIdentity) => {
    const met = models.filter((other) => other !== model && meets(other.keys, model.keys));
    return met.some((a) => met.some((b) => a.sets[0] === b.sets[0] && !meets(a.keys, b.keys)));
  };
  const ambiguous = models.filter(isAmbiguous);
  let identities: GoldIdentity[] = [];
  for (const model of models) {
    if (ambiguous.includes(model)) continue;
    const merged: GoldIdentity = { ...model, keys: new Set(model.keys) };
    // Merge every identity this model meets (it may bridge two that were apart).
    const met = identities.filter((identity) => meets(identity.keys, merged.keys));
    for (const identity of met) {
      merged.name = identity.name;
      merged.names = unique([...identity.names, ...merged.names]);
      merged.sets = unique([...identity.sets, ...merged.sets]);
      for (const key of identity.keys) merged.keys.add(key);
    }
    identities = [...identities.filter((identity) => !met.includes(identity)), merged];
  }
  return { identities, ambiguous };
}

/** Split models and families split by spelling, from the gold identities and the stored models. Pure. */
export function findSplits(
  identities: GoldIdentity[],
  stored: StoredModel[],
): Pick<ResolutionReport, "splitModels" | "splitFamilies"> {
  const storedKeys = stored.map((node) => ({ node, keys: keysOf([node.name, ...node.aliases]) }));
  const splitModels: SplitModel[] = [];
  for (const identity of identities) {
    const nodes = storedKeys.filter((s) => meets(s.keys, identity.keys)).map((s) => s.node);
    if (nodes.length > 1) {
      splitModels.push({
        gold: identity.name,
        goldNames: identity.names,
        sets: identity.sets,
        nodes: nodes.map(({ key, name }) => ({ key, name })).sort((a, b) => a.key.localeCompare(b.key)),
      });
    }
  }

  const families = new Map<string, Map<string, number>>();
  for (const { family } of stored) {
    if (family === null || family === "") continue;
    const key = familyKey(family);
    const spellings = families.get(key) ?? new Map<string, number>();
    spellings.set(family, (spellings.get(family) ?? 0) + 1);
    families.set(key, spellings);
  }
  const splitFamilies: SplitFamily[] = [...families.entries()]
    .filter(([, spellings]) => spellings.size > 1)
    .map(([key, spellings]) => ({
      key,
      spellings: [...spellings.entries()]
        .map(([family, models]) => ({ family, models }))
        .sort((a, b) => b.models - a.models || a.family.localeCompare(b.family)),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));

  return {
    splitModels: splitModels.sort((a, b) => evalKey(a.gold).localeCompare(evalKey(b.gold))),
    splitFamilies,
  };
}

/** Seeds the listings of the sets together, in one `seedFiles` run (one cross-paper resolution). */
export async function seedSets(graph: Graph, sets: Pick<EvalSet, "listing">[]): Promise<SeedFilesReport> {
  await applyConstraints(graph);
  return seedFiles(
    graph,
    sets.map((set) => set.listing),
    { skipInvalid: true, year: LISTING_YEAR },
  );
}

/** Every stored `Model` node: key, name, aliases and family. */
export async function readStoredModels(graph: Graph): Promise<StoredModel[]> {
  return graph.read<StoredModel>(
    `MATCH (m:Model)
     RETURN m.key AS key, m.name AS name, coalesce(m.aliases, []) AS aliases, m.family AS family
     ORDER BY m.key`,
  );
}

/** Seeds the sets together into `graph` (which should be empty) and reports how their gold models resolved. */
export async function resolveSets(graph: Graph, sets: EvalSet[]): Promise<ResolutionReport> {
  const seeded = await seedSets(graph, sets);
  const stored = await readStoredModels(graph);
  const { identities, ambiguous } = goldIdentities(sets);
  return {
    sets: sets.map((set) => set.name),
    seeded: {
      papers: seeded.papers,
      models: seeded.models,
      relations: seeded.relations,
      facts: seeded.facts,
      skipped: seeded.skipped.length,
    },
    goldModels: identities.length,
    ambiguousGold: ambiguous.map((model) => `${model.names.join(" / ")} [${model.sets.join(", ")}]`),
    storedModels: stored.length,
    ...findSplits(identities, stored),
  };
}

/** How many nodes the database holds. */
export async function nodeCount(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ nodes: number }>("MATCH (n) RETURN count(n) AS nodes");
  return row?.nodes ?? 0;
}

/** Deletes every node and relationship. */
export async function emptyGraph(graph: Graph): Promise<void> {
  await graph.run(writeRows("MATCH (n) DETACH DELETE n"));
}

/**
 * Runs `work` on an empty database: EVAL_NEO4J_URI when set (it must be empty; it is emptied again
 * afterwards), else a throwaway embedded Neo4j in a temporary folder, stopped and deleted afterwards.
 */
export async function withEvalGraph<T>(
  work: (graph: Graph) => Promise<T>,
  log: (message: string) => void = () => {},
): Promise<T> {
  const env = process.env;
  const external = env.EVAL_NEO4J_URI;
  let dataDir: string | undefined;
  let stop: (() => Promise<void>) | undefined;
  let uri: string;
  if (external) {
    uri = external;
  } else {
    dataDir = await mkdtemp(join(tmpdir(), "modelgraph-eval-neo4j-"));
    try {
      const neo4j = await startEmbeddedNeo4j({
        dataDir,
        port: 0,
        heap: "512m",
        pageCache: "128m",
        onProgress: (message) => log(`[neo4j] ${message}`),
      });
      stop = () => neo4j.stop();
      uri = neo4j.uri;
    } catch (error) {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
  const graph = new Graph({
    uri,
    username: external ? env.EVAL_NEO4J_USERNAME : undefined,
    password: external ? env.EVAL_NEO4J_PASSWORD : undefined,
    database: (external && env.EVAL_NEO4J_DATABASE) || "neo4j",
    queryTimeoutMs: 120_000,
    connectTimeoutMs: 10_000,
  });
  try {
    if (external) {
      const nodes = await nodeCount(graph);
      if (nodes > 0) {
        throw new Error(
          `EVAL_NEO4J_URI (${external}) holds ${nodes} nodes: the evaluation seeds into an empty database ` +
            "only (and empties it afterwards). Point it at an empty throwaway database, or unset it.",
        );
      }
    }
    try {
      return await work(graph);
    } finally {
      if (external) await emptyGraph(graph);
    }
  } finally {
    await graph.close();
    await stop?.();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
