// arXiv papers already in the graph: what `import-arxiv` asks before it seeds, so that a second run stores only
// what is new. Pure builders (src/db/statement.ts).
import { readRows, type Statement } from "../db/statement.ts";

/** Which of these arXiv ids a stored paper has. */
export function storedArxivIds(ids: readonly string[]): Statement<Set<string>> {
  return {
    ...readRows(
      `UNWIND $ids AS id
       MATCH (p:Paper {arxivId: id})
       RETURN DISTINCT id`,
      { ids },
    ),
    decode: (rows) => new Set(rows.map((row) => row.id as string)),
  };
}
