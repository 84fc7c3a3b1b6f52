import type { Graph } from "../../db/graph.ts";
import { LINEAGE_TYPES, type LineageType, RELATION_TYPES, type RelationType } from "../../domain/types.ts";
import { lookupModel, type ModelField, type ModelRow, modelFields } from "./models.ts";

/** Hard caps: variable-length bounds must be Cypher literals, so depth is clamped here before any query. */
export const MAX_DEPTH = 20;
export const MAX_RESULTS = 1000;

export interface EdgeRow {
  type: RelationType;
  child: string;
  parent: string;
  verdict: string | null;
  /** The child's and the parent's fields, where the query had them at hand (saves a round trip per level). */
  childModel?: ModelRow;
  parentModel?: ModelRow;
}

export interface RelativeRow {
  key: string;
  depth: number;
  /** Only when the query was asked for paths (`withPath`). */
  path?: EdgeRow[];
  /** The relative's fields: only `key` and those in the traversal's `modelFields` (see isCompleteModel). */
  model?: ModelRow;
}

/** A model named by the user: the `modelKey` of the text, and the text itself (a key the API handed out). */
export interface ModelLookup {
  lookupKey: string;
  rawKey: string;
}

export type Direction = "UP" | "DOWN" | "BOTH";

export function clampDepth(depth: number): number {
  return Math.max(1, Math.min(MAX_DEPTH, Math.trunc(depth)));
}

const clampLimit = (limit: number | undefined) =>
  Math.max(1, Math.min(Math.trunc(limit ?? MAX_RESULTS), MAX_RESULTS));

/** `BASED_ON|VARIANT_OF…`: only ever built from the fixed vocabulary, never from raw input. */
function typeAlternation(
  types: readonly RelationType[] | null | undefined,
  allowed: readonly RelationType[],
): string {
  const chosen = types?.length ? allowed.filter((type) => types.includes(type)) : allowed;
  return (chosen.length ? chosen : allowed).join("|");
}

const lineageTypes = (types?: readonly LineageType[] | null) => typeAlternation(types, LINEAGE_TYPES);

const EDGE = (r: string) =>
  `{ type: type(${r}), child: startNode(${r}).key, parent: endNode(${r}).key, verdict: ${r}.verdict }`;

/** A model's fields for any expression (a map projection needs a variable: `x` is bound to it). */
const fieldsOf = (expression: string) => `head([x IN [${expression}] | ${modelFields("x")}])`;

/** An edge with both models' fields. */
const EDGE_WITH_MODELS = (r: string) =>
  `{ type: type(${r}), child: startNode(${r}).key, parent: endNode(${r}).key, verdict: ${r}.verdict,
     childModel: ${fieldsOf(`startNode(${r})`)}, parentModel: ${fieldsOf(`endNode(${r})`)} }`;

/** Direct lineage edges of many models in one query: `up` = their parents, `down` = their children. */
export async function edgesOfModels(
  db: Graph,
  keys: readonly string[],
  direction: "up" | "down",
  types: readonly RelationType[] = LINEAGE_TYPES,
): Promise<EdgeRow[][]> {
  const pattern =
    direction === "up"
      ? `-[r:${typeAlternation(types, RELATION_TYPES)}]->`
      : `<-[r:${typeAlternation(types, RELATION_TYPES)}]-`;
  const rows = await db.read<{ key: string; edges: EdgeRow[] }>(
    // The hint keeps the seek on small graphs too, where the planner sometimes prefers scanning the key index.
    `UNWIND $keys AS key
     MATCH (start:Model {key: key})${pattern}(other:Model)
     USING INDEX start:Model(key)
     WITH key, r, other ORDER BY type(r), other.name
     RETURN key, collect(${EDGE_WITH_MODELS("r")}) AS edges`,
    { keys },
  );
  const byKey = new Map(rows.map((row) => [row.key, row.edges]));
  return keys.map((key) => byKey.get(key) ?? []);
}

