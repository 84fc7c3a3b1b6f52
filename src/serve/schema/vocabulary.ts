import { MAX_RESULTS } from "../../cypher/fragments.ts";
import { factsOfModels, inheritedCapabilitiesOfModels } from "../../cypher/models.ts";
import type { InheritedFactRow, ModelFactRow } from "../../cypher/rows.ts";
import {
  findVocabulary,
  listVocabulary,
  modelsOfVocabulary,
  type VocabularyRow,
  vocabularyByNames,
} from "../../cypher/vocabulary.ts";
import { FACT_STORAGE, factKey } from "../../domain/facts.ts";
import type { FactKind } from "../../domain/types.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { Evidence, loadEvidence } from "./evidence.ts";
import { Model } from "./model.ts";

/** Capability, Technique and Benchmark share one shape: a name and the models it is attached to. */
function vocabularyType(kind: FactKind, name: string, description: string) {
  return builder.loadableObject(name, {
    load: (names: string[], context: Context) => context.db.run(vocabularyByNames(kind, names)),
    sort: (entry: VocabularyRow) => entry.name,
    description,
    fields: (t) => ({
      name: t.exposeString("name", { description: `The ${kind}'s normalised name.` }),
      modelCount: t.exposeInt("modelCount", { description: "Models with a fact of this entry." }),
      models: t.loadableList({
        type: Model,
        description: "Models with this entry (own facts, not inherited).",
        resolve: (entry) => entry.name,
        load: (names: string[], context: Context) => context.db.run(modelsOfVocabulary(kind, names)),
      }),
    }),
  });
}

export const Capability = vocabularyType(
  "capability",
  "Capability",
  "Something a model can do, from a normalised taxonomy.",
);
export const Technique = vocabularyType("technique", "Technique", "A method used to build or train a model.");
export const Benchmark = vocabularyType("benchmark", "Benchmark", "An evaluation a model was reported on.");

const VOCABULARY_TYPE = { capability: Capability, technique: Technique, benchmark: Benchmark } as const;

/** A fact about one model (its capability, technique or benchmark) with the sentences that prove it. */
function modelFactType(kind: FactKind, name: string, withFigure: boolean) {
  return builder.objectRef<ModelFactRow>(name).implement({
    description: `A ${kind} of a model, with the sentences that state it.`,
    fields: (t) => ({
      [kind]: t.field({
        type: VOCABULARY_TYPE[kind],
        description: `The ${kind}, with every model that has it.`,
        resolve: (fact) => fact.name,
      }),
      name: t.exposeString("name", { description: `The ${kind}'s name.` }),
      ...(withFigure
        ? {
            figure: t.exposeString("figure", {
              nullable: true,
              description: "The reported figure, as written.",
            }),
          }
        : {}),
      evidence: t.loadableList({
        type: Evidence,
        description: "Every sentence, in every paper, that states it.",
        resolve: (fact) => factKey(FACT_STORAGE[kind].type, fact.model, fact.name),
        load: loadEvidence,
      }),
    }),
  });
}

const ModelCapability = modelFactType("capability", "ModelCapability", false);
const ModelTechnique = modelFactType("technique", "ModelTechnique", false);
const ModelBenchmark = modelFactType("benchmark", "ModelBenchmark", true);

const InheritedCapability = builder.objectRef<InheritedFactRow>("InheritedCapability").implement({
  description: "A capability of an ancestor that this model does not claim itself.",
  fields: (t) => ({
    capability: t.field({
      type: Capability,
      description: "The capability, with every model that has it.",
      resolve: (fact) => fact.name,
    }),
    name: t.exposeString("name", { description: "The capability's name." }),
    from: t.field({
      type: Model,
      description: "The nearest ancestor that has it.",
      resolve: (fact) => fact.from,
    }),
    depth: t.exposeInt("depth", { description: "Generations up to that ancestor (1 = a parent)." }),
    evidence: t.loadableList({
      type: Evidence,
      description: "The sentences that state the ancestor's capability.",
      resolve: (fact) => factKey(FACT_STORAGE.capability.type, fact.from, fact.name),
      load: loadEvidence,
    }),
  }),
});

const factsLoader = (kind: FactKind) => (keys: string[], context: Context) =>
  context.db.run(factsOfModels(keys, kind));

builder.objectFields(Model, (t) => ({
  capabilities: t.loadableList({
    type: ModelCapability,
    description: "What this model can do, as its papers state (own capabilities, not inherited).",
    resolve: (m) => m.key,
    load: factsLoader("capability"),
  }),
  techniques: t.loadableList({
    type: ModelTechnique,
    description: "Methods used to build or train this model, as its papers state.",
    resolve: (m) => m.key,
    load: factsLoader("technique"),
  }),
  benchmarks: t.loadableList({
    type: ModelBenchmark,
    description: "Evaluations this model was reported on, with the figure where given.",
    resolve: (m) => m.key,
    load: factsLoader("benchmark"),
  }),
  inheritedCapabilities: t.loadableList({
    type: InheritedCapability,
    description: "Capabilities of ancestors, each with the nearest ancestor it comes from.",
    resolve: (m) => m.key,
    load: (keys: string[], context: Context) => context.db.run(inheritedCapabilitiesOfModels(keys)),
  }),
}));

builder.queryFields((t) => {
  const list = (kind: FactKind) =>
    t.field({
      type: [VOCABULARY_TYPE[kind]],
      description: `Every ${kind}, most common first.`,
      args: {
        first: t.arg.int({
          defaultValue: 100,
          description: `At most this many (at most ${MAX_RESULTS}).`,
        }),
      },
      resolve: (_root, args, context) => context.db.run(listVocabulary(kind, args.first ?? 100)),
    });
  const one = (kind: FactKind) =>
    t.field({
      type: VOCABULARY_TYPE[kind],
      nullable: true,
      description: `One ${kind} by name (case-insensitive).`,
      args: { name: t.arg.string({ required: true, description: `The ${kind}'s name, in any case.` }) },
      resolve: (_root, args, context) => context.db.run(findVocabulary(kind, args.name)),
    });
  return {
    capabilities: list("capability"),
    capability: one("capability"),
    techniques: list("technique"),
    technique: one("technique"),
    benchmarks: list("benchmark"),
    benchmark: one("benchmark"),
  };
});
