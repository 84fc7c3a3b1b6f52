// Statements about lineage: direct edges and relatives of many models (batch loaders), a model with the nested
// lineage a request asks for, paths between two models, common ancestors and the subgraph around a root.
import { readBatch, readRows, type Statement } from "../db/statement.ts";
import { LINEAGE_TYPES, type LineageType, RELATION_TYPES, type RelationType } from "../domain/types.ts";
import {
  clampDepth,
  clampLimit,
  EDGE,
  EDGE_WITH_MODELS,
  fieldsOf,
  lineageStep,
  lineageTypes,
  lookupModel,
  MAX_DEPTH,
  MAX_RESULTS,
  modelFields,
  typeAlternation,
} from "./fragments.ts";
import { clampReposPerModel, type RepoLayerRow, repoLayer } from "./hf.ts";
import type { EdgeRow, ModelField, ModelLookup, ModelRow, RelativeRow } from "./rows.ts";

export type Direction = "UP" | "DOWN" | "BOTH";

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
export function edgesOfModels(
  starts: readonly (string | EdgeStart)[],
  direction: "up" | "down",
  types: readonly RelationType[] = LINEAGE_TYPES,
): Statement<EdgeRow[][]> {
  const rows = starts.map((start) =>
    typeof start === "string" ? { key: start, min: null } : { key: start.key, min: start.minConfidence },
  );
  const pattern = lineageStep(direction, typeAlternation(types, RELATION_TYPES), { r: "r" });
  const filtered = rows.some((row) => row.min !== null);
  const startKey = (key: string, min: number | null) => JSON.stringify([key, min]);
  return readBatch<{ key: string; min: number | null; edges: EdgeRow[] }, EdgeRow[], (typeof rows)[number]>(
    // The hint keeps the seek on small graphs too, where the planner sometimes prefers scanning the key index.
    `UNWIND $starts AS s
     MATCH (start:Model {key: s.key})${pattern}(other:Model)
     USING INDEX start:Model(key)
     ${filtered ? "WHERE s.min IS NULL OR r.confidence >= s.min" : ""}
     WITH s, r, other ORDER BY type(r), other.name
     RETURN s.key AS key, s.min AS min, collect(${EDGE_WITH_MODELS("r")}) AS edges`,
    { starts: rows },
    rows,
    {
      rowKey: (row) => startKey(row.key, row.min),
      value: (row) => row.edges,
      missing: [],
      keyOf: (row) => startKey(row.key, row.min),
    },
  );
}

/** How far and along what a walk to relatives (ancestors or descendants) goes, and what it brings back. */
export interface RelativesWalk {
  maxDepth: number;
  types?: readonly LineageType[] | null;
  limit?: number;
  withPath: boolean;
  modelFields: readonly ModelField[];
  /** Only edges at least this confident are walked (null or absent: every edge). */
  minConfidence?: number | null;
}

/**
 * Every ancestor (UP) or descendant (DOWN) of each start model within `maxDepth`, each with one shortest
 * path to it (`withPath`: only when the path is asked for), in one query: `ANY SHORTEST` explores breadth-first,
 * so a DAG with many paths costs no path explosion, and many start models (a whole GraphQL level) share the
 * round trip.
 */
export function relativesOfModels(
  keys: readonly string[],
  direction: "UP" | "DOWN",
  walk: RelativesWalk,
): Statement<RelativeRow[][]> {
  const depth = clampDepth(walk.maxDepth);
  const minConfidence = walk.minConfidence ?? null;
  const step = lineageStep(direction === "UP" ? "up" : "down", lineageTypes(walk.types), {
    minConfidence: minConfidence === null ? null : "minConfidence",
  });
  return readBatch<{ key: string; relatives: RelativeRow[] }, RelativeRow[]>(
    `UNWIND $keys AS key
     MATCH (start:Model {key: key})
     CALL (start) {
       MATCH path = ANY SHORTEST (start)${step}{1,${depth}}(other:Model)
       WHERE other <> start
       RETURN other, path ORDER BY length(path), other.name LIMIT $limit
     }
     RETURN key, collect({ key: other.key, depth: length(path), model: ${modelFields("other", walk.modelFields)}
       ${walk.withPath ? `, path: [r IN relationships(path) | ${EDGE("r")}]` : ""} }) AS relatives`,
    { keys, limit: clampLimit(walk.limit), minConfidence },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.relatives, missing: [] },
  );
}

/** What to fetch around one model: lists of its edges or relatives, each with what to fetch around those reached. */
export interface LineageRequest {
  lists: LineageList[];
}

export interface LineageList {
  /** `up`: parents or ancestors; `down`: children or descendants. */
  direction: "up" | "down";
  /** Only edges at least this confident (edges and relatives alike); null or absent: all. */
  minConfidence?: number | null;
  /** Direct edges only: the fields (besides `key`) of the model each edge reaches; absent: all of them. */
  modelFields?: readonly ModelField[];
  /** Relatives within a depth; absent: the direct edges. */
  relatives?: {
    maxDepth: number;
    types?: readonly LineageType[] | null;
    limit: number;
    withPath: boolean;
    /** The relatives' fields asked for (besides `key`). */
    modelFields: readonly ModelField[];
  };
  /** What to fetch around each model reached (the edge's other model, or the relative). */
  next: LineageRequest | null;
}

