// The listing format: three lines per paper, copied from an arXiv-style listing page.
//
//   CLJul 31, 2024                                          <category><Mon D[, YYYY]>
//   Gemma 2: ...Practical SizeGemma Team, Morgane Riviere, Shreya Pathak et al. · deepmind
//   In this work, we introduce Gemma 2, ...                 <abstract>
//
// Blank lines between records are tolerated. The title is glued to the first author, so the split point
// has to be inferred: see `splitTitleAndAuthors`.

import { InputError } from "../../domain/errors.ts";
import type { Paper } from "../../domain/types.ts";
import {
  decodeHtmlEntities,
  finishPaper,
  isoDate,
  isRealDate,
  normaliseField,
  type ParseContext,
  splitNameList,
} from "./text.ts";

// ---------------------------------------------------------------------------------------------------------
// Date line

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ["jan", "january"],
    ["feb", "february"],
    ["mar", "march"],
    ["apr", "april"],
    ["may", "may"],
    ["jun", "june"],
    ["jul", "july"],
    ["aug", "august"],
    ["sep", "september", "sept"],
    ["oct", "october"],
    ["nov", "november"],
    ["dec", "december"],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

// <category><Month> <day>[, <year>]. The category is an upper-case prefix ("CL") or an arXiv name
// ("cs.CL", "hep-th", "physics.comp-ph") glued to the capitalised month.
const DATE_LINE =
  /^(?<category>[A-Z]{2,}|[a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?)?(?<month>[A-Z][a-z]+)\.?\s+(?<day>\d{1,2})(?:,?\s+(?<year>\d{4}))?$/;

interface DateLine {
  category: string | null;
  month: string;
  day: number;
  year: number | null;
}

/** Recognises a date line. A line with no category counts only if its month word is a real month. */
export function matchDateLine(line: string): DateLine | null {
  const trimmed = line.trim();
  if (trimmed.length > 64) return null;
  const m = DATE_LINE.exec(trimmed);
  const g = m?.groups;
  if (!g || g.month === undefined || g.day === undefined) return null;
  const category = g.category ?? null;
  if (category === null && !MONTHS.has(g.month.toLowerCase())) return null;
  return { category, month: g.month, day: Number(g.day), year: g.year === undefined ? null : Number(g.year) };
}

// ---------------------------------------------------------------------------------------------------------
// Names

const UPPER = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CLOSING = new Set([")", "]", "}", '"', "'", "’", "”", ".", "?", "!"]);

// One capitalised name part: "Morgane", "Gaël", "Li"; "McKenna", "DeWitt", "MacDonald" (a 2–3 letter
// prefix before an inner capital); "O'Brien", "D’Souza".
const NAME_PART = String.raw`(?:\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}+|[DLO]['’]\p{Lu}\p{Ll}+)`;
const NAME_TOKEN = new RegExp(String.raw`^${NAME_PART}(?:-(?:${NAME_PART}|\p{Ll}+))*$`, "u");
const PLAIN_NAME_TOKEN = /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u;
// "L", "D.", "J.-P.", "J.R."
const INITIAL = /^(?:\p{Lu}|\p{Lu}\.(?:-?\p{Lu}\.)*)$/u;
const PARTICLES = new Set([
  "al",
  "bin",
  "da",
  "das",
  "de",
  "del",
  "della",
  "der",
  "di",
  "do",
  "dos",
  "du",
  "el",
  "ibn",
  "la",
  "le",
  "ten",
  "ter",
  "van",
  "von",
  "y",
  "zu",
]);
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
// "Gemma Team", "CodeGemma Team", "Gemini Robotics Team", "ATLAS Collaboration".
const TEAM =
  /^\p{Lu}[\p{L}\p{N}.+-]*(?: [\p{L}\p{N}][\p{L}\p{N}.+-]*){0,2} (?:Team|Collaboration|Consortium)$/u;
// A one-token organisation as author: "DeepSeek-AI", "OpenAI", "Meta-Llama".
const ORG_TOKEN =
  /^(?:\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+))$/u;

const MAX_AUTHOR_TOKENS = 7; // 4 names + 2 particles + a suffix ("Jr."); a team is at most 4.
const MAX_AUTHOR_LENGTH = 120;

