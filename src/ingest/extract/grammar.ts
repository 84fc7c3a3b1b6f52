// The name grammar over tokens: where a name starts (its head's shape) and how far it runs — versions,
// tiers, sizes and tuning attached by dashes or written after spaces, parenthesised and coordinated sizes,
// and tier ellipsis ("Gemini 2.0 Flash and Flash-Lite").
import {
  DASH_CHARS,
  isFormatSuffix,
  isLetterVersion,
  isNumericVersion,
  isSize,
  isTierWord,
  normaliseSize,
  splitGluedSize,
  splitGluedVersion,
  tuningOf,
} from "../../domain/names.ts";
import {
  CONCEPT_WORDS,
  COUNT_FOLLOWERS,
  FUNCTION_WORDS,
  LANGUAGE_WORDS,
  MODEL_NOUNS,
  NAME_SUFFIXES,
  ORG_FOLLOWERS,
} from "./lexicon.ts";
import type { Token } from "./sentences.ts";

export type Shape = "strong" | "capitalised" | "acronym" | "lower";

const DASH = new RegExp(`[${DASH_CHARS}]`, "u");
/** Pieces of a name are joined by dashes or, in identifiers written as code, underscores ("BERT_LARGE"). */
const PIECE_JOINER = new RegExp(`[${DASH_CHARS}_]`, "u");
export const lower = (s: string) => s.toLowerCase();
const NO_COMPOUNDS: ReadonlySet<string> = new Set();

// Capitalised words recur within and across abstracts: their shape is read once.
const SHAPES = new Map<string, Shape | null>();

function headShape(seg: string): Shape | null {
  const known = SHAPES.get(seg);
  if (known !== undefined) return known;
  if (SHAPES.size >= 20_000) SHAPES.clear();
  const shape = readShape(seg);
  SHAPES.set(seg, shape);
  return shape;
}

function readShape(seg: string): Shape | null {
  const stem = splitGluedVersion(seg)?.[0] ?? seg;
  if (!/^\p{L}/u.test(stem)) return null;
  // Mixed case after the first letter (MedGemma, OLMo, mT5) or letters around digits (T5Gemma, T5, R1).
  const mixed = /\p{Lu}/u.test(stem.slice(1)) && /\p{Ll}/u.test(stem);
  if (mixed || /\p{L}\d+\p{L}/u.test(stem) || /^\p{Lu}\d/u.test(stem)) return "strong";
  if (/^\p{Lu}{2,}\d*$/u.test(stem)) return "acronym";
  if (/^\p{Lu}[\p{Ll}\d]+$/u.test(stem)) return "capitalised";
  if (/^\p{Ll}[\p{Ll}\d]*$/u.test(stem)) return "lower";
  return null;
}

/** A piece that makes a dashed word a name: mixed case ("PaLM") or an acronym that is no concept ("Tiny-BERT"). */
function namePiece(seg: string): boolean {
  const shape = headShape(seg);
  return shape === "strong" || (shape === "acronym" && seg.length >= 3 && !CONCEPT_WORDS.has(lower(seg)));
}

export interface ReadState {
  version: boolean;
  size: boolean;
  tier: boolean;
  tuning: boolean;
  last: "stem" | "version" | "size" | "tier" | "tuning";
  /** The stem is a two-word name the paper uses ("DeepSeek LLM"): a capitalised tuning word may follow it. */
  compound?: boolean;
}

const isNameLike = (p: string) => /^\p{L}/u.test(p) && /\p{Lu}/u.test(p);