/** One row of a lineage list (an edge or a relative), with the rows of the reached model's own lists. */
export interface LineageNode {
  row: EdgeRow | RelativeRow;
  /** Per list of the request's `next`, in order; empty without a `next`. */
  next: LineageNode[][];
}

interface CompiledQuery {
  params: Record<string, unknown>;
  variables: number;
}

/**
 * Compiles a request into a list expression, one COLLECT subquery per list, for the model bound to `v`, nested
 * as deep as the request. Each subquery numbers its variables (subqueries see the outer ones).
 */
function lineageLists(v: string, request: LineageRequest | null, query: CompiledQuery): string {
  if (!request) return "[]";
  const lists = request.lists.map((list) => {
    const n = query.variables++;
    const [o, r, p, limit, min] = [`o${n}`, `r${n}`, `p${n}`, `limit${n}`, `min${n}`];
    const { relatives, direction } = list;
    const minConfidence = list.minConfidence ?? null;
    if (minConfidence !== null) query.params[min] = minConfidence;
    const confident = minConfidence === null ? null : min;
    if (!relatives) {
      // Only the reached model, with only the fields asked of it: the other end is the model the edge hangs
      // from (completeEdges). Lineage edges have no verdict (only COMPARED_WITH does): not read.
      const [child, parent, reached] = direction === "up" ? [v, o, "parentModel"] : [o, v, "childModel"];
      const pattern = lineageStep(direction, lineageTypes(), { r, minConfidence: confident });
      return `COLLECT { MATCH (${v})${pattern}(${o}:Model) WITH ${r}, ${o} ORDER BY type(${r}), ${o}.name
        RETURN { row: { type: type(${r}), child: ${child}.key, parent: ${parent}.key, verdict: null,
          confidence: ${r}.confidence, ${reached}: ${modelFields(o, list.modelFields)} },
          next: ${lineageLists(o, list.next, query)} } }`;
    }
    query.params[limit] = clampLimit(relatives.limit);
    const types = lineageTypes(relatives.types);
    const step = lineageStep(direction, types, {
      r: confident ? `s${n}` : undefined,
      minConfidence: confident,
    });
    const path = relatives.withPath ? `, path: [${r} IN relationships(${p}) | ${EDGE(r)}]` : "";
    return `COLLECT { MATCH ${p} = ANY SHORTEST (${v})${step}{1,${clampDepth(relatives.maxDepth)}}(${o}:Model)
        WHERE ${o} <> ${v}
        WITH ${o}, ${p} ORDER BY length(${p}), ${o}.name LIMIT $${limit}
        RETURN { row: { key: ${o}.key, depth: length(${p}), model: ${modelFields(o, relatives.modelFields)}${path} },
          next: ${lineageLists(o, list.next, query)} } }`;
  });
  return `[${lists.join(", ")}]`;
}

/**
 * A model looked up by name with the lineage a request asks for (parents, children, ancestors, descendants,
 * nested), in one round trip: what `model(name) { children { child { children … } } }` needs (see
 * src/serve/schema/traversals.ts). Null when no model has the name.
 */
export function modelWithLineage(
  name: ModelLookup,
  request: LineageRequest,
): Statement<{ model: ModelRow; lineage: LineageNode[][] } | null> {
  const query: CompiledQuery = { params: {}, variables: 0 };
  const lineage = lineageLists("m", request, query);
  return {
    ...readRows(
      `${lookupModel("lookupKey", "rawKey")}
     RETURN ${modelFields("m")} AS model, ${lineage} AS lineage`,
      { ...query.params, ...name },
    ),
    decode: (rows) => {
      const found = rows[0] as { model: ModelRow; lineage: LineageNode[][] } | undefined;
      if (found) completeEdges(request, found.model, found.lineage);
      return found ?? null;
    },
  };
}

/** Gives each edge row the fields of the model it hangs from, which the query left out (it has them already). */
function completeEdges(request: LineageRequest, model: ModelRow, lineage: LineageNode[][]): void {
  for (const [index, list] of request.lists.entries()) {
    for (const node of lineage[index] ?? []) {
      const row = node.row as EdgeRow & RelativeRow;
      if (!list.relatives && list.direction === "up") row.childModel = model;
      if (!list.relatives && list.direction === "down") row.parentModel = model;
      const reached = list.relatives ? row.model : list.direction === "up" ? row.parentModel : row.childModel;
      if (list.next && reached) completeEdges(list.next, reached, node.next);
    }
  }
}

export interface LineagePathRow {
  from: ModelRow | null;
  to: ModelRow | null;
  /** null when the models are unrelated (or one was not found). */
  path: EdgeRow[] | null;
}

