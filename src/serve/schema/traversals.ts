// One round trip for `model(name) { children { child { children { … } } } ancestors { … } }`: the root field
// looks ahead into its selection and compiles the lineage fields it finds (parents, children, ancestors,
// descendants, nested to the depth of the selection) into the look-up query; the fields then find their rows
// here instead of asking Neo4j again. Anything the look-ahead does not cover (deeper nesting, lineage under
// other fields) falls back to the batched loaders, so the answer is the same either way; only the number of
// round trips changes.
import DataLoader from "dataloader";
import {
  type FieldNode,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { MAX_RESULTS, MODEL_FIELD_NAMES } from "../../cypher/fragments.ts";
import {
  edgesOfModels,
  type LineageNode,
  type LineageRequest,
  modelWithLineage,
  relativesOfModels,
} from "../../cypher/lineage.ts";
import { modelLookup } from "../../cypher/models.ts";
import type { EdgeRow, ModelField, ModelRow, RelativeRow } from "../../cypher/rows.ts";
import type { LineageType } from "../../domain/types.ts";
import type { Context } from "../context.ts";
import { minConfidenceArg } from "../errors.ts";

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

/** A plan in the statement's terms: parents and ancestors go up, children and descendants down. */
function lineageRequest(plan: LineagePlan): LineageRequest {
  return {
    lists: plan.fields.map(({ field, minConfidence, traversal, next }) => ({
      direction: field === "parents" || field === "ancestors" ? "up" : "down",
      minConfidence,
      ...(traversal ? { relatives: traversal } : {}),
      next: next && lineageRequest(next),
    })),
  };
}

export interface TraversalArgs {
  maxDepth: number;
  types?: readonly LineageType[] | null;
  first?: number | null;
  /** Whether each relative carries its path (only when `path` is selected: it costs a read per edge). */
  withPath: boolean;
  /** The relatives' model fields the selection asks for (selectedModelFields). */
  modelFields: readonly ModelField[];
  /** Only edges at least this confident are walked (checked: 0..1); null: every edge. */
  minConfidence: number | null;
}

/** Lineage fields nested deeper than this under the root are left to the loaders (a bound on the query). */
const MAX_NESTING = 5;

/** Cache and DataLoader key for a traversal: the start model plus the arguments. */
const traversalKey = (direction: "UP" | "DOWN", key: string, args: TraversalArgs) =>
  JSON.stringify([
    direction,
    key,
    args.maxDepth,
    args.types ?? null,
    args.first ?? MAX_RESULTS,
    args.withPath,
    args.modelFields,
    args.minConfidence,
  ]);

/**
 * The DataLoader key of a parents/children field: the model and the field's minConfidence, so that the same model
 * asked for with different arguments (aliases, or other places in the query) gets each its own rows.
 */
export const edgeLoadKey = (key: string, minConfidence: number | null) =>
  JSON.stringify([key, minConfidence]);

const parseEdgeLoadKey = (loadKey: string) => {
  const [key, minConfidence] = JSON.parse(loadKey) as [string, number | null];
  return { key, minConfidence };
};

/** Cache key for a model's direct edges. */
const edgesKey = (direction: "up" | "down", key: string, minConfidence: number | null) =>
  JSON.stringify([direction, key, minConfidence]);

/** Rows fetched ahead by the root field, by traversalKey or edgesKey. */
const prefetched = new WeakMap<Context, Map<string, RelativeRow[] | EdgeRow[]>>();
const loaders = new WeakMap<Context, DataLoader<string, RelativeRow[]>>();

/** The relatives of a model for a traversal field: prefetched by the root field, else batched per level. */
export function loadRelatives(context: Context, direction: "UP" | "DOWN", key: string, args: TraversalArgs) {
  const wanted = traversalKey(direction, key, args);
  const ready = prefetched.get(context)?.get(wanted) as RelativeRow[] | undefined;
  if (ready) return ready;
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader((traversals: readonly string[]) => loadTraversals(context, traversals));
    loaders.set(context, loader);
  }
  return loader.load(wanted);
}

/**
 * The direct edges of a level of models (a Pothos loader, keyed by edgeLoadKey): those prefetched, and one query
 * for the rest, whatever their minConfidence.
 */
export async function loadEdges(
  context: Context,
  direction: "up" | "down",
  loadKeys: readonly string[],
): Promise<EdgeRow[][]> {
  const cache = prefetched.get(context);
  const ready = (loadKey: string) => {
    const { key, minConfidence } = parseEdgeLoadKey(loadKey);
    return cache?.get(edgesKey(direction, key, minConfidence)) as EdgeRow[] | undefined;
  };
  const missing = loadKeys.filter((loadKey) => !ready(loadKey));
  const found =
    missing.length > 0 ? await context.db.run(edgesOfModels(missing.map(parseEdgeLoadKey), direction)) : [];
  const loaded = new Map(missing.map((loadKey, index) => [loadKey, found[index] ?? []]));
  return loadKeys.map((loadKey) => ready(loadKey) ?? loaded.get(loadKey) ?? []);
}