/** How a string reads as an author: 0 = not an author; 2 = a clear one; 1 = a person whose first name has an inner capital. */
export function authorNameScore(text: string): 0 | 1 | 2 {
  const s = text.trim();
  if (s === "" || s.length > MAX_AUTHOR_LENGTH) return 0;
  if (TEAM.test(s)) return 2;
  const tokens = s.split(" ");
  if (tokens.length === 1) return ORG_TOKEN.test(s) ? 2 : 0;
  if (tokens.length > MAX_AUTHOR_TOKENS) return 0;
  if (tokens.length > 2 && SUFFIX.test(tokens[tokens.length - 1] ?? "")) tokens.pop();
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  // A bare initial ("L") is fine inside a name ("Samuel L Smith") but too weak to start one.
  if (!(NAME_TOKEN.test(first) || (INITIAL.test(first) && first.endsWith("."))) || !NAME_TOKEN.test(last))
    return 0;
  let named = 0;
  let particles = 0;
  for (const token of tokens) {
    if (NAME_TOKEN.test(token) || INITIAL.test(token)) named++;
    else if (PARTICLES.has(token)) particles++;
    else return 0;
  }
  if (named < 2 || named > 4 || particles > 2) return 0;
  return PLAIN_NAME_TOKEN.test(first) || INITIAL.test(first) ? 2 : 1;
}

export function looksLikeAuthor(text: string): boolean {
  return authorNameScore(text) > 0;
}

