import {
  findModelByName,
  listModels,
  modelLookup,
  modelsByKeys,
  modelsOfPapers,
  papersOfModels,
  siblingsOfModels,
  suggestModelNames,
} from "../../cypher/models.ts";
import type { ModelRow } from "../../cypher/rows.ts";
import { LINEAGE_TYPES } from "../../domain/types.ts";
import { isoDateProblem } from "../../ingest/parse/text.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { badUserInput, notFound } from "../errors.ts";
import { type CursorSpec, keysetConnection, keysetWindow } from "./connections.ts";
import { Paper } from "./paper.ts";
import { modelWithSelectedLineage } from "./traversals.ts";

export const Model = builder.loadableNode("Model", {
  description: "An AI model, normalised across every paper that names it.",
  id: { resolve: (model: ModelRow) => model.key },
  load: (keys: string[], context) => context.db.run(modelsByKeys(keys)),
  fields: (t) => ({
    key: t.exposeString("key", {
      description: "Identity: the name folded for case, spaces, hyphens and dashes.",
    }),
    name: t.exposeString("name", { description: "The canonical name, as the introducing paper spells it." }),
    aliases: t.exposeStringList("aliases", { description: "Other spellings seen in the papers." }),
    family: t.exposeString("family", {
      nullable: true,
      description: 'The model family, e.g. "Gemma"; null when unknown.',
    }),
    version: t.exposeString("version", {
      nullable: true,
      description: 'The version within the family, e.g. "3"; null when none.',
    }),
    sizes: t.exposeStringList("sizes", { description: 'Parameter sizes, e.g. "2B", "270M-270M", "8x7B".' }),
    tuning: t.exposeStringList("tuning", { description: '"pretrained" and/or "instruction-tuned".' }),
    introducedIn: t.loadableList({
      type: Paper,
      description: "Papers that introduce this model.",
      resolve: (model) => model.key,
      load: (keys: string[], context) => context.db.run(papersOfModels(keys, "INTRODUCES")),
    }),
    mentionedIn: t.loadableList({
      type: Paper,
      description: "Papers that mention this model without introducing it.",
      resolve: (model) => model.key,
      load: (keys: string[], context) => context.db.run(papersOfModels(keys, "MENTIONS")),
    }),
  }),
});

builder.objectFields(Paper, (t) => ({
  introduces: t.loadableList({
    type: Model,
    description: "Models this paper introduces.",
    resolve: (paper) => paper.id,
    load: (ids: string[], context) => context.db.run(modelsOfPapers(ids, "INTRODUCES")),
  }),
  mentions: t.loadableList({
    type: Model,
    description: "Models this paper names without introducing them.",
    resolve: (paper) => paper.id,
    load: (ids: string[], context) => context.db.run(modelsOfPapers(ids, "MENTIONS")),
  }),
}));

builder.objectFields(Model, (t) => ({
  siblings: t.loadableList({
    type: Model,
    description: "Models that share a lineage parent with this one.",
    resolve: (model) => model.key,
    load: (keys: string[], context) => context.db.run(siblingsOfModels(keys)),
  }),
}));

/** Resolves a user-typed name to a model, or fails with a typed NOT_FOUND carrying suggestions. */
export async function requireModel(context: Context, name: string, argument: string): Promise<ModelRow> {
  const model = await context.db.run(findModelByName(modelLookup(name)));
  if (model) return model;
  const suggest = suggestModelNames(name);
  throw notFound(
    `No model is named "${name}" (argument \`${argument}\`)`,
    suggest ? await context.db.run(suggest) : [],
  );
}

/** The cursors of `models` in an order: its sort key is (introduced,) lower-case name, key. */
const modelCursors = (order: "NAME" | "INTRODUCED" | "INTRODUCED_DESC"): CursorSpec => ({
  field: "models",
  order,
  columns: order === "NAME" ? ["string", "string"] : ["date", "string", "string"],
});