/**
 * Every ancestor (UP) or descendant (DOWN) of each start model within `maxDepth`, each with one shortest
 * path to it (`withPath`: only when the path is asked for), in one query: `ANY SHORTEST` explores breadth-first, so a DAG with many paths costs no path
 * explosion, and many start models (a whole GraphQL level) share the round trip.
 */
export async function relativesOfModels(
  db: Graph,
  keys: readonly string[],
  direction: "UP" | "DOWN",
  options: {
    maxDepth: number;
    types?: readonly LineageType[] | null;
    limit?: number;
    withPath: boolean;
    modelFields: readonly ModelField[];
  },
): Promise<RelativeRow[][]> {
  const depth = clampDepth(options.maxDepth);
  const step =
    direction === "UP" ? `-[:${lineageTypes(options.types)}]->` : `<-[:${lineageTypes(options.types)}]-`;
  const rows = await db.read<{ key: string; relatives: RelativeRow[] }>(
    `UNWIND $keys AS key
     MATCH (start:Model {key: key})
     CALL (start) {
       MATCH path = ANY SHORTEST (start)${step}{1,${depth}}(other:Model)
       WHERE other <> start
       RETURN other, path ORDER BY length(path), other.name LIMIT $limit
     }
     RETURN key, collect({ key: other.key, depth: length(path), model: ${modelFields("other", options.modelFields)}
       ${options.withPath ? `, path: [r IN relationships(path) | ${EDGE("r")}]` : ""} }) AS relatives`,
    { keys, limit: clampLimit(options.limit) },
  );
  const byKey = new Map(rows.map((row) => [row.key, row.relatives]));
  return keys.map((key) => byKey.get(key) ?? []);
}

/** A field of a model's lineage that a nested GraphQL selection can ask for. */
export type LineageField = "parents" | "children" | "ancestors" | "descendants";

/** What a selection asks of one model: its lineage fields, each with what it asks of the models reached. */
export interface LineagePlan {
  fields: LineageFieldPlan[];
}

export interface LineageFieldPlan {
  field: LineageField;
  /** ancestors and descendants only. */
  traversal?: {
    maxDepth: number;
    types?: readonly LineageType[] | null;
    limit: number;
    withPath: boolean;
    /** The relatives' fields the selection asks for (besides `key`). */
    modelFields: readonly ModelField[];
  };
  /** What the selection asks of each model reached (the edge's other model, or the relative). */
  next: LineagePlan | null;
}

/** One row of a lineage field (an edge or a relative), with the rows of the reached model's own fields. */
export interface LineageNode {
  row: EdgeRow | RelativeRow;
  /** Per field of the plan's `next`, in order; empty without a `next`. */
  next: LineageNode[][];
}

interface CompiledQuery {
  params: Record<string, unknown>;
  variables: number;
}

/**
 * Compiles a plan into a list expression, one COLLECT subquery per field, for the model bound to `v`, nested
 * as deep as the selection. Each subquery numbers its variables (subqueries see the outer ones).
 */
function lineageFields(v: string, plan: LineagePlan | null, query: CompiledQuery): string {
  if (!plan) return "[]";
  const fields = plan.fields.map((field) => {
    const n = query.variables++;
    const [o, r, p, limit] = [`o${n}`, `r${n}`, `p${n}`, `limit${n}`];
    const traversal = field.traversal;
    if (!traversal) {
      // Only the reached model's fields: the other end is the model the edge hangs from (completeEdges).
      const [child, parent, reached] =
        field.field === "parents" ? [v, o, "parentModel"] : [o, v, "childModel"];
      const pattern =
        field.field === "parents" ? `-[${r}:${lineageTypes()}]->` : `<-[${r}:${lineageTypes()}]-`;
      return `COLLECT { MATCH (${v})${pattern}(${o}:Model) WITH ${r}, ${o} ORDER BY type(${r}), ${o}.name
        RETURN { row: { type: type(${r}), child: ${child}.key, parent: ${parent}.key, verdict: ${r}.verdict,
          ${reached}: ${modelFields(o)} },
          next: ${lineageFields(o, field.next, query)} } }`;
    }
    query.params[limit] = clampLimit(traversal.limit);
    const types = lineageTypes(traversal.types);
    const step = field.field === "ancestors" ? `-[:${types}]->` : `<-[:${types}]-`;
    const path = traversal.withPath ? `, path: [${r} IN relationships(${p}) | ${EDGE(r)}]` : "";
    return `COLLECT { MATCH ${p} = ANY SHORTEST (${v})${step}{1,${clampDepth(traversal.maxDepth)}}(${o}:Model)
        WHERE ${o} <> ${v}
        WITH ${o}, ${p} ORDER BY length(${p}), ${o}.name LIMIT $${limit}
        RETURN { row: { key: ${o}.key, depth: length(${p}), model: ${modelFields(o, traversal.modelFields)}${path} },
          next: ${lineageFields(o, field.next, query)} } }`;
  });
  return `[${fields.join(", ")}]`;
}

