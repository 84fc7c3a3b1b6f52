import type { RecordShape } from "neo4j-driver";

/**
 * One Cypher statement, built by a pure function (no driver, no I/O) and run by the executor: the text, its
 * parameters, whether it reads or writes, and how its rows (plain JS values: see `toPlain`) become the result.
 * Labels and relationship types cannot be parameters: builders put them in the text only from the fixed
 * vocabulary (src/domain/types.ts), never from input.
 */
export interface Statement<T = RecordShape[]> {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
  readonly mode: "read" | "write";
  decode(rows: RecordShape[]): T;
}

/** A read statement whose result is its rows. */
export function readRows<Row extends RecordShape = RecordShape>(
  cypher: string,
  params: Record<string, unknown> = {},
): Statement<Row[]> {
  return { cypher, params, mode: "read", decode: (rows) => rows as Row[] };
}

/** A write statement whose result is its rows. */
export function writeRows<Row extends RecordShape = RecordShape>(
  cypher: string,
  params: Record<string, unknown> = {},
): Statement<Row[]> {
  return { cypher, params, mode: "write", decode: (rows) => rows as Row[] };
}