export const ModelOrder = builder.enumType("ModelOrder", {
  description: "The order of `models` (ties: name, then key).",
  values: {
    NAME: { description: "Alphabetical." },
    INTRODUCED: { description: "Oldest introduction first." },
    INTRODUCED_DESC: { description: "Newest introduction first." },
  } as const,
});

const ModelFilter = builder.inputType("ModelFilter", {
  description: "Every given field must match.",
  fields: (t) => ({
    family: t.string({ description: 'Family name, e.g. "Gemma" (case-insensitive).' }),
    capability: t.string({ description: 'Capability name, e.g. "code completion".' }),
    includeInherited: t.boolean({
      description: "With `capability`: also match models whose ancestors have it.",
      defaultValue: false,
    }),
    organization: t.string({ description: "Organisation of a paper that introduces the model." }),
    introducedAfter: t.string({ description: "ISO date: introduced strictly after." }),
    introducedBefore: t.string({ description: "ISO date: introduced strictly before." }),
    search: t.string({ description: "Substring of the name or an alias." }),
  }),
});

const LINEAGE_DESCRIPTIONS: Record<(typeof LINEAGE_TYPES)[number], string> = {
  BASED_ON: "The child is built from the parent (its weights or design): fine-tuned, adapted, extended.",
  DISTILLED_FROM: "The child learned from the parent as its teacher.",
  SUCCESSOR_OF: "The child is the next generation of the parent.",
  VARIANT_OF: "The child is a variant of the parent (a size, a tuning, a specialisation).",
};

export const LineageType = builder.enumType("LineageType", {
  description: "Ancestry: the child's weights, design or generation come from the parent.",
  values: Object.fromEntries(
    LINEAGE_TYPES.map((type) => [type, { description: LINEAGE_DESCRIPTIONS[type] }]),
  ) as Record<(typeof LINEAGE_TYPES)[number], { description: string }>,
});

builder.queryFields((t) => ({
  model: t.field({
    type: Model,
    nullable: true,
    description:
      "A model by name or alias, insensitive to case, spaces, hyphens and dashes. An unknown name gives null " +
      "and a NOT_FOUND error whose `extensions.suggestions` lists close names.",
    args: {
      name: t.arg.string({
        required: true,
        description: 'Any name or alias, e.g. "medgemma-1.5", or a model\'s `key`.',
      }),
    },
    resolve: async (_root, args, context, info) => {
      // With lineage fields selected (nested too), the look-up and the lineage share one round trip.
      const found = await modelWithSelectedLineage(context, args.name, info);
      return found ?? requireModel(context, args.name, "name");
    },
  }),
  models: t.connection(
    {
      type: Model,
      description: "Models matching a filter, paginated.",
      nullable: true,
      args: {
        filter: t.arg({ type: ModelFilter, description: "Only models matching every given field." }),
        orderBy: t.arg({ type: ModelOrder, defaultValue: "NAME", description: "The list's order." }),
      },
      resolve: async (_root, args, context) => {
        for (const field of ["introducedAfter", "introducedBefore"] as const) {
          const value = args.filter?.[field];
          // Checked here: Neo4j's date() would fail on anything else, and the client would see an unexpected error.
          const problem = value == null ? null : isoDateProblem(value);
          if (problem) {
            throw badUserInput(`filter.${field}: ${problem}`);
          }
        }
        const order = args.orderBy ?? "NAME";
        const spec = modelCursors(order);
        const window = keysetWindow(spec, args);
        const page = await context.db.run(listModels(args.filter ?? {}, order, window));
        return {
          ...keysetConnection(spec, window, {
            rows: page.models.map(({ model, sortKey }) => ({ node: model, sortKey })),
            more: page.more,
            beyond: page.beyond,
          }),
          totalCount: page.total,
        };
      },
    },
    {
      name: "ModelConnection",
      description: "A page of models, by keyset cursors (stable when models are added between pages).",
      fields: (connection) => ({
        totalCount: connection.int({
          description: "Models matching the filter, over all pages.",
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: "ModelEdge", description: "A model in a page of models, with its cursor." },
  ),
}));
