/**
 * Keyset pagination in Cypher: a page starts strictly after (or ends strictly before) the sort key of the row
 * a cursor was made from, so a write between two pages shifts nothing (an offset would repeat or skip rows).
 *
 * Neo4j orders null after every value ascending and before every value descending: null is the largest
 * value, and the conditions below treat it so.
 */

/** One column of an order: its Cypher expression, how a cursor value becomes comparable to it, its direction. */
export interface SortColumn {
  expr: string;
  desc: boolean;
  /** The cursor's value (a parameter) as the expression's type, e.g. `date($c0)`; default the parameter. */
  value?: (param: string) => string;
}

/** A cursor's sort key: one value per column (null where the row's value was null). */
export type SortKey = (string | null)[];

/** Where a page of a keyset-paginated list starts and ends, and which way it is read. */
export interface KeysetWindow {
  /** Rows strictly after this key (in the list's order). */
  after: SortKey | null;
  /** Rows strictly before this key. */
  before: SortKey | null;
  /** At most this many rows (one more is read to know whether there are more). */
  limit: number;
  /** Read from the end (`last`): the page is the last `limit` rows of the window. */
  fromEnd: boolean;
}

const flip = (columns: readonly SortColumn[]): SortColumn[] =>
  columns.map((column) => ({ ...column, desc: !column.desc }));

/**
 * A condition true for rows strictly after `key` in the order `columns` (parameters `$<prefix>0`, …),
 * with its parameters.
 */
export function afterKey(
  columns: readonly SortColumn[],
  key: SortKey,
  prefix: string,
): { cypher: string; params: Record<string, string | null> } {
  const params: Record<string, string | null> = {};
  const value = (i: number) => {
    const column = columns[i] as SortColumn;
    const param = `$${prefix}${i}`;
    return column.value ? column.value(param) : param;
  };
  const equal = (i: number) =>
    key[i] === null
      ? `${(columns[i] as SortColumn).expr} IS NULL`
      : `${(columns[i] as SortColumn).expr} = ${value(i)}`;
  const beyond = (i: number) => {
    const { expr, desc } = columns[i] as SortColumn;
    if (key[i] === null) return desc ? `${expr} IS NOT NULL` : "false";
    return desc ? `${expr} < ${value(i)}` : `(${expr} > ${value(i)} OR ${expr} IS NULL)`;
  };
  const alternatives: string[] = [];
  columns.forEach((_column, i) => {
    params[`${prefix}${i}`] = key[i] ?? null;
    alternatives.push([...Array.from({ length: i }, (_, j) => equal(j)), beyond(i)].join(" AND "));
  });
  return { cypher: `(${alternatives.map((part) => `(${part})`).join(" OR ")})`, params };
}

/** The order to read rows in (reversed when reading from the end) as an ORDER BY list. */
export function orderBy(columns: readonly SortColumn[], fromEnd: boolean): string {
  return (fromEnd ? flip(columns) : columns)
    .map((column) => `${column.expr}${column.desc ? " DESC" : ""}`)
    .join(", ");
}

/**
 * The conditions of a window: `page` for the rows of the window (strictly between its cursors), and `other`
 * for a row on the far side of the cursor the page starts from (to know whether a previous page exists when
 * reading forwards, or a next one when reading from the end); null where there is no such cursor.
 */
export function windowConditions(
  columns: readonly SortColumn[],
  window: KeysetWindow,
): { page: string | null; other: string | null; params: Record<string, string | null> } {
  const parts: string[] = [];
  let params: Record<string, string | null> = {};
  if (window.after) {
    const after = afterKey(columns, window.after, "after");
    parts.push(after.cypher);
    params = { ...params, ...after.params };
  }
  if (window.before) {
    const before = afterKey(flip(columns), window.before, "before");
    parts.push(before.cypher);
    params = { ...params, ...before.params };
  }
  // Reading forwards, rows before `after` mean a previous page; from the end, rows after `before` a next one.
  const start = window.fromEnd ? window.before : window.after;
  let other: string | null = null;
  if (start) {
    const beyond = afterKey(window.fromEnd ? columns : flip(columns), start, "other");
    other = beyond.cypher;
    params = { ...params, ...beyond.params };
  }
  return { page: parts.length ? parts.join(" AND ") : null, other, params };
}