/**
 * A model looked up by name with the lineage its GraphQL selection asks for (parents, children, ancestors,
 * descendants, nested), in one round trip: what `model(name) { children { child { children … } } }` needs
 * (see schema/traversals.ts). Null when no model has the name.
 */
export async function modelWithLineage(
  db: Graph,
  name: ModelLookup,
  plan: LineagePlan,
): Promise<{ model: ModelRow; lineage: LineageNode[][] } | null> {
  const query: CompiledQuery = { params: {}, variables: 0 };
  const lineage = lineageFields("m", plan, query);
  const rows = await db.read<{ model: ModelRow; lineage: LineageNode[][] }>(
    `${lookupModel("lookupKey", "rawKey")}
     RETURN ${modelFields("m")} AS model, ${lineage} AS lineage`,
    { ...query.params, ...name },
  );
  const found = rows[0];
  if (found) completeEdges(plan, found.model, found.lineage);
  return found ?? null;
}

/** Gives each edge row the fields of the model it hangs from, which the query left out (it has them already). */
function completeEdges(plan: LineagePlan, model: ModelRow, lineage: LineageNode[][]): void {
  for (const [index, field] of plan.fields.entries()) {
    for (const node of lineage[index] ?? []) {
      const row = node.row as EdgeRow & RelativeRow;
      if (field.field === "parents") row.childModel = model;
      if (field.field === "children") row.parentModel = model;
      const reached =
        field.field === "parents" ? row.parentModel : field.field === "children" ? row.childModel : row.model;
      if (field.next && reached) completeEdges(field.next, reached, node.next);
    }
  }
}

/** The shortest lineage path between two models, ignoring direction; null when they are unrelated. */
export async function shortestLineagePath(
  db: Graph,
  from: string,
  to: string,
  types?: readonly LineageType[] | null,
): Promise<EdgeRow[] | null> {
  if (from === to) return [];
  const rows = await db.read<{ path: EdgeRow[] }>(
    `MATCH (a:Model {key: $from}), (b:Model {key: $to})
     MATCH path = shortestPath((a)-[:${lineageTypes(types)}*..${MAX_DEPTH}]-(b))
     RETURN [r IN relationships(path) | ${EDGE("r")}] AS path`,
    { from, to },
  );
  return rows[0]?.path ?? null;
}

export interface LineagePathRow {
  from: ModelRow | null;
  to: ModelRow | null;
  /** null when the models are unrelated (or one was not found). */
  path: EdgeRow[] | null;
}

/**
 * `lineagePath` in one round trip: both look-ups by name and the shortest path between them (bidirectional
 * breadth-first search between two bound nodes), with every model on the path.
 */
