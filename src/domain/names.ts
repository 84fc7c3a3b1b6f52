// The grammar of a model name, shared by extraction (which writes keys) and serving (which looks them up).
//
// A name is: STEM [VERSION] [TIER...] [SIZE...] [TUNING]
//   STEM     "Gemma", "MedGemma", "Code Llama", "EVA-CLIP", "DeepSeek"
//   VERSION  "3", "2.5", "2.X", "4o" or a letter version "R1", "V3"; "1"/"1.0" is the first generation = no version
//   TIER     "Pro", "Flash-Lite", "mini", "Coder", "Distill-Qwen"  (tiers and specialisations are identity)
//   SIZE     "4B", "270M", "8x7B", "1B-1B" (encoder-decoder pairs)
//   TUNING   "IT", "PT", "Instruct", "Chat", "Base", "SFT"
import type { Tuning } from "./types.ts";

/** Tier and specialisation words that continue a versioned name. */
const TIER_WORDS: ReadonlySet<string> = new Set([
  "pro",
  "flash",
  "lite",
  "ultra",
  "nano",
  "mini",
  "small",
  "medium",
  "large",
  "xl",
  "xxl",
  "max",
  "plus",
  "turbo",
  "zero",
  "tiny",
  "micro",
  "air",
  "omni",
  "coder",
  "math",
  "vision",
  "vl",
  "audio",
  "code",
  "thinking",
  "multilingual",
  // Release stages.
  "alpha",
  "beta",
  "preview",
]);

const TUNING_WORDS: ReadonlyMap<string, { text: string; tuning: Tuning }> = new Map([
  ["it", { text: "IT", tuning: "instruction-tuned" }],
  ["instruct", { text: "Instruct", tuning: "instruction-tuned" }],
  ["chat", { text: "Chat", tuning: "instruction-tuned" }],
  ["sft", { text: "SFT", tuning: "instruction-tuned" }],
  ["dpo", { text: "DPO", tuning: "instruction-tuned" }],
  ["pt", { text: "PT", tuning: "pretrained" }],
  ["base", { text: "Base", tuning: "pretrained" }],
]);

export const DASH_CHARS = "-‐‑‒–—―";
const PIECE = /[^\s_\-‐‑‒–—―]+/gu;
const SIZE = /^(\d+x)?\d+(\.\d+)?[BMTb]$/u;
// "4o", "4V" (GPT-4V, GLM-4V): a version may end in one letter, but not K ("128K" is a context length).
const VERSION = /^\d{1,3}(\.(\d{1,3}|[xX]))*[a-jl-zA-JL-Z]?$/u;
// "R1", "V3", the lower-case "v3" of "SEA-LION-v3", and a lower-case letter before a point release: "BitNet b1.58".
const LETTER_VERSION = /^(?:\p{Lu}|v|[a-z](?=\d{1,3}\.\d))\d{1,3}(\.\d{1,2})?$/u;
const GLUED_VERSION = /^(\p{L}[\p{L}\d]*\p{L})(\d{1,3}(?:\.(?:\d{1,3}|[xX]))*)$/u;
const GLUED_SIZE = /^(\p{L}+\p{Ll})(\d+(?:\.\d+)?[BMT])$/u;
const FIRST_GENERATION = new Set(["1", "1.0"]);

const sizeClass = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

const FORMAT_SUFFIXES = new Set([
  "hf",
  "gguf",
  "ggml",
  "awq",
  "gptq",
  "exl2",
  "mlx",
  "fp16",
  "bf16",
  "fp8",
  "int4",
  "int8",
]);

/** A release stage written after a size or version ("Starling-7B-alpha", "Zephyr-7B-beta"). */
const RELEASE_STAGES = new Set(["alpha", "beta", "preview"]);

/** A storage format or quantisation written after a name ("-hf", "-GGUF", "-AWQ"). */
export function isFormatSuffix(piece: string): boolean {
  // "W8A8", "W4A16": weight and activation bit widths.
  return FORMAT_SUFFIXES.has(piece.toLowerCase()) || /^w\d+a\d+$/iu.test(piece);
}

export function isSize(piece: string): boolean {
  return SIZE.test(piece);
}

/** "7b" → "7B", "8x7B" stays. */
export function normaliseSize(piece: string): string {
  return piece.slice(0, -1) + piece.slice(-1).toUpperCase();
}

