// Where relation rules put what they find: a relation with its evidence, the sentence (or the run of
// consecutive sentences) that states it, with offsets into the abstract.
import type { ComparisonVerdict, Evidence, ExtractedRelation, RelationType } from "../../domain/types.ts";
import type { Doc } from "./discourse.ts";

export interface Collector {
  /** `sentence` states the relation; with `firstSentence`, the sentences from there to `sentence` do. */
  add(
    type: RelationType,
    from: string,
    to: string,
    sentence: number,
    rule: string,
    confidence: number,
    verdict?: ComparisonVerdict,
    firstSentence?: number,
  ): void;
}

export function collector(doc: Doc, found: ExtractedRelation[]): Collector {
  return {
    add(type, from, to, sentence, rule, confidence, verdict, firstSentence = sentence) {
      const last = doc.sentences[Math.max(sentence, firstSentence)];
      const first = doc.sentences[Math.min(sentence, firstSentence)];
      if (!first || !last || !from || !to || from === to) return;
      const evidence: Evidence = {
        paperId: doc.paper.id,
        sentence: doc.paper.abstract.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        rule,
        confidence: Math.round(confidence * 100) / 100,
      };
      found.push(verdict ? { type, from, to, verdict, evidence } : { type, from, to, evidence });
    },
  };
}