/** Could `title` be a whole title (the text left of a candidate split)? */
function plausibleTitle(title: string): boolean {
  if (!LETTER_OR_DIGIT.test(title)) return false;
  if (/[:;,/&([{–—-]$/.test(title)) return false;
  const count = (re: RegExp) => (title.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/\[/g) === count(/\]/g);
}

/**
 * Where, inside `segment`, the first author may start, best first. A candidate is an upper-case letter
 * glued to the character before it (a lower-case letter, digit, closing mark, or the end of an acronym:
 * "AGIMeredith"), leaving a remainder that reads as an author. Order: candidates in the last glued word
 * first (so camel-case words earlier in the title, "MedGemma", stay in the title); inside a word a clear
 * author before a doubtful one, then the earliest first ("GemmaCodeGemma Team" → "CodeGemma Team",
 * "LearningDeepSeek-AI" → "DeepSeek-AI", but "NeMoJohn Smith" → "John Smith").
 */
function authorStarts(segment: string): number[] {
  // An author is at most MAX_AUTHOR_TOKENS tokens and MAX_AUTHOR_LENGTH characters: only the segment's tail
  // can hold one, which keeps this linear on long lines (an abstract mistaken for an author line).
  let from = Math.max(1, segment.length - MAX_AUTHOR_LENGTH);
  let spaces = 0;
  for (let i = segment.length - 1; i > 0; i--) {
    if (segment[i] === " " && ++spaces === MAX_AUTHOR_TOKENS) {
      from = Math.max(from, i + 1);
      break;
    }
  }
  const candidates: { at: number; word: number; score: number }[] = [];
  for (let at = from; at < segment.length; at++) {
    const c = segment[at] ?? "";
    const prev = segment[at - 1] ?? "";
    if (!UPPER.test(c) || !(LETTER_OR_DIGIT.test(prev) || CLOSING.has(prev))) continue;
    const score = authorNameScore(segment.slice(at));
    if (score > 0) candidates.push({ at, word: segment.lastIndexOf(" ", at) + 1, score });
  }
  return candidates.sort((a, b) => b.word - a.word || b.score - a.score || a.at - b.at).map((c) => c.at);
}

export interface TitleAndAuthors {
  title: string;
  authors: string[];
  authorsTruncated: boolean;
  organizations: string[];
}

/**
 * Splits a listing's second line, `<title><authors>[ · <orgs>]`, where the title is glued to the first
 * author. The author list is cut at ", " into segments; the title may itself contain commas, so the
 * segment holding the title's end and the first author is the leftmost one with a candidate split point
 * (see `authorStarts`) such that every later segment reads as an author too. If no segment passes that
 * strict test (an unusual co-author name), the leftmost segment with a split point is taken.
 * Returns null when no split point is found.
 */
export function splitTitleAndAuthors(line: string): TitleAndAuthors | null {
  let text = normaliseField(line);
  let organizations: string[] = [];
  const dot = text.lastIndexOf(" · ");
  if (dot >= 0) {
    organizations = text
      .slice(dot + 3)
      .split(",")
      .map((o) => o.trim())
      .filter((o) => o !== "");
    text = text.slice(0, dot).trim();
  }
  const etAl = /,?\s+et\s+al\.?$/i;
  const authorsTruncated = etAl.test(text);
  if (authorsTruncated) text = text.replace(etAl, "");

  const segments: { start: number; text: string }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\s*,\s*/g)) {
    segments.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  segments.push({ start, text: text.slice(start) });

  // authorsAfter[k]: every segment after k reads as an author.
  const authorsAfter: boolean[] = [];
  let all = true;
  for (let k = segments.length - 1; k >= 0; k--) {
    authorsAfter[k] = all;
    all = all && looksLikeAuthor(segments[k]?.text ?? "");
  }

  for (const strict of [true, false]) {
    for (let k = 0; k < segments.length; k++) {
      const segment = segments[k];
      if (!segment) continue;
      if (strict && !authorsAfter[k]) continue;
      for (const at of authorStarts(segment.text)) {
        const title = text.slice(0, segment.start + at).trim();
        if (!plausibleTitle(title)) continue;
        const { names } = splitNameList(text.slice(segment.start + at));
        return { title, authors: names, authorsTruncated, organizations };
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Records

const EXAMPLE_DATE = "e.g. 'CLJul 31, 2024' or 'cs.AIApr 6'";

function parseDate(date: DateLine, ctx: ParseContext, line: number): { date: string; yearInferred: boolean } {
  const month = MONTHS.get(date.month.toLowerCase());
  if (month === undefined) {
    throw new InputError(ctx.file, line, `unknown month "${date.month}"`, "date");
  }
  const year = date.year ?? ctx.year;
  if (!isRealDate(year, month, date.day)) {
    throw new InputError(ctx.file, line, `impossible date: ${date.month} ${date.day}, ${year}`, "date");
  }
  return { date: isoDate(year, month, date.day), yearInferred: date.year === null };
}

function preview(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/** Parses the listing format. Bad records go to `ctx.fail`; parsing resumes at the next date line. */
export function parseListing(text: string, ctx: ParseContext): Paper[] {
  const lines = text.split("\n");
  const papers: Paper[] = [];
  const nextLine = (from: number): number => {
    let i = from;
    while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
    return i < lines.length ? i : -1;
  };
  const isDate = (i: number) => i >= 0 && matchDateLine(lines[i] ?? "") !== null;

  let i = nextLine(0);
  while (i >= 0) {
    let resume: number;
    try {
      resume = parseRecord(i);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ctx.fail(error);
      // Resynchronise: skip to the next line that starts a record.
      resume = i + 1;
      while (resume < lines.length && !isDate(resume)) resume++;
    }
    i = nextLine(resume);
  }
  return papers;

  /** Parses the record starting at line index `i`; returns the index to continue from. */
  function parseRecord(i: number): number {
    const lineNo = i + 1;
    const dateLine = matchDateLine(lines[i] ?? "");
    if (!dateLine) {
      throw new InputError(
        ctx.file,
        lineNo,
        `expected a date line starting a record (${EXAMPLE_DATE}), found "${preview(lines[i] ?? "")}"`,
        "date",
      );
    }
    const { date, yearInferred } = parseDate(dateLine, ctx, lineNo);

    const j = nextLine(i + 1);
    if (j < 0 || isDate(j)) {
      const where = j < 0 ? "the input ends" : `line ${j + 1} starts the next record`;
      throw new InputError(
        ctx.file,
        lineNo,
        `record has no title/author line and no abstract: ${where} after its date line`,
        "authors",
      );
    }
    const split = splitTitleAndAuthors(lines[j] ?? "");
    const k = nextLine(j + 1);
    if (k < 0 || isDate(k)) {
      const where = k < 0 ? `the input ends after line ${j + 1}` : `line ${k + 1} starts the next record`;
      if (split) {
        throw new InputError(ctx.file, lineNo, `record has no abstract: ${where}`, "abstract");
      }
      throw new InputError(
        ctx.file,
        lineNo,
        `record has no title/author line (line ${j + 1} is taken as the abstract; ${where})`,
        "authors",
      );
    }
    if (!split) {
      throw new InputError(
        ctx.file,
        j + 1,
        "cannot tell where the title ends and the first author begins (expected '<Title><First Author>, ...')",
        "authors",
      );
    }
    if (split.authors.length === 0) {
      throw new InputError(ctx.file, j + 1, "no authors", "authors");
    }
    const paper = finishPaper(
      {
        title: split.title,
        authors: split.authors,
        authorsTruncated: split.authorsTruncated,
        organizations: split.organizations,
        date,
        yearInferred,
        category: dateLine.category,
        abstract: decodeHtmlEntities(lines[k] ?? ""),
      },
      { file: ctx.file, line: lineNo },
      ctx,
    );
    if (paper) papers.push(paper);
    return k + 1;
  }
}
