// One round trip for `model(name) { ancestors { … } }`: the root field looks ahead into its selection and,
// when it asks for ancestors or descendants, fetches the model and that traversal in one query; the traversal
// field then finds its rows here instead of asking Neo4j again. Other selections fall back to the batched
// loaders, so the answer is the same either way; only the number of round trips changes.
import DataLoader from "dataloader";
import { type FieldNode, type GraphQLResolveInfo, getArgumentValues, isObjectType, Kind } from "graphql";
import { modelKey } from "../../domain/names.ts";
import type { LineageType } from "../../domain/types.ts";
import type { Context } from "../context.ts";
import { MAX_RESULTS, modelWithRelatives, type RelativeRow, relativesOfModels } from "../data/lineage.ts";
import type { ModelRow } from "../data/models.ts";

export interface TraversalArgs {
  maxDepth: number;
  types?: readonly LineageType[] | null;
  first?: number | null;
}

/** DataLoader key for a traversal: the start model plus the arguments, so one level batches per argument set. */
export const traversalKey = (direction: "UP" | "DOWN", key: string, args: TraversalArgs) =>
  JSON.stringify([direction, key, args.maxDepth, args.types ?? null, args.first ?? MAX_RESULTS]);

const prefetched = new WeakMap<Context, Map<string, RelativeRow[]>>();
const loaders = new WeakMap<Context, DataLoader<string, RelativeRow[]>>();

/** The relatives of a model for a traversal field: prefetched by the root field, else batched per level. */
export function loadRelatives(context: Context, direction: "UP" | "DOWN", key: string, args: TraversalArgs) {
  const wanted = traversalKey(direction, key, args);
  const ready = prefetched.get(context)?.get(wanted);
  if (ready) return ready;
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader((traversals: readonly string[]) => loadTraversals(context, traversals));
    loaders.set(context, loader);
  }
  return loader.load(wanted);
}

/** A whole level's traversals, one query per direction and argument set. */
async function loadTraversals(context: Context, traversals: readonly string[]): Promise<RelativeRow[][]> {
  const groups = new Map<string, { keys: string[]; direction: "UP" | "DOWN"; args: TraversalArgs }>();
  for (const traversal of traversals) {
    const [direction, key, maxDepth, types, first] = JSON.parse(traversal) as [
      "UP" | "DOWN",
      string,
      number,
      LineageType[] | null,
      number,
    ];
    const group = JSON.stringify([direction, maxDepth, types, first]);
    const entry = groups.get(group) ?? { keys: [], direction, args: { maxDepth, types, first } };
    entry.keys.push(key);
    groups.set(group, entry);
  }
  const results = new Map<string, RelativeRow[]>();
  for (const { keys, direction, args } of groups.values()) {
    const found = await relativesOfModels(context.db, keys, direction, {
      maxDepth: args.maxDepth,
      types: args.types,
      limit: args.first ?? MAX_RESULTS,
    });
    for (const [index, key] of keys.entries())
      results.set(traversalKey(direction, key, args), found[index] ?? []);
  }
  return traversals.map((traversal) => results.get(traversal) ?? []);
}

/**
 * For the `model` root field: when its selection holds exactly one `ancestors` or `descendants` field (the
 * common shape), looks the model up and runs that traversal in one query, keeping the rows for the field.
 * Returns undefined when there is nothing to prefetch (the caller looks the model up alone), null when no model
 * has the name.
 */
export async function modelWithTraversal(
  context: Context,
  name: string,
  info: GraphQLResolveInfo,
): Promise<ModelRow | null | undefined> {
  const selections = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  const traversals = selections.filter(
    (s): s is FieldNode =>
      s.kind === Kind.FIELD && (s.name.value === "ancestors" || s.name.value === "descendants"),
  );
  const [field] = traversals;
  if (!field || traversals.length !== 1) return undefined;
  const definition = info.schema.getType("Model");
  const fieldDef = isObjectType(definition) ? definition.getFields()[field.name.value] : undefined;
  if (!fieldDef) return undefined;
  const args = getArgumentValues(fieldDef, field, info.variableValues) as {
    maxDepth?: number | null;
    types?: LineageType[] | null;
    first?: number | null;
  };
  const direction = field.name.value === "ancestors" ? "UP" : "DOWN";
  const traversal: TraversalArgs = { maxDepth: args.maxDepth ?? 10, types: args.types, first: args.first };
  const found = await modelWithRelatives(
    context.db,
    { lookupKey: modelKey(name), rawKey: name.trim() },
    direction,
    { maxDepth: traversal.maxDepth, types: traversal.types, limit: traversal.first ?? MAX_RESULTS },
  );
  if (!found.model) return null;
  const cache = prefetched.get(context) ?? new Map<string, RelativeRow[]>();
  cache.set(traversalKey(direction, found.model.key, traversal), found.relatives);
  prefetched.set(context, cache);
  return found.model;
}
