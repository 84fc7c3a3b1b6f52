// A deterministic synthetic catalogue at Hugging Face Hub shape: models in families with power-law fan-out
// (preferential attachment), lineage up to 8 deep, about 30% of models with a parent, a few multi-parent
// merges, variants, successors and distillations; one introducing paper per model, with authors,
// organisations and capabilities. Everything is derived from one seed: the same seed gives the same catalogue.
import { modelKey } from "../src/domain/names.ts";
import type { LineageType } from "../src/domain/types.ts";
import { paperIdFromTitle } from "../src/ingest/parse/index.ts";

/** mulberry32: small, fast, good enough for synthetic data, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenEdge {
  type: LineageType;
  /** Index of the parent model. */
  to: number;
}

export interface GenModel {
  index: number;
  name: string;
  key: string;
  /** The family root's stem. */
  family: string;
  version: string | null;
  parents: GenEdge[];
  /** Generations below its family root (0 for a root). */
  depth: number;
  capabilities: string[];
  /** A model this one is compared with in its abstract (mentioned, not introduced), or -1. */
  comparedWith: number;
}

export interface Catalogue {
  seed: number;
  models: GenModel[];
  /** Author and organisation pools: papers draw from them with a power law. */
  authors: number;
  organizations: number;
  /** Measured shape, for the report. */
  shape: CatalogueShape;
}

export interface CatalogueShape {
  models: number;
  withParent: number;
  multiParent: number;
  edges: Record<LineageType, number>;
  maxDepth: number;
  maxChildren: number;
  roots: number;
}

/** Capabilities written with the canonical words of the extractor's taxonomy. */
export const CAPABILITY_NAMES = [
  "code completion",
  "code generation",
  "mathematical reasoning",
  "reasoning",
  "long context",
  "vision understanding",
  "multilingual",
  "medical understanding",
  "document understanding",
  "text embedding",
  "retrieval",
  "instruction following",
  "translation",
  "question answering",
  "summarization",
  "safety",
  "on-device",
  "efficient inference",
  "agentic",
  "multimodal",
] as const;

/** Tickets a parent gains per child: above 1, preferential attachment is strong enough for Hub-like hubs. */
const PA_WEIGHT = 3;
const VARIANT_TIERS = ["Vision", "Coder", "Pro", "Math", "Audio", "Omni", "Turbo", "Plus", "Max", "Air"];
const SMALL_TIERS = ["Mini", "Nano", "Lite", "Tiny", "Micro"];
const ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "tr", "st"];
const VOWELS = ["a", "e", "i", "o", "u", "ae", "io"];
const CODAS = ["", "", "", "n", "r", "x", "l", "s"];

/**
 * A pseudo-word stem from an integer: three or more syllables, each position's syllable a permutation of the
 * integer's base-126 digit, so different integers give different stems and neighbours do not look alike.
 */
function stemOf(n: number): string {
  const syllables = ONSETS.length * VOWELS.length;
  const space = syllables ** 3;
  // A bijection on [0, 126^3): multiplying by a prime that shares no factor with 126^3.
  let rest = (((n % space) * 1_000_003) % space) + Math.floor(n / space) * space;
  let word = "";
  for (let position = 0; position < 3 || rest > 0; position++) {
    const digit = (((rest % syllables) * 37 + position * 53) % syllables) as number;
    rest = Math.floor(rest / syllables);
    word += (ONSETS[digit % ONSETS.length] ?? "") + (VOWELS[Math.floor(digit / ONSETS.length)] ?? "");
  }
  word += CODAS[n % CODAS.length] ?? "";
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Picks index i with probability ∝ 1/(i+1)^s over [0, n): Zipf-like popularity of authors and labs. */
export function zipf(random: () => number, n: number, s = 1.1): number {
  // Inverse transform on the continuous approximation of the power law.
  const u = random();
  if (s === 1) return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1)) - 1));
  const a = 1 - s;
  const x = ((n + 1) ** a - 1) * u + 1;
  return Math.min(n - 1, Math.max(0, Math.floor(x ** (1 / a) - 1)));
}

