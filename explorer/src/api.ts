// The page's only door to data: GraphQL on /graphql, same origin (never Neo4j, never the internet).

import type { LineageData, LineageLink, LineageNode } from "./graph-model.ts";
import { DERIVATIVES_PAGE, type DerivativesPage, type HfRelation } from "./repos.ts";
import type { Direction, LineageType } from "./state.ts";

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly suggestions: string[] = [],
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

/**
 * A server message as a person reads it: the API names its arguments for programmers (`No model is named "X"
 * (argument \`root\`).`); the page says `No model named "X".`, and its suggestions become buttons.
 */
export function readableMessage(message: string, suggestions: readonly string[] = []): string {
  let text = message
    .replace(/\s*\(argument `[^`]*`\)/g, "")
    .replace(/^No (model|paper) is named /, "No $1 named ");
  if (suggestions.length) text = text.replace(/\s*Did you mean .*$/s, "");
  return text;
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; suggestions?: string[] };
}

export interface GraphQLResult<T> {
  data: T;
  errors: GraphQLError[];
}

/** Posts one operation; throws when nothing came back, returns partial data with its errors otherwise. */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<GraphQLResult<T>> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
    },
    body: JSON.stringify({ query, variables }),
    signal: signal ?? null,
  });
  let body: { data?: T | null; errors?: GraphQLError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} ${response.statusText}`);
  }
  const errors = body.errors ?? [];
  const data = body.data;
  const empty = !data || Object.values(data as object).every((value) => value === null);
  const first = errors[0];
  if (empty && first) {
    throw new GraphQLRequestError(first.message, first.extensions?.code, first.extensions?.suggestions ?? []);
  }
  if (!data) throw new GraphQLRequestError(`The server answered ${response.status} without data`);
  return { data, errors };
}

const query = async <T>(text: string, variables: Record<string, unknown> = {}, signal?: AbortSignal) =>
  (await request<T>(text, variables, signal)).data;

const cache = new Map<string, Promise<unknown>>();
/** Caches successful answers for the page's life (the graph changes only when someone re-seeds). */
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit as Promise<T>;
  const promise = load();
  cache.set(key, promise);
  promise.catch(() => cache.delete(key));
  return promise;
}

// ---- lineage graph ----

export interface LineageQuery {
  root: string;
  direction: Direction;
  maxDepth: number;
  /** null: every type. */
  types: LineageType[] | null;
  /** Only edges at least this confident; null: every edge. */
  minConfidence: number | null;
}

/** Exported for the browser tests, which warm the server up with the page's own request. */
export const LINEAGE_GRAPH = /* GraphQL */ `
  query ExplorerLineage(
    $root: String!, $direction: Direction, $maxDepth: Int, $types: [LineageType!], $minConfidence: Float
  ) {
    lineageGraph(root: $root, direction: $direction, maxDepth: $maxDepth, types: $types, minConfidence: $minConfidence) {
      truncated
      nodes { id label kind family }
      edges { id source target type confidence }
    }
  }`;

export function fetchLineage(args: LineageQuery): Promise<LineageData> {
  return cached(`lineage:${JSON.stringify(args)}`, async () => {
    const data = await query<{
      lineageGraph: { truncated: boolean; nodes: LineageNode[]; edges: LineageLink[] };
    }>(LINEAGE_GRAPH, { ...args });
    return data.lineageGraph;
  });
}

const LINEAGE_TEXT = /* GraphQL */ `
  query ExplorerLineageText(
    $root: String!, $direction: Direction, $maxDepth: Int, $types: [LineageType!], $minConfidence: Float,
    $format: GraphFormat
  ) {
    lineageGraph(
      root: $root, direction: $direction, maxDepth: $maxDepth, types: $types, minConfidence: $minConfidence,
      format: $format
    ) { text }
  }`;

export async function fetchLineageText(args: LineageQuery, format: "MERMAID" | "GRAPHML"): Promise<string> {
  const data = await query<{ lineageGraph: { text: string | null } }>(LINEAGE_TEXT, { ...args, format });
  return data.lineageGraph.text ?? "";
}

// ---- search ----

export type SearchHit =
  | { kind: "Model"; score: number; node: { name: string; family: string | null } }
  | { kind: "Paper"; score: number; node: { title: string; date: string } }
  | { kind: "Capability" | "Technique" | "Benchmark"; score: number; node: { name: string } };

