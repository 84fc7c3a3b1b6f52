// Extraction engine: one paper's abstract (and title) in, models, relations and facts with evidence out.
//
// Pipeline: LaTeX decoded (see latex.ts) → sentences → name-grammar candidates → paper-level decision
// model/benchmark/method/nothing → discourse (introduced models, sentence subjects, pronouns) → models,
// relations, facts. The rules read the decoded text; evidence offsets are mapped back to the abstract as
// stored, so `evidence.sentence === paper.abstract.slice(evidence.start, evidence.end)` always holds.
import type { Evidence, Paper, PaperExtraction } from "../../domain/types.ts";
import { buildDoc } from "./discourse.ts";
import { extractFacts } from "./facts.ts";
import { decodeLatex, type LatexView } from "./latex.ts";
import { extractRelations } from "./lineage.ts";
import { findMentions } from "./mentions.ts";
import { buildModels, resolveShortForms } from "./normalise.ts";
import { maskUrls, sentencesOf, tokenize } from "./sentences.ts";

export function extractPaper(paper: Paper): PaperExtraction {
  const abstract = decodeLatex(paper.abstract);
  const title = decodeLatex(paper.title);
  if (abstract.identity && title.identity) return extractDecoded(paper);
  const decoded = extractDecoded({ ...paper, title: title.text, abstract: abstract.text });
  const evidence = (e: Evidence): Evidence => inSource(e, paper.abstract, abstract);
  return {
    ...decoded,
    paper,
    relations: decoded.relations.map((r) => ({ ...r, evidence: evidence(r.evidence) })),
    facts: decoded.facts.map((f) => ({ ...f, evidence: evidence(f.evidence) })),
  };
}

/** Evidence found in the decoded abstract, pointed at the stored one. */
function inSource(e: Evidence, source: string, view: LatexView): Evidence {
  const { start, end } = view.toSource(e.start, e.end);
  return { ...e, sentence: source.slice(start, end), start, end };
}

/** The pipeline over text the rules can read (LaTeX already decoded). */
function extractDecoded(paper: Paper): PaperExtraction {
  const sentences = sentencesOf(paper.abstract);
  const titleTokens = tokenize(paper.title, 0, paper.title.length);
  const found = findMentions(maskUrls(paper.abstract), sentences, paper.title, titleTokens);
  resolveShortForms(found.mentions);
  const doc = buildDoc(
    paper,
    sentences,
    found.mentions,
    found.benchmarks,
    found.titleIntroduced,
    found.titleSpellings,
  );
  const models = buildModels(doc);
  const relations = extractRelations(doc);
  const facts = extractFacts(doc);
  const keys = new Set(models.map((m) => m.key));
  const introduces = doc.introduced.filter((k) => keys.has(k));
  return {
    paper,
    models,
    introduces,
    mentions: models.map((m) => m.key).filter((k) => !introduces.includes(k)),
    relations: relations.filter((r) => keys.has(r.from) && keys.has(r.to)),
    facts: facts.filter((f) => keys.has(f.model)),
  };
}
