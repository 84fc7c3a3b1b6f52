// Extraction engine: one paper's abstract (and title) in, models, relations and facts with evidence out.
//
// Pipeline: sentences → name-grammar candidates → paper-level decision model/benchmark/method/nothing →
// discourse (introduced models, sentence subjects, pronouns) → models, relations, facts.
import type { Paper, PaperExtraction } from "../../domain/types.ts";
import { buildDoc } from "./discourse.ts";
import { extractFacts } from "./facts.ts";
import { extractRelations } from "./lineage.ts";
import { findMentions } from "./mentions.ts";
import { buildModels, resolveShortForms } from "./normalise.ts";
import { maskUrls, sentencesOf, tokenize } from "./sentences.ts";

export function extractPaper(paper: Paper): PaperExtraction {
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
