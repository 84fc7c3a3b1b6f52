import { evidenceOfFacts } from "../../cypher/models.ts";
import type { EvidenceRow } from "../../cypher/rows.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { Paper } from "./paper.ts";

export const Evidence = builder.objectRef<EvidenceRow>("Evidence").implement({
  description: "The sentence that proves a fact, where it stands in the abstract, and the rule that read it.",
  fields: (t) => ({
    paper: t.field({
      type: Paper,
      description: "The paper whose abstract has the sentence.",
      resolve: (evidence) => evidence.paperId,
    }),
    sentence: t.exposeString("sentence", { description: "The sentence, as the abstract writes it." }),
    start: t.exposeInt("start", { description: "Offset of the sentence's first character in the abstract." }),
    end: t.exposeInt("end", { description: "Offset just past the sentence's last character." }),
    rule: t.exposeString("rule", { description: "The extraction rule that fired." }),
    confidence: t.exposeFloat("confidence", { description: "How sure the rule is of the fact, 0 to 1." }),
  }),
});

/** Batches evidence look-ups of a whole level of facts into one query. */
export const loadEvidence = (facts: string[], context: Context) => context.db.run(evidenceOfFacts(facts));