/** A whole level's traversals, one query per direction and argument set. */
async function loadTraversals(context: Context, traversals: readonly string[]): Promise<RelativeRow[][]> {
  const groups = new Map<string, { keys: string[]; direction: "UP" | "DOWN"; args: TraversalArgs }>();
  for (const traversal of traversals) {
    const [direction, key, maxDepth, types, first, withPath, modelFields, minConfidence] = JSON.parse(
      traversal,
    ) as ["UP" | "DOWN", string, number, LineageType[] | null, number, boolean, ModelField[], number | null];
    const group = JSON.stringify([direction, maxDepth, types, first, withPath, modelFields, minConfidence]);
    const entry = groups.get(group) ?? {
      keys: [],
      direction,
      args: { maxDepth, types, first, withPath, modelFields, minConfidence },
    };
    entry.keys.push(key);
    groups.set(group, entry);
  }
  const results = new Map<string, RelativeRow[]>();
  for (const { keys, direction, args } of groups.values()) {
    const found = await context.db.run(
      relativesOfModels(keys, direction, {
        maxDepth: args.maxDepth,
        types: args.types,
        limit: args.first ?? MAX_RESULTS,
        withPath: args.withPath,
        modelFields: args.modelFields,
        minConfidence: args.minConfidence,
      }),
    );
    for (const [index, key] of keys.entries())
      results.set(traversalKey(direction, key, args), found[index] ?? []);
  }
  return traversals.map((traversal) => results.get(traversal) ?? []);
}

type Selection = Pick<GraphQLResolveInfo, "schema" | "fragments" | "variableValues">;

/**
 * The fields selected on an object type under these selection sets, through inline fragments and fragment
 * spreads whose type condition applies, without those @skip or @include leave out (as GraphQL executes them).
 */
export function selectedFields(
  info: Selection,
  sets: readonly (SelectionSetNode | undefined)[],
  typeName: string,
): FieldNode[] {
  const type = info.schema.getType(typeName);
  const applies = (condition: string | undefined) => {
    if (!condition || condition === typeName) return true;
    const conditionType = info.schema.getType(condition);
    return isObjectType(type) && isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
  };
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if === false) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

/** Whether a traversal field (its nodes as merged by GraphQL) selects each relative's `path`. */
function selectsPath(info: Selection, nodes: readonly FieldNode[], typeName: "Ancestor" | "Descendant") {
  return selectedFields(
    info,
    nodes.map((node) => node.selectionSet),
    typeName,
  ).some((field) => field.name.value === "path");
}

/**
 * The model fields a traversal field (its nodes as merged by GraphQL) asks of each relative, in a fixed order;
 * all of them when the relative's own parents or children are selected (their edges hang from its row).
 */
function selectedModelFields(
  info: Selection,
  nodes: readonly FieldNode[],
  typeName: "Ancestor" | "Descendant",
): ModelField[] {
  const models = selectedFields(
    info,
    nodes.map((node) => node.selectionSet),
    typeName,
  ).filter((field) => field.name.value === "model");
  const asked = new Set(
    selectedFields(
      info,
      models.map((node) => node.selectionSet),
      "Model",
    ).map((field) => field.name.value),
  );
  if (asked.has("parents") || asked.has("children")) return MODEL_FIELD_NAMES;
  return MODEL_FIELD_NAMES.filter((field) => asked.has(field));
}

const RELATIVE_TYPE = { ancestors: "Ancestor", descendants: "Descendant" } as const;
const OTHER_MODEL = {
  parents: "parent",
  children: "child",
  ancestors: "model",
  descendants: "model",
} as const;

/** The arguments of a lineage field (its nodes as merged by GraphQL), as GraphQL gives them to its resolver. */
function fieldArgs(info: Selection, nodes: FieldNode[], field: LineageField): TraversalFieldArgs {
  const model = info.schema.getType("Model");
  const definition = isObjectType(model) ? model.getFields()[field] : undefined;
  const [node] = nodes;
  if (!definition || !node) throw new Error(`Model.${field} is not in the schema`);
  return getArgumentValues(definition, node, info.variableValues) as TraversalFieldArgs;
}

/** The arguments of an ancestors/descendants field as GraphQL gives them to its resolver. */
export interface TraversalFieldArgs {
  maxDepth?: number | null;
  types?: readonly LineageType[] | null;
  first?: number | null;
  minConfidence?: number | null;
}

/**
 * What an ancestors/descendants field (its nodes as merged by GraphQL) asks for: built here for both the field's
 * resolver and the root's look-ahead, so that the rows the root prefetched are found under the same key. Refuses
 * a bad minConfidence (BAD_USER_INPUT) before anything is asked of Neo4j.
 */
