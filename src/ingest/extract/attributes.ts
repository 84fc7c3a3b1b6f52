// Sizes and tunings stated in prose ("ranging in scale from 2 billion to 27 billion parameters",
// "pretrained (PT) and instruction-tuned (IT) variants"). Run on a template, so names are already masked.
import type { Tuning } from "../../domain/types.ts";
import { allMatches, SIZE_COMPARATIVE, SIZE_NOUNS } from "./lexicon.ts";

const UNIT: Record<string, string> = { billion: "B", million: "M", trillion: "T", b: "B", m: "M", t: "T" };
const SIZE =
  /(?<![\w.])(\d+(?:\.\d+)?)(?:\s*-?\s*)(billion|million|trillion|[BMT])(?:-(\d+(?:\.\d+)?[BMT]))?(?![\w])/gu;
const RANGE = /\bfrom (\d+(?:\.\d+)?) to (\d+(?:\.\d+)?)\s*-?\s*(billion|million|trillion|[BMT])\b/giu;
const CONNECTOR = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)$/u;

const sizeText = (n: string, unit: string) => `${n}${UNIT[unit.toLowerCase()] ?? unit}`;

/** Parameter counts in a sentence: a list of sizes that ends in "parameters"/"models", or is in brackets after "models". */
export function textSizes(text: string): string[] {
  const found = allMatches(SIZE, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    size: m[3] ? `${sizeText(m[1] ?? "", m[2] ?? "")}-${m[3]}` : sizeText(m[1] ?? "", m[2] ?? ""),
  }));
  const accepted = new Array<boolean>(found.length).fill(false);
  for (let i = found.length - 1; i >= 0; i--) {
    const cur = found[i];
    if (!cur) continue;
    const after = text.slice(cur.end);
    const next = found[i + 1];
    const chained =
      next !== undefined && accepted[i + 1] === true && CONNECTOR.test(text.slice(cur.end, next.start));
    const bracketed =
      /^\s*[,)]/u.test(after) &&
      /\b(?:models?|variants?|sizes?|checkpoints?)\s*\([^()]*$/u.test(text.slice(0, cur.start));
    accepted[i] = SIZE_NOUNS.test(after) || chained || bracketed;
    if (SIZE_COMPARATIVE.test(text.slice(0, cur.start))) accepted[i] = false;
  }
  const sizes = found.filter((_, i) => accepted[i]).map((f) => f.size);
  for (const m of allMatches(RANGE, text)) {
    if (SIZE_NOUNS.test(text.slice(m.index + m[0].length))) {
      sizes.push(sizeText(m[1] ?? "", m[3] ?? ""), sizeText(m[2] ?? "", m[3] ?? ""));
    }
  }
  return [...new Set(sizes)];
}

const VARIANT_NOUN = String.raw`(?:\s*\((?:PT|IT|pt|it)\))?(?:\s+(?:and|or)\b|,|\s+(?:variants?|versions?|checkpoints?|models?)\b)`;
const PRETRAINED = new RegExp(String.raw`\bpre-?trained(?=${VARIANT_NOUN})`, "iu");
const INSTRUCTION_TUNED = new RegExp(
  String.raw`\b(?:instruction[- ]?(?:tuned|fine-?tuned|finetuned)|fine-?tuned)(?=${VARIANT_NOUN})|(?<!⟧\s*(?:[-–—]\s*)?)\bchat (?:models?|variants?|versions?)\b`,
  "iu",
);

/** Tunings a sentence says its models come in. */
export function textTuning(text: string): Tuning[] {
  const out: Tuning[] = [];
  const lower = text.toLowerCase();
  if (lower.includes("train") && PRETRAINED.test(text)) out.push("pretrained");
  if ((lower.includes("tuned") || lower.includes("chat")) && INSTRUCTION_TUNED.test(text))
    out.push("instruction-tuned");
  return out;
}
