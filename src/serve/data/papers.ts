import type { Graph } from "../../db/graph.ts";

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

export async function listPapers(db: Graph, page: { offset: number; limit: number }): Promise<PaperRow[]> {
  const rows = await db.read<{ paper: PaperRow }>(
    `MATCH (p:Paper)
     RETURN ${PAPER_FIELDS} AS paper
     ORDER BY p.date DESC, p.id
     SKIP $offset LIMIT $limit`,
    { offset: page.offset, limit: page.limit },
  );
  return rows.map((row) => row.paper);
}

export async function countPapers(db: Graph): Promise<number> {
  const [row] = await db.read<{ count: number }>("MATCH (p:Paper) RETURN count(p) AS count");
  return row?.count ?? 0;
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
