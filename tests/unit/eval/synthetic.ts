// Small hand-built extractions and gold sets for the evaluation's own tests: what the scorer is fed, without
// running the extractor.

import type { GoldEdge, GoldSet } from "../../../eval/score.ts";
import { modelKey } from "../../../src/domain/names.ts";
import type { PaperExtraction, RelationType } from "../../../src/domain/types.ts";
import { paper } from "../extract/paper.ts";

export interface SyntheticRelation {
  type: RelationType;
  from: string;
  to: string;
  /** A sentence of the abstract (the evidence); its offsets are found in the abstract. */
  sentence: string;
  confidence?: number;
  rule?: string;
  /** Break the evidence's offsets (to test the evidence check). */
  badOffsets?: boolean;
}

/** One paper's extraction: models as [name, ...aliases], relations between model names. */
export function extraction(
  title: string,
  abstract: string,
  models: string[][],
  relations: SyntheticRelation[] = [],
): PaperExtraction {
  const p = paper(title, abstract);
  return {
    paper: p,
    models: models.map(([name = "", ...aliases]) => ({
      key: modelKey(name),
      name,
      aliases,
      family: null,
      version: null,
      sizes: [],
      tuning: [],
    })),
    introduces: [],
    mentions: [],
    relations: relations.map((r) => {
      const start = abstract.indexOf(r.sentence);
      if (start < 0) throw new Error(`not in the abstract: ${r.sentence}`);
      const shift = r.badOffsets ? 1 : 0;
      return {
        type: r.type,
        from: modelKey(r.from),
        to: modelKey(r.to),
        evidence: {
          paperId: p.id,
          sentence: r.sentence,
          start: start + shift,
          end: start + r.sentence.length + shift,
          rule: r.rule ?? "lineage.test",
          confidence: r.confidence ?? 0.9,
        },
      };
    }),
    facts: [],
  };
}

export const edge = (
  child: string,
  parent: string,
  type: GoldEdge["type"],
  required: boolean,
  sentence = `${child} is built on ${parent}.`,
): GoldEdge => ({ child, parent, type, required, sentence });

export function goldSet(partial: Partial<GoldSet> & Pick<GoldSet, "models" | "edges">): GoldSet {
  return { papers: 1, ...partial };
}
