// One ExtractedModel per identity: canonical name, spellings seen, family, version, sizes and tunings.
//
// Family is the leading name stem, and for compounds the stem they specialise: MedGemma, CodeGemma,
// T5Gemma and RecurrentGemma are in family "Gemma" (each stays its own model), so filtering on
// family "Gemma" returns the whole ecosystem built on it. A compound is split when its prefix is a generic
// specialising word (Med, Code, Recurrent, ...), an alphanumeric model token (T5), or when its tail is
// itself a name used in the same paper (VaultGemma next to "the Gemma family", EVA-CLIP next to CLIP).
import {
  formatModelName,
  isLetterVersion,
  modelKey,
  type ParsedName,
  parseModelName,
  writtenModelName,
} from "../../domain/names.ts";
import type { ExtractedModel, Tuning } from "../../domain/types.ts";
import { textSizes, textTuning } from "./attributes.ts";
import type { Doc } from "./discourse.ts";
import { firstComparison, MODIFIER_PREFIXES } from "./lexicon.ts";
import { identityKey, type Mention } from "./mentions.ts";

/** The stem a compound specialises, or the stem itself. */
export function familyOf(stem: string, knownStems: ReadonlySet<string>): string {
  const spaced = stem.split(/[\s\-‐‑‒–—―]+/u);
  if (spaced.length > 1) {
    const tail = stem.slice(stem.indexOf(spaced[1] ?? ""));
    // "SigLIP-So400m": a coded tail names a variant of the head.
    if (/\d/u.test(tail)) return familyOf(spaced[0] ?? stem, knownStems);
    if (MODIFIER_PREFIXES.has(spaced[0]?.toLowerCase() ?? "") || knownStems.has(modelKey(tail))) return tail;
    return stem;
  }
  for (const m of stem.matchAll(/(?<=[\p{Ll}\d])\p{Lu}/gu)) {
    const prefix = stem.slice(0, m.index);
    const tail = stem.slice(m.index);
    const wordlike = tail.length >= 3 && /\p{Ll}/u.test(tail);
    const modifier = MODIFIER_PREFIXES.has(prefix.toLowerCase()) || /^\p{Lu}\d+$/u.test(prefix);
    if ((wordlike && modifier) || knownStems.has(modelKey(tail))) return tail;
  }
  return stem;
}

/** "R1-Zero" after "DeepSeek-R1": a short form whose stem is another name's letter version. */
export function resolveShortForms(mentions: Mention[]): void {
  for (const m of mentions) {
    if (!isLetterVersion(m.parsed.stem)) continue;
    const full = mentions.find((o) => o !== m && o.parsed.version === m.parsed.stem);
    if (!full) continue;
    m.parsed = parseModelName(`${full.parsed.stem}-${m.raw}`);
    m.key = identityKey(m.parsed);
  }
}

/** The model a tuned variant is a variant of: "Gemma3-4B-IT" → Gemma 3. */
export function variantBase(parsed: ParsedName): ParsedName | null {
  if (parsed.tuning === null) return null;
  return parseModelName(formatModelName(parsed, { sizes: false, tuning: false }));
}

/** One spelling per stem, preferring a capitalised one ("Phi" over "phi"), so names and families agree. */
function stemSpellings(doc: Doc): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const stem of [...doc.mentions.map((m) => m.parsed.stem), ...doc.titleModels.map((p) => p.stem)]) {
    const key = modelKey(stem);
    const seen = spellings.get(key);
    if (!seen || (!/^\p{Lu}/u.test(seen) && /^\p{Lu}/u.test(stem))) spellings.set(key, stem);
  }
  return spellings;
}

interface Spelling {
  /** As written, spaces normalised: an alias. */
  raw: string;
  /** As written less what is not identity: a candidate display name (null for a short form). */
  name: string | null;
  introduced: boolean;
}

/**
 * A spelling less its sizes as the text writes it ("Mistral 7B" → "Mistral"), or the canonical name when a size
 * sits inside the spelling ("Gemma3-4B-IT" → "Gemma 3 IT": nobody wrote "Gemma3-IT").
 */
