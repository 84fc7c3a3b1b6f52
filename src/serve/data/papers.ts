import type { Graph } from "../../db/graph.ts";
import { type KeysetWindow, orderBy, type SortColumn, type SortKey, windowConditions } from "./keyset.ts";
import { MAX_RESULTS } from "./lineage.ts";

export interface PaperRow {
  id: string;
  title: string;
  date: string;
  yearInferred: boolean;
  category: string | null;
  abstract: string;
  arxivId: string | null;
  authorsTruncated: boolean;
}

export interface AuthorRow {
  name: string;
}

export interface OrganizationRow {
  name: string;
}

const PAPER_FIELDS = `p { .id, .title, date: toString(p.date), yearInferred: coalesce(p.yearInferred, false),
  .category, .abstract, .arxivId, authorsTruncated: coalesce(p.authorsTruncated, false) }`;

/** Papers newest first: date descending, then id (distinct per row: keyset cursors). */
export const PAPER_ORDER_COLUMNS: SortColumn[] = [
  { expr: "p.date", desc: true, value: (param) => `date(${param})` },
  { expr: "p.id", desc: false },
];

export interface PaperPage {
  papers: { paper: PaperRow; sortKey: SortKey }[];
  total: number;
  more: boolean;
  beyond: boolean;
}

/** One page of papers, newest first, by keyset (see `listModels`), with the total: one query. */
export async function listPapers(db: Graph, window: KeysetWindow): Promise<PaperPage> {
  const keyset = windowConditions(PAPER_ORDER_COLUMNS, window);
  const limit = Math.min(window.limit, MAX_RESULTS) + 1;
  const beyond = keyset.other
    ? `CALL () { MATCH (p:Paper) WHERE ${keyset.other} WITH p LIMIT 1 RETURN count(p) > 0 AS beyond }`
    : "WITH total, papers, false AS beyond";
  const rows = await db.read<{ papers: PaperPage["papers"]; total: number; beyond: boolean }>(
    `CALL () { MATCH (p:Paper) RETURN count(p) AS total }
     CALL () {
       MATCH (p:Paper) ${keyset.page ? `WHERE ${keyset.page}` : ""}
       WITH p ORDER BY ${orderBy(PAPER_ORDER_COLUMNS, window.fromEnd)} LIMIT $limit
       RETURN collect({ paper: ${PAPER_FIELDS}, sortKey: [toString(p.date), p.id] }) AS papers
     }
     ${beyond}
     RETURN total, papers, beyond`,
    { limit, ...keyset.params },
  );
  const found = rows[0] ?? { papers: [], total: 0, beyond: false };
  const papers = found.papers.slice(0, limit - 1);
  if (window.fromEnd) papers.reverse();
  return { papers, total: found.total, more: found.papers.length >= limit, beyond: found.beyond };
}

/** By id, or by title insensitive to case and surrounding spaces. */
export async function findPaper(db: Graph, by: { id?: string; title?: string }): Promise<PaperRow | null> {
  const rows = await db.read<{ paper: PaperRow }>(
    `MATCH (p:Paper)
     WHERE p.id = $id OR toLower(p.title) = toLower(trim($title))
     RETURN ${PAPER_FIELDS} AS paper
     LIMIT 1`,
    { id: by.id ?? null, title: by.title ?? null },
  );
  return rows[0]?.paper ?? null;
}

export async function papersByIds(db: Graph, ids: readonly string[]): Promise<(PaperRow | null)[]> {
  const rows = await db.read<{ paper: PaperRow }>(
    `UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN ${PAPER_FIELDS} AS paper`,
    { ids },
  );
  const byId = new Map(rows.map((row) => [row.paper.id, row.paper]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Authors of many papers in one query, in author order. */
export async function authorsOfPapers(db: Graph, ids: readonly string[]): Promise<AuthorRow[][]> {
  const rows = await db.read<{ id: string; authors: AuthorRow[] }>(
    `UNWIND $ids AS id
     MATCH (a:Author)-[w:AUTHORED]->(:Paper {id: id})
     WITH id, a, w ORDER BY w.position
     RETURN id, collect(a { .name }) AS authors`,
    { ids },
  );
  const byId = new Map(rows.map((row) => [row.id, row.authors]));
  return ids.map((id) => byId.get(id) ?? []);
}

export async function organizationsOfPapers(db: Graph, ids: readonly string[]): Promise<OrganizationRow[][]> {
  const rows = await db.read<{ id: string; organizations: OrganizationRow[] }>(
    `UNWIND $ids AS id
     MATCH (:Paper {id: id})-[:AFFILIATED_WITH]->(o:Organization)
     WITH id, o ORDER BY o.name
     RETURN id, collect(o { .name }) AS organizations`,
    { ids },
  );
  const byId = new Map(rows.map((row) => [row.id, row.organizations]));
  return ids.map((id) => byId.get(id) ?? []);
}
