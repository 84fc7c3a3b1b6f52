import { builder } from "../builder.ts";
import {
  type AuthorRow,
  authorsOfPapers,
  findPaper,
  listPapers,
  type OrganizationRow,
  organizationsOfPapers,
  type PaperRow,
  papersByIds,
} from "../data/papers.ts";
import { type CursorSpec, keysetConnection, keysetWindow } from "./connections.ts";

/** The cursors of `papers`: date (newest first), then id. */
const PAPER_CURSORS: CursorSpec = { field: "papers", order: "NEWEST", columns: ["date", "string"] };

export const Author = builder.objectRef<AuthorRow>("Author").implement({
  description: "A person or team credited on a paper.",
  fields: (t) => ({
    name: t.exposeString("name"),
  }),
});

export const Organization = builder.objectRef<OrganizationRow>("Organization").implement({
  description: "An organisation a paper is affiliated with.",
  fields: (t) => ({
    name: t.exposeString("name"),
  }),
});

export const Paper = builder.loadableNode("Paper", {
  description: "A paper whose abstract modelgraph read.",
  id: { resolve: (paper: PaperRow) => paper.id },
  load: (ids: string[], context) => papersByIds(context.db, ids),
  fields: (t) => ({
    title: t.exposeString("title"),
    date: t.exposeString("date", { description: "Publication date, ISO 8601 (YYYY-MM-DD)." }),
    yearInferred: t.exposeBoolean("yearInferred", {
      description: "The listing gave no year; the date's year was taken from the seeding options.",
    }),
    category: t.exposeString("category", { nullable: true }),
    abstract: t.exposeString("abstract"),
    arxivId: t.exposeString("arxivId", { nullable: true }),
    authorsTruncated: t.exposeBoolean("authorsTruncated", {
      description: 'The source listed only the first authors ("et al.").',
    }),
    authors: t.loadableList({
      type: Author,
      resolve: (paper) => paper.id,
      load: (ids: string[], context) => authorsOfPapers(context.db, ids),
    }),
    organizations: t.loadableList({
      type: Organization,
      resolve: (paper) => paper.id,
      load: (ids: string[], context) => organizationsOfPapers(context.db, ids),
    }),
  }),
});

builder.queryFields((t) => ({
  papers: t.connection(
    {
      type: Paper,
      description: "All papers, newest first.",
      nullable: true,
      resolve: async (_root, args, context) => {
        const window = keysetWindow(PAPER_CURSORS, args);
        const page = await listPapers(context.db, window);
        return {
          ...keysetConnection(PAPER_CURSORS, window, {
            rows: page.papers.map(({ paper, sortKey }) => ({ node: paper, sortKey })),
            more: page.more,
            beyond: page.beyond,
          }),
          totalCount: page.total,
        };
      },
    },
    {
      name: "PaperConnection",
      fields: (connection) => ({
        totalCount: connection.int({
          description: "Papers in the graph, over all pages.",
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: "PaperEdge" },
  ),
  paper: t.field({
    type: Paper,
    nullable: true,
    description: "A paper by its id or its exact title (case-insensitive).",
    args: {
      id: t.arg.string(),
      title: t.arg.string(),
    },
    resolve: (_root, args, context) =>
      findPaper(context.db, { id: args.id ?? undefined, title: args.title ?? undefined }),
  }),
}));
