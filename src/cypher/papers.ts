// Statements about papers: the keyset-paginated list, the look-up by id or title, and the batch reads of
// papers, their authors and their organisations.
import { readBatch, readRows, type Statement } from "../db/statement.ts";
import { MAX_RESULTS, PAPER_FIELDS } from "./fragments.ts";
import { type KeysetWindow, orderBy, type SortColumn, type SortKey, windowConditions } from "./keyset.ts";
import type { AuthorRow, OrganizationRow, PaperRow } from "./rows.ts";

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
export function listPapers(window: KeysetWindow): Statement<PaperPage> {
  const keyset = windowConditions(PAPER_ORDER_COLUMNS, window);
  const limit = Math.min(window.limit, MAX_RESULTS) + 1;
  const beyond = keyset.other
    ? `CALL () { MATCH (p:Paper) WHERE ${keyset.other} WITH p LIMIT 1 RETURN count(p) > 0 AS beyond }`
    : "WITH total, papers, false AS beyond";
  return {
    ...readRows(
      `CALL () { MATCH (p:Paper) RETURN count(p) AS total }
     CALL () {
       MATCH (p:Paper) ${keyset.page ? `WHERE ${keyset.page}` : ""}
       WITH p ORDER BY ${orderBy(PAPER_ORDER_COLUMNS, window.fromEnd)} LIMIT $limit
       RETURN collect({ paper: ${PAPER_FIELDS}, sortKey: [toString(p.date), p.id] }) AS papers
     }
     ${beyond}
     RETURN total, papers, beyond`,
      { limit, ...keyset.params },
    ),
    decode: (rows) => {
      const found = (rows[0] as Omit<PaperPage, "more"> | undefined) ?? {
        papers: [],
        total: 0,
        beyond: false,
      };
      const papers = found.papers.slice(0, limit - 1);
      if (window.fromEnd) papers.reverse();
      return { papers, total: found.total, more: found.papers.length >= limit, beyond: found.beyond };
    },
  };
}

/** By id, or by title insensitive to case and surrounding spaces. */
export function findPaper(by: { id?: string; title?: string }): Statement<PaperRow | null> {
  return {
    ...readRows(
      `MATCH (p:Paper)
     WHERE p.id = $id OR toLower(p.title) = toLower(trim($title))
     RETURN ${PAPER_FIELDS} AS paper
     LIMIT 1`,
      { id: by.id ?? null, title: by.title ?? null },
    ),
    decode: (rows) => (rows[0] as { paper: PaperRow } | undefined)?.paper ?? null,
  };
}

export function papersByIds(ids: readonly string[]): Statement<(PaperRow | null)[]> {
  return readBatch<{ paper: PaperRow }, PaperRow | null>(
    `UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN ${PAPER_FIELDS} AS paper`,
    { ids },
    ids,
    { rowKey: (row) => row.paper.id, value: (row) => row.paper, missing: null },
  );
}

/** Authors of many papers in one query, in author order. */
export function authorsOfPapers(ids: readonly string[]): Statement<AuthorRow[][]> {
  return readBatch<{ id: string; authors: AuthorRow[] }, AuthorRow[]>(
    `UNWIND $ids AS id
     MATCH (a:Author)-[w:AUTHORED]->(:Paper {id: id})
     WITH id, a, w ORDER BY w.position
     RETURN id, collect(a { .name }) AS authors`,
    { ids },
    ids,
    { rowKey: (row) => row.id, value: (row) => row.authors, missing: [] },
  );
}

export function organizationsOfPapers(ids: readonly string[]): Statement<OrganizationRow[][]> {
  return readBatch<{ id: string; organizations: OrganizationRow[] }, OrganizationRow[]>(
    `UNWIND $ids AS id
     MATCH (:Paper {id: id})-[:AFFILIATED_WITH]->(o:Organization)
     WITH id, o ORDER BY o.name
     RETURN id, collect(o { .name }) AS organizations`,
    { ids },
    ids,
    { rowKey: (row) => row.id, value: (row) => row.organizations, missing: [] },
  );
}
