// What the words around a name say about it: a model noun after it ("Gemini models"), an appositive
// ("MedSigLIP, a ... vision encoder"), "which we call X", an acronym definition ("... Benchmark (MTEB)"),
// or a Title-Case phrase it belongs to ("Direct Preference Optimization").
import { lower, spaceBetween, wordAt } from "./grammar.ts";
import {
  APPOSITIVE_MODEL_NOUNS,
  BENCHMARK_NOUNS,
  FUNCTION_WORDS,
  METHOD_NOUNS,
  MODEL_NOUN_MODIFIERS,
  MODEL_NOUNS,
} from "./lexicon.ts";
import type { Token } from "./sentences.ts";

/** Initials of the words before "(ACR)" spell the acronym: a definition, so ACR names a concept or benchmark. */
export function definedAcronym(
  tokens: Token[],
  i: number,
  end: number,
): "concept" | "benchmark" | "model" | null {
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

export function firstWordIndex(tokens: Token[]): number {
  return tokens.findIndex((t) => t.word);
}

/** Looks after a name for "models", "family", ... possibly behind "language", "vision", ... */
export function followedByModelNoun(tokens: Token[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const w = wordAt(tokens, k);
    if (MODEL_NOUNS.has(w)) return true;
    if (!MODEL_NOUN_MODIFIERS.has(w)) return false;
  }
  return false;
}

/** "X, a medically-tuned vision encoder ..." → model; "X, a simple method ..." → method. */
export function appositiveKind(tokens: Token[], from: number): "model" | "method" | "benchmark" | null {
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
export function calledKind(tokens: Token[], i: number): "model" | "method" | "benchmark" | null {
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

/** Whether a name stands next to another capitalised (non-function) word: part of a Title-Case phrase. */
export function inTitleCaseRun(tokens: Token[], i: number, end: number, text: string): boolean {
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
