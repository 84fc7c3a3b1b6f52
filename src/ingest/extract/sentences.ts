// Sentence splitting and tokenisation with offsets into the abstract, so evidence can point at its sentence.

import { allMatches } from "./lexicon.ts";

export interface Token {
  text: string;
  /** Offsets in the abstract. */
  start: number;
  end: number;
  word: boolean;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

// Words after which a period does not end a sentence ("et al.", "e.g.", "Fig. 3").
const ABBREVIATIONS = new Set([
  "al",
  "e.g",
  "i.e",
  "vs",
  "cf",
  "fig",
  "figs",
  "eq",
  "eqs",
  "no",
  "nos",
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "approx",
  "sec",
  "ca",
  "inc",
  "ltd",
  "jr",
  "sr",
  "st",
  "vol",
  "ref",
  "refs",
]);

// A URL with a scheme or "www.", or a bare lower-case domain with a path ("github.com/org/Foo-7B", as
// `\url{github.com/org/Foo-7B}` decodes); "GPT-3.5/4" and "e.g./i.e." are no domains.
const URL = /\b(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}@./_-])(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6}\/\S*/gu;

/**
 * Blanks out URLs (keeping offsets) so "https://goo.gle/MedGemma" or "huggingface.co/org/Foo" is neither a
 * name nor a sentence end.
 */
export function maskUrls(text: string): string {
  // Every URL has a slash or "www."; most abstracts have neither, and the scan is costly.
  if (!text.includes("/") && !text.includes("www.")) return text;
  return text.replace(URL, (url) => {
    const kept = url.replace(/[.,;:!?)\]]+$/u, "");
    return " ".repeat(kept.length) + url.slice(kept.length);
  });
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = /(?:^|[^\p{L}\p{N}])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  const bare = word.replace(/^\.+/u, "");
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
}

/** Splits at . ! ? followed by space and an upper-case letter, digit, bracket or quote. */
export function splitSentences(text: string): { text: string; start: number; end: number }[] {
  const masked = maskUrls(text);
  const out: { text: string; start: number; end: number }[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(text[s] ?? "")) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  let start = 0;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < masked.length && /["'”’)\]]/u.test(masked[j] ?? "")) j++;
    if (j < masked.length && !/\s/u.test(masked[j] ?? "")) continue;
    let k = j;
    while (k < masked.length && /\s/u.test(masked[k] ?? "")) k++;
    if (k < masked.length) {
      if (!/[\p{Lu}\p{N}"“‘'([$]/u.test(masked[k] ?? "")) continue;
      if (c === "." && endsWithAbbreviation(masked, i)) continue;
    }
    push(start, j);
    start = k;
  }
  push(start, masked.length);
  return out;
}

/** A word (group 1) or any other visible character. */
const TOKEN = /([\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’_\-‐‑‒–—―](?=[\p{L}\p{N}]))*)|\S/gu;

/** Words keep internal dots and dashes ("Gemini-1.5-Pro", "2.X"); a possessive "'s" is its own token. */
export function tokenize(masked: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = masked.slice(from, to);
  for (const m of allMatches(TOKEN, slice)) {
    const start = from + m.index;
    const text = m[0];
    const word = m[1] !== undefined;
    const possessive =
      word && text.length > 2 && text.endsWith("s") && (text.at(-2) === "'" || text.at(-2) === "’");
    if (possessive) {
      tokens.push({ text: text.slice(0, -2), start, end: start + text.length - 2, word: true });
      tokens.push({
        text: text.slice(-2),
        start: start + text.length - 2,
        end: start + text.length,
        word: false,
      });
    } else {
      tokens.push({ text, start, end: start + text.length, word });
    }
  }
  return tokens;
}

export function sentencesOf(abstract: string): Sentence[] {
  const masked = maskUrls(abstract);
  return splitSentences(abstract).map((s, index) => ({
    index,
    ...s,
    tokens: tokenize(masked, s.start, s.end),
  }));
}
