// Capabilities, techniques and benchmarks, each attached to the model(s) its sentence is about.
import type { ExtractedFact, FactKind } from "../../domain/types.ts";
import { aboutModels, type Doc, keysOf } from "./discourse.ts";
import { allMatches, CAPABILITIES, type Taxonomy, TECHNIQUES } from "./lexicon.ts";
import { buildTemplate, coordinated, type Template } from "./template.ts";

interface Hit {
  name: string;
  start: number;
  end: number;
}

/** Lexicon hits, left to right; a specific entry wins over a general one it contains. */
function lexiconHits(text: string, { re, names }: Taxonomy): Hit[] {
  const hits: Hit[] = [];
  for (const m of allMatches(re, text)) {
    const name = names[m.slice(1).findIndex((g) => g !== undefined)];
    if (name) hits.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

// A later clause with its own named subject: "..., and ⟦X⟧ is competitive on coding benchmarks".
const CLAUSE_OPENING = /(?:^|[,;] (?:and |but |while |whereas )?| and )(?:the |our )?$/u;
const CLAUSE_VERB =
  /^\s+(?!(?:on|in|across|at|for|with|by|over|under|to|from|of|and|or|as|than|while|when)\b)\p{Ll}/u;

const APPOSITIVE_OPENING = /^,\s+(?:a|an|the|two|three)\s/u;

/** Where each clause with a named subject starts in the template, and its subject's model keys. */
function clauseOwners(doc: Doc, t: Template): { at: number; keys: string[] }[] {
  const owners: { at: number; keys: string[] }[] = [];
  for (const [k, slot] of t.slots.entries()) {
    if (slot.id < 0 || !CLAUSE_OPENING.test(t.text.slice(0, slot.start))) continue;
    const group = coordinated(t, k).filter((id) => id >= 0 && t.slots.findIndex((s) => s.id === id) >= k);
    const last = t.slots.find((s) => s.id === group[group.length - 1]);
    if (last && CLAUSE_VERB.test(t.text.slice(last.end)))
      owners.push({ at: slot.start, keys: keysOf(doc, group) });
  }
  // "⟦X⟧, a bilingual vision-language model": the appositive describes X.
  for (const slot of t.slots)
    if (slot.id >= 0 && APPOSITIVE_OPENING.test(t.text.slice(slot.end)))
      owners.push({ at: slot.end, keys: keysOf(doc, [slot.id]) });
  return owners.sort((a, b) => a.at - b.at);
}

const PERCENT = String.raw`[+\-−]?\d+(?:\.\d+)?\s?(?:%|points?|pp|percentage points)`;
const FIGURE_BEFORE = new RegExp(String.raw`(${PERCENT})(?:\s+[\w-]+){0,3}\s+on\s+(?:the\s+)?$`, "u");
const FIGURE_AFTER = [
  /^\s*(?:accuracy|score|pass@1)?\s*(?:of|:|=|to)\s*([+\-−]?\d+(?:\.\d+)?\s?%?)/u,
  new RegExp(String.raw`^(?:\s+[\w-]+)?\s+by\s+(${PERCENT})`, "u"),
  /^\s*\((\d+(?:\.\d+)?%?)\)/u,
];

/** The reported figure next to a benchmark name, as written ("5%", "10 points"). */
function figureFor(sentence: string, start: number, end: number): string | undefined {
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
    const template = buildTemplate(s, spans);
    const owners = clauseOwners(doc, template);
    const ownerAt = (at: number) => {
      const owner = owners.filter((o) => o.at <= at).pop();
      return owner && owner.keys.length > 0 ? { keys: owner.keys, weight: 1 } : { keys: about.keys, weight };
    };
    const found: {
      kind: FactKind;
      name: string;
      at: number;
      rule: string;
      confidence: number;
      figure?: string;
    }[] = [];
    for (const h of lexiconHits(template.text, CAPABILITIES))
      found.push({
        kind: "capability",
        name: h.name,
        at: h.start,
        rule: "capability.lexicon",
        confidence: 0.8,
      });
    for (const h of lexiconHits(template.text, TECHNIQUES))
      found.push({
        kind: "technique",
        name: h.name,
        at: h.start,
        rule: "technique.lexicon",
        confidence: 0.8,
      });
    for (const [i, b] of benchmarks.entries()) {
      const figure = figureFor(s.text, b.start - s.start, b.end - s.start);
      const at = template.slots.find((slot) => slot.id === -1 - i)?.start ?? 0;
      found.push({
        kind: "benchmark",
        name: b.name,
        at,
        rule: "benchmark.context",
        confidence: 0.85,
        figure,
      });
    }
    for (const f of found) {
      const owner = ownerAt(f.at);
      for (const model of owner.keys)
        add(f.kind, model, f.name, s.index, f.rule, f.confidence * owner.weight, f.figure);
    }
  }
  return facts;
}