/** Whether a piece continues a name; `attached` = joined by a dash inside one word. */
function accept(piece: string, st: ReadState, attached: boolean): boolean {
  const early = !st.version && !st.size && !st.tier;
  const set = (k: ReadState["last"]) => {
    st.last = k;
    if (k !== "stem") st[k] = true;
    return true;
  };
  if (isSize(piece)) return set("size");
  if (early && (isNumericVersion(piece) || isLetterVersion(piece))) return set("version");
  // Written apart from the name, only capitalised tier and tuning words continue it ("Gemini 2.5 Pro",
  // "CodeGemma 7B IT"), so "the Gemma 3 base models" is Gemma 3.
  const capital = attached || /^\p{Lu}/u.test(piece);
  if (
    tuningOf(piece) &&
    !st.tuning &&
    capital &&
    (attached || st.version || st.size || st.compound || /^(Instruct|Chat)$/u.test(piece))
  )
    return set("tuning");
  // OpenAI writes one tier in lower case after a version: "GPT-4o mini", "GPT-3.5 turbo".
  if (isTierWord(piece) && (capital || (/^(?:mini|turbo)$/u.test(piece) && st.last === "version")))
    return set("tier");
  // "Mistral Small 3.1", "Mistral Large 2": a release number after the tier of an unversioned name is part of it.
  if (!st.version && st.last === "tier" && /^\d+(?:\.\d+)?$/u.test(piece)) return set("tier");
  if (!attached) return false;
  // A named line inside a name has its own release: "Llama3-ChatQA-1.5-70B".
  if (st.last === "tier" && /^\d+\.\d+$/u.test(piece)) return set("tier");
  // A context length or an input resolution is a specialisation: "MiniCPM-128K", "CLIP-ViT-L-336px".
  if (/^\d+(?:[kK]|px)$/u.test(piece)) return set("tier");
  // A checkpoint's date or serial after the size or version: "Abel-7B-002", "GPT-4-0613".
  if (!early && /^(?:\d{3,4}|\d{8})$/u.test(piece)) return set("tier");
  // A zero-led serial needs no size before it: "Text-davinci-002".
  if (isCheckpointSerial(piece)) return set("tier");
  if (!early && isFormatSuffix(piece)) return true;
  // A language code written onto a name: "CourseGPT-zh", "Llama-3-ja".
  if (attached && /^(?:zh|en|ja|ko|de|fr|es|it|ru|ar|pt|vi|th|hi|id|tr|pl|nl|sv|fi|he|fa|uk)$/u.test(piece))
    return set("tier");
  if (!early && /^\p{L}/u.test(piece) && !/^\p{Ll}+$/u.test(piece)) return set("tier");
  if (early && isNameLike(piece)) return set("stem");
  return false;
}

/**
 * A capitalised word right after a version closes the name as its tier ("Claude 3 Opus", "Llama 2 Long"),
 * unless it opens a Title-Case phrase ("Gemma 3 Technical Report") or is an ordinary function, concept or
 * model word ("Falcon 3 Family").
 */
