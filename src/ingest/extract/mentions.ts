// Model mentions: a name grammar over tokens proposes candidates, then evidence from the whole paper decides
// which candidate stems are models, benchmarks, methods or nothing (concepts, organisations, citations).
import {
  DASH_CHARS,
  isLetterVersion,
  isNumericVersion,
  isSize,
  isTierWord,
  keyOf,
  modelKey,
  normaliseSize,
  type ParsedName,
  parseModelName,
  splitGluedVersion,
  tuningOf,
} from "../../domain/names.ts";
import {
  APPOSITIVE_MODEL_NOUNS,
  BASED_ON_CUES,
  BENCHMARK_FOLLOWERS,
  BENCHMARK_NOUNS,
  BENCHMARK_SHAPE,
  CONCEPT_WORDS,
  COUNT_FOLLOWERS,
  cueMatches,
  DISTILLED_FROM_CUES,
  FUNCTION_WORDS,
  INTRODUCE,
  INTRODUCE_STOP,
  KNOWN_BENCHMARKS,
  LANGUAGE_WORDS,
  METHOD_NOUNS,
  MODEL_NOUN_MODIFIERS,
  MODEL_NOUNS,
  MODIFIER_PREFIXES,
  NAME_SUFFIXES,
  NON_MODEL_PROPER,
  ORG_FOLLOWERS,
  REVERSE_DISTILL_CUE,
  SUCCESSOR_CUES,
  USES_COMPONENT_CUES,
  VARIANT_CUES,
} from "./lexicon.ts";
import type { Sentence, Token } from "./sentences.ts";
import { buildTemplate, type Template } from "./template.ts";

type Shape = "strong" | "capitalised" | "acronym" | "lower";

/** A stretch of text the name grammar reads as a name, before the paper-level decision. */
interface Candidate {
  id: number;
  /** -1 for the title. */
  sentence: number;
  start: number;
  end: number;
  raw: string;
  parsed: ParsedName;
  stemKey: string;
  shape: Shape;
  extraSizes: string[];
  /** Written by ellipsis: "Gemini 2.0 Flash and Flash-Lite". */
  ellipsis: boolean;
  /** Written as "X-based". */
  based: boolean;
  /** Carries a version, size, tier or tuning part. */
  qualified: boolean;
  sentenceInitial: boolean;
  modelNoun: boolean;
  appositive: boolean;
  introduced: boolean;
  lineageObject: boolean;
  citation: boolean;
  org: boolean;
  benchmark: boolean;
  method: boolean;
  /** Said to be a benchmark: "X, a new benchmark for ...", "Some Benchmark (X)". */
  benchmarkDefined: boolean;
  /** A plain capitalised word inside a Title-Case phrase ("Direct Preference Optimization"). */
  phrase: boolean;
  concept: boolean;
}

export interface Mention {
  id: number;
  sentence: number;
  start: number;
  end: number;
  raw: string;
  parsed: ParsedName;
  /** Identity: sizes folded into the model unless the name is a tuned variant ("Gemma3-4B-IT"). */
  key: string;
  sizes: string[];
  /** A generation placeholder such as "Gemini 2.X": resolves to its members, is not a model itself. */
  generation: boolean;
  ellipsis: boolean;
  based: boolean;
  introduced: boolean;
}

export interface BenchmarkMention {
  sentence: number;
  start: number;
  end: number;
  name: string;
}

export interface MentionResult {
  mentions: Mention[];
  benchmarks: BenchmarkMention[];
  /** Models the title introduces ("Gemma 3 Technical Report", "CodeGemma: ..."). */
  titleIntroduced: ParsedName[];
}

/** A model's identity: sizes fold into the model ("OLMo-7B" is OLMo) unless the name is a tuned variant. */
export function identityKey(parsed: ParsedName): string {
  return keyOf(parsed, { sizes: parsed.tuning !== null });
}

