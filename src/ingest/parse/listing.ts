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
//
// The first author is glued to the title, so the split has to be read off the author's shape. Authors are
// people ("Jane Doe", "J. Doe", "Jane van der Doe", "Anne-Marie O'Neil Jr.", "Łukasz Kaiser", "李明") or
// groups: "<Name> Team", "Team <Name>", "The <Name> Community", "<Name> AI", "<Name> AI Lab",
// "<Name> Institute for AI", one organisation token ("DeepSeek-AI", "OpenAI", "01.AI", "NVIDIA").

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const CLOSING = new Set([")", "]", "}", '"', "'", "’", "”", ".", "?", "!"]);
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// A name written in a CJK script: "李明", "김민준", optionally as family name + given name.
const CJK_NAME =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2,6}(?: [\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{1,4})?$/u;

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

// A word of an organisation's name: capitalised, camel-case, all-caps or digit-led, with inner dots,
// dashes, ampersands or apostrophes: "Gemini", "BigCode", "GLM", "01.AI", "H2O.ai", "LLM-jp", "AT&T".
const ORG_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}]*(?:[.&+'’-][\p{L}\p{N}]+)*$/u;
// Words that end an organisation's name ("Qwen Team", "Meta AI", "SEA AI Lab", "Allen Institute for AI").
const ORG_TAIL = new Set([
  "Team",
  "Teams",
  "AI",
  "Lab",
  "Labs",
  "Laboratory",
  "Laboratories",
  "Community",
  "Group",
  "Research",
  "Inc",
  "Inc.",
  "Ltd",
  "Ltd.",
  "LLC",
  "Corp",
  "Corp.",
  "Corporation",
  "Collaboration",
  "Consortium",
  "Workshop",
  "Institute",
  "Foundation",
  "Project",
  "Initiative",
  "Alliance",
  "Academy",
  "Center",
  "Centre",
]);
// Small words inside an organisation's name: "Allen Institute for AI", "Cohere For AI", "AI @ Meta".
const ORG_CONNECTORS = new Set(["for", "For", "of", "Of", "and", "&", "@", "on", "the", "de", "für"]);
// A one-token organisation: "DeepSeek-AI", "Meta-Llama", "LLM-jp" (dashed); "OpenAI", "HuggingFace",
// "InternLM", "EleutherAI" (camel-case); "01.AI", "H2O.ai" (a domain-like name).
const ORG_TOKEN =
  /^(?:\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)|[\p{Lu}\p{N}][\p{L}\p{N}]*\.(?:AI|ai|Ai|io))$/u;
// An all-caps organisation ("NVIDIA", "TII"): a doubtful author, and never cut out of a longer acronym.
const ALL_CAPS = /^\p{Lu}{3,}\p{N}*$/u;
const ACRONYM_IN_PARENS = /^\([\p{Lu}\p{N}&-]{2,}\)$/u;

const MAX_AUTHOR_TOKENS = 7; // 4 names + 2 particles + a suffix ("Jr."); an organisation is at most 7.
const MAX_AUTHOR_LENGTH = 120;

/** How a string reads as a person's name: 0 = not one; 2 = a clear one; 1 = a first name with an inner capital. */
function personScore(tokens: string[]): 0 | 1 | 2 {
  if (tokens.length < 2 || tokens.length > MAX_AUTHOR_TOKENS) return 0;
  const parts =
    tokens.length > 2 && SUFFIX.test(tokens[tokens.length - 1] ?? "") ? tokens.slice(0, -1) : tokens;
  const first = parts[0] ?? "";
  const last = parts[parts.length - 1] ?? "";
  // A bare initial ("L") is fine inside a name ("Samuel L Smith") but too weak to start one.
  if (!(NAME_TOKEN.test(first) || (INITIAL.test(first) && first.endsWith("."))) || !NAME_TOKEN.test(last))
    return 0;
  let named = 0;
  let particles = 0;
  for (const token of parts) {
    if (NAME_TOKEN.test(token) || INITIAL.test(token)) named++;
    else if (PARTICLES.has(token)) particles++;
    else return 0;
  }
  if (named < 2 || named > 4 || particles > 2) return 0;
  return PLAIN_NAME_TOKEN.test(first) || INITIAL.test(first) ? 2 : 1;
}

/** A word that can start an organisation's name: two characters at least, with a letter. */
function orgHead(token: string): boolean {
  return token.length >= 2 && ORG_WORD.test(token) && LETTER.test(token);
}

/**
 * How a string reads as a group author: 0 = not one; 2 = a clear one ("Qwen Team", "Team GLM",
 * "The BigCode Community", "Mistral AI", "DeepSeek-AI", "01.AI"); 1 = a doubtful one (an all-caps word,
 * a long name or one with connectors: "NVIDIA", "Allen Institute for AI", "AI @ Meta").
 */
function organisationScore(tokens: string[]): 0 | 1 | 2 {
  const words = tokens[0] === "The" && tokens.length > 2 ? tokens.slice(1) : tokens;
  if (words.length === 1) {
    const word = words[0] ?? "";
    if (ORG_TOKEN.test(word)) return 2;
    return ALL_CAPS.test(word) ? 1 : 0;
  }
  // "Team GLM", "Team OLMo".
  if (words[0] === "Team") return words.length <= 3 && words.slice(1).every(orgHead) ? 2 : 0;
  // "AI @ Meta".
  if (words.length === 3 && words[1] === "@")
    return orgHead(words[0] ?? "") && orgHead(words[2] ?? "") ? 1 : 0;
  // "<words> <tail> [(ACRONYM)]".
  let end = words.length;
  const parenthesised = ACRONYM_IN_PARENS.test(words[end - 1] ?? "");
  if (parenthesised) end--;
  if (!ORG_TAIL.has(words[end - 1] ?? "")) return 0;
  const body = words.slice(0, end - 1);
  if (body.length === 0 || body.length > 5 || !orgHead(body[0] ?? "")) return 0;
  let connectors = 0;
  for (const word of body) {
    if (ORG_CONNECTORS.has(word)) connectors++;
    else if (!ORG_WORD.test(word)) return 0;
  }
  return connectors === 0 && !parenthesised && body.length <= 3 && UPPER.test(body[0]?.[0] ?? "") ? 2 : 1;
}

/** How a string reads as an author: 0 = not an author; 2 = a clear one; 1 = a doubtful one. */
export function authorNameScore(text: string): 0 | 1 | 2 {
  const s = text.trim();
  if (s === "" || s.length > MAX_AUTHOR_LENGTH) return 0;
  if (CJK_NAME.test(s)) return 2;
  const tokens = s.split(" ");
  if (tokens.length > MAX_AUTHOR_TOKENS) return 0;
  const person = personScore(tokens);
  return person === 2 ? 2 : (Math.max(person, organisationScore(tokens)) as 0 | 1 | 2);
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

// A title rarely ends in an article or a preposition, in one letter cut off a word ("Safe A|IOLMo Team",
// "by 01.A|I01.AI"), or in a period ("by 01.|AI01.AI").
const DOUBTFUL_TITLE_END =
  /(?:(?:^|\s)(?:a|an|the|The|of|for|and|or|with|to|in|on|by|via|from|at|into|towards?)|(?:^|[\s.])\p{L}|\.)$/u;
// An acronym's plural ("GPUs", "LLMs") is not cut after its capitals: "GPUsNous Research" is not "GP|UsNous".
const ACRONYM_PLURAL_TAIL = /^\p{Lu}s(?:[^\p{Ll}]|$)/u;
// A group author starting with a digit is a number glued to a capital: "01.AI", "360Lab" (not "0.3Foo").
const DIGIT_LED_ORG = /^\p{N}+[.-]?\p{Lu}/u;
// A bare capitalised word ("Microsoft") is taken as a group author only when more authors follow.
const BARE_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * Does the author's first word (its letters before a dash or digit) appear as a word earlier in the title?
 * Group authors are often named like the model ("Foo-VL: … with MedBar" + "Foo Team").
 */
function echoesTitle(author: string, titleBefore: string): boolean {
  const stem = /^\p{L}{2,}/u.exec(author)?.[0];
  if (stem === undefined) return false;
  for (let i = titleBefore.indexOf(stem); i >= 0; i = titleBefore.indexOf(stem, i + 1)) {
    const before = titleBefore[i - 1] ?? " ";
    const after = titleBefore[i + stem.length] ?? " ";
    if (!LETTER_OR_DIGIT.test(before) && !/\p{Ll}/u.test(after)) return true;
  }
  return false;
}

/**
 * Where, inside `segment`, the first author may start, best first. A candidate is an upper-case letter
 * glued to the character before it (a lower-case letter, digit, closing mark, or the end of an acronym:
 * "AGIMeredith"), a digit glued to a letter ("Report01.AI"), or a CJK letter glued to a Latin one,
 * leaving a remainder that reads as an author. Order: candidates in the last glued word first (so
 * camel-case words earlier in the title, "MedGemma", "InternLM2", stay in the title; a leading "The" is
 * not a word of its own here, so "ReportThe BigCode Community" starts at "The"); then a clear author
 * before a doubtful one; then a split leaving a title that does not end in an article, a preposition or
 * a letter cut off a word; then the earliest ("GemmaCodeGemma Team" → "CodeGemma Team",
 * "LearningDeepSeek-AI" → "DeepSeek-AI", but "NeMoJohn Smith" → "John Smith").
 */
function authorStarts(segment: string, moreAuthorsFollow: boolean): number[] {
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
  const candidates: {
    at: number;
    word: number;
    bare: boolean;
    score: number;
    doubtful: boolean;
    echo: boolean;
  }[] = [];
  for (let at = from; at < segment.length; at++) {
    const c = segment[at] ?? "";
    const prev = segment[at - 1] ?? "";
    const glued = LETTER_OR_DIGIT.test(prev) || CLOSING.has(prev);
    const cjk = CJK_CHAR.test(c);
    const rest = segment.slice(at);
    const startsHere = UPPER.test(c)
      ? glued
      : DIGIT.test(c)
        ? (LETTER.test(prev) || CLOSING.has(prev)) && prev !== "." && DIGIT_LED_ORG.test(rest)
        : cjk && glued && !CJK_CHAR.test(prev);
    if (!startsHere) continue;
    let score = cjk === CJK_NAME.test(rest) ? authorNameScore(rest) : 0;
    const bare = score === 0 && moreAuthorsFollow && BARE_WORD.test(rest);
    if (bare) score = 1;
    // Capitals glued to capitals: an all-caps organisation is not cut out of a longer acronym
    // ("AGINVIDIA" has no split), nor an acronym's plural ("LLMsNVIDIA" splits at "N").
    if (UPPER.test(prev) && ((ALL_CAPS.test(rest) && !rest.includes(" ")) || ACRONYM_PLURAL_TAIL.test(rest)))
      score = 0;
    if (score === 0) continue;
    const word = /^The /.test(rest) ? at + 4 : segment.lastIndexOf(" ", at) + 1;
    const doubtful =
      DOUBTFUL_TITLE_END.test(segment.slice(Math.max(0, at - 16), at)) ||
      // A cut inside an acronym ("AG|IFoo Team", "AG|I01.AI") or after a number's unit ("7|BFoo Team",
      // "7|B-v0.3Foo", "7|B01.AI").
      ((UPPER.test(prev) || DIGIT.test(prev)) && /^\p{Lu}(?:\p{Lu}+\p{Ll}|[-.\p{N}])/u.test(rest));
    candidates.push({ at, word, bare, score, doubtful, echo: echoesTitle(rest, segment.slice(0, word)) });
  }
  return candidates
    .sort(
      (a, b) =>
        Number(a.bare) - Number(b.bare) ||
        b.word - a.word ||
        b.score - a.score ||
        Number(a.doubtful) - Number(b.doubtful) ||
        Number(b.echo) - Number(a.echo) ||
        a.at - b.at,
    )
    .map((c) => c.at);
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
      for (const at of authorStarts(segment.text, strict && k < segments.length - 1)) {
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
        "cannot tell where the title ends and the first author begins " +
          `(expected '<Title><First Author>, ...', e.g. 'Foo: A ModelJane Doe, ...' or 'Foo ReportFoo Team, ...'), ` +
          `found "${preview(lines[j] ?? "")}"`,
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