const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      kind score
      node {
        ... on Model { name family }
        ... on Paper { title date }
        ... on Capability { name }
        ... on Technique { name }
        ... on Benchmark { name }
      }
    }
  }`;

export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await query<{ search: (SearchHit | { node: null })[] }>(SEARCH, { text, first: 10 }, signal);
  return data.search.filter((hit): hit is SearchHit => hit.node !== null);
}

// ---- a model ----

export interface PaperSummary {
  title: string;
  date: string;
  arxivId: string | null;
  authorsTruncated: boolean;
  authors: { name: string }[];
  organizations: { name: string }[];
}

export interface ModelDetails {
  key: string;
  name: string;
  aliases: string[];
  family: string | null;
  version: string | null;
  sizes: string[];
  tuning: string[];
  introducedIn: PaperSummary[];
  mentionedIn: { title: string; date: string }[];
  capabilities: { name: string }[];
  inheritedCapabilities: { name: string; depth: number; from: { key: string; name: string } }[];
  techniques: { name: string }[];
  benchmarks: { name: string; figure: string | null }[];
  parents: {
    id: string;
    type: LineageType;
    confidence: number | null;
    parent: { key: string; name: string };
  }[];
  children: {
    id: string;
    type: LineageType;
    confidence: number | null;
    child: { key: string; name: string };
  }[];
  repos: ModelRepo[];
}

/** A Hub repo that is a checkpoint of a model: its figures, its declared bases and its derivatives per relation. */
export interface ModelRepo {
  id: string;
  downloads: number | null;
  likes: number | null;
  stub: boolean;
  baseModels: { relation: HfRelation; repo: { id: string } }[];
  derivatives: { totalCount: number; byRelation: { relation: HfRelation; count: number }[] };
}

const PAPER_FIELDS = "title date arxivId authorsTruncated authors { name } organizations { name }";

/** Repos a model's panel lists (the most downloaded; the graph's repo counts say how many there are). */
const PANEL_REPOS = 20;

const MODEL = /* GraphQL */ `
  query ExplorerModel($name: String!, $minConfidence: Float) {
    model(name: $name) {
      key name aliases family version sizes tuning
      introducedIn { ${PAPER_FIELDS} }
      mentionedIn { title date }
      capabilities { name }
      inheritedCapabilities { name depth from { key name } }
      techniques { name }
      benchmarks { name figure }
      parents(minConfidence: $minConfidence) { id type confidence parent { key name } }
      children(minConfidence: $minConfidence) { id type confidence child { key name } }
      repos(first: ${PANEL_REPOS}) {
        id downloads likes stub
        baseModels(maxDepth: 1) { relation repo { id } }
        derivatives(first: 1) { totalCount byRelation { relation count } }
      }
    }
  }`;

/** A model's details, its parents and children only through edges at least `minConfidence` confident. */
export function fetchModel(name: string, minConfidence: number | null): Promise<ModelDetails> {
  return cached(
    `model:${JSON.stringify([name, minConfidence])}`,
    async () => (await query<{ model: ModelDetails }>(MODEL, { name, minConfidence })).model,
  );
}

// ---- a base repo's derivatives, a page at a time ----

const DERIVATIVES = /* GraphQL */ `
  query ExplorerDerivatives($id: String!, $relation: HfRelation!, $first: Int, $after: String) {
    hfRepo(id: $id) {
      derivatives(relations: [$relation], first: $first, after: $after) {
        edges { node { repo { id downloads likes } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;

/** The next page of a repo's direct derivatives of one relation, after `after` (null: the first page). */
export async function fetchDerivatives(
  id: string,
  relation: HfRelation,
  after: string | null,
): Promise<DerivativesPage> {
  const data = await query<{
    hfRepo: {
      derivatives: {
        edges: { node: { repo: DerivativesPage["repos"][number] } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  }>(DERIVATIVES, { id, relation, first: DERIVATIVES_PAGE, after });
  const { edges, pageInfo } = data.hfRepo.derivatives;
  return { repos: edges.map((edge) => edge.node.repo), ...pageInfo };
}

// ---- an edge and its evidence ----

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  paper: PaperSummary;
}

export interface EdgeDetails {
  id: string;
  type: LineageType;
  child: { key: string; name: string; aliases: string[] };
  parent: { key: string; name: string; aliases: string[] };
  evidence: Evidence[];
}

const EDGE = /* GraphQL */ `
  query ExplorerEdge($child: String!) {
    model(name: $child) {
      parents {
        id type
        child { key name aliases }
        parent { key name aliases }
        evidence { sentence start end rule confidence paper { ${PAPER_FIELDS} } }
      }
    }
  }`;

/** The lineage edge `TYPE:child->parent`, read through its child's parents (the API has no edge look-up). */
export function fetchEdge(edgeId: string, childName: string): Promise<EdgeDetails | null> {
  return cached(`edge:${edgeId}`, async () => {
    const data = await query<{ model: { parents: EdgeDetails[] } }>(EDGE, { child: childName });
    return data.model.parents.find((edge) => edge.id === edgeId) ?? null;
  });
}

// ---- "How are these related?" ----

export interface RelationStep {
  id: string;
  type: LineageType;
  child: { key: string; name: string; family: string | null };
  parent: { key: string; name: string; family: string | null };
}

export interface Relation {
  path: RelationStep[] | null;
  common: {
    depthFromA: number;
    depthFromB: number;
    model: { key: string; name: string; family: string | null };
  }[];
}

const RELATION = /* GraphQL */ `
  query ExplorerRelation($a: String!, $b: String!, $types: [LineageType!], $minConfidence: Float) {
    lineagePath(from: $a, to: $b, types: $types, minConfidence: $minConfidence) {
      id type child { key name family } parent { key name family }
    }
    commonAncestors(a: $a, b: $b, minConfidence: $minConfidence) { depthFromA depthFromB model { key name family } }
  }`;

/** Which lineage edges count: the types followed (null: all) and the minimum confidence (null: any). */
export interface LineageFilter {
  types: LineageType[] | null;
  minConfidence: number | null;
}

export async function fetchRelation(a: string, b: string, filter: LineageFilter): Promise<Relation> {
  const data = await query<{ lineagePath: RelationStep[] | null; commonAncestors: Relation["common"] }>(
    RELATION,
    { a, b, ...filter },
  );
  return { path: data.lineagePath, common: data.commonAncestors };
}

// ---- introduction dates, for the timeline and the table ----

const ALIASES_PER_REQUEST = 12;

/** The earliest introduction date of each model (by name), in batches of aliased look-ups. */
export async function fetchIntroductionDates(
  models: readonly { id: string; name: string }[],
): Promise<Map<string, string | null>> {
  const dates = new Map<string, string | null>();
  const batches: { id: string; name: string }[][] = [];
  for (let i = 0; i < models.length; i += ALIASES_PER_REQUEST)
    batches.push(models.slice(i, i + ALIASES_PER_REQUEST));
  await Promise.all(
    batches.map(async (batch) => {
      const variables = Object.fromEntries(batch.map((model, i) => [`n${i}`, model.name]));
      const text = `query ExplorerDates(${batch.map((_, i) => `$n${i}: String!`).join(", ")}) {
        ${batch.map((_, i) => `m${i}: model(name: $n${i}) { introducedIn { date } }`).join("\n")}
      }`;
      const result = await cached(`dates:${JSON.stringify(variables)}`, () =>
        request<Record<string, { introducedIn: { date: string }[] } | null>>(text, variables),
      );
      batch.forEach((model, i) => {
        const found = result.data[`m${i}`];
        const sorted = (found?.introducedIn ?? []).map((paper) => paper.date).sort();
        dates.set(model.id, sorted[0] ?? null);
      });
    }),
  );
  return dates;
}

// ---- papers and vocabulary from search ----

export interface PaperDetails extends PaperSummary {
  abstract: string;
  category: string | null;
}

const PAPER = /* GraphQL */ `
  query ExplorerPaper($title: String!) {
    paper(title: $title) { ${PAPER_FIELDS} abstract category }
  }`;

export async function fetchPaper(title: string): Promise<PaperDetails | null> {
  return (await query<{ paper: PaperDetails | null }>(PAPER, { title })).paper;
}

export type VocabularyKind = "Capability" | "Technique" | "Benchmark";

export async function fetchVocabulary(
  kind: VocabularyKind,
  name: string,
): Promise<{ name: string; models: { key: string; name: string; family: string | null }[] } | null> {
  const field = kind.toLowerCase();
  const text = `query ExplorerVocabulary($name: String!) { entry: ${field}(name: $name) { name models { key name family } } }`;
  return (
    await query<{
      entry: { name: string; models: { key: string; name: string; family: string | null }[] } | null;
    }>(text, { name })
  ).entry;
}