function closingTier(tokens: Token[], j: number, text: string, st: ReadState): boolean {
  const word = tokens[j]?.text ?? "";
  if (st.last !== "version" || !/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  const l = lower(word);
  if (FUNCTION_WORDS.has(l) || CONCEPT_WORDS.has(l) || LANGUAGE_WORDS.has(l) || MODEL_NOUNS.has(l))
    return false;
  if (ORG_FOLLOWERS.has(word) || NAME_SUFFIXES.has(l)) return false;
  const cur = tokens[j];
  const after = tokens[j + 1];
  return !(cur && after?.word && /^\p{Lu}/u.test(after.text) && spaceBetween(text, cur, after));
}

function mergeDates(segs: string[]): string[] {
  const at = segs.findIndex(
    (s, k) => /^\d{4}$/u.test(s) && /^\d{2}$/u.test(segs[k + 1] ?? "") && /^\d{2}$/u.test(segs[k + 2] ?? ""),
  );
  return at < 1 ? segs : [...segs.slice(0, at), segs.slice(at, at + 3).join(""), ...segs.slice(at + 3)];
}

/** A zero-led checkpoint serial: the "002" of "Text-davinci-002", "Abel-7B-002". */
export const isCheckpointSerial = (piece: string) => /^0\d{2}$/u.test(piece);

export function dashSplit(word: string): string[] {
  return word.split(PIECE_JOINER).filter((s) => s.length > 0);
}

export interface Read {
  tokStart: number;
  /** Token index just past the name itself. */
  tokEnd: number;
  end: number;
  shape: Shape;
  state: ReadState;
}

export const spaceBetween = (text: string, a: Token, b: Token) =>
  b.start === a.end + 1 && text[a.end] === " ";

/**
 * Reads the longest name starting at token i. `compounds` are two-word names the paper uses ("stable diffusion",
 * "command r"): their second word joins the first as part of the stem.
 */
export function readName(
  tokens: Token[],
  i: number,
  text: string,
  compounds: ReadonlySet<string> = NO_COMPOUNDS,
): Read | null {
  const tok = tokens[i];
  // Fast path: most words are plain lower-case English.
  if (!tok?.word || /^[a-z]+$/.test(tok.text)) return null;
  // A dated checkpoint is one piece: "GPT-4-Turbo-2024-04-09".
  let segs = mergeDates(dashSplit(tok.text));
  const suffix = segs.length > 1 ? segs[segs.length - 1] : undefined;
  // "Llama-based": the suffix is not part of the name (lineage cues read it from the text).
  const suffixed = suffix !== undefined && NAME_SUFFIXES.has(suffix);
  if (suffixed) segs = segs.slice(0, -1);
  const head = segs[0];
  if (!head) return null;
  // "U-PaLM", "X-CLIP", "X-LLM": a single capital before a name piece or a model class heads the name.
  const headShapeRead =
    headShape(head) ??
    (/^\p{Lu}$/u.test(head) && (namePiece(segs[1] ?? "") || /^(?:LLM|VLM|MLLM)$/u.test(segs[1] ?? ""))
      ? "capitalised"
      : null);
  if (!headShapeRead) return null;
  // "Flan-PaLM", "Med-PaLM": a dashed name is as strong as its strongest piece.
  let shape =
    headShapeRead !== "strong" && headShapeRead !== "lower" && segs.slice(1).some(namePiece)
      ? "strong"
      : headShapeRead;
  const st: ReadState = { version: false, size: false, tier: false, tuning: false, last: "stem" };
  if (splitGluedVersion(head)) st.version = true;
  if (splitGluedSize(head)) st.size = true;
  for (const [k, seg] of segs.entries()) {
    if (k === 0 || accept(seg, st, true)) continue;
    // "E5-mistral-7b-instruct", "nomic-embed-text-v1": a Hub-style name writes its words in lower case; a size,
    // version or serial further on says the dashed word is a name all the same ("GPT-based" has none).
    const marked = segs
      .slice(k + 1)
      .some((later) => isSize(later) || /^v\d/u.test(later) || isCheckpointSerial(later));
    if (st.last === "stem" && !st.version && /^\p{Ll}+$/u.test(seg) && marked) continue;
    return null;
  }
  let end = suffixed && suffix ? tok.end - suffix.length - 1 : tok.end;
  let j = i + 1;
  const second = tokens[j];
  if (!suffixed && segs.length === 1 && second && compounds.has(`${lower(tok.text)} ${lower(second.text)}`)) {
    if (spaceBetween(text, tok, second)) {
      end = second.end;
      j++;
      st.compound = true;
      // "Chinese LLaMA" is as strong as its name.
      if (shape === "capitalised" && namePiece(second.text)) shape = "strong";
    }
  }
  // Lower-case names carry their version inside the word ("phi-3-mini"); "containing 2B" is not a name.
  const extendable = !suffixed && shape !== "lower";
  while (extendable && j < tokens.length) {
    const prev = tokens[j - 1];
    const next = tokens[j];
    if (!prev || !next) break;
    if (next.word && spaceBetween(text, prev, next)) {
      const trial = { ...st };
      const pieces = dashSplit(next.text);
      const following = tokens[j + 1];
      const counted = following !== undefined && COUNT_FOLLOWERS.has(lower(following.text));
      if (counted && pieces.length === 1 && isNumericVersion(next.text)) break;
      // "Me-LLaMA 13/70B": numbers sharing a unit across a slash are sizes, not a version.
      if (tokens[j + 1]?.text === "/" && tokens[j + 1]?.start === next.end && isNumericVersion(next.text))
        break;
      // The first piece stands apart from the name: "Finetuning Llama-3.1-8B" starts a new name at "Llama".
      if (!pieces.every((p, k) => accept(p, trial, k > 0)) || trial.last === "stem") {
        if (closingTier(tokens, j, text, st)) {
          st.tier = true;
          st.last = "tier";
          end = next.end;
          j++;
        }
        break;
      }
      Object.assign(st, trial);
      end = next.end;
      j++;
      continue;
    }
    // "Granite 3.0 8B – Instruct", "Code Llama - Instruct", and arXiv's plain-text en dash: "Mistral 7B -- Instruct".
    const doubled = next.text === "-" && tokens[j + 1]?.text === "-" && tokens[j + 1]?.start === next.end;
    const dash = doubled ? tokens[j + 1] : next;
    const after = tokens[j + (doubled ? 2 : 1)];
    if (!next.word && dash && DASH.test(next.text) && after?.word && spaceBetween(text, prev, next)) {
      const trial = { ...st };
      if (
        spaceBetween(text, dash, after) &&
        (tuningOf(after.text) || isTierWord(after.text)) &&
        accept(after.text, trial, false)
      ) {
        Object.assign(st, trial);
        end = after.end;
        j += doubled ? 3 : 2;
        continue;
      }
    }
    break;
  }
  // A patch size after a slash is part of a vision checkpoint's name: "ViT-L/14", "EVA-02-CLIP-E/14+".
  const slash = tokens[j];
  const patch = tokens[j + 1];
  if (
    slash?.text === "/" &&
    slash.start === end &&
    patch &&
    patch.start === slash.end &&
    /^\d{1,3}$/u.test(patch.text)
  ) {
    end = patch.end;
    j += 2;
  }
  // A closing "+" is part of the name ("CodeT5+", "Command R+"), but "Tülu 2+DPO" joins two things.
  const plus = tokens[j];
  if (plus?.text === "+" && plus.start === end && !/[\p{L}\p{N}]/u.test(text[plus.end] ?? "")) {
    end = plus.end;
    j++;
  }
  // Lower-case names need a version or size ("phi-3-mini") or digits and a tier ("o1-mini").
  if (shape === "lower" && !st.version && !st.size && !(st.tier && /\d/u.test(head))) return null;
  // "top-1", "stage-2" are no names; "phi-1" is (the paper's context decides whether it names a model).
  if (
    segs.length > 1 &&
    segs.slice(1).every((p) => /^\d/u.test(p)) &&
    !/[\p{Lu}\d]/u.test(head) &&
    (head.length < 3 || FUNCTION_WORDS.has(head) || CONCEPT_WORDS.has(head))
  )
    return null;
  return { tokStart: i, tokEnd: j, end, shape, state: st };
}

export const wordAt = (tokens: Token[], i: number) => tokens[i]?.text ?? "";

/** Parenthesised or coordinated sizes after a name: "EmbeddingGemma (300M)", "Gemma 3 4B and 27B". */
export function trailingSizes(tokens: Token[], read: Read): { sizes: string[]; next: number } {
  const sizes: string[] = [];
  let j = read.tokEnd;
  if (wordAt(tokens, j) === "(" && isSize(wordAt(tokens, j + 1))) {
    let k = j + 1;
    const inner: string[] = [];
    while (isSize(wordAt(tokens, k))) {
      inner.push(normaliseSize(wordAt(tokens, k)));
      k++;
      if (wordAt(tokens, k) === ",") k++;
      if (/^(and|or)$/u.test(wordAt(tokens, k))) k++;
    }
    if (wordAt(tokens, k) === ")") {
      sizes.push(...inner);
      j = k + 1;
    }
  } else if (read.state.last === "size") {
    for (;;) {
      let k = j;
      if (wordAt(tokens, k) === ",") k++;
      if (/^(and|or)$/u.test(wordAt(tokens, k))) k++;
      if (k === j || !isSize(wordAt(tokens, k)) || DASH.test(wordAt(tokens, k + 1))) break;
      sizes.push(normaliseSize(wordAt(tokens, k)));
      j = k + 1;
    }
  }
  return { sizes, next: j };
}

/** "Gemini 2.0 Flash and Flash-Lite": tier words coordinated with a tiered name share its stem and version. */
export function ellipsisTiers(tokens: Token[], read: Read): { index: number; word: string }[] {
  // "Reka Core, Flash, and Edge": after a two-word name, plain capitalised words stand for its second word.
  const compound = read.state.compound === true && read.state.last === "stem";
  if (read.state.last !== "tier" && !compound) return [];
  const out: { index: number; word: string }[] = [];
  let j = read.tokEnd;
  let closed = false;
  for (;;) {
    let k = j;
    if (wordAt(tokens, k) === ",") k++;
    const conjunction = /^(and|or)$/u.test(wordAt(tokens, k));
    if (conjunction) k++;
    const word = wordAt(tokens, k);
    const pieces = dashSplit(word);
    const item =
      pieces.every(isTierWord) ||
      (compound && /^\p{Lu}\p{Ll}+$/u.test(word) && !FUNCTION_WORDS.has(lower(word)));
    if (k === j || pieces.length === 0 || !/^\p{Lu}/u.test(word) || !item) break;
    out.push({ index: k, word });
    closed = conjunction;
    j = k + 1;
  }
  // A list of plain words must close with "and" or "or" and end there: "Reka Core, Gemini Ultra" is no ellipsis.
  return compound && (!closed || startsUpper(wordAt(tokens, j)))
    ? out.filter((t) => isTierWord(t.word))
    : out;
}

/** An ASCII check first: most words are lower-case ASCII. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}
