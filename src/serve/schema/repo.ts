// Hugging Face Hub repos: the repo, the model it is a checkpoint of, its declared bases and derivatives, what model
// cards declare beside what papers state (LineageEdge.sources), and where the two disagree.
import DataLoader from "dataloader";
import { clampDepth, MAX_DEPTH, MAX_RESULTS } from "../../cypher/fragments.ts";
import {
  baseReposOf,
  type CheckpointRow,
  checkpointsOfRepos,
  type DeclaredEdgeSummary,
  type DerivativesPage,
  type DisagreementRow,
  declaredParentsOfModels,
  derivativesOf,
  lineageDisagreements,
  type ModelCardRow,
  type RepoRelativeRow,
  repoKey,
  reposByKeys,
  reposOfModels,
  sourcesOfEdges,
} from "../../cypher/hf.ts";
import { windowConditions } from "../../cypher/keyset.ts";
import type { EdgeRow } from "../../cypher/rows.ts";
import { factKey } from "../../domain/facts.ts";
import { HF_RELATIONS, type HfRelation as HfRelationName, isRepoId } from "../../ingest/hf/record.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { badUserInput, notFound } from "../errors.ts";
import { type CursorSpec, keysetConnection, keysetWindow } from "./connections.ts";
import { Evidence } from "./evidence.ts";
import { LineageEdge } from "./lineage.ts";
import { Model } from "./model.ts";

const RELATION_DESCRIPTIONS: Record<HfRelationName, string> = {
  finetune: "The repo's weights are its base's, trained further.",
  adapter: "The repo holds an adapter (e.g. LoRA) for its base.",
  merge: "The repo merges the weights of its bases.",
  quantized: "The repo is its base, quantised or stored in another format.",
  successor: "The base's card names this repo as its new version.",
};

export const HfRelation = builder.enumType("HfRelation", {
  description:
    "How a repo declares it comes from a base repo (the Hub's `base_model_relation`, and `new_version`).",
  values: Object.fromEntries(
    HF_RELATIONS.map((relation) => [
      relation.toUpperCase(),
      { value: relation, description: RELATION_DESCRIPTIONS[relation] },
    ]),
  ) as Record<Uppercase<HfRelationName>, { value: HfRelationName; description: string }>,
});

/** A key no repo has fails its own load (a ModelCard or a relative names only repos that are stored). */
const loadRepos = async (keys: string[], context: Context) =>
  (await context.db.run(reposByKeys(keys))).map(
    (repo, index) => repo ?? new Error(`No repo has the key ${keys[index]}`),
  );

export const HfRepo = builder.loadableObject("HfRepo", {
  description: "A model repository on the Hugging Face Hub, as its metadata and model card declare it.",
  load: loadRepos,
  fields: (t) => ({
    id: t.exposeID("id", { description: 'The repo id, "owner/name", as the Hub writes it.' }),
    author: t.exposeString("author", {
      nullable: true,
      description: "The owner: a user or an organisation.",
    }),
    downloads: t.exposeInt("downloads", { nullable: true, description: "Downloads in the last 30 days." }),
    likes: t.exposeInt("likes", { nullable: true, description: "Likes on the Hub." }),
    pipelineTag: t.exposeString("pipelineTag", {
      nullable: true,
      description: 'The task, e.g. "text-generation".',
    }),
    library: t.exposeString("library", { nullable: true, description: 'The library, e.g. "transformers".' }),
    license: t.exposeString("license", { nullable: true, description: "The licence its card or tags give." }),
    createdAt: t.exposeString("createdAt", {
      nullable: true,
      description: "When the repo was created (ISO).",
    }),
    lastModified: t.exposeString("lastModified", { nullable: true, description: "Its last commit (ISO)." }),
    revision: t.exposeString("sha", { nullable: true, description: "The commit the metadata was read at." }),
    tags: t.exposeStringList("tags", { description: "The Hub's tags, as given." }),
    stub: t.exposeBoolean("stub", {
      description:
        "Only named by another repo (as a base or new version); its own metadata was not imported.",
    }),
  }),
});