export function isNumericVersion(piece: string): boolean {
  return VERSION.test(piece) && !SIZE.test(piece);
}

export function isLetterVersion(piece: string): boolean {
  return LETTER_VERSION.test(piece);
}

export function isTierWord(piece: string): boolean {
  return TIER_WORDS.has(piece.toLowerCase());
}

export function tuningOf(piece: string): { text: string; tuning: Tuning } | undefined {
  return TUNING_WORDS.get(piece.toLowerCase());
}

/** "Flamingo80B" → ["Flamingo", "80B"]: a size written onto the name. */
export function splitGluedSize(piece: string): [string, string] | null {
  const m = GLUED_SIZE.exec(piece);
  if (!m?.[1] || !m[2] || m[1].length < 3) return null;
  return [m[1], m[2]];
}

/** "Gemma3" → ["Gemma", "3"], "Qwen2.5" → ["Qwen", "2.5"]; short alphanumerics ("T5", "UL2", "mT5") are stems. */
export function splitGluedVersion(piece: string): [string, string] | null {
  const m = GLUED_VERSION.exec(piece);
  if (!m?.[1] || !m[2] || m[1].length < 3) return null;
  // "DeBERTaV3", "LayoutLMv2": a "v" written against the stem's other case is the version's ("V3", "v2").
  const lettered = /^(.{3,}?(?:\p{Ll}V|\p{Lu}v))$/u.test(m[1]) && !m[2].includes(".x");
  if (lettered) return [m[1].slice(0, -1), `${m[1].slice(-1)}${m[2]}`];
  return [m[1], m[2]];
}

export type PartKind = "stem" | "version" | "tier" | "size" | "tuning";

export interface NamePart {
  kind: PartKind;
  text: string;
  /** Attached to the previous piece by a dash without spaces ("Gemma3-4B", "Flash-Lite"). */
  hyphen: boolean;
}

export interface ParsedName {
  parts: NamePart[];
  stem: string;
  version: string | null;
  tiers: string[];
  sizes: string[];
  tuning: Tuning | null;
}

interface Piece {
  text: string;
  hyphen: boolean;
  /** What separates the piece from the one before it, as written ("" for the first). */
  gap: string;
}

function pieces(raw: string): Piece[] {
  const text = raw.normalize("NFKC").trim();
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(PIECE)) {
    const gap = text.slice(last, m.index);
    // A closing "+" is its own part: "CodeT5+" is not CodeT5, "Command R+" not Command R.
    const plus = m[0].length > 1 && m[0].endsWith("+") ? 1 : 0;
    out.push({ text: m[0].slice(0, m[0].length - plus), hyphen: gap.length > 0 && !/\s/u.test(gap), gap });
    if (plus) out.push({ text: "+", hyphen: true, gap: "" });
    last = m.index + m[0].length;
  }
  return out;
}

const isNameLike = (p: string) => /^\p{L}/u.test(p) && (/^\p{Lu}/u.test(p) || /\p{Lu}/u.test(p.slice(1)));

// Extraction parses the same few spellings many times per abstract; results are shared, never mutated.
const PARSED = new Map<string, ParsedName>();
const KEYS = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function remember<T>(cache: Map<string, T>, raw: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, value);
  return value;
}

/** Parses a model name written in any of its spellings. Never throws: unknown pieces become tiers. */
export function parseModelName(raw: string): ParsedName {
  return PARSED.get(raw) ?? remember(PARSED, raw, classify(pieces(raw)).name);
}

