import {
  graphStats,
  listAuthors,
  listOrganizations,
  papersOf,
  type SearchRow,
  type StatsRow,
  searchText,
} from "../../cypher/catalogue.ts";
import { MAX_RESULTS } from "../../cypher/fragments.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { Model } from "./model.ts";
import { Author, Organization, Paper } from "./paper.ts";
import { Benchmark, Capability, Technique } from "./vocabulary.ts";

const papersLoader = (of: "Author" | "Organization") => (names: string[], context: Context) =>
  context.db.run(papersOf(of, names));

builder.objectFields(Author, (t) => ({
  papers: t.loadableList({
    type: Paper,
    description: "Papers this author is credited on, newest first.",
    resolve: (author) => author.name,
    load: papersLoader("Author"),
  }),
}));

builder.objectFields(Organization, (t) => ({
  papers: t.loadableList({
    type: Paper,
    description: "Papers affiliated with this organisation, newest first.",
    resolve: (organization) => organization.name,
    load: papersLoader("Organization"),
  }),
}));

const SearchResult = builder.unionType("SearchResult", {
  description: "What a search hit is: a model, a paper, or a capability, technique or benchmark.",
  types: [Model, Paper, Capability, Technique, Benchmark],
  resolveType: (value) => {
    if ("title" in value) return "Paper";
    if ("key" in value) return "Model";
    return value.kind === "capability"
      ? "Capability"
      : value.kind === "technique"
        ? "Technique"
        : "Benchmark";
  },
});

const SearchHit = builder.objectRef<SearchRow>("SearchHit").implement({
  description: "One result of `search`, best first.",
  fields: (t) => ({
    score: t.exposeFloat("score", { description: "Full-text relevance (Lucene); higher is better." }),
    kind: t.exposeString("label", { description: "Model, Paper, Capability, Technique or Benchmark." }),
    node: t.field({
      type: SearchResult,
      nullable: true,
      description: "The object found; null if it was removed since the index saw it.",
      resolve: (hit, _args, context) => {
        if (hit.label === "Model") return Model.getDataloader(context).load(hit.id);
        if (hit.label === "Paper") return Paper.getDataloader(context).load(hit.id);
        const vocabulary =
          hit.label === "Capability" ? Capability : hit.label === "Technique" ? Technique : Benchmark;
        return vocabulary.getDataloader(context).load(hit.id);
      },
    }),
  }),
});

const LabelCount = builder.objectRef<{ label: string; count: number }>("LabelCount").implement({
  description: "How many nodes have a label.",
  fields: (t) => ({
    label: t.exposeString("label", { description: 'A node label, e.g. "Model".' }),
    count: t.exposeInt("count", { description: "Nodes with it." }),
  }),
});
const TypeCount = builder.objectRef<{ type: string; count: number }>("TypeCount").implement({
  description: "How many relationships have a type.",
  fields: (t) => ({
    type: t.exposeString("type", { description: 'A relationship type, e.g. "BASED_ON".' }),
    count: t.exposeInt("count", { description: "Relationships of it." }),
  }),
});
const Stats = builder.objectRef<StatsRow>("Stats").implement({
  description: "The size of the stored graph (README: The data model).",
  fields: (t) => ({
    nodes: t.exposeInt("nodes", { description: "Every node, of every label." }),
    relationships: t.exposeInt("relationships", { description: "Every relationship, of every type." }),
    byLabel: t.field({
      type: [LabelCount],
      description: "Nodes by label (labels with none left out).",
      resolve: (stats) => stats.byLabel,
    }),
    byType: t.field({
      type: [TypeCount],
      description: "Relationships by type (types with none left out).",
      resolve: (stats) => stats.byType,
    }),
  }),
});

builder.queryFields((t) => ({
  authors: t.field({
    type: [Author],
    description: "Authors, most prolific first.",
    args: {
      first: t.arg.int({ defaultValue: 100, description: `At most this many (at most ${MAX_RESULTS}).` }),
    },
    resolve: (_root, args, context) => context.db.run(listAuthors(args.first ?? 100)),
  }),
  organizations: t.field({
    type: [Organization],
    description: "Organisations, most papers first.",
    args: {
      first: t.arg.int({ defaultValue: 100, description: `At most this many (at most ${MAX_RESULTS}).` }),
    },
    resolve: (_root, args, context) => context.db.run(listOrganizations(args.first ?? 100)),
  }),
  search: t.field({
    type: [SearchHit],
    description:
      "Full-text search over models (names and aliases), papers (titles, abstracts) and the vocabulary.",
    args: {
      text: t.arg.string({
        required: true,
        description: "Words to find (each also as a prefix); search syntax characters are ignored.",
      }),
      first: t.arg.int({ defaultValue: 10, description: "At most this many hits (at most 100)." }),
    },
    resolve: (_root, args, context) => {
      const search = searchText(args.text, args.first ?? 10);
      return search ? context.db.run(search) : [];
    },
  }),
  stats: t.field({
    type: Stats,
    description: "How big the graph is, by label and relationship type.",
    resolve: (_root, _args, context) => context.db.run(graphStats()),
  }),
}));