export interface CatalogueOptions {
  models: number;
  seed?: number;
  /** Share of models with at least one parent. */
  childShare?: number;
  maxDepth?: number;
}

/**
 * Builds the catalogue in memory (about 250 bytes a model; abstracts are written on demand by `text.ts`).
 * Parents are chosen by preferential attachment (a model with k children is picked with weight k + 1), which
 * gives the Hub's power-law fan-out; successors continue their family's latest version, which gives depth.
 */
export function generateCatalogue(options: CatalogueOptions): Catalogue {
  const seed = options.seed ?? 42;
  const random = prng(seed);
  const childShare = options.childShare ?? 0.3;
  const maxDepth = options.maxDepth ?? 8;
  const models: GenModel[] = [];
  const keys = new Set<string>();
  const tickets: number[] = []; // one per model plus one per child it has: preferential attachment
  const children: number[] = [];
  const latestOfFamily = new Map<string, number>();
  const versionOfFamily = new Map<string, number>();
  let nextStem = 7;
  const freshStem = () => {
    for (;;) {
      const stem = stemOf(nextStem++);
      if (!keys.has(modelKey(stem))) return stem;
    }
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const pickParent = (): number => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const candidate = tickets[Math.floor(random() * tickets.length)] ?? 0;
      if ((models[candidate]?.depth ?? 0) < maxDepth) return candidate;
    }
    return Math.floor(random() * models.length * 0.1);
  };
  const capabilitiesFor = (parent?: GenModel): string[] => {
    const count = 1 + Math.floor(random() * 3);
    const chosen = new Set<string>();
    // Children often keep one capability of their parent and add their own.
    if (parent?.capabilities[0] && random() < 0.5) chosen.add(parent.capabilities[0]);
    while (chosen.size < count)
      chosen.add(CAPABILITY_NAMES[zipf(random, CAPABILITY_NAMES.length, 0.8)] ?? "");
    return [...chosen];
  };

  for (let index = 0; index < options.models; index++) {
    const isChild = index >= 3 && random() < childShare;
    let model: GenModel | undefined;
    if (isChild) {
      const parentIndex = pickParent();
      const parent = models[parentIndex] as GenModel;
      const roll = random();
      const type: LineageType =
        roll < 0.45
          ? "BASED_ON"
          : roll < 0.65
            ? "VARIANT_OF"
            : roll < 0.85
              ? "SUCCESSOR_OF"
              : "DISTILLED_FROM";
      let name: string | undefined;
      let version: string | null = null;
      let edgeTo = parentIndex;
      if (type === "SUCCESSOR_OF") {
        // The next version of the family, succeeding its latest one.
        const latest = latestOfFamily.get(parent.family) ?? parentIndex;
        const v = (versionOfFamily.get(parent.family) ?? 1) + 1;
        const candidate = `${parent.family} ${v}`;
        if (!keys.has(modelKey(candidate)) && (models[latest]?.depth ?? 0) < maxDepth) {
          name = candidate;
          version = String(v);
          edgeTo = latest;
          versionOfFamily.set(parent.family, v);
        }
      } else if (type === "VARIANT_OF" || type === "DISTILLED_FROM") {
        const tiers = type === "VARIANT_OF" ? VARIANT_TIERS : SMALL_TIERS;
        const base = parent.version ? `${parent.family} ${parent.version}` : parent.family;
        const candidate = `${base} ${pick(tiers)}`;
        if (parent.name.split(" ").length <= 2 && !keys.has(modelKey(candidate))) {
          name = candidate;
          version = parent.version;
        }
      }
      const finalType: LineageType = name ? type : "BASED_ON";
      const stem = name ? parent.family : freshStem();
      name ??= stem;
      const parents: GenEdge[] = [{ type: finalType, to: edgeTo }];
      // A few merges: "based on X and Y".
      if (finalType === "BASED_ON" && random() < 0.04) {
        const second = pickParent();
        if (second !== edgeTo) parents.push({ type: "BASED_ON", to: second });
      }
      const depth = 1 + Math.max(...parents.map((p) => models[p.to]?.depth ?? 0));
      model = {
        index,
        name,
        key: modelKey(name),
        family: finalType === "BASED_ON" ? stem : parent.family,
        version,
        parents,
        depth,
        capabilities: capabilitiesFor(parent),
        comparedWith: -1,
      };
      for (const p of parents) {
        // Each child buys its parent PA_WEIGHT more tickets: a heavy tail of popular bases, as on the Hub.
        for (let i = 0; i < PA_WEIGHT; i++) tickets.push(p.to);
        children[p.to] = (children[p.to] ?? 0) + 1;
      }
      if (finalType === "SUCCESSOR_OF") latestOfFamily.set(parent.family, index);
    } else {
      const stem = freshStem();
      model = {
        index,
        name: stem,
        key: modelKey(stem),
        family: stem,
        version: null,
        parents: [],
        depth: 0,
        capabilities: capabilitiesFor(),
        comparedWith: -1,
      };
      latestOfFamily.set(stem, index);
    }
    // Some abstracts compare the new model with an earlier, popular one.
    if (index > 10 && random() < 0.15) {
      const other = tickets[Math.floor(random() * tickets.length)] ?? 0;
      if (other !== index && !model.parents.some((p) => p.to === other)) model.comparedWith = other;
    }
    keys.add(model.key);
    models.push(model);
    tickets.push(index);
  }
  return {
    seed,
    models,
    authors: Math.max(20, Math.floor(options.models * 0.6)),
    organizations: Math.max(5, Math.floor(options.models / 200)),
    shape: shapeOf(models, children),
  };
}