export function traversalOf(
  args: TraversalFieldArgs,
  info: Selection,
  nodes: readonly FieldNode[],
  field: "ancestors" | "descendants",
): TraversalArgs {
  return {
    maxDepth: args.maxDepth ?? 10,
    types: args.types,
    first: args.first,
    withPath: selectsPath(info, nodes, RELATIVE_TYPE[field]),
    modelFields: selectedModelFields(info, nodes, RELATIVE_TYPE[field]),
    minConfidence: minConfidenceArg(args.minConfidence, field),
  };
}

/** What a selection on Model (these nodes) asks of its lineage, down to MAX_NESTING levels. */
function planModel(info: Selection, nodes: readonly FieldNode[], level: number): LineagePlan | null {
  if (level > MAX_NESTING || nodes.length === 0) return null;
  // Fields with the same response key are one field to GraphQL (same arguments): grouped the same way here.
  const byResponseKey = new Map<string, FieldNode[]>();
  for (const field of selectedFields(
    info,
    nodes.map((node) => node.selectionSet),
    "Model",
  )) {
    if (!(field.name.value in OTHER_MODEL)) continue;
    const responseKey = field.alias?.value ?? field.name.value;
    byResponseKey.set(responseKey, [...(byResponseKey.get(responseKey) ?? []), field]);
  }
  // Different response keys asking the same thing share one subquery (and one cache entry). Arguments are
  // checked here too, so that a bad one is refused before the root's query.
  const bySignature = new Map<
    string,
    { field: LineageField; args?: TraversalArgs; minConfidence: number | null; nodes: FieldNode[] }
  >();
  for (const group of byResponseKey.values()) {
    const field = (group[0] as FieldNode).name.value as LineageField;
    const given = fieldArgs(info, group, field);
    const args =
      field === "ancestors" || field === "descendants" ? traversalOf(given, info, group, field) : undefined;
    const minConfidence = args ? args.minConfidence : minConfidenceArg(given.minConfidence, field);
    const signature = JSON.stringify([field, args ? traversalKey("UP", "", args) : minConfidence]);
    const entry = bySignature.get(signature) ?? { field, args, minConfidence, nodes: [] };
    entry.nodes.push(...group);
    bySignature.set(signature, entry);
  }
  const fields = [...bySignature.values()].map(
    ({ field, args, minConfidence, nodes: group }): LineageFieldPlan => {
      const typeName =
        field === "ancestors" || field === "descendants" ? RELATIVE_TYPE[field] : "LineageEdge";
      const others = selectedFields(
        info,
        group.map((node) => node.selectionSet),
        typeName,
      ).filter((node) => node.name.value === OTHER_MODEL[field]);
      return {
        field,
        minConfidence,
        traversal: args && {
          maxDepth: args.maxDepth,
          types: args.types,
          limit: args.first ?? MAX_RESULTS,
          withPath: args.withPath,
          modelFields: args.modelFields,
        },
        next: planModel(info, others, level + 1),
      };
    },
  );
  return fields.length > 0 ? { fields } : null;
}

/** Files each prefetched row list under the key its field's resolver will ask for, down the whole tree. */
function remember(
  cache: Map<string, RelativeRow[] | EdgeRow[]>,
  plan: LineagePlan,
  key: string,
  rows: LineageNode[][],
) {
  for (const [index, field] of plan.fields.entries()) {
    const nodes = rows[index] ?? [];
    const { traversal } = field;
    const minConfidence = field.minConfidence ?? null;
    if (traversal) {
      const direction = field.field === "ancestors" ? "UP" : "DOWN";
      const args = { ...traversal, first: traversal.limit, minConfidence };
      cache.set(
        traversalKey(direction, key, args),
        nodes.map((node) => node.row as RelativeRow),
      );
    } else {
      cache.set(
        edgesKey(field.field === "parents" ? "up" : "down", key, minConfidence),
        nodes.map((node) => node.row as EdgeRow),
      );
    }
    if (!field.next) continue;
    for (const node of nodes) {
      const row = node.row as EdgeRow & RelativeRow;
      const other = field.field === "parents" ? row.parent : field.field === "children" ? row.child : row.key;
      remember(cache, field.next, other, node.next);
    }
  }
}

/**
 * For the `model` root field: when its selection holds lineage fields, looks the model up and fetches all of
 * them in one query, keeping the rows for the fields' resolvers. Returns undefined when there is nothing to
 * prefetch (the caller looks the model up alone), null when no model has the name.
 */
export async function modelWithSelectedLineage(
  context: Context,
  name: string,
  info: GraphQLResolveInfo,
): Promise<ModelRow | null | undefined> {
  const plan = planModel(info, info.fieldNodes, 1);
  if (!plan) return undefined;
  const found = await context.db.run(modelWithLineage(modelLookup(name), lineageRequest(plan)));
  if (!found) return null;
  const cache = prefetched.get(context) ?? new Map<string, RelativeRow[] | EdgeRow[]>();
  remember(cache, plan, found.model.key, found.lineage);
  prefetched.set(context, cache);
  return found.model;
}
