import type { Graph } from "../../db/graph.ts";
import { FACT_STORAGE } from "../../domain/facts.ts";
import type { FactKind } from "../../domain/types.ts";
import { MAX_RESULTS } from "./lineage.ts";

export interface VocabularyRow {
  kind: FactKind;
  name: string;
  modelCount: number;
}

/** Every capability, technique or benchmark with how many models have it, most common first. */
export async function listVocabulary(
  db: Graph,
  kind: FactKind,
  limit = MAX_RESULTS,
): Promise<VocabularyRow[]> {
  const { type, label } = FACT_STORAGE[kind];
  return db.read<VocabularyRow>(
    `MATCH (f:${label})
     RETURN $kind AS kind, f.name AS name, COUNT { (f)<-[:${type}]-(:Model) } AS modelCount
     ORDER BY modelCount DESC, name
     LIMIT $limit`,
    { kind, limit: Math.min(limit, MAX_RESULTS) },
  );
}

/** Entries by exact name, many at once; `findVocabulary` for one name typed by a user. */
export async function vocabularyByNames(
  db: Graph,
  kind: FactKind,
  names: readonly string[],
): Promise<(VocabularyRow | null)[]> {
  const { type, label } = FACT_STORAGE[kind];
  const rows = await db.read<VocabularyRow>(
    `UNWIND $names AS name
     MATCH (f:${label} {name: name})
     RETURN $kind AS kind, f.name AS name, COUNT { (f)<-[:${type}]-(:Model) } AS modelCount`,
    { kind, names },
  );
  const byName = new Map(rows.map((row) => [row.name, row]));
  return names.map((name) => byName.get(name) ?? null);
}

export async function findVocabulary(db: Graph, kind: FactKind, name: string): Promise<VocabularyRow | null> {
  const { type, label } = FACT_STORAGE[kind];
  const rows = await db.read<VocabularyRow>(
    `MATCH (f:${label}) WHERE toLower(f.name) = toLower(trim($name))
     RETURN $kind AS kind, f.name AS name, COUNT { (f)<-[:${type}]-(:Model) } AS modelCount
     LIMIT 1`,
    { kind, name },
  );
  return rows[0] ?? null;
}

/** The models that have each of many vocabulary entries (keys are `kind:name`). */
export async function modelsOfVocabulary(
  db: Graph,
  kind: FactKind,
  names: readonly string[],
): Promise<string[][]> {
  const { type, label } = FACT_STORAGE[kind];
  const rows = await db.read<{ name: string; models: string[] }>(
    `UNWIND $names AS name
     MATCH (:${label} {name: name})<-[:${type}]-(m:Model)
     WITH name, m ORDER BY m.name
     RETURN name, collect(m.key)[..$limit] AS models`,
    { names, limit: MAX_RESULTS },
  );
  const byName = new Map(rows.map((row) => [row.name, row.models]));
  return names.map((name) => byName.get(name) ?? []);
}