function shapeOf(models: GenModel[], children: number[]): CatalogueShape {
  const edges: Record<LineageType, number> = {
    BASED_ON: 0,
    DISTILLED_FROM: 0,
    SUCCESSOR_OF: 0,
    VARIANT_OF: 0,
  };
  let withParent = 0;
  let multiParent = 0;
  let maxDepth = 0;
  for (const model of models) {
    if (model.parents.length > 0) withParent++;
    if (model.parents.length > 1) multiParent++;
    for (const edge of model.parents) edges[edge.type]++;
    maxDepth = Math.max(maxDepth, model.depth);
  }
  return {
    models: models.length,
    withParent,
    multiParent,
    edges,
    maxDepth,
    maxChildren: children.reduce((max, n) => Math.max(max, n ?? 0), 0),
    roots: models.length - withParent,
  };
}

/** The models the HTTP benchmark asks about, chosen from the catalogue's shape (the same for the same seed). */
export interface BenchTargets {
  /** A deepest model: ancestors(maxDepth: 10) walks its whole chain. */
  deepLeaf: string;
  /** The model with the most children. */
  popularBase: string;
  /** Far from `deepLeaf` in the same family tree: lineagePath walks up and down. */
  pathTo: string;
  /** A mid-tree model for lineageGraph(maxDepth: 3). */
  graphRoot: string;
  /** The most common capability. */
  capability: string;
}

