import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import {
  graphStats,
  listAuthors,
  listOrganizations,
  papersOf,
  type SearchRow,
  searchText,
} from "../data/catalogue.ts";
import { Model } from "./model.ts";
import { Author, Organization, Paper } from "./paper.ts";
import { Benchmark, Capability, Technique } from "./vocabulary.ts";

const papersLoader = (of: "Author" | "Organization") => (names: string[], context: Context) =>
  papersOf(context.db, of, names);

builder.objectFields(Author, (t) => ({
  papers: t.loadableList({ type: Paper, resolve: (author) => author.name, load: papersLoader("Author") }),
}));

builder.objectFields(Organization, (t) => ({
  papers: t.loadableList({
    type: Paper,
    resolve: (organization) => organization.name,
    load: papersLoader("Organization"),
  }),
}));

const SearchResult = builder.unionType("SearchResult", {
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
  fields: (t) => ({
    score: t.exposeFloat("score"),
    kind: t.exposeString("label", { description: "Model, Paper, Capability, Technique or Benchmark." }),
    node: t.field({
      type: SearchResult,
      nullable: true,
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
  fields: (t) => ({ label: t.exposeString("label"), count: t.exposeInt("count") }),
});
const TypeCount = builder.objectRef<{ type: string; count: number }>("TypeCount").implement({
  fields: (t) => ({ type: t.exposeString("type"), count: t.exposeInt("count") }),
});
const Stats = builder.objectRef<Awaited<ReturnType<typeof graphStats>>>("Stats").implement({
  fields: (t) => ({
    nodes: t.exposeInt("nodes"),
    relationships: t.exposeInt("relationships"),
    byLabel: t.field({ type: [LabelCount], resolve: (stats) => stats.byLabel }),
    byType: t.field({ type: [TypeCount], resolve: (stats) => stats.byType }),
  }),
});

builder.queryFields((t) => ({
  authors: t.field({
    type: [Author],
    description: "Authors, most prolific first.",
    args: { first: t.arg.int({ defaultValue: 100 }) },
    resolve: (_root, args, context) => listAuthors(context.db, args.first ?? 100),
  }),
  organizations: t.field({
    type: [Organization],
    description: "Organisations, most papers first.",
    args: { first: t.arg.int({ defaultValue: 100 }) },
    resolve: (_root, args, context) => listOrganizations(context.db, args.first ?? 100),
  }),
  search: t.field({
    type: [SearchHit],
    description:
      "Full-text search over models (names and aliases), papers (titles, abstracts) and the vocabulary.",
    args: { text: t.arg.string({ required: true }), first: t.arg.int({ defaultValue: 10 }) },
    resolve: (_root, args, context) => searchText(context.db, args.text, args.first ?? 10),
  }),
  stats: t.field({
    type: Stats,
    description: "How big the graph is, by label and relationship type.",
    resolve: (_root, _args, context) => graphStats(context.db),
  }),
}));
