// Capabilities, techniques and benchmarks, each attached to the model(s) its sentence is about.
import type { ExtractedFact, FactKind } from "../../domain/types.ts";
import { aboutModels, type Doc } from "./discourse.ts";
import { CAPABILITIES, type TaxonomyEntry, TECHNIQUES } from "./lexicon.ts";
import { buildTemplate } from "./template.ts";

interface Hit {
  name: string;
  start: number;
  end: number;
}

/** Lexicon hits; a hit inside a longer hit of another entry ("reasoning" in "mathematical reasoning") is dropped. */
export function lexiconHits(text: string, entries: TaxonomyEntry[]): string[] {
  const hits: Hit[] = [];
  for (const { name, pattern } of entries)
    for (const m of text.matchAll(pattern)) hits.push({ name, start: m.index, end: m.index + m[0].length });
  const kept = hits.filter(
    (h) =>
      !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start),
  );
  return [...new Set(kept.map((h) => h.name))];
}

const PERCENT = String.raw`[+\-−]?\d+(?:\.\d+)?\s?(?:%|points?|pp|percentage points)`;
const FIGURE_BEFORE = new RegExp(String.raw`(${PERCENT})(?:\s+[\w-]+){0,3}\s+on\s+(?:the\s+)?$`, "u");
const FIGURE_AFTER = [
  /^\s*(?:accuracy|score|pass@1)?\s*(?:of|:|=)\s*([+\-−]?\d+(?:\.\d+)?\s?%?)/u,
  new RegExp(String.raw`^(?:\s+[\w-]+)?\s+by\s+(${PERCENT})`, "u"),
  /^\s*\((\d+(?:\.\d+)?%?)\)/u,
];

/** The reported figure next to a benchmark name, as written ("5%", "10 points"). */
export function figureFor(sentence: string, start: number, end: number): string | undefined {
  const before = FIGURE_BEFORE.exec(sentence.slice(0, start))?.[1];
  if (before) return before;
  for (const re of FIGURE_AFTER) {
    const after = re.exec(sentence.slice(end))?.[1];
    if (after) return after;
  }
  return undefined;
}

export function extractFacts(doc: Doc): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  const seen = new Map<string, ExtractedFact>();
  const add = (
    kind: FactKind,
    model: string,
    name: string,
    sentence: number,
    rule: string,
    confidence: number,
    figure?: string,
  ) => {
    const s = doc.sentences[sentence];
    if (!s) return;
    const id = `${kind}|${model}|${name}`;
    const prior = seen.get(id);
    if (prior && (prior.figure !== undefined || figure === undefined)) return;
    const fact: ExtractedFact = {
      kind,
      model,
      name,
      ...(figure !== undefined ? { figure } : {}),
      evidence: {
        paperId: doc.paper.id,
        sentence: s.text,
        start: s.start,
        end: s.end,
        rule,
        confidence: Math.round(confidence * 100) / 100,
      },
    };
    if (prior) facts.splice(facts.indexOf(prior), 1, fact);
    else facts.push(fact);
    seen.set(id, fact);
  };
  for (const s of doc.sentences) {
    const about = aboutModels(doc, s.index);
    if (about.keys.length === 0) continue;
    const weight = about.explicit ? 1 : 0.85;
    const benchmarks = doc.benchmarks.filter((b) => b.sentence === s.index);
    const spans = [
      ...doc.mentions.filter((m) => m.sentence === s.index),
      ...benchmarks.map((b, i) => ({ ...b, id: -1 - i })),
    ];
    // Names are masked so "Code Llama" is not the capability "code" and "MATH" not "math".
    const text = buildTemplate(s, spans).text;
    const capabilities = lexiconHits(text, CAPABILITIES);
    const techniques = lexiconHits(text, TECHNIQUES);
    const figures = benchmarks.map((b) => figureFor(s.text, b.start - s.start, b.end - s.start));
    for (const model of about.keys) {
      for (const name of capabilities)
        add("capability", model, name, s.index, "capability.lexicon", 0.8 * weight);
      for (const name of techniques)
        add("technique", model, name, s.index, "technique.lexicon", 0.8 * weight);
      for (const [i, b] of benchmarks.entries())
        add("benchmark", model, b.name, s.index, "benchmark.context", 0.85 * weight, figures[i]);
    }
  }
  return facts;
}
