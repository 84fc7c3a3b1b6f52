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
  /** The best confidence of the edge's evidence, 0..1 (src/db/confidence.ts); null if none was recorded. */
  confidence: number | null;
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

/**
 * One lineage step, `-[:TYPES]->` (`up`, child to parent) or `<-[:TYPES]-` (`down`). With `minConfidence` (the
 * name of a parameter, never a value) the step only crosses edges at least that confident: the predicate is part
 * of the relationship pattern, so a variable-length or shortest-path search applies it at every hop as it walks,
 * rather than filtering the paths it found. `r` names the relationship (one is made up for the predicate: a
 * pattern without one keeps its text, and plan, unchanged).
 */
function lineageStep(
  direction: "up" | "down",
  types: string,
  options: { r?: string | undefined; minConfidence?: string | null } = {},
): string {
  const r = options.r ?? (options.minConfidence ? "step" : "");
  const filter = options.minConfidence ? ` WHERE ${r}.confidence >= $${options.minConfidence}` : "";
  const inner = `${r}:${types}${filter}`;
  return direction === "up" ? `-[${inner}]->` : `<-[${inner}]-`;
}

const EDGE = (r: string) =>
  `{ type: type(${r}), child: startNode(${r}).key, parent: endNode(${r}).key, verdict: ${r}.verdict,
     confidence: ${r}.confidence }`;

/** A model's fields for any expression (a map projection needs a variable: `x` is bound to it). */
const fieldsOf = (expression: string) => `head([x IN [${expression}] | ${modelFields("x")}])`;

/** An edge with both models' fields. */
const EDGE_WITH_MODELS = (r: string) =>
  `{ type: type(${r}), child: startNode(${r}).key, parent: endNode(${r}).key, verdict: ${r}.verdict,
     confidence: ${r}.confidence, childModel: ${fieldsOf(`startNode(${r})`)}, parentModel: ${fieldsOf(`endNode(${r})`)} }`;

/** A model whose direct edges are asked for, with the lowest confidence of the edges wanted (null: every edge). */
export interface EdgeStart {
  key: string;
  minConfidence: number | null;
}

/**
 * Direct edges of many models in one query: `up` = their parents, `down` = their children. A start given as a key
 * wants every edge; given as an EdgeStart, only those at least `minConfidence` confident (each start its own: a
 * whole GraphQL level, whatever its arguments, is one round trip). Answers in the order of `starts`.
 */
export async function edgesOfModels(
  db: Graph,
  starts: readonly (string | EdgeStart)[],
  direction: "up" | "down",
  types: readonly RelationType[] = LINEAGE_TYPES,
): Promise<EdgeRow[][]> {
  const rows = starts.map((start) =>
    typeof start === "string" ? { key: start, min: null } : { key: start.key, min: start.minConfidence },
  );
  const pattern = lineageStep(direction, typeAlternation(types, RELATION_TYPES), { r: "r" });
  const filtered = rows.some((row) => row.min !== null);
  const found = await db.read<{ key: string; min: number | null; edges: EdgeRow[] }>(
    // The hint keeps the seek on small graphs too, where the planner sometimes prefers scanning the key index.
    `UNWIND $starts AS s
     MATCH (start:Model {key: s.key})${pattern}(other:Model)
     USING INDEX start:Model(key)
     ${filtered ? "WHERE s.min IS NULL OR r.confidence >= s.min" : ""}
     WITH s, r, other ORDER BY type(r), other.name
     RETURN s.key AS key, s.min AS min, collect(${EDGE_WITH_MODELS("r")}) AS edges`,
    { starts: rows },
  );
  const startKey = (key: string, min: number | null) => JSON.stringify([key, min]);
  const byStart = new Map(found.map((row) => [startKey(row.key, row.min), row.edges]));
  return rows.map((row) => byStart.get(startKey(row.key, row.min)) ?? []);
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
    /** Only edges at least this confident are walked (null or absent: every edge). */
    minConfidence?: number | null;
  },
): Promise<RelativeRow[][]> {
  const depth = clampDepth(options.maxDepth);
  const minConfidence = options.minConfidence ?? null;
  const step = lineageStep(direction === "UP" ? "up" : "down", lineageTypes(options.types), {
    minConfidence: minConfidence === null ? null : "minConfidence",
  });
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
    { keys, limit: clampLimit(options.limit), minConfidence },
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
  /** Only edges at least this confident (every field: parents and children too); null or absent: all. */
  minConfidence?: number | null;
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
    const [o, r, p, limit, min] = [`o${n}`, `r${n}`, `p${n}`, `limit${n}`, `min${n}`];
    const traversal = field.traversal;
    const minConfidence = field.minConfidence ?? null;
    if (minConfidence !== null) query.params[min] = minConfidence;
    const confident = minConfidence === null ? null : min;
    const direction = field.field === "parents" || field.field === "ancestors" ? "up" : "down";
    if (!traversal) {
      // Only the reached model's fields: the other end is the model the edge hangs from (completeEdges).
      const [child, parent, reached] =
        field.field === "parents" ? [v, o, "parentModel"] : [o, v, "childModel"];
      const pattern = lineageStep(direction, lineageTypes(), { r, minConfidence: confident });
      return `COLLECT { MATCH (${v})${pattern}(${o}:Model) WITH ${r}, ${o} ORDER BY type(${r}), ${o}.name
        RETURN { row: { type: type(${r}), child: ${child}.key, parent: ${parent}.key, verdict: ${r}.verdict,
          confidence: ${r}.confidence, ${reached}: ${modelFields(o)} },
          next: ${lineageFields(o, field.next, query)} } }`;
    }
    query.params[limit] = clampLimit(traversal.limit);
    const types = lineageTypes(traversal.types);
    const step = lineageStep(direction, types, {
      r: confident ? `s${n}` : undefined,
      minConfidence: confident,
    });
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
  minConfidence: number | null = null,
): Promise<LineagePathRow> {
  // A predicate on every relationship of the path: the shortest-path search applies it as it expands.
  const confident =
    minConfidence === null ? "" : "WHERE all(r IN relationships(path) WHERE r.confidence >= $minConfidence)";
  const rows = await db.read<LineagePathRow>(
    `OPTIONAL CALL () { ${lookupModel("fromLookup", "fromRaw")} RETURN m AS a }
     OPTIONAL CALL () { ${lookupModel("toLookup", "toRaw")} RETURN m AS b }
     OPTIONAL CALL (a, b) {
       WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
       MATCH path = shortestPath((a)-[:${lineageTypes(types)}*..${MAX_DEPTH}]-(b))
       ${confident}
       RETURN path
     }
     RETURN CASE WHEN a IS NULL THEN null ELSE ${modelFields("a")} END AS from,
            CASE WHEN b IS NULL THEN null ELSE ${modelFields("b")} END AS to,
            CASE WHEN path IS NULL THEN null ELSE [r IN relationships(path) | ${EDGE_WITH_MODELS("r")}] END AS path`,
    {
      fromLookup: from.lookupKey,
      fromRaw: from.rawKey,
      toLookup: to.lookupKey,
      toRaw: to.rawKey,
      minConfidence,
    },
  );
  return rows[0] ?? { from: null, to: null, path: null };
}