function displaySpelling(raw: string, parsed: ParsedName): string {
  const inner =
    parsed.parts.findIndex((p) => p.kind === "size") < parsed.parts.findLastIndex((p) => p.kind !== "size");
  return parsed.sizes.length > 0 && inner
    ? formatModelName(parsed, { sizes: false })
    : writtenModelName(raw, { sizes: false });
}

/** The spelling the text uses most often; on a tie the one that introduces the model, then the first. */
function displayName(spellings: Spelling[]): string | null {
  const counts = new Map<string | null, number>();
  for (const s of spellings) if (s.name !== null) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  let best: string | null = null;
  for (const s of spellings) {
    if (s.name === null) continue;
    const [n, m] = [counts.get(s.name) ?? 0, counts.get(best) ?? 0];
    const introducedBest = spellings.some((o) => o.name === best && o.introduced);
    if (n > m || (n === m && s.introduced && !introducedBest)) best = s.name;
  }
  return best;
}

export function buildModels(doc: Doc): ExtractedModel[] {
  const known = new Set(doc.mentions.map((m) => modelKey(m.parsed.stem)));
  const spellings = stemSpellings(doc);
  const models = new Map<string, ExtractedModel>();
  const add = (written: ParsedName, key: string): ExtractedModel => {
    let model = models.get(key);
    if (!model) {
      const parsed = { ...written, stem: spellings.get(modelKey(written.stem)) ?? written.stem };
      model = {
        key,
        name: formatModelName(parsed, { sizes: false }),
        aliases: [],
        family: familyOf(parsed.stem, known),
        version: parsed.version,
        sizes: [],
        tuning: [],
      };
      models.set(key, model);
    }
    return model;
  };
  const addSizes = (model: ExtractedModel, sizes: string[]) => {
    for (const s of sizes) if (!model.sizes.includes(s)) model.sizes.push(s);
  };
  const addTuning = (model: ExtractedModel, tunings: Tuning[]) => {
    for (const t of tunings) if (!model.tuning.includes(t)) model.tuning.push(t);
  };

  const written = new Map<string, Spelling[]>();
  for (const m of doc.mentions) {
    if (m.generation) continue;
    const model = add(m.parsed, m.key);
    // Spellings are what the text writes for this name, not an ellipsis ("Flash-Lite"); a short form
    // ("R1-Zero") is an alias but not a display name.
    if (!m.ellipsis) {
      const spellings = written.get(m.key) ?? [];
      const seen = spellings.find((o) => o.raw === m.raw);
      const full = seen ? seen.name !== null : identityKey(parseModelName(m.raw)) === m.key;
      spellings.push({
        raw: m.raw.replace(/\s+/gu, " "),
        name: seen ? seen.name : full ? displaySpelling(m.raw, m.parsed) : null,
        introduced: m.introduced,
      });
      written.set(m.key, spellings);
    }
    addSizes(model, m.sizes);
    if (m.parsed.tuning) addTuning(model, [m.parsed.tuning]);
  }
  for (const [i, parsed] of doc.titleModels.entries()) {
    const key = identityKey(parsed);
    const spelling = doc.titleSpellings[i];
    const model = add(parsed, key);
    // Named only in the title: the title's spelling ("Phi-3 Technical Report" → "Phi-3").
    if (spelling !== undefined && !written.has(key))
      model.name = writtenModelName(spelling, { sizes: false });
  }
  for (const [key, spellings] of written) {
    const model = models.get(key);
    if (!model) continue;
    model.name = displayName(spellings) ?? model.name;
    for (const { raw } of spellings)
      if (raw !== model.name && !model.aliases.includes(raw)) model.aliases.push(raw);
  }

  for (const [i, template] of doc.templates.entries()) {
    const subject = doc.subjects[i];
    if (!subject || subject.keys.length === 0) continue;
    // Sizes after a comparison describe the other side ("outperforms the best 13B model").
    const sizes = textSizes(template.text.slice(0, firstComparison(template.text)));
    const tunings = textTuning(template.text);
    for (const key of subject.keys) {
      const model = models.get(key);
      if (!model) continue;
      addSizes(model, sizes);
      addTuning(model, tunings);
    }
  }
  return [...models.values()];
}
