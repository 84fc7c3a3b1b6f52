/**
 * Relay cursor connections by keyset: opaque cursors that hold the sort key of a row (not an offset), checked
 * before any Cypher runs, and pages read forwards (`first`, `after`) or from the end (`last`, `before`).
 */

import type { KeysetWindow, SortKey } from "../../cypher/keyset.ts";
import { isoDateProblem } from "../../ingest/parse/text.ts";
import { badUserInput } from "../errors.ts";

/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest page: a larger `first` or `last` gives this many. */
export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** What a connection's cursors hold: which list (and order) they belong to, and the kind of each key part. */
export interface CursorSpec {
  /** The connection field, e.g. `models`: named in messages and held in its cursors. */
  field: string;
  /** The order the cursor's key is in (cursors of one order are refused by another). */
  order: string;
  /** One per sort column: a date (ISO, null allowed), or a string. */
  columns: readonly ("date" | "string")[];
}

const PREFIX = "mg1:";

/** An opaque cursor to a row of `spec`'s list with this sort key. */
export function encodeCursor(spec: CursorSpec, key: SortKey): string {
  return Buffer.from(`${PREFIX}${JSON.stringify([spec.field, spec.order, ...key])}`, "utf8").toString(
    "base64url",
  );
}

/** The sort key a cursor holds, or a BAD_USER_INPUT naming the argument; never reaches Cypher unchecked. */
export function decodeCursor(spec: CursorSpec, cursor: string, argument: "after" | "before"): SortKey {
  const refuse = (why: string) =>
    badUserInput(
      `Argument \`${argument}\` of \`${spec.field}\` is not a cursor of this connection (${why}): pass a ` +
        "`cursor` or `pageInfo` cursor the same field returned.",
      argument,
    );
  if (cursor.length > 4096 || !/^[A-Za-z0-9_-]*={0,2}$/.test(cursor))
    throw refuse("not a cursor's characters");
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  // Only the exact text this server encodes: base64 decoders skip stray characters, which would let two
  // spellings name one cursor.
  if (
    !text.startsWith(PREFIX) ||
    Buffer.from(text, "utf8").toString("base64url") !== cursor.replace(/=+$/, "")
  ) {
    throw refuse("not a cursor");
  }
  let parts: unknown;
  try {
    parts = JSON.parse(text.slice(PREFIX.length));
  } catch {
    throw refuse("not a cursor");
  }
  if (!Array.isArray(parts) || parts.length !== spec.columns.length + 2) throw refuse("not a cursor");
  const [field, order, ...key] = parts as unknown[];
  if (field !== spec.field) throw refuse(`it belongs to \`${String(field).slice(0, 40)}\``);
  if (order !== spec.order) throw refuse(`it was made for orderBy ${String(order).slice(0, 40)}`);
  return key.map((value, i) => {
    const kind = spec.columns[i];
    if (kind === "date") {
      if (value === null) return null;
      if (typeof value === "string" && isoDateProblem(value) === null) return value;
      throw refuse("not a cursor");
    }
    if (typeof value === "string" && value.length <= 2000) return value;
    throw refuse("not a cursor");
  });
}

/** The window the arguments ask for, checked (BAD_USER_INPUT naming the argument) before any Cypher. */
export function keysetWindow(spec: CursorSpec, args: ConnectionArgs): KeysetWindow {
  for (const argument of ["first", "last"] as const) {
    const value = args[argument];
    if (value != null && value < 0) {
      throw badUserInput(
        `Argument \`${argument}\` of \`${spec.field}\` must be 0 or more, not ${value}.`,
        argument,
      );
    }
  }
  if (args.first != null && args.last != null) {
    throw badUserInput(
      `Arguments \`first\` and \`last\` of \`${spec.field}\` cannot be used together: page forwards with ` +
        "`first` and `after`, or backwards with `last` and `before`.",
      "last",
    );
  }
  const fromEnd = args.last != null;
  const size = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  return {
    after: args.after != null ? decodeCursor(spec, args.after, "after") : null,
    before: args.before != null ? decodeCursor(spec, args.before, "before") : null,
    limit: Math.min(size, MAX_PAGE_SIZE),
    fromEnd,
  };
}

/** A Relay connection from a keyset page: null cursors on an empty page, hasNext/hasPrevious both ways. */
export function keysetConnection<Node>(
  spec: CursorSpec,
  window: KeysetWindow,
  page: { rows: { node: Node; sortKey: SortKey }[]; more: boolean; beyond: boolean },
) {
  const edges = page.rows.map((row) => ({ cursor: encodeCursor(spec, row.sortKey), node: row.node }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      // Reading forwards, `more` is what lies after the page and `beyond` what lies before `after`; from the
      // end, the other way round.
      hasNextPage: window.fromEnd ? page.beyond : page.more,
      hasPreviousPage: window.fromEnd ? page.more : page.beyond,
    },
  };
}
