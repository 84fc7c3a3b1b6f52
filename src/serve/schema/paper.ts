import { decodeGlobalID } from "@pothos/plugin-relay";
import {
  authorsOfPapers,
  findPaper,
  listPapers,
  organizationsOfPapers,
  papersByIds,
} from "../../cypher/papers.ts";
import type { AuthorRow, OrganizationRow, PaperRow } from "../../cypher/rows.ts";
import { builder } from "../builder.ts";
import { badUserInput, notFound } from "../errors.ts";
import { type CursorSpec, keysetConnection, keysetWindow } from "./connections.ts";

/** The cursors of `papers`: date (newest first), then id. */
const PAPER_CURSORS: CursorSpec = { field: "papers", order: "NEWEST", columns: ["date", "string"] };

export const Author = builder.objectRef<AuthorRow>("Author").implement({
  description: "A person or team credited on a paper.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The name, as the paper credits it." }),
  }),
});

export const Organization = builder.objectRef<OrganizationRow>("Organization").implement({
  description: "An organisation a paper is affiliated with.",
  fields: (t) => ({
    name: t.exposeString("name", { description: 'The organisation\'s name, e.g. "google".' }),
  }),
});

export const Paper = builder.loadableNode("Paper", {
  description: "A paper whose abstract modelgraph read.",
  id: { resolve: (paper: PaperRow) => paper.id },
  load: (ids: string[], context) => context.db.run(papersByIds(ids)),
  fields: (t) => ({
    title: t.exposeString("title", { description: "The title, as the source gives it (LaTeX kept)." }),
    date: t.exposeString("date", { description: "Publication date, ISO 8601 (YYYY-MM-DD)." }),
    yearInferred: t.exposeBoolean("yearInferred", {
      description: "The listing gave no year; the date's year was taken from the seeding options.",
    }),
    category: t.exposeString("category", {
      nullable: true,
      description: 'The subject category, e.g. "cs.CL"; null when the source gives none.',
    }),
    abstract: t.exposeString("abstract", {
      description: "The abstract, as stored (LaTeX kept); evidence offsets point into it.",
    }),
    arxivId: t.exposeString("arxivId", { nullable: true, description: "The arXiv id; null when not known." }),
    authorsTruncated: t.exposeBoolean("authorsTruncated", {
      description: 'The source listed only the first authors ("et al.").',
    }),
    authors: t.loadableList({
      type: Author,
      description: "Authors in the order the paper lists them.",
      resolve: (paper) => paper.id,
      load: (ids: string[], context) => context.db.run(authorsOfPapers(ids)),
    }),
    organizations: t.loadableList({
      type: Organization,
      description: "Organisations the paper is affiliated with, by name.",
      resolve: (paper) => paper.id,
      load: (ids: string[], context) => context.db.run(organizationsOfPapers(ids)),
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
        const page = await context.db.run(listPapers(window));
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
      description: "A page of papers, by keyset cursors (stable when papers are added between pages).",
      fields: (connection) => ({
        totalCount: connection.int({
          description: "Papers in the graph, over all pages.",
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: "PaperEdge", description: "A paper in a page of papers, with its cursor." },
  ),
  paper: t.field({
    type: Paper,
    nullable: true,
    description:
      "A paper by its `id` (as `Paper.id` returns it) or its exact title (case-insensitive); exactly one of " +
      "the two. An unknown paper gives null and a NOT_FOUND error.",
    args: {
      id: t.arg.id({ description: "The paper's `id`, as the API returns it." }),
      title: t.arg.string({ description: "The paper's title, insensitive to case and surrounding spaces." }),
    },
    resolve: async (_root, args, context) => {
      if ((args.id == null) === (args.title == null)) {
        throw badUserInput(
          "`paper` takes exactly one of the arguments `id` and `title`.",
          args.id == null ? "id" : "title",
        );
      }
      const id = args.id == null ? undefined : paperKey(String(args.id));
      const found = await context.db.run(findPaper({ id, title: args.title ?? undefined }));
      if (found) return found;
      throw args.id != null
        ? notFound(`No paper has the id "${args.id}" (argument \`id\`)`, [])
        : notFound(`No paper is titled "${args.title}" (argument \`title\`)`, []);
    },
  }),
}));

/**
 * The stored key of a paper from the `id` the API hands out (a Relay global id, `Paper:<key>` in base64), or
 * from the key itself; another type's id is refused before any Cypher.
 */
function paperKey(id: string): string {
  let decoded: { typename: string; id: string } | null = null;
  try {
    decoded = decodeGlobalID(id);
  } catch {
    decoded = null;
  }
  // A key ("medgemma-technical-report") is not base64 of "Type:key"; what decodes to one is an id.
  if (!decoded || !/^[A-Za-z0-9+/]+={0,2}$/.test(id) || !/^[A-Za-z_]\w*$/.test(decoded.typename)) return id;
  if (decoded.typename !== "Paper") {
    throw badUserInput(
      `Argument \`id\` of \`paper\` is the id of a ${decoded.typename}, not of a paper.`,
      "id",
    );
  }
  return decoded.id;
}