/**
 * `lineagePath` in one round trip: both look-ups by name and the path between them. A line of descent is searched
 * first, child to parent either way (most questions ask about an ancestor; a directed search expands far fewer
 * edges); only when there is none, the shortest path ignoring direction (bidirectional breadth-first search
 * between two bound nodes). Every model on the path comes with it, in order from `from` to `to`.
 */
export function lineagePathByNames(
  from: ModelLookup,
  to: ModelLookup,
  types?: readonly LineageType[] | null,
  minConfidence: number | null = null,
): Statement<LineagePathRow> {
  // A predicate on every relationship of a path: the shortest-path search applies it as it expands.
  const confident = (path: string) =>
    minConfidence === null
      ? ""
      : `WHERE all(r IN relationships(${path}) WHERE r.confidence >= $minConfidence)`;
  const step = `[:${lineageTypes(types)}*..${MAX_DEPTH}]`;
  return {
    ...readRows(
      `OPTIONAL CALL () { ${lookupModel("fromLookup", "fromRaw")} RETURN m AS a }
     OPTIONAL CALL () { ${lookupModel("toLookup", "toRaw")} RETURN m AS b }
     OPTIONAL CALL (a, b) {
       WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
       OPTIONAL MATCH up = shortestPath((a)-${step}->(b)) ${confident("up")}
       OPTIONAL MATCH down = shortestPath((b)-${step}->(a)) ${confident("down")}
       RETURN CASE WHEN up IS NOT NULL THEN relationships(up)
                   WHEN down IS NOT NULL THEN reverse(relationships(down)) END AS descent
     }
     OPTIONAL CALL (a, b, descent) {
       WITH a, b WHERE descent IS NULL AND a IS NOT NULL AND b IS NOT NULL AND a <> b
       MATCH kin = shortestPath((a)-${step}-(b)) ${confident("kin")}
       RETURN relationships(kin) AS kinship
     }
     WITH a, b, coalesce(descent, kinship) AS path
     RETURN CASE WHEN a IS NULL THEN null ELSE ${modelFields("a")} END AS from,
            CASE WHEN b IS NULL THEN null ELSE ${modelFields("b")} END AS to,
            CASE WHEN path IS NULL THEN null ELSE [r IN path | ${EDGE_WITH_MODELS("r")}] END AS path`,
      {
        fromLookup: from.lookupKey,
        fromRaw: from.rawKey,
        toLookup: to.lookupKey,
        toRaw: to.rawKey,
        minConfidence,
      },
    ),
    decode: (rows) => (rows[0] as LineagePathRow | undefined) ?? { from: null, to: null, path: null },
  };
}

export interface CommonAncestorRow {
  key: string;
  depthFromA: number;
  depthFromB: number;
}

/** Ancestors both models share, nearest first (through edges at least `minConfidence` confident, when given). */
export function commonAncestors(
  a: string,
  b: string,
  minConfidence: number | null = null,
): Statement<CommonAncestorRow[]> {
  const confident = minConfidence === null ? null : "minConfidence";
  const [stepA, stepB] = ["sa", "sb"].map((r) =>
    lineageStep("up", lineageTypes(), { r: confident ? r : undefined, minConfidence: confident }),
  );
  return readRows<CommonAncestorRow>(
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
  /** The drawn models' repos, when asked for. */
  repos?: RepoLayerRow;
}

/**
 * The models around a root within `maxDepth` (up, down or both) and every lineage edge among them; with `repos`,
 * also their Hub repos (`perModel` a model, the most downloaded) and those repos' derivatives per relation.
 */
export function lineageSubgraph(
  root: string | ModelLookup,
  options: {
    direction: Direction;
    maxDepth: number;
    types?: readonly LineageType[] | null;
    limit?: number;
    /** Only edges at least this confident are walked and drawn (null or absent: every edge). */
    minConfidence?: number | null;
    repos?: { perModel: number } | null;
  },
): Statement<SubgraphRow | null> {
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
  const repos = options.repos ? { perModel: clampReposPerModel(options.repos.perModel) } : null;
  // By key, or by a user-typed name (the look-up shares the round trip).
  const findRoot =
    typeof root === "string"
      ? "MATCH (root:Model {key: $root})"
      : `${lookupModel("lookupKey", "rawKey")} WITH m AS root`;
  return {
    ...readRows(
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
     ${repos ? repoLayer("nodes") : ""}
     RETURN [n IN nodes | n { .key, .name, .family, introduced: toString(n.introduced) }] AS nodes,
       ${fieldsOf("nodes[0]")} AS root, above AS ancestors, edges, truncated${repos ? ", repoLayer AS repos" : ""}`,
      {
        ...(typeof root === "string" ? { root } : root),
        limit,
        minConfidence,
        ...(repos ? { reposPerModel: repos.perModel } : {}),
      },
    ),
    decode: (rows) => (rows[0] as SubgraphRow | undefined) ?? null,
  };
}