/** The parts of a name, and what each written piece is ("stem" for a glued "Gemma3"). */
function classify(written: Piece[]): { name: ParsedName; kinds: PartKind[] } {
  const parts: NamePart[] = [];
  const kinds: PartKind[] = [];
  function push(part: NamePart, index: number) {
    parts.push(part);
    kinds[index] ??= part.kind;
  }
  let early = true;
  for (const [i, p] of written.entries()) {
    // "Llama-2-7b-hf", "Foo-7B-GGUF": a file format or quantisation is how a checkpoint is stored, not a model.
    if (i > 0 && isFormatSuffix(p.text)) {
      kinds[i] = "tier";
      continue;
    }
    const previous = parts[parts.length - 1]?.kind;
    // "Starling-7B-alpha": a release stage after the size or version tags a checkpoint of the model.
    if ((previous === "size" || previous === "version") && RELEASE_STAGES.has(p.text.toLowerCase())) {
      kinds[i] = "tier";
      continue;
    }
    if (i > 0 && parts.length > 0) {
      const last = parts[parts.length - 1]?.kind;
      if (last === "version" || last === "size" || last === "tier") early = false;
    }
    if (p.text === "+") {
      push({ kind: "tier", text: "+", hyphen: true }, i);
      continue;
    }
    if (i === 0) {
      // "BERTBASE", "BERTLARGE": the size class of an acronym model, typeset as a subscript.
      const classed = /^(\p{Lu}{2,})(BASE|LARGE)$/u.exec(p.text);
      if (classed?.[1] && classed[2]) {
        push({ kind: "stem", text: classed[1], hyphen: false }, i);
        push({ kind: "size", text: sizeClass(classed[2]), hyphen: false }, i);
        continue;
      }
      const sized = splitGluedSize(p.text);
      if (sized) {
        push({ kind: "stem", text: sized[0], hyphen: false }, i);
        push({ kind: "size", text: sized[1], hyphen: false }, i);
        continue;
      }
      const glued = splitGluedVersion(p.text);
      push({ kind: "stem", text: glued ? glued[0] : p.text, hyphen: false }, i);
      if (glued) push({ kind: "version", text: glued[1], hyphen: false }, i);
      continue;
    }
    const prev = parts[parts.length - 1];
    const tuning = tuningOf(p.text);
    // "BERT-large", "T5-large": a size class, like a parameter count (capitalised, "Mistral Large" is a model).
    if (p.hyphen && p.text === "large") {
      push({ kind: "size", text: sizeClass(p.text), hyphen: true }, i);
      continue;
    }
    if (isSize(p.text)) {
      if (prev?.kind === "size" && p.hyphen) {
        prev.text += `-${normaliseSize(p.text)}`;
        kinds[i] = "size";
      } else push({ kind: "size", text: normaliseSize(p.text), hyphen: p.hyphen }, i);
    } else if (early && (isNumericVersion(p.text) || isLetterVersion(p.text))) {
      push({ kind: "version", text: p.text, hyphen: p.hyphen }, i);
    } else if (
      tuning &&
      (!early || /^(instruct|chat)$/iu.test(p.text) || (p.hyphen && /^base$/iu.test(p.text)))
    ) {
      push({ kind: "tuning", text: tuning.text, hyphen: p.hyphen }, i);
    } else if (isTierWord(p.text)) {
      push({ kind: "tier", text: p.text, hyphen: p.hyphen }, i);
    } else if (early && isNameLike(p.text)) {
      const glued = splitGluedVersion(p.text);
      push({ kind: "stem", text: glued ? glued[0] : p.text, hyphen: p.hyphen }, i);
      if (glued) push({ kind: "version", text: glued[1], hyphen: false }, i);
    } else {
      push({ kind: "tier", text: p.text, hyphen: p.hyphen }, i);
    }
  }
  const version = parts.find((p) => p.kind === "version")?.text.replace(/x$/u, "X") ?? null;
  const tuningPart = parts.find((p) => p.kind === "tuning");
  const name: ParsedName = {
    parts,
    stem: joinStem(parts),
    version: version !== null && FIRST_GENERATION.has(version) ? null : version,
    tiers: parts.filter((p) => p.kind === "tier").map((p) => p.text),
    sizes: parts.filter((p) => p.kind === "size").map((p) => p.text),
    tuning: tuningPart ? (tuningOf(tuningPart.text)?.tuning ?? null) : null,
  };
  return { name, kinds };
}

function joinStem(parts: NamePart[]): string {
  return parts
    .filter((p) => p.kind === "stem")
    .map((p, i) => (i === 0 ? p.text : `${p.hyphen ? "-" : " "}${p.text}`))
    .join("");
}

export interface FormatOptions {
  sizes?: boolean;
  tuning?: boolean;
}

/**
 * Display form in canonical order. Dashes become spaces around numeric versions, sizes and tuning
 * ("Gemini-1.5-Pro" → "Gemini 1.5 Pro"); they stay inside compound stems ("EVA-CLIP"), after a letter
 * version ("DeepSeek-R1-Zero") and between tiers ("Flash-Lite").
 */