export function benchTargets(catalogue: Catalogue): BenchTargets {
  const { models } = catalogue;
  const childCount = new Map<number, number>();
  const childrenOf = new Map<number, number[]>();
  for (const model of models) {
    for (const edge of model.parents) {
      childCount.set(edge.to, (childCount.get(edge.to) ?? 0) + 1);
      childrenOf.set(edge.to, [...(childrenOf.get(edge.to) ?? []), model.index]);
    }
  }
  let deep = models[0] as GenModel;
  for (const model of models) if (model.depth > deep.depth) deep = model;
  let popular = 0;
  for (const [index, count] of childCount) if (count > (childCount.get(popular) ?? 0)) popular = index;
  // Walk the deep leaf's first-parent chain up to its root; the ancestor two levels up is the graph's root.
  const chain: number[] = [deep.index];
  for (let at = deep; at.parents[0]; at = models[at.parents[0].to] as GenModel) chain.push(at.parents[0].to);
  const root = chain[chain.length - 1] ?? 0;
  const onChain = new Set(chain);
  // The deepest descendant of the root off the deep leaf's chain (breadth-first, bounded).
  let far = root;
  let farDepth = -1;
  const queue: [number, number][] = [[root, 0]];
  const seen = new Set<number>([root]);
  while (queue.length > 0 && seen.size < 50_000) {
    const [at, depth] = queue.shift() as [number, number];
    if (!onChain.has(at) && depth > farDepth) {
      far = at;
      farDepth = depth;
    }
    for (const child of childrenOf.get(at) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push([child, depth + 1]);
    }
  }
  const capabilityCount = new Map<string, number>();
  for (const model of models)
    for (const c of model.capabilities) capabilityCount.set(c, (capabilityCount.get(c) ?? 0) + 1);
  const capability = [...capabilityCount].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "reasoning";
  return {
    deepLeaf: deep.name,
    popularBase: models[popular]?.name ?? deep.name,
    pathTo: models[far === deep.index ? root : far]?.name ?? deep.name,
    graphRoot: models[chain[Math.min(2, chain.length - 1)] ?? root]?.name ?? deep.name,
    capability,
  };
}

// ---------------------------------------------------------------------------------------------
// Papers: one introducing paper per model, its text written on demand from a per-paper seed.

export interface GenPaper {
  id: string;
  title: string;
  authors: string[];
  organizations: string[];
  date: string;
  category: string;
  abstract: string;
}

const FIRST_NAMES = [
  "Ada",
  "Ben",
  "Chen",
  "Dana",
  "Emil",
  "Farah",
  "Goran",
  "Hana",
  "Ivan",
  "Jun",
  "Kofi",
  "Lena",
  "Mateo",
  "Nadia",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sven",
  "Tomás",
  "Uma",
  "Viktor",
  "Wei",
  "Xenia",
  "Yusuf",
  "Zoe",
];
const ORG_SUFFIXES = ["Labs", "Institute", "Research", "AI", "University"];
const CATEGORIES = ["cs.CL", "cs.LG", "cs.CV", "cs.AI"];
const TITLE_TAILS = [
  "Open Language Models at a Practical Size",
  "Technical Report",
  "Efficient Models for Everyday Tasks",
  "Scaling Open Models Responsibly",
  "A Family of Open Models",
  "Lightweight Models for Real Workloads",
];
const ADJECTIVES = ["lightweight", "open", "efficient", "compact", "general-purpose", "state-of-the-art"];
const FILLER = [
  "We describe the training data, the architecture and the evaluation protocol in detail.",
  "The models are trained on a mixture of web documents, books and curated instruction data.",
  "Extensive evaluations show consistent gains over strong baselines of similar size.",
  "We release the weights and the evaluation code to support further research.",
  "Ablations show that data quality matters more than data quantity at this scale.",
  "We also discuss limitations, risks and the responsible deployment of these models.",
  "Training uses a standard recipe with a cosine learning rate schedule and large batches.",
  "Our analysis highlights trade-offs between model size, latency and accuracy.",
];
const CAPABILITY_SENTENCES = [
  (m: string, a: string, b?: string) => `${m} supports ${a}${b ? ` and ${b}` : ""}.`,
  (m: string, a: string, b?: string) => `${m} excels at ${a}${b ? ` and ${b}` : ""}.`,
  (m: string, a: string, b?: string) => `${m} is designed for ${a}${b ? ` and ${b}` : ""}.`,
];