const DASH = new RegExp(`[${DASH_CHARS}]`, "u");
const lower = (s: string) => s.toLowerCase();

function headShape(seg: string): Shape | null {
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

interface ReadState {
  version: boolean;
  size: boolean;
  tier: boolean;
  tuning: boolean;
  last: "stem" | "version" | "size" | "tier" | "tuning";
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
    (attached || st.version || st.size || /^(Instruct|Chat)$/u.test(piece))
  )
    return set("tuning");
  if (isTierWord(piece) && capital) return set("tier");
  if (!attached) return false;
  if (!early && /^\p{L}/u.test(piece) && !/^\p{Ll}+$/u.test(piece)) return set("tier");
  if (early && isNameLike(piece)) return set("stem");
  return false;
}

function dashSplit(word: string): string[] {
  return word.split(DASH).filter((s) => s.length > 0);
}

interface Read {
  tokStart: number;
  /** Token index just past the name itself. */
  tokEnd: number;
  end: number;
  shape: Shape;
  based: boolean;
  state: ReadState;
}

const spaceBetween = (text: string, a: Token, b: Token) => b.start === a.end + 1 && text[a.end] === " ";

/** Reads the longest name starting at token i. */
function readName(tokens: Token[], i: number, text: string): Read | null {
  const tok = tokens[i];
  // Fast path: most words are plain lower-case English.
  if (!tok?.word || /^[a-z]+$/.test(tok.text)) return null;
  let segs = dashSplit(tok.text);
  const suffix = segs.length > 1 ? segs[segs.length - 1] : undefined;
  const based = suffix !== undefined && NAME_SUFFIXES.has(suffix);
  if (based) segs = segs.slice(0, -1);
  const head = segs[0];
  if (!head) return null;
  const shape = headShape(head);
  if (!shape) return null;
  const st: ReadState = { version: false, size: false, tier: false, tuning: false, last: "stem" };
  if (splitGluedVersion(head)) st.version = true;
  for (const seg of segs.slice(1)) if (!accept(seg, st, true)) return null;
  let end = based && suffix ? tok.end - suffix.length - 1 : tok.end;
  let j = i + 1;
  // Lower-case names carry their version inside the word ("phi-3-mini"); "containing 2B" is not a name.
  const extendable = !based && shape !== "lower";
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
      if (!pieces.every((p) => accept(p, trial, pieces.length > 1)) || trial.last === "stem") break;
      Object.assign(st, trial);
      end = next.end;
      j++;
      continue;
    }
    // "Granite 3.0 8B – Instruct", "Code Llama - Instruct"
    const after = tokens[j + 1];
    if (!next.word && DASH.test(next.text) && after?.word && spaceBetween(text, prev, next)) {
      const trial = { ...st };
      if (
        spaceBetween(text, next, after) &&
        (tuningOf(after.text) || isTierWord(after.text)) &&
        accept(after.text, trial, false)
      ) {
        Object.assign(st, trial);
        end = after.end;
        j += 2;
        continue;
      }
    }
    break;
  }
  // Lower-case names need a version or size ("phi-3-mini") or digits and a tier ("o1-mini").
  if (shape === "lower" && !st.version && !st.size && !(st.tier && /\d/u.test(head))) return null;
  if (segs.length > 1 && segs.slice(1).every((p) => /^\d/u.test(p)) && !/[\p{Lu}\d]/u.test(head)) return null;
  return { tokStart: i, tokEnd: j, end, shape, based, state: st };
}

const wordAt = (tokens: Token[], i: number) => tokens[i]?.text ?? "";

