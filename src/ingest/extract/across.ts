// Lineage stated across sentences: the parent in one sentence, the child named in another ("... to fine-tune
// LLaMA. We call the resulting model WizardLM."; "BERT can be adapted for biomedical corpora. We introduce
// BioBERT"; "Qwen, the base pretrained language models ... models built upon base language models").
// Evidence spans every sentence from the parent's to the child's.
import type { Collector } from "./collector.ts";
import { type Doc, keysOf } from "./discourse.ts";
import {
  ADAPTABLE,
  allMatches,
  BASE_ANTECEDENT,
  RESULT_CUE,
  RESULTING_MODEL,
  TRAINING_OBJECT,
  UNNAMED_BASE,
} from "./lexicon.ts";
import { coordinated, type Template } from "./template.ts";

/** How many sentences back a "resulting model" may look for what was trained. */
const LOOK_BACK = 2;

/** In the same sentence, the result cue names the parent itself. */
const RESULT_IN_SENTENCE = new RegExp(RESULT_CUE.re.source, "i");

export function acrossSentences(doc: Doc, out: Collector): void {
  for (const [i, t] of doc.templates.entries()) {
    if (t.slots.length === 0) continue;
    // Cheap word checks first: most sentences hold none of these patterns.
    const lower = t.text.toLowerCase();
    if (/resulting|final|obtained| call | name | dub | term /u.test(lower)) resultingModel(doc, i, t, out);
    if (/adapt|tun|extend|speciali|tailor|transfer|customi/u.test(lower)) adaptedBeforeNamed(doc, i, t, out);
    if (lower.includes("base")) unnamedBase(doc, i, t, out);
  }
}

function resultingModel(doc: Doc, i: number, t: Template, out: Collector): void {
  const m = RESULTING_MODEL.exec(t.text);
  if (!m || RESULT_IN_SENTENCE.test(t.text)) return;
  const named = t.slots.findIndex((s) => s.id === Number(m[1]));
  const children = keysOf(doc, named < 0 ? [Number(m[1])] : coordinated(t, named));
  // Prefer what a training verb acted on; else the model the previous sentences were about.
  for (let k = i; k >= Math.max(0, i - LOOK_BACK); k--) {
    const before = doc.templates[k];
    if (!before) continue;
    const text = k === i ? before.text.slice(0, m.index) : before.text;
    const trained = allMatches(TRAINING_OBJECT, text).pop();
    if (!trained) continue;
    for (const from of children)
      for (const to of keysOf(doc, [Number(trained[1])]))
        out.add("BASED_ON", from, to, i, "lineage.resulting-model", 0.8, undefined, k);
    return;
  }
  for (let k = i - 1; k >= Math.max(0, i - LOOK_BACK); k--) {
    const last = doc.templates[k]?.slots.at(-1);
    if (!last) continue;
    for (const from of children)
      for (const to of keysOf(doc, [last.id]))
        out.add("BASED_ON", from, to, i, "lineage.resulting-model.nearest", 0.6, undefined, k);
    return;
  }
}

function adaptedBeforeNamed(doc: Doc, i: number, t: Template, out: Collector): void {
  const m = t.slots.length === 1 ? ADAPTABLE.exec(t.text) : null;
  const main = doc.introduced[0];
  if (!m || !main) return;
  const named = doc.mentions.find((x) => x.key === main);
  for (const to of keysOf(doc, [Number(m[1])]))
    out.add("BASED_ON", main, to, i, "lineage.adapted-before-named", 0.7, undefined, named?.sentence ?? i);
}

function unnamedBase(doc: Doc, i: number, t: Template, out: Collector): void {
  const m = UNNAMED_BASE.exec(t.text);
  if (!m) return;
  const base = baseAntecedent(doc);
  if (!base) return;
  // "⟦A⟧ and ⟦B⟧, as well as ... ⟦C⟧, which are built upon": a plural relative clause is said of every model before.
  const before = t.slots.filter((s) => s.end <= m.index);
  const plural = /\b(?:which|that) are (?:[\w-]+ )?$/u.test(t.text.slice(0, m.index));
  const last = before.at(-1);
  const ids = plural ? before.map((s) => s.id) : last ? coordinated(t, t.slots.indexOf(last)) : [];
  const children = ids.length > 0 ? keysOf(doc, ids) : (doc.subjects[i]?.keys ?? []);
  for (const from of children)
    for (const to of keysOf(doc, [base.id]))
      out.add("BASED_ON", from, to, i, "lineage.unnamed-base", 0.75, undefined, base.sentence);
}

function baseAntecedent(doc: Doc): { id: number; sentence: number } | null {
  for (const [k, t] of doc.templates.entries()) {
    const m = BASE_ANTECEDENT.exec(t.text);
    const id = m?.[1] ?? m?.[2];
    if (id !== undefined) return { id: Number(id), sentence: k };
  }
  const pretrained = doc.mentions.find((x) => x.parsed.tuning === "pretrained");
  return pretrained ? { id: pretrained.id, sentence: pretrained.sentence } : null;
}