export async function lineagePathByNames(
  db: Graph,
  from: ModelLookup,
  to: ModelLookup,
  types?: readonly LineageType[] | null,
): Promise<LineagePathRow> {
  const rows = await db.read<LineagePathRow>(
    `OPTIONAL CALL () { ${lookupModel("fromLookup", "fromRaw")} RETURN m AS a }
     OPTIONAL CALL () { ${lookupModel("toLookup", "toRaw")} RETURN m AS b }
     OPTIONAL CALL (a, b) {
       WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
       MATCH path = shortestPath((a)-[:${lineageTypes(types)}*..${MAX_DEPTH}]-(b))
       RETURN path
     }
     RETURN CASE WHEN a IS NULL THEN null ELSE ${modelFields("a")} END AS from,
            CASE WHEN b IS NULL THEN null ELSE ${modelFields("b")} END AS to,
            CASE WHEN path IS NULL THEN null ELSE [r IN relationships(path) | ${EDGE_WITH_MODELS("r")}] END AS path`,
    { fromLookup: from.lookupKey, fromRaw: from.rawKey, toLookup: to.lookupKey, toRaw: to.rawKey },
  );
  return rows[0] ?? { from: null, to: null, path: null };
}

export interface CommonAncestorRow {
  key: string;
  depthFromA: number;
  depthFromB: number;
}

/** Ancestors both models share, nearest first. */
export async function commonAncestors(db: Graph, a: string, b: string): Promise<CommonAncestorRow[]> {
  return db.read<CommonAncestorRow>(
    `MATCH (a:Model {key: $a}), (b:Model {key: $b})
     MATCH pa = ANY SHORTEST (a)-[:${lineageTypes()}]->{1,${MAX_DEPTH}}(c:Model)
     MATCH pb = ANY SHORTEST (b)-[:${lineageTypes()}]->{1,${MAX_DEPTH}}(c)
     RETURN c.key AS key, length(pa) AS depthFromA, length(pb) AS depthFromB
     ORDER BY depthFromA + depthFromB, c.name
     LIMIT $limit`,
    { a, b, limit: MAX_RESULTS },
  );
}

export interface SubgraphRow {
  nodes: { key: string; name: string; family: string | null; introduced: string | null }[];
  /** The root's fields. */
  root: ModelRow;
  ancestors: string[];
  edges: EdgeRow[];
  truncated: boolean;
}

/** The models around a root within `maxDepth` (up, down or both) and every lineage edge among them. */
export async function lineageSubgraph(
  db: Graph,
  root: string | ModelLookup,
  options: { direction: Direction; maxDepth: number; types?: readonly LineageType[] | null; limit?: number },
): Promise<SubgraphRow | null> {
  const depth = clampDepth(options.maxDepth);
  const types = lineageTypes(options.types);
  const up = `MATCH p = ANY SHORTEST (root)-[:${types}]->{1,${depth}}(n:Model) RETURN n, true AS above`;
  const down = `MATCH p = ANY SHORTEST (root)<-[:${types}]-{1,${depth}}(n:Model) RETURN n, false AS above`;
  const reach = options.direction === "UP" ? up : options.direction === "DOWN" ? down : `${up} UNION ${down}`;
  const limit = Math.min(options.limit ?? MAX_RESULTS, MAX_RESULTS);
  // By key, or by a user-typed name (the look-up shares the round trip).
  const findRoot =
    typeof root === "string"
      ? "MATCH (root:Model {key: $root})"
      : `${lookupModel("lookupKey", "rawKey")} WITH m AS root`;
  const rows = await db.read<SubgraphRow>(
    `${findRoot}
     OPTIONAL CALL (root) { ${reach} }
     WITH root, collect(DISTINCT n) AS reached, collect(CASE WHEN above THEN n.key END) AS above
     WITH root, reached[..$limit] AS kept, size(reached) > $limit AS truncated, above
     WITH [root] + [n IN kept WHERE n <> root] AS nodes, truncated, above
     CALL (nodes) {
       UNWIND nodes AS x
       MATCH (x)-[r:${types}]->(y:Model)
       WHERE y IN nodes
       RETURN collect(${EDGE("r")}) AS edges
     }
     RETURN [n IN nodes | n { .key, .name, .family, introduced: toString(n.introduced) }] AS nodes,
       ${fieldsOf("nodes[0]")} AS root, above AS ancestors, edges, truncated`,
    typeof root === "string" ? { root, limit } : { ...root, limit },
  );
  return rows[0] ?? null;
}
