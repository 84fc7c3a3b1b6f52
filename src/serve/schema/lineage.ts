import { isCompleteModel, MAX_DEPTH, MAX_RESULTS } from "../../cypher/fragments.ts";
import { commonAncestors, edgesOfModels, lineagePathByNames } from "../../cypher/lineage.ts";
import { modelLookup } from "../../cypher/models.ts";
import type { EdgeRow, ModelRow, RelativeRow } from "../../cypher/rows.ts";
import { factKey } from "../../domain/facts.ts";
import { ASSOCIATION_TYPES, type LineageType as LineageTypeName } from "../../domain/types.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { minConfidenceArg } from "../errors.ts";
import { Evidence, loadEvidence } from "./evidence.ts";
import { LineageType, Model, requireModel } from "./model.ts";
import { edgeLoadKey, loadEdges, loadRelatives, traversalOf } from "./traversals.ts";

/** The description of every lineage field's `minConfidence` argument. */
export const MIN_CONFIDENCE_DESCRIPTION =
  "Only edges at least this confident, from 0 to 1 (an edge's confidence is the best of its evidence's); " +
  "traversals walk only such edges. Absent: every edge.";

const ASSOCIATION_DESCRIPTIONS: Record<(typeof ASSOCIATION_TYPES)[number], string> = {
  USES_COMPONENT: "The subject contains the object as a part (e.g. its vision encoder).",
  USES_ARCHITECTURE: "The subject is built on the object's architecture, without its weights.",
  SHARES_ARCHITECTURE_WITH: "The two models share one architecture.",
  TRAINED_ON_DATA_OF: "The subject is trained on data the object produced or was trained on.",
  COMPARED_WITH: "The paper compares the subject with the object (see `verdict`).",
};

export const AssociationType = builder.enumType("AssociationType", {
  description: "Relations between models that are not ancestry.",
  values: Object.fromEntries(
    ASSOCIATION_TYPES.map((type) => [type, { description: ASSOCIATION_DESCRIPTIONS[type] }]),
  ) as Record<(typeof ASSOCIATION_TYPES)[number], { description: string }>,
});

export const ComparisonVerdict = builder.enumType("ComparisonVerdict", {
  description: "How the subject of a COMPARED_WITH relation fared against the object, as the paper says.",
  values: {
    OUTPERFORMS: { value: "outperforms", description: "The subject does better." },
    COMPARABLE: { value: "comparable", description: "The two do about as well." },
    COMPETITIVE: { value: "competitive", description: "The subject is competitive with the object." },
    UNDERPERFORMS: { value: "underperforms", description: "The subject does worse." },
  } as const,
});

/** A model's key, with its fields (when a query brought them all along) handed to the model loader: no round trip. */
function primed(context: Context, key: string, row: ModelRow | undefined): string {
  if (row && isCompleteModel(row)) Model.getDataloader(context).prime(key, row);
  return key;
}

export const LineageEdge = builder.objectRef<EdgeRow>("LineageEdge").implement({
  description: "child → parent: the child descends from the parent.",
  fields: (t) => ({
    id: t.id({
      description: "TYPE:child->parent, stable across requests.",
      resolve: (edge) => factKey(edge.type, edge.child, edge.parent),
    }),
    type: t.field({
      type: LineageType,
      description: "How the child descends from the parent.",
      resolve: (edge) => edge.type as LineageTypeName,
    }),
    confidence: t.float({
      nullable: true,
      description:
        "How sure the extraction is of this edge, 0 to 1: the best confidence of its evidence (what " +
        "`minConfidence` compares). Null only for an edge stored without evidence.",
      resolve: (edge) => edge.confidence ?? null,
    }),
    child: t.field({
      type: Model,
      description: "The model that descends.",
      resolve: (edge, _args, context) => primed(context, edge.child, edge.childModel),
    }),
    parent: t.field({
      type: Model,
      description: "The model it descends from.",
      resolve: (edge, _args, context) => primed(context, edge.parent, edge.parentModel),
    }),
    evidence: t.loadableList({
      type: Evidence,
      description: "Every sentence, in every paper, that supports this edge.",
      resolve: (edge) => factKey(edge.type, edge.child, edge.parent),
      load: loadEvidence,
    }),
  }),
});

