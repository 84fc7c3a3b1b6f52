// The vocabulary shared by ingestion (which produces it) and serving (which reads it back from Neo4j).

/** Where a record came from, so every error and every fact can point back at its input. */
export interface SourceLocation {
  file: string;
  /** 1-based line of the record's first line (listing, JSON Lines) or of its `<entry>` (Atom). */
  line: number;
}

export interface Paper {
  /** Stable identity: a slug of the normalised title, so the same paper from two formats is one node. */
  id: string;
  title: string;
  authors: string[];
  /** The listing ended the author list with "et al.". */
  authorsTruncated: boolean;
  organizations: string[];
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The listing gave no year and the parser took the listing's year (`--year`). */
  yearInferred: boolean;
  category: string | null;
  abstract: string;
  /** arXiv identifier when the input carried one (Atom feeds). */
  arxivId?: string;
  source: SourceLocation;
}

/** Ancestry: the child's weights, design or generation come from the parent. */
export const LINEAGE_TYPES = ["BASED_ON", "DISTILLED_FROM", "SUCCESSOR_OF", "VARIANT_OF"] as const;
export type LineageType = (typeof LINEAGE_TYPES)[number];

/** Kept, but not ancestry. */
export const ASSOCIATION_TYPES = [
  "USES_COMPONENT",
  "USES_ARCHITECTURE",
  "SHARES_ARCHITECTURE_WITH",
  "TRAINED_ON_DATA_OF",
  "COMPARED_WITH",
] as const;
export type AssociationType = (typeof ASSOCIATION_TYPES)[number];

export const RELATION_TYPES = [...LINEAGE_TYPES, ...ASSOCIATION_TYPES] as const;
export type RelationType = LineageType | AssociationType;

export type ComparisonVerdict = "outperforms" | "comparable" | "competitive" | "underperforms";

export type Tuning = "pretrained" | "instruction-tuned";

/** The sentence that proves a fact, with its character offsets in the paper's abstract. */
export interface Evidence {
  paperId: string;
  sentence: string;
  /** Offset of the sentence's first character in the abstract. */
  start: number;
  /** Offset just past the sentence's last character in the abstract. */
  end: number;
  /** Name of the extraction rule that produced the fact, e.g. "lineage.based-on". */
  rule: string;
  /** 0..1: how sure the rule is. */
  confidence: number;
}

export interface ExtractedModel {
  /** Identity across papers: `modelKey(name)`. */
  key: string;
  /** Canonical display name, e.g. "Gemini 1.5 Pro". */
  name: string;
  /** Other spellings seen in the text ("Gemini-1.5-Pro", "MedGemma 1"). */
  aliases: string[];
  family: string | null;
  version: string | null;
  /** Parameter sizes as written in canonical form: "2B", "27B", "270M-270M", "8x7B". */
  sizes: string[];
  tuning: Tuning[];
}

export interface ExtractedRelation {
  type: RelationType;
  /** Child (or subject) model key. */
  from: string;
  /** Parent (or object) model key. */
  to: string;
  /** Only for COMPARED_WITH. */
  verdict?: ComparisonVerdict;
  evidence: Evidence;
}

export type FactKind = "capability" | "technique" | "benchmark";

export interface ExtractedFact {
  kind: FactKind;
  /** Model key the sentence is about. */
  model: string;
  /** Normalised name from the taxonomy, e.g. "code completion", "grouped-query attention", "MedQA". */
  name: string;
  /** Benchmarks only: the reported figure as written ("+5%", "47% macro F1"). */
  figure?: string;
  evidence: Evidence;
}

/** Everything extracted from one paper: the unit that seeding replaces atomically. */
export interface PaperExtraction {
  paper: Paper;
  models: ExtractedModel[];
  /** Keys of models the paper introduces. */
  introduces: string[];
  /** Keys of models the paper only mentions. */
  mentions: string[];
  relations: ExtractedRelation[];
  facts: ExtractedFact[];
}
