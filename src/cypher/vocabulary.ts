// Statements about the vocabulary (capabilities, techniques, benchmarks): lists, look-ups and batch reads.
import { readBatch, readRows, type Statement } from "../db/statement.ts";
import { FACT_STORAGE } from "../domain/facts.ts";
import type { FactKind } from "../domain/types.ts";
import { MAX_RESULTS } from "./fragments.ts";

export interface VocabularyRow {
  kind: FactKind;
  name: string;
  modelCount: number;
}

/** Every capability, technique or benchmark with how many models have it, most common first. */
export function listVocabulary(kind: FactKind, limit = MAX_RESULTS): Statement<VocabularyRow[]> {
  const { type, label } = FACT_STORAGE[kind];
  return readRows<VocabularyRow>(
    `MATCH (f:${label})
     RETURN $kind AS kind, f.name AS name, COUNT { (f)<-[:${type}]-(:Model) } AS modelCount
     ORDER BY modelCount DESC, name
     LIMIT $limit`,
    { kind, limit: Math.min(limit, MAX_RESULTS) },
  );
}

/** Entries by exact name, many at once; `findVocabulary` for one name typed by a user. */
export function vocabularyByNames(
  kind: FactKind,
  names: readonly string[],
): Statement<(VocabularyRow | null)[]> {
  const { type, label } = FACT_STORAGE[kind];
  return readBatch<VocabularyRow, VocabularyRow | null>(
    `UNWIND $names AS name
     MATCH (f:${label} {name: name})
     RETURN $kind AS kind, f.name AS name, COUNT { (f)<-[:${type}]-(:Model) } AS modelCount`,
    { kind, names },
    names,
    { rowKey: (row) => row.name, value: (row) => row, missing: null },
  );
}

export function findVocabulary(kind: FactKind, name: string): Statement<VocabularyRow | null> {
  const { type, label } = FACT_STORAGE[kind];
  return {
    ...readRows(
      `MATCH (f:${label}) WHERE toLower(f.name) = toLower(trim($name))
     RETURN $kind AS kind, f.name AS name, COUNT { (f)<-[:${type}]-(:Model) } AS modelCount
     LIMIT 1`,
      { kind, name },
    ),
    decode: (rows) => (rows[0] as VocabularyRow | undefined) ?? null,
  };
}

/** The models that have each of many vocabulary entries. */
export function modelsOfVocabulary(kind: FactKind, names: readonly string[]): Statement<string[][]> {
  const { type, label } = FACT_STORAGE[kind];
  return readBatch<{ name: string; models: string[] }, string[]>(
    `UNWIND $names AS name
     MATCH (:${label} {name: name})<-[:${type}]-(m:Model)
     WITH name, m ORDER BY m.name
     RETURN name, collect(m.key)[..$limit] AS models`,
    { names, limit: MAX_RESULTS },
    names,
    { rowKey: (row) => row.name, value: (row) => row.models, missing: [] },
  );
}
