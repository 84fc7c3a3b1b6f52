// What the statements of src/cypher/ decode to: plain rows, shared by the builders and the serving layer.
import type { Evidence, RelationType } from "../domain/types.ts";

export interface ModelRow {
  key: string;
  name: string;
  aliases: string[];
  family: string | null;
  version: string | null;
  sizes: string[];
  tuning: string[];
}

/** A model's fields that a query can leave out when the selection does not ask for them (`key` it always has). */
export type ModelField = Exclude<keyof ModelRow, "key">;

/** A model named by the user: the `modelKey` of the text, and the text itself (a key the API handed out). */
export interface ModelLookup {
  lookupKey: string;
  rawKey: string;
}

/** Evidence as stored: filed under its fact's key. */
export interface EvidenceRow extends Evidence {
  fact: string;
}

export interface ModelFactRow {
  model: string;
  name: string;
  figure: string | null;
}

export interface InheritedFactRow extends ModelFactRow {
  /** The ancestor the capability comes from. */
  from: string;
  depth: number;
}

export interface EdgeRow {
  type: RelationType;
  child: string;
  parent: string;
  verdict: string | null;
  /** The best confidence of the edge's evidence, 0..1 (`greatest` in src/cypher/fragments.ts); null if none was recorded. */
  confidence: number | null;
  /** The child's and the parent's fields, where the query had them at hand (saves a round trip per level). */
  childModel?: ModelRow;
  parentModel?: ModelRow;
}

export interface RelativeRow {
  key: string;
  depth: number;
  /** Only when the query was asked for paths (`withPath`). */
  path?: EdgeRow[];
  /** The relative's fields: only `key` and those in the traversal's `modelFields` (see isCompleteModel). */
  model?: ModelRow;
}

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