export const ModelRelation = builder.objectRef<EdgeRow>("ModelRelation").implement({
  description: "subject → object, a relation that is not ancestry (uses a component, compared with, ...).",
  fields: (t) => ({
    id: t.id({
      description: "TYPE:subject->object, stable across requests.",
      resolve: (edge) => factKey(edge.type, edge.child, edge.parent),
    }),
    type: t.field({
      type: AssociationType,
      description: "What the relation is.",
      resolve: (edge) => edge.type as (typeof ASSOCIATION_TYPES)[number],
    }),
    subject: t.field({
      type: Model,
      description: "The model the relation is about.",
      resolve: (edge) => edge.child,
    }),
    object: t.field({ type: Model, description: "The other model.", resolve: (edge) => edge.parent }),
    verdict: t.field({
      type: ComparisonVerdict,
      nullable: true,
      description: "COMPARED_WITH only: how the subject fared.",
      resolve: (edge) => (edge.verdict ?? null) as "outperforms" | null,
    }),
    evidence: t.loadableList({
      type: Evidence,
      description: "Every sentence, in every paper, that supports this relation.",
      resolve: (edge) => factKey(edge.type, edge.child, edge.parent),
      load: loadEvidence,
    }),
  }),
});

const relativeFields = (name: "Ancestor" | "Descendant", description: string) =>
  builder.objectRef<RelativeRow>(name).implement({
    description,
    fields: (t) => ({
      model: t.field({
        type: Model,
        description: name === "Ancestor" ? "The ancestor." : "The descendant.",
        // The row itself: it has the fields this selection asks for, perhaps not all (then it is not cached).
        resolve: (relative, _args, context) => {
          if (!relative.model) return relative.key;
          primed(context, relative.key, relative.model);
          return relative.model;
        },
      }),
      depth: t.exposeInt("depth", { description: "Edges between the two models (1 = direct)." }),
      path: t.field({
        type: [LineageEdge],
        description: "One shortest chain of edges from the model asked about to this one.",
        resolve: (relative) => {
          // Fetched whenever the selection has `path` (selectsPath); missing means the two disagree.
          if (!relative.path) throw new Error(`${name}.path was selected but not fetched`);
          return relative.path;
        },
      }),
    }),
  });

export const Ancestor = relativeFields("Ancestor", "A model this one descends from.");
export const Descendant = relativeFields("Descendant", "A model that descends from this one.");

const traversalArgs = (t: Parameters<Parameters<typeof builder.objectFields<typeof Model>>[1]>[0]) => ({
  maxDepth: t.arg.int({
    defaultValue: 10,
    description: `How many generations to follow (clamped to 1..${MAX_DEPTH}).`,
  }),
  types: t.arg({ type: [LineageType], description: "Only these lineage types (default: all)." }),
  first: t.arg.int({
    description: `At most this many, nearest first (clamped to 1..${MAX_RESULTS}; default ${MAX_RESULTS}).`,
  }),
  minConfidence: t.arg.float({ description: MIN_CONFIDENCE_DESCRIPTION }),
});