export function formatModelName(name: ParsedName, opts: FormatOptions = {}): string {
  let out = name.stem;
  const versionPart = name.parts.find((p) => p.kind === "version");
  const letter = name.version !== null && isLetterVersion(name.version);
  if (name.version !== null) out += `${letter && versionPart?.hyphen ? "-" : " "}${name.version}`;
  let prevGlues = letter && versionPart?.hyphen === true;
  for (const tier of name.parts.filter((p) => p.kind === "tier")) {
    out += tier.text === "+" ? "+" : `${tier.hyphen && prevGlues ? "-" : " "}${tier.text}`;
    prevGlues = true;
  }
  if (opts.sizes !== false) for (const size of name.sizes) out += ` ${size}`;
  const tuning = name.parts.find((p) => p.kind === "tuning");
  if (opts.tuning !== false && tuning) out += ` ${tuning.text}`;
  return out;
}

export function canonicalModelName(raw: string): string {
  return formatModelName(parseModelName(raw));
}

/**
 * A name as the text writes it ("Gemini-1.5-Pro", "phi-3-mini", "Qwen2.5"), less what is not identity:
 * sizes unless asked for ("Zephyr-7B" is Zephyr) and a first-generation version ("MedGemma 1" is MedGemma).
 * A spaced dash is punctuation ("Code Llama - Instruct" → "Code Llama Instruct"); an attached one is "-".
 */
export function writtenModelName(raw: string, opts: Pick<FormatOptions, "sizes"> = {}): string {
  const written = pieces(raw);
  const { kinds } = classify(written);
  const dropped = (i: number, text: string) =>
    i > 0 &&
    ((kinds[i] === "size" && opts.sizes === false) ||
      (kinds[i] === "version" && FIRST_GENERATION.has(text)) ||
      isFormatSuffix(text));
  let out = "";
  for (const [i, piece] of written.entries()) {
    if (dropped(i, piece.text)) continue;
    if (i > 0 && piece.text !== "+") out += /\s/u.test(piece.gap) || piece.gap === "" ? " " : "-";
    out += piece.text;
  }
  return out;
}

// Accents fold too: "Tülu 2" and "Tulu 2" are one model.
const GREEK_NAMES: Record<string, string> = Object.fromEntries(
  "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega"
    .split(" ")
    .map((name, k) => [String.fromCodePoint(0x3b1 + (k >= 17 ? k + 1 : k)), name]),
);

// "PixArt-Σ" is "PixArt-Sigma" as LaTeX sources spell it ("PixArt-\Sigma"): a Greek letter folds to its name.
const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u03b1-\u03c9]/gu, (letter) => GREEK_NAMES[letter] ?? letter)
    .replace(/[\s_\-‐‑‒–—―]+/gu, "");

/** Identity key of a parsed name; sizes and tuning can be left out to get the base model's key. */
export function keyOf(name: ParsedName, opts: FormatOptions = {}): string {
  // "SeaLLMs" is the family of "SeaLLM"; "GPT-4V" is "GPT4-Vision".
  const stem = name.stem.replace(/(?<=\p{Lu})s$/u, "");
  const version = (name.version ?? "").replace(/(?<=\d)V$/u, " vision");
  const pieces = [stem, version, ...name.tiers];
  if (opts.sizes !== false) pieces.push(...name.sizes);
  const tuning = name.parts.find((p) => p.kind === "tuning");
  if (opts.tuning !== false && tuning) pieces.push(tuning.text);
  let key = "";
  for (const piece of pieces.map(fold).filter((p) => p.length > 0)) {
    // Keep "Gemma 3 4B" apart from "Gemma 34B".
    key += /\d$/u.test(key) && /^\d/u.test(piece) ? `_${piece}` : piece;
  }
  return key;
}

/**
 * Identity of a model name: insensitive to case, spaces, hyphens and en/em dashes, and to the spelling
 * of a version ("Gemma3" ≡ "Gemma 3", "Gemini-1.5-Pro" ≡ "Gemini 1.5 Pro"). A first-generation "1"
 * is the unversioned name ("MedGemma 1" ≡ "MedGemma"). A size is a checkpoint of the model, not another model
 * ("Gemma 3 4B" ≡ "Gemma 3", "Llama 2 13B Chat" ≡ "Llama2-Chat-70B"); tiers and tuning stay part of the identity.
 */
export function modelKey(name: string): string {
  const known = KEYS.get(name);
  if (known !== undefined) return known;
  const parsed = parseModelName(name);
  return remember(KEYS, name, parsed.stem ? keyOf(parsed, { sizes: false }) : fold(name));
}