const Checkpoint = builder.objectRef<CheckpointRow>("Checkpoint").implement({
  description: "How a repo id was read as a checkpoint of a model, by the name grammar.",
  fields: (t) => ({
    model: t.field({ type: Model, description: "The model.", resolve: (row) => row.model }),
    rule: t.exposeString("rule", { description: 'The reading, e.g. "hf.name" or "hf.name-less-tuning".' }),
    confidence: t.exposeFloat("confidence", { description: "How sure the reading is, 0 to 1." }),
    size: t.exposeString("size", { nullable: true, description: 'The size the id names, e.g. "4B".' }),
    tuning: t.exposeString("tuning", { nullable: true, description: '"pretrained" or "instruction-tuned".' }),
  }),
});

const loadCheckpoints = (keys: string[], context: Context) => context.db.run(checkpointsOfRepos(keys));

/** Loader keys that carry a field's arguments, so that one loader per field serves every argument set. */
const withArgs = (key: string, args: unknown[]) => JSON.stringify([key, ...args]);

/** Loads a level of keys grouped by their arguments: one statement per argument set (usually one). */
async function byArgumentSet<T>(
  loadKeys: readonly string[],
  run: (keys: string[], args: unknown[]) => Promise<T[]>,
): Promise<T[]> {
  const groups = new Map<string, string[]>();
  for (const loadKey of loadKeys) {
    const [key, ...args] = JSON.parse(loadKey) as [string, ...unknown[]];
    const group = JSON.stringify(args);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const results = new Map<string, T>();
  for (const [group, keys] of groups) {
    const args = JSON.parse(group) as unknown[];
    const found = await run(keys, args);
    for (const [index, key] of keys.entries()) results.set(withArgs(key, args), found[index] as T);
  }
  return loadKeys.map((loadKey) => results.get(loadKey) as T);
}

const RepoRelative = builder.objectRef<RepoRelativeRow>("HfRepoRelative").implement({
  description: "A repo reached through declared edges, with how far it is and the relation of the last step.",
  fields: (t) => ({
    repo: t.field({ type: HfRepo, description: "The repo reached.", resolve: (row) => row.repo }),
    depth: t.exposeInt("depth", { description: "Declared edges between the two repos (1 = direct)." }),
    relation: t.field({
      type: HfRelation,
      description: "The relation of the step that reaches it.",
      resolve: (row) => row.relation as HfRelationName,
    }),
  }),
});

const RelationCount = builder.objectRef<{ relation: string; count: number }>("HfRelationCount").implement({
  description: 'How many derivatives a relation reaches, e.g. "1,240 quantized".',
  fields: (t) => ({
    relation: t.field({
      type: HfRelation,
      description: "The relation of the step that reaches them.",
      resolve: (row) => row.relation as HfRelationName,
    }),
    count: t.exposeInt("count", { description: "Derivatives reached by it (over all pages)." }),
  }),
});

/** The cursors of `derivatives`: the repo's key. */
const DERIVATIVE_CURSORS: CursorSpec = { field: "derivatives", order: "ID", columns: ["string"] };

const relationsArg = (relations: readonly HfRelationName[] | null | undefined) =>
  relations?.length ? [...new Set(relations)].sort() : null;

const derivativeLoaders = new WeakMap<Context, DataLoader<string, DerivativesPage>>();

/** A level's derivatives pages (one statement per argument set), per request. */
function derivativesLoader(context: Context): DataLoader<string, DerivativesPage> {
  let loader = derivativeLoaders.get(context);
  if (!loader) {
    loader = new DataLoader((loadKeys: readonly string[]) =>
      byArgumentSet(loadKeys, (keys, args) => {
        const [depth, relations, window] = args as [number, string[] | null, ReturnType<typeof keysetWindow>];
        const conditions = windowConditions([{ expr: "x.key", desc: false }], window);
        return context.db.run(
          derivativesOf(keys, {
            depth,
            relations,
            limit: window.limit,
            fromEnd: window.fromEnd,
            page: conditions.page,
            other: conditions.other,
            window: conditions.params,
          }),
        );
      }),
    );
    derivativeLoaders.set(context, loader);
  }
  return loader;
}

builder.objectFields(HfRepo, (t) => ({
  checkpoint: t.loadable({
    type: Checkpoint,
    nullable: true,
    description: "How the repo id names a model; null when it names none stored.",
    resolve: (repo) => repo.key,
    load: loadCheckpoints,
  }),
  model: t.loadable({
    type: Model,
    nullable: true,
    description:
      "The model this repo is a checkpoint of, read from its id by the name grammar; null when none.",
    resolve: (repo) => repo.key,
    load: async (keys: string[], context) =>
      (await loadCheckpoints(keys, context)).map((checkpoint) => checkpoint?.model ?? null),
  }),
  baseModels: t.loadableList({
    type: RepoRelative,
    description:
      "The repos this one declares it comes from, all the way up: nearest first, each with one shortest path's " +
      "last relation.",
    args: {
      maxDepth: t.arg.int({
        defaultValue: 10,
        description: `Generations to follow (clamped to 1..${MAX_DEPTH}).`,
      }),
      relations: t.arg({ type: [HfRelation], description: "Follow only these relations (default: all)." }),
      first: t.arg.int({
        description: `At most this many (clamped to 1..${MAX_RESULTS}; default ${MAX_RESULTS}).`,
      }),
    },
    resolve: (repo, args) =>
      withArgs(repo.key, [
        clampDepth(args.maxDepth ?? 10),
        relationsArg(args.relations),
        Math.max(1, Math.min(args.first ?? MAX_RESULTS, MAX_RESULTS)),
      ]),
    load: (loadKeys: string[], context) =>
      byArgumentSet(loadKeys, (keys, [depth, relations, limit]) =>
        context.db.run(baseReposOf(keys, depth as number, relations as string[] | null, limit as number)),
      ),
  }),
  derivatives: t.connection(
    {
      type: RepoRelative,
      description:
        "Repos that declare they come from this one, all the way down, by id, a page at a time (a popular base " +
        "has thousands): with how many there are in all and per relation.",
      args: {
        maxDepth: t.arg.int({
          defaultValue: 1,
          description: `Generations to follow (clamped to 1..${MAX_DEPTH}).`,
        }),
        relations: t.arg({ type: [HfRelation], description: "Follow only these relations (default: all)." }),
      },
      resolve: async (repo, args, context) => {
        const window = keysetWindow(DERIVATIVE_CURSORS, args);
        const page = await derivativesLoader(context).load(
          withArgs(repo.key, [clampDepth(args.maxDepth ?? 1), relationsArg(args.relations), window]),
        );
        return {
          ...keysetConnection(DERIVATIVE_CURSORS, window, {
            rows: page.rows.map((row) => ({ node: row, sortKey: [row.sortKey] })),
            more: page.more,
            beyond: page.beyond,
          }),
          totalCount: page.total,
          byRelation: page.byRelation,
        };
      },
    },
    {
      name: "HfRepoDerivativeConnection",
      description: "A page of a repo's derivatives, by keyset cursors.",
      fields: (connection) => ({
        totalCount: connection.int({
          description: "Derivatives over all pages.",
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
        byRelation: connection.field({
          type: [RelationCount],
          description: "Derivatives over all pages, counted by the relation that reaches them.",
          resolve: (parent) =>
            (parent as unknown as { byRelation: DerivativesPage["byRelation"] }).byRelation,
        }),
      }),
    },
    { name: "HfRepoDerivativeEdge", description: "A derivative in a page, with its cursor." },
  ),
}));

/** A declared model-level edge, as LineageEdge shows edges: papers' confidence does not apply to it. */
const declaredEdge = (edge: DeclaredEdgeSummary): EdgeRow => ({
  type: edge.type as EdgeRow["type"],
  child: edge.child,
  parent: edge.parent,
  verdict: null,
  confidence: null,
});

builder.objectFields(Model, (t) => ({
  repos: t.loadableList({
    type: HfRepo,
    description: "Hugging Face repos that are checkpoints of this model, most downloaded first.",
    args: {
      first: t.arg.int({
        defaultValue: 100,
        description: `At most this many (clamped to 1..${MAX_RESULTS}).`,
      }),
    },
    resolve: (model, args) => withArgs(model.key, [Math.max(1, Math.min(args.first ?? 100, MAX_RESULTS))]),
    load: (loadKeys: string[], context) =>
      byArgumentSet(loadKeys, (keys, [limit]) => context.db.run(reposOfModels(keys, limit as number))),
  }),
  declaredParents: t.loadableList({
    type: LineageEdge,
    description:
      "What model cards declare this model comes from (a repo of it names a base repo of another model), kept " +
      "apart from what papers state (`parents`); each edge's `sources` name the cards.",
    resolve: (model) => model.key,
    load: (keys: string[], context) =>
      context.db
        .run(declaredParentsOfModels(keys))
        .then((rows) => rows.map((edges) => edges.map(declaredEdge))),
  }),
}));

const ModelCard = builder.objectRef<ModelCardRow>("ModelCard").implement({
  description: "A model card that declares a lineage edge: the repo whose card says it, at which revision.",
  fields: (t) => ({
    card: t.field({
      type: HfRepo,
      description: "The repo whose card declares it.",
      resolve: (row) => repoKey(row.card),
    }),
    revision: t.exposeString("revision", {
      description: "The card's commit, or its last-modified date when the commit is not known.",
    }),
    relation: t.field({
      type: HfRelation,
      description: "The relation the card declares.",
      resolve: (row) => row.relation as HfRelationName,
    }),
    repo: t.field({
      type: HfRepo,
      description: "The child repo of the declared edge.",
      resolve: (row) => repoKey(row.repo),
    }),
    base: t.field({
      type: HfRepo,
      description: "The base repo of the declared edge.",
      resolve: (row) => repoKey(row.base),
    }),
  }),
});

const LineageSource = builder.unionType("LineageSource", {
  description: "What supports a lineage edge: a paper's sentence (Evidence) or a model card (ModelCard).",
  types: [Evidence, ModelCard],
  resolveType: (value) => ("sentence" in value ? "Evidence" : "ModelCard"),
});

builder.objectFields(LineageEdge, (t) => ({
  sources: t.loadableList({
    type: LineageSource,
    description:
      "Everything that supports this edge, kept apart by kind: the papers' sentences (as `evidence`) and the " +
      "model cards that declare the same child, parent and type.",
    resolve: (edge) =>
      JSON.stringify({
        fact: factKey(edge.type, edge.child, edge.parent),
        type: edge.type,
        child: edge.child,
        parent: edge.parent,
      }),
    load: async (loadKeys: string[], context) => {
      const edges = loadKeys.map(
        (loadKey) => JSON.parse(loadKey) as { fact: string; type: string; child: string; parent: string },
      );
      const found = await context.db.run(sourcesOfEdges(edges));
      return found.map((row) => [...row.evidence, ...row.cards]);
    },
  }),
}));

const LineageDisagreement = builder.objectRef<DisagreementRow>("LineageDisagreement").implement({
  description:
    "A model whose model cards declare a parent its papers do not state (while the papers state others): both " +
    "sides, each edge with its sources.",
  fields: (t) => ({
    model: t.field({ type: Model, description: "The model.", resolve: (row) => row.model }),
    extracted: t.field({
      type: [LineageEdge],
      description: "Its parents as papers state them.",
      resolve: (row) =>
        row.extracted.map((edge) => ({ ...edge, type: edge.type as EdgeRow["type"], verdict: null })),
    }),
    declared: t.field({
      type: [LineageEdge],
      description: "Its parents as model cards declare them.",
      resolve: (row) => row.declared.map(declaredEdge),
    }),
  }),
});

builder.queryFields((t) => ({
  hfRepo: t.field({
    type: HfRepo,
    nullable: true,
    description: "A Hugging Face repo by id (any case); unknown: null and a NOT_FOUND error.",
    args: { id: t.arg.string({ required: true, description: 'A repo id, "owner/name".' }) },
    resolve: async (_root, args, context) => {
      const id = args.id.trim();
      if (!isRepoId(id))
        throw badUserInput(`Argument \`id\` of \`hfRepo\` is not an owner/name repo id.`, "id");
      const [repo] = await context.db.run(reposByKeys([repoKey(id)]));
      if (!repo) throw notFound(`No Hugging Face repo "${id}" was imported (argument \`id\`)`, []);
      HfRepo.getDataloader(context).prime(repo.key, repo);
      return repo;
    },
  }),
  lineageDisagreements: t.field({
    type: [LineageDisagreement],
    description:
      "Models whose model cards declare a parent their papers do not state, by model name, with both sides' sources.",
    args: {
      first: t.arg.int({
        defaultValue: 100,
        description: `At most this many (clamped to 1..${MAX_RESULTS}).`,
      }),
    },
    resolve: (_root, args, context) =>
      context.db.run(lineageDisagreements(Math.max(1, Math.min(args.first ?? 100, MAX_RESULTS)))),
  }),
}));