/** Parenthesised or coordinated sizes after a name: "EmbeddingGemma (300M)", "Gemma 3 4B and 27B". */
function trailingSizes(tokens: Token[], read: Read): { sizes: string[]; next: number } {
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
function ellipsisTiers(tokens: Token[], read: Read): { index: number; word: string }[] {
  if (read.state.last !== "tier") return [];
  const out: { index: number; word: string }[] = [];
  let j = read.tokEnd;
  for (;;) {
    let k = j;
    if (wordAt(tokens, k) === ",") k++;
    if (/^(and|or)$/u.test(wordAt(tokens, k))) k++;
    const word = wordAt(tokens, k);
    const pieces = dashSplit(word);
    if (k === j || pieces.length === 0 || !/^\p{Lu}/u.test(word) || !pieces.every(isTierWord)) break;
    out.push({ index: k, word });
    j = k + 1;
  }
  return out;
}

/** Initials of the words before "(ACR)" spell the acronym: a definition, so ACR names a concept or benchmark. */
function definedAcronym(tokens: Token[], i: number, end: number): "concept" | "benchmark" | "model" | null {
  if (wordAt(tokens, i - 1) !== "(" || wordAt(tokens, end) !== ")") return null;
  const acronym = lower(wordAt(tokens, i)).replace(/s$/u, "");
  let k = i - 2;
  while (k >= 0 && !tokens[k]?.word) k--;
  const words: string[] = [];
  while (k >= 0 && tokens[k]?.word && words.length < 8) {
    words.unshift(wordAt(tokens, k));
    const expansion = lower(words.join(" "));
    if (expansion[0] === acronym[0] && inOrder(acronym, expansion)) {
      const head = words[words.length - 1] ?? "";
      if (/^(benchmark|dataset|corpus|suite|leaderboard|test)s?$/iu.test(head)) return "benchmark";
      if (/^Models?$/u.test(head)) return "model";
      return "concept";
    }
    k--;
  }
  return null;
}

function inOrder(letters: string, text: string): boolean {
  let at = 0;
  for (const c of letters) {
    at = text.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function firstWordIndex(tokens: Token[]): number {
  return tokens.findIndex((t) => t.word);
}

/** Looks after a name for "models", "family", ... possibly behind "language", "vision", ... */
function followedByModelNoun(tokens: Token[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const w = wordAt(tokens, k);
    if (MODEL_NOUNS.has(w)) return true;
    if (!MODEL_NOUN_MODIFIERS.has(w)) return false;
  }
  return false;
}

/** "X, a medically-tuned vision encoder ..." → model; "X, a simple method ..." → method. */
function appositiveKind(tokens: Token[], from: number): "model" | "method" | "benchmark" | null {
  // Skip a parenthetical: "Direct Preference Optimization (DPO), a stable ... algorithm".
  let j = from;
  if (wordAt(tokens, j) === "(") {
    const close = tokens.findIndex((t, k) => k > j && t.text === ")");
    if (close > j && close - j < 6) j = close + 1;
  }
  if (
    wordAt(tokens, j) !== "," ||
    !/^(a|an|the|two|three|both|our|several|one)$/u.test(wordAt(tokens, j + 1))
  )
    return null;
  for (let k = j + 2; k < j + 12 && k < tokens.length; k++) {
    const w = wordAt(tokens, k);
    if (/^[;.()]$/u.test(w)) return null;
    if (METHOD_NOUNS.has(w)) return "method";
    if (BENCHMARK_NOUNS.has(w)) return "benchmark";
    if (APPOSITIVE_MODEL_NOUNS.has(w)) return "model";
  }
  return null;
}

/** "..., which we call X" / "called X": the nearest preceding kind noun says what X is. */
function calledKind(tokens: Token[], i: number): "model" | "method" | "benchmark" | null {
  let k = i - 1;
  while (k >= 0 && /^["“'‘]$/u.test(wordAt(tokens, k))) k--;
  if (!/^(call|calls|called|term|termed|name|named|dub|dubbed)$/u.test(wordAt(tokens, k))) return null;
  for (let m = k - 1; m >= Math.max(0, k - 14); m--) {
    const w = wordAt(tokens, m);
    if (METHOD_NOUNS.has(w)) return "method";
    if (BENCHMARK_NOUNS.has(w)) return "benchmark";
    if (APPOSITIVE_MODEL_NOUNS.has(w)) return "model";
  }
  return null;
}

function scan(tokens: Token[], text: string, sentence: number, nextId: () => number): Candidate[] {
  const out: Candidate[] = [];
  const first = firstWordIndex(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok?.word) continue;
    // "Code Llama": a specialising prefix joins the name that follows it.
    let prefix = false;
    let read = readName(tokens, i, text);
    const after = tokens[i + 1];
    if (
      MODIFIER_PREFIXES.has(lower(tok.text)) &&
      /^\p{Lu}/u.test(tok.text) &&
      after &&
      spaceBetween(text, tok, after)
    ) {
      const inner = readName(tokens, i + 1, text);
      if (inner && inner.shape !== "lower" && !FUNCTION_WORDS.has(lower(tokens[i + 1]?.text ?? ""))) {
        read = { ...inner, tokStart: i };
        prefix = true;
      }
    }
    if (!read) continue;
    // Function words and concept acronyms never head a name; leaving them out keeps "We introduce" readable.
    const headWord = lower(dashSplit(tokens[read.tokStart]?.text ?? "")[0] ?? "");
    if (!prefix && (FUNCTION_WORDS.has(headWord) || CONCEPT_WORDS.has(headWord))) {
      i = read.tokEnd - 1;
      continue;
    }
    const raw = text.slice(tok.start, read.end);
    const parsed = parseModelName(raw);
    const { sizes, next } = trailingSizes(tokens, read);
    const initial = read.tokStart === first || (prefix && i === first);
    const acronymKind = definedAcronym(tokens, i, read.tokEnd);
    const called = calledKind(tokens, i);
    const apposition = appositiveKind(tokens, next);
    // Followers count only as written in lower case: "Test Reports" in a title-cased name is no "test".
    const follower = wordAt(tokens, read.tokEnd);
    const qualified =
      parsed.version !== null ||
      read.state.version ||
      read.state.size ||
      read.state.tier ||
      read.state.tuning;
    const base: Candidate = {
      id: nextId(),
      sentence,
      start: tok.start,
      // The span covers absorbed sizes ("Gemma 3 4B and 27B", "phi-3-small (7B)") so templates treat them as one name.
      end: next > read.tokEnd ? (tokens[next - 1]?.end ?? read.end) : read.end,
      raw,
      parsed,
      stemKey: modelKey(parsed.stem),
      shape: prefix ? "capitalised" : read.shape,
      extraSizes: sizes,
      ellipsis: false,
      based: read.based,
      qualified,
      sentenceInitial: initial,
      modelNoun: followedByModelNoun(tokens, next) || acronymKind === "model",
      appositive: apposition === "model" || called === "model",
      introduced: false,
      lineageObject: false,
      citation: wordAt(tokens, read.tokEnd) === "et" && /^al\.?$/u.test(wordAt(tokens, read.tokEnd + 1)),
      org: ORG_FOLLOWERS.has(wordAt(tokens, read.tokEnd)),
      benchmarkDefined: acronymKind === "benchmark" || apposition === "benchmark" || called === "benchmark",
      phrase:
        !prefix && read.shape === "capitalised" && !qualified && inTitleCaseRun(tokens, i, read.tokEnd, text),
      benchmark:
        acronymKind === "benchmark" ||
        BENCHMARK_FOLLOWERS.has(follower) ||
        KNOWN_BENCHMARKS.has(parsed.stem) ||
        BENCHMARK_SHAPE.test(parsed.stem),
      method:
        acronymKind === "concept"
          ? false
          : called === "method" || apposition === "method" || METHOD_NOUNS.has(follower),
      concept: acronymKind === "concept",
    };
    out.push(base);
    let consumed = next - 1;
    for (const tier of ellipsisTiers(tokens, read)) {
      consumed = Math.max(consumed, tier.index);
      const elided = tokens[tier.index];
      if (!elided) continue;
      const stemAndVersion = parsed.version ? `${parsed.stem} ${parsed.version}` : parsed.stem;
      const implied = parseModelName(`${stemAndVersion} ${tier.word}`);
      out.push({
        ...base,
        id: nextId(),
        start: elided.start,
        end: elided.end,
        raw: tier.word,
        parsed: implied,
        ellipsis: true,
      });
    }
    i = Math.max(i, consumed);
  }
  return out;
}

/** Whether a name stands next to another capitalised (non-function) word: part of a Title-Case phrase. */
function inTitleCaseRun(tokens: Token[], i: number, end: number, text: string): boolean {
  const titleWord = (t: Token | undefined) =>
    t?.word === true && /^\p{Lu}/u.test(t.text) && !FUNCTION_WORDS.has(lower(t.text));
  const prev = tokens[i - 1];
  const next = tokens[end];
  const cur = tokens[i];
  const last = tokens[end - 1];
  return (
    (prev !== undefined && cur !== undefined && titleWord(prev) && spaceBetween(text, prev, cur)) ||
    (next !== undefined && last !== undefined && titleWord(next) && spaceBetween(text, last, next))
  );
}

/** "Testing on advanced MATH reasoning and APPS coding benchmarks": names in a list headed by "benchmarks". */
function markBenchmarkLists(tokens: Token[], candidates: Candidate[]): void {
  for (const [i, tok] of tokens.entries()) {
    if (!/^(benchmarks?|datasets|suites)$/u.test(tok.text)) continue;
    let lowercaseRun = 0;
    for (let k = i - 1; k >= 0; k--) {
      const t = tokens[k];
      if (!t) break;
      const cand = candidates.find((c) => c.start <= t.start && t.end <= c.end);
      if (cand) {
        cand.benchmark = true;
        lowercaseRun = 0;
        continue;
      }
      if (/^(on|in|across|for|from|with|using|of|to|by|at|over|than)$/u.test(t.text) || !t.word) {
        if (t.text !== ",") break;
        continue;
      }
      if (++lowercaseRun > 2) break;
    }
  }
}

const INTRODUCE_ONCE = new RegExp(INTRODUCE.source, "i");
const NAMED_OBJECT = new RegExp(
  `(?:${INTRODUCE.source}) (?:a|an|the) [^⟦.;]*?\\b(?:models?|family|series|collection|suite|version|variant)\\b[^⟦.;]*?, ⟦(\\d+)⟧`,
  "gi",
);

/** Marks the objects of "we introduce ..." (up to an appositive, relative clause or preposition). */
function markIntroduced(template: Template, byId: Map<number, Candidate>): void {
  const mark = (id: string | undefined) => {
    const cand = id === undefined ? undefined : byId.get(Number(id));
    if (cand) cand.introduced = true;
  };
  for (const m of template.text.matchAll(INTRODUCE)) {
    const rest = template.text.slice(m.index + m[0].length);
    let words = 0;
    let skip = 0;
    for (const piece of rest.matchAll(/⟦(\d+)⟧|[\p{L}\p{N}][\p{L}\p{N}.'’-]*|\S/gu)) {
      const token = piece[0];
      const ahead = rest.slice(piece.index + token.length);
      if (skip > 0) skip--;
      else if (piece[1] !== undefined) mark(piece[1]);
      else if (token === "," && /^\s(?:a|an|the|two|three|both|which|one)\b/u.test(ahead)) break;
      else if (token === "as" && /^\swell as\b/u.test(ahead)) skip = 2;
      else if (/^[;.()]$/u.test(token) || INTRODUCE_STOP.has(token) || ++words > 20) break;
    }
  }
  // "introduces a new family of multimodal models, ⟦Gemini⟧", "provide a model fine-tuned ..., ⟦X⟧".
  for (const m of template.text.matchAll(NAMED_OBJECT)) mark(m[1]);
  // "We introduce a family called ⟦X⟧", "Our fine-tuned LLMs, called ⟦X⟧, ...".
  if (!INTRODUCE_ONCE.test(template.text) && !/^Our\b/u.test(template.text)) return;
  for (const m of template.text.matchAll(/\b(?:called|named|dubbed|termed) ["“]?⟦(\d+)⟧/gu)) mark(m[1]);
}

const LINEAGE_CUES = [
  ...BASED_ON_CUES,
  ...DISTILLED_FROM_CUES,
  ...SUCCESSOR_CUES,
  ...VARIANT_CUES,
  REVERSE_DISTILL_CUE,
];

/** Objects of lineage cues are models ("derived from SigLIP"), unless followed by a data noun. */
function markLineageObjects(template: Template, byId: Map<number, Candidate>): void {
  const lower = template.text.toLowerCase();
  for (const cue of LINEAGE_CUES) {
    for (const m of cueMatches(cue, template.text, lower)) {
      const after = template.text.slice(m.index + m[0].length);
      if (
        /^\s+(?:data|corpus|corpora|abstracts|articles|papers|images|texts?|documents|outputs|samples)\b/u.test(
          after,
        )
      )
        continue;
      for (const id of m.slice(1)) {
        const cand = id === undefined ? undefined : byId.get(Number(id));
        if (cand) cand.lineageObject = true;
      }
    }
  }
  for (const cue of USES_COMPONENT_CUES) {
    for (const m of cueMatches(cue, template.text, lower)) {
      const cand = m[1] === undefined ? undefined : byId.get(Number(m[1]));
      if (cand) cand.lineageObject = true;
    }
  }
}

/** Title: "X: ...", "X Technical Report", "X Model Card", or the title is the name. */
function titleHead(candidates: Candidate[], tokens: Token[]): Candidate | undefined {
  const first = candidates[0];
  if (!first || first.start !== tokens[0]?.start) return undefined;
  const k = tokens.findIndex((t) => t.start >= first.end);
  const rest = tokens
    .slice(k < 0 ? tokens.length : k)
    .map((t) => t.text)
    .join(" ");
  if (
    rest === "" ||
    rest.startsWith(":") ||
    /^(?:Technical Report|Report|Model Card|System Card)\b/u.test(rest)
  )
    return first;
  return undefined;
}

function isStoplisted(c: Candidate): boolean {
  const stem = lower(c.parsed.stem);
  const parts = stem.split(/[\s\-‐‑‒–—―]+/u);
  if (parts.some((p) => LANGUAGE_WORDS.has(p))) return true;
  // "LLMs", "GPUs", "EHRs": a pluralised acronym names a class of things.
  if (/^\p{Lu}{2,}s$/u.test(c.parsed.stem)) return true;
  const bare = stem.replace(/s$/u, "");
  if (CONCEPT_WORDS.has(stem) || CONCEPT_WORDS.has(bare) || NON_MODEL_PROPER.has(stem)) return true;
  if (FUNCTION_WORDS.has(stem) || FUNCTION_WORDS.has(parts[0] ?? "")) return true;
  return parts.every((p) => CONCEPT_WORDS.has(p) || CONCEPT_WORDS.has(p.replace(/s$/u, "")));
}

type Verdict = "model" | "benchmark" | "method" | "none";

/** Decides, for all occurrences of one stem, what the stem names. */
function decide(occurrences: Candidate[]): Verdict {
  const abstract = occurrences.filter((c) => c.sentence >= 0 && !c.citation && !c.org && !c.phrase);
  if (abstract.length === 0 || occurrences.some(isStoplisted) || occurrences.some((c) => c.concept))
    return "none";
  const strongContext = abstract.some((c) => c.introduced || c.appositive || c.lineageObject);
  // What the text says a name is beats where the name stands ("we introduce X, a new benchmark").
  if (abstract.some((c) => c.benchmarkDefined)) return "benchmark";
  if (abstract.some((c) => c.method) && !abstract.some((c) => c.appositive)) return "method";
  if (
    occurrences.some((c) => c.benchmark) &&
    !abstract.some((c) => c.appositive || (c.introduced && c.qualified))
  )
    return "benchmark";
  const midSentence = abstract.some((c) => !c.sentenceInitial);
  const shape = abstract[0]?.shape ?? "capitalised";
  const supported = abstract.some(
    (c) =>
      c.introduced ||
      c.appositive ||
      c.lineageObject ||
      (c.modelNoun && (midSentence || shape === "strong" || c.qualified)) ||
      (c.qualified &&
        (midSentence || c.parsed.sizes.length > 0 || c.parsed.tiers.length > 0 || shape !== "capitalised")),
  );
  if (shape === "lower") {
    const tieredOrSized = abstract.some((c) => c.parsed.tiers.length > 0 || c.parsed.sizes.length > 0);
    return supported && (tieredOrSized || strongContext) ? "model" : "none";
  }
  if (supported) return "model";
  if (shape === "strong" && occurrences.filter((c) => !c.citation).length >= 2) return "model";
  return "none";
}

export function findMentions(
  abstract: string,
  sentences: Sentence[],
  title: string,
  titleTokens: Token[],
): MentionResult {
  let counter = 0;
  const nextId = () => counter++;
  const all: Candidate[] = [];
  for (const s of sentences) {
    const found = scan(s.tokens, abstract, s.index, nextId);
    markBenchmarkLists(s.tokens, found);
    all.push(...found);
  }
  const byId = new Map(all.map((c) => [c.id, c]));
  for (const s of sentences) {
    const template = buildTemplate(
      s,
      all.filter((c) => c.sentence === s.index),
    );
    if (template.slots.length === 0) continue;
    markIntroduced(template, byId);
    markLineageObjects(template, byId);
  }
  const titleCandidates = scan(titleTokens, title, -1, nextId);
  const head = titleHead(titleCandidates, titleTokens);
  if (head) head.introduced = true;

  const byStem = new Map<string, Candidate[]>();
  for (const c of [...all, ...titleCandidates]) byStem.set(c.stemKey, [...(byStem.get(c.stemKey) ?? []), c]);
  const verdicts = new Map([...byStem].map(([stem, occ]) => [stem, decide(occ)]));

  const mentions: Mention[] = [];
  const benchmarks: BenchmarkMention[] = [];
  for (const c of all) {
    const verdict = verdicts.get(c.stemKey);
    if (verdict === "benchmark")
      benchmarks.push({ sentence: c.sentence, start: c.start, end: c.end, name: c.raw });
    if (verdict !== "model" || c.citation || c.org) continue;
    mentions.push({
      id: c.id,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      raw: c.raw,
      parsed: c.parsed,
      key: identityKey(c.parsed),
      sizes: [...c.parsed.sizes, ...c.extraSizes],
      generation: /X$/u.test(c.parsed.version ?? ""),
      ellipsis: c.ellipsis,
      based: c.based,
      introduced: c.introduced,
    });
  }
  for (const s of sentences) benchmarks.push(...lexiconBenchmarks(s, benchmarks));
  const titleIntroduced =
    head && verdicts.get(head.stemKey) === "model" && !head.parsed.version?.endsWith("X")
      ? [head.parsed]
      : [];
  return { mentions, benchmarks, titleIntroduced };
}

/** Known benchmark names the name grammar cannot read ("SWE-bench"). */
function lexiconBenchmarks(s: Sentence, found: BenchmarkMention[]): BenchmarkMention[] {
  return s.tokens
    .filter(
      (t) =>
        t.word && KNOWN_BENCHMARKS.has(t.text) && !found.some((b) => b.start <= t.start && t.end <= b.end),
    )
    .map((t) => ({ sentence: s.index, start: t.start, end: t.end, name: t.text }));
}