export function authorName(index: number): string {
  const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? "Ada";
  return `${first} ${stemOf(Math.floor(index / FIRST_NAMES.length) + 1000)}`;
}

export function organizationName(index: number): string {
  return `${stemOf(index + 500)} ${ORG_SUFFIXES[index % ORG_SUFFIXES.length]}`;
}

/** The lineage sentence a child's abstract opens with, in phrasing the extractor knows. */
function lineageSentence(random: () => number, model: GenModel, parents: GenModel[]): string {
  const adjective = ADJECTIVES[Math.floor(random() * ADJECTIVES.length)] ?? "open";
  const article = /^[aeiou]/.test(adjective) ? "an" : "a";
  const [first, second] = parents;
  const name = model.name;
  if (!first) return `We introduce ${name}, a new ${adjective} language model trained from scratch.`;
  const edge = model.parents[0]?.type;
  const roll = random();
  switch (edge) {
    case "VARIANT_OF":
      return `We present ${name}, a variant of ${first.name} tuned for new tasks.`;
    case "SUCCESSOR_OF":
      return roll < 0.5
        ? `We introduce ${name}, the successor to ${first.name}.`
        : `We introduce ${name}, the next generation of ${first.name}.`;
    case "DISTILLED_FROM":
      return `We introduce ${name}, ${article} ${adjective} model distilled from ${first.name}.`;
    default:
      if (second)
        return `We introduce ${name}, ${article} ${adjective} model based on ${first.name} and ${second.name}.`;
      return roll < 0.5
        ? `We introduce ${name}, ${article} ${adjective} model based on ${first.name}.`
        : `We present ${name}, ${article} ${adjective} language model built on ${first.name}.`;
  }
}

/** Dates run from 2018 onwards in catalogue order, so parents are introduced before their children. */
function paperDate(index: number, total: number): string {
  const start = Date.UTC(2018, 0, 1);
  const span = 8 * 365 * 86_400_000;
  return new Date(start + Math.floor((index / Math.max(1, total)) * span)).toISOString().slice(0, 10);
}

/** The paper that introduces model `index`: its text depends only on the catalogue's seed and the index. */
export function paperOf(catalogue: Catalogue, index: number): GenPaper {
  const model = catalogue.models[index] as GenModel;
  const random = prng((catalogue.seed * 1_000_003 + index * 7_919) >>> 0);
  const parents = model.parents.map((edge) => catalogue.models[edge.to] as GenModel);
  const title = `${model.name}: ${TITLE_TAILS[Math.floor(random() * TITLE_TAILS.length)]}`;
  const sentences = [lineageSentence(random, model, parents)];
  const [a, b, c] = model.capabilities;
  const say = CAPABILITY_SENTENCES[Math.floor(random() * CAPABILITY_SENTENCES.length)];
  if (a && say) sentences.push(say(model.name, a, b));
  const fillerCount = 3 + Math.floor(random() * 4);
  for (let i = 0; i < fillerCount; i++) sentences.push(FILLER[Math.floor(random() * FILLER.length)] ?? "");
  if (c) sentences.push(`It also shows strong ${c} ability.`);
  const compared = catalogue.models[model.comparedWith];
  if (compared) sentences.push(`${model.name} outperforms ${compared.name} on question answering.`);
  const authorCount = 2 + Math.floor(random() * 5);
  const authors = new Set<string>();
  while (authors.size < authorCount) authors.add(authorName(zipf(random, catalogue.authors)));
  const organizations = new Set<string>();
  const orgCount = random() < 0.7 ? 1 : 2;
  while (organizations.size < orgCount)
    organizations.add(organizationName(zipf(random, catalogue.organizations)));
  return {
    id: paperIdFromTitle(title),
    title,
    authors: [...authors],
    organizations: [...organizations],
    date: paperDate(index, catalogue.models.length),
    category: CATEGORIES[index % CATEGORIES.length] ?? "cs.CL",
    abstract: sentences.join(" "),
  };
}
