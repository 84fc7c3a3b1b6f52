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

/**
 * A read for a batch loader: one statement for many keys (`UNWIND $keys …`), each row filed under the key it
 * answers (`rowKey`), and the result aligned with `keys` as DataLoader wants it, `missing` where no row came.
 * `keyOf` turns a key into the string its rows are filed under (default: the key itself).
 */
export function readBatch<Row extends RecordShape, Value, Key = string>(
  cypher: string,
  params: Record<string, unknown>,
  keys: readonly Key[],
  batch: {
    rowKey: (row: Row) => string;
    value: (row: Row) => Value;
    missing: Value;
    keyOf?: (key: Key) => string;
  },
): Statement<Value[]> {
  const keyOf = batch.keyOf ?? ((key: Key) => key as unknown as string);
  return {
    cypher,
    params,
    mode: "read",
    decode: (rows) => {
      const byKey = new Map((rows as Row[]).map((row) => [batch.rowKey(row), batch.value(row)]));
      return keys.map((key) => byKey.get(keyOf(key)) ?? batch.missing);
    },
  };
}