builder.objectFields(Model, (t) => ({
  parents: t.loadableList({
    type: LineageEdge,
    description: "Direct lineage edges to the models this one descends from.",
    args: { minConfidence: t.arg.float({ description: MIN_CONFIDENCE_DESCRIPTION }) },
    // Prefetched by the `model` root field when it can (traversals.ts), else batched per level (one loader for
    // every `parents` of the request: the key carries the argument).
    resolve: (model, args) => edgeLoadKey(model.key, minConfidenceArg(args.minConfidence, "parents")),
    load: (keys: string[], context) => loadEdges(context, "up", keys),
  }),
  children: t.loadableList({
    type: LineageEdge,
    description: "Direct lineage edges from the models that descend from this one.",
    args: { minConfidence: t.arg.float({ description: MIN_CONFIDENCE_DESCRIPTION }) },
    // Prefetched by the `model` root field when it can (traversals.ts), else batched per level.
    resolve: (model, args) => edgeLoadKey(model.key, minConfidenceArg(args.minConfidence, "children")),
    load: (keys: string[], context) => loadEdges(context, "down", keys),
  }),
  ancestors: t.field({
    type: [Ancestor],
    description: "Every model this one descends from, nearest first, each with a shortest path.",
    args: traversalArgs(t),
    // Prefetched by the `model` root field when it can (traversals.ts), else batched per level.
    resolve: (model, args, context, info) =>
      loadRelatives(context, "UP", model.key, traversalOf(args, info, info.fieldNodes, "ancestors")),
  }),
  descendants: t.field({
    type: [Descendant],
    description: "Every model that descends from this one, nearest first, each with a shortest path.",
    args: traversalArgs(t),
    // Prefetched by the `model` root field when it can (traversals.ts), else batched per level.
    resolve: (model, args, context, info) =>
      loadRelatives(context, "DOWN", model.key, traversalOf(args, info, info.fieldNodes, "descendants")),
  }),
  relations: t.loadableList({
    type: ModelRelation,
    description:
      "Relations that are not ancestry, with this model as the subject (uses, trained on, compared with).",
    resolve: (model) => model.key,
    load: (keys: string[], context) => context.db.run(edgesOfModels(keys, "up", ASSOCIATION_TYPES)),
  }),
  relatedBy: t.loadableList({
    type: ModelRelation,
    description:
      "Relations that are not ancestry, with this model as the object (used by, compared against).",
    resolve: (model) => model.key,
    load: (keys: string[], context) => context.db.run(edgesOfModels(keys, "down", ASSOCIATION_TYPES)),
  }),
  comparedWith: t.loadableList({
    type: ModelRelation,
    description: "COMPARED_WITH relations where this model is the subject, with the verdict.",
    resolve: (model) => model.key,
    load: (keys: string[], context) => context.db.run(edgesOfModels(keys, "up", ["COMPARED_WITH"])),
  }),
}));

const CommonAncestor = builder
  .objectRef<{ key: string; depthFromA: number; depthFromB: number }>("CommonAncestor")
  .implement({
    description: "An ancestor of both models, with how far it is from each.",
    fields: (t) => ({
      model: t.field({ type: Model, description: "The shared ancestor.", resolve: (row) => row.key }),
      depthFromA: t.exposeInt("depthFromA", { description: "Generations from `a` up to it (1 = a parent)." }),
      depthFromB: t.exposeInt("depthFromB", { description: "Generations from `b` up to it (1 = a parent)." }),
    }),
  });

builder.queryFields((t) => ({
  lineagePath: t.field({
    type: [LineageEdge],
    nullable: true,
    description:
      "The lineage path between two models, in order from `from` to `to`: the shortest line of descent when one " +
      "descends from the other, else the shortest path ignoring edge direction; null when they are unrelated.",
    args: {
      from: t.arg.string({
        required: true,
        description: "A model's name or alias (as `model(name:)` takes).",
      }),
      to: t.arg.string({ required: true, description: "The other model's name or alias." }),
      types: t.arg({ type: [LineageType], description: "Only these lineage types (default: all)." }),
      minConfidence: t.arg.float({ description: MIN_CONFIDENCE_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const minConfidence = minConfidenceArg(args.minConfidence, "lineagePath");
      // One round trip: both look-ups and the path; the look-ups run again only to explain a missing name.
      const found = await context.db.run(
        lineagePathByNames(modelLookup(args.from), modelLookup(args.to), args.types, minConfidence),
      );
      const from = found.from ?? (await requireModel(context, args.from, "from"));
      const to = found.to ?? (await requireModel(context, args.to, "to"));
      if (from.key === to.key) return [];
      return found.path;
    },
  }),
  commonAncestors: t.field({
    type: [CommonAncestor],
    description: "Ancestors two models share, nearest first.",
    args: {
      a: t.arg.string({ required: true, description: "A model's name or alias (as `model(name:)` takes)." }),
      b: t.arg.string({ required: true, description: "The other model's name or alias." }),
      minConfidence: t.arg.float({ description: MIN_CONFIDENCE_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const minConfidence = minConfidenceArg(args.minConfidence, "commonAncestors");
      const [a, b] = await Promise.all([
        requireModel(context, args.a, "a"),
        requireModel(context, args.b, "b"),
      ]);
      return context.db.run(commonAncestors(a.key, b.key, minConfidence));
    },
  }),
}));