export interface CommonAncestorRow {
  key: string;
  depthFromA: number;
  depthFromB: number;
}

/** Ancestors both models share, nearest first (through edges at least `minConfidence` confident, when given). */
export async function commonAncestors(
  db: Graph,
  a: string,
  b: string,
  minConfidence: number | null = null,
): Promise<CommonAncestorRow[]> {
  const confident = minConfidence === null ? null : "minConfidence";
  const [stepA, stepB] = ["sa", "sb"].map((r) =>
    lineageStep("up", lineageTypes(), { r: confident ? r : undefined, minConfidence: confident }),
  );
  return db.read<CommonAncestorRow>(
    `MATCH (a:Model {key: $a}), (b:Model {key: $b})
     MATCH pa = ANY SHORTEST (a)${stepA}{1,${MAX_DEPTH}}(c:Model)
     MATCH pb = ANY SHORTEST (b)${stepB}{1,${MAX_DEPTH}}(c)
     RETURN c.key AS key, length(pa) AS depthFromA, length(pb) AS depthFromB
     ORDER BY depthFromA + depthFromB, c.name
     LIMIT $limit`,
    { a, b, limit: MAX_RESULTS, minConfidence },
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
  options: {
    direction: Direction;
    maxDepth: number;
    types?: readonly LineageType[] | null;
    limit?: number;
    /** Only edges at least this confident are walked and drawn (null or absent: every edge). */
    minConfidence?: number | null;
  },
): Promise<SubgraphRow | null> {
  const depth = clampDepth(options.maxDepth);
  const types = lineageTypes(options.types);
  const minConfidence = options.minConfidence ?? null;
  const confident = minConfidence === null ? null : "minConfidence";
  const stepUp = lineageStep("up", types, { minConfidence: confident });
  const stepDown = lineageStep("down", types, { minConfidence: confident });
  const up = `MATCH p = ANY SHORTEST (root)${stepUp}{1,${depth}}(n:Model) RETURN n, true AS above`;
  const down = `MATCH p = ANY SHORTEST (root)${stepDown}{1,${depth}}(n:Model) RETURN n, false AS above`;
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
       MATCH (x)${lineageStep("up", types, { r: "r", minConfidence: confident })}(y:Model)
       WHERE y IN nodes
       RETURN collect(${EDGE("r")}) AS edges
     }
     RETURN [n IN nodes | n { .key, .name, .family, introduced: toString(n.introduced) }] AS nodes,
       ${fieldsOf("nodes[0]")} AS root, above AS ancestors, edges, truncated`,
    typeof root === "string" ? { root, limit, minConfidence } : { ...root, limit, minConfidence },
  );
  return rows[0] ?? null;
}
