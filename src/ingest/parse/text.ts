// Shared helpers for the input parsers: byte decoding, text clean-up, entity decoding, slugs, dates,
// and turning a parser's raw fields into a checked `Paper`.

import { InputError } from "../../domain/errors.ts";
import type { Paper, SourceLocation } from "../../domain/types.ts";
import { decodeLatex } from "../extract/latex.ts";

/** Largest abstract accepted, in UTF-8 bytes (1 MB). Override per call with `ParseOptions.maxAbstractBytes`. */
export const MAX_ABSTRACT_BYTES = 1_000_000;

/** What every format parser needs: where the input came from, settings, and where to report problems. */
export interface ParseContext {
  file: string;
  /** Year for listing dates that have none. */
  year: number;
  maxAbstractBytes: number;
  warnings: string[];
  /** Report a bad record: throws it unless the caller asked to skip invalid records. */
  fail(error: InputError): void;
}

// ---------------------------------------------------------------------------------------------------------
// Bytes → clean text

export interface DecodedInput {
  text: string;
  warnings: string[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });

// C0 controls except \t and \n (\r is turned into \n first), DEL, C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Decodes input bytes (UTF-8 with or without BOM, UTF-16 LE/BE with BOM), rejects binary data,
 * normalises line ends to \n and strips control characters other than \n and \t.
 * Line numbers are preserved: a CR or CRLF becomes exactly one \n.
 */
export function decodeInput(input: Buffer | Uint8Array | string, file: string): DecodedInput {
  const warnings: string[] = [];
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    if (input.length === 0) throw new InputError(file, 1, "empty input");
    text = decodeBytes(input, file);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    throw new InputError(file, 1, `binary data, not text (NUL character at offset ${nul})`);
  }
  text = text.replace(/\r\n?/g, "\n");
  let stripped = 0;
  text = text.replace(CONTROL_CHARS, () => {
    stripped++;
    return "";
  });
  if (stripped > 0)
    warnings.push(`${file}: removed ${stripped} control character${stripped === 1 ? "" : "s"}`);
  if (text.trim() === "") throw new InputError(file, 1, "empty input");
  return { text, warnings };
}

function decodeBytes(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), false, file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), true, file);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    throw new InputError(
      file,
      1,
      `binary data, not text (NUL byte at offset ${nul + bytes.length - body.length})`,
    );
  }
  try {
    return utf8.decode(body);
  } catch {
    const at = firstInvalidUtf8(body) + bytes.length - body.length;
    throw new InputError(
      file,
      1,
      `binary data or not UTF-8 text (invalid UTF-8 byte sequence at offset ${at})`,
    );
  }
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean, file: string): string {
  let data = bytes;
  if (bigEndian) {
    data = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      data[i] = bytes[i + 1] ?? 0;
      data[i + 1] = bytes[i] ?? 0;
    }
    if (bytes.length % 2 === 1) data[bytes.length - 1] = bytes[bytes.length - 1] ?? 0;
  }
  try {
    return utf16le.decode(data);
  } catch {
    throw new InputError(
      file,
      1,
      `invalid UTF-16${bigEndian ? "BE" : "LE"} text (truncated or unpaired surrogate)`,
    );
  }
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = Buffer.from(Buffer.from(bytes).toString("utf8"), "utf8");
  let i = 0;
  while (i < bytes.length && i < lenient.length && bytes[i] === lenient[i]) i++;
  // Step back to the start of the sequence the mismatch is in.
  while (i > 0 && ((bytes[i] ?? 0) & 0xc0) === 0x80) i--;
  return i;
}

/** 1-based line of a character offset, via a precomputed index of line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// ---------------------------------------------------------------------------------------------------------
// HTML entities

const LATIN1_NAMES =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 " +
  "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml " +
  "Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde " +
  "Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig " +
  "ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide " +
  "oslash ugrave uacute ucirc uuml yacute thorn yuml";
const GREEK = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho";
const GREEK_2 = "Sigma Tau Upsilon Phi Chi Psi Omega";
const OTHER_ENTITIES: Record<string, number> = {
  quot: 34,
  amp: 38,
  apos: 39,
  lt: 60,
  gt: 62,
  OElig: 338,
  oelig: 339,
  Scaron: 352,
  scaron: 353,
  Yuml: 376,
  fnof: 402,
  circ: 710,
  tilde: 732,
  sigmaf: 962,
  thetasym: 977,
  upsih: 978,
  piv: 982,
  ensp: 8194,
  emsp: 8195,
  thinsp: 8201,
  zwnj: 8204,
  zwj: 8205,
  lrm: 8206,
  rlm: 8207,
  ndash: 8211,
  mdash: 8212,
  lsquo: 8216,
  rsquo: 8217,
  sbquo: 8218,
  ldquo: 8220,
  rdquo: 8221,
  bdquo: 8222,
  dagger: 8224,
  Dagger: 8225,
  bull: 8226,
  hellip: 8230,
  permil: 8240,
  prime: 8242,
  Prime: 8243,
  lsaquo: 8249,
  rsaquo: 8250,
  oline: 8254,
  frasl: 8260,
  euro: 8364,
  trade: 8482,
  larr: 8592,
  uarr: 8593,
  rarr: 8594,
  darr: 8595,
  harr: 8596,
  lArr: 8656,
  rArr: 8658,
  hArr: 8660,
  forall: 8704,
  part: 8706,
  exist: 8707,
  empty: 8709,
  nabla: 8711,
  isin: 8712,
  notin: 8713,
  sum: 8721,
  minus: 8722,
  radic: 8730,
  prop: 8733,
  infin: 8734,
  and: 8743,
  or: 8744,
  cap: 8745,
  cup: 8746,
  int: 8747,
  sim: 8764,
  cong: 8773,
  asymp: 8776,
  ne: 8800,
  equiv: 8801,
  le: 8804,
  ge: 8805,
  sub: 8834,
  sup: 8835,
  sube: 8838,
  supe: 8839,
  oplus: 8853,
  otimes: 8855,
  perp: 8869,
  sdot: 8901,
  weierp: 8472,
  image: 8465,
  real: 8476,
  alefsym: 8501,
  crarr: 8629,
  uArr: 8657,
  dArr: 8659,
  ni: 8715,
  prod: 8719,
  lowast: 8727,
  ang: 8736,
  there4: 8756,
  nsub: 8836,
  lceil: 8968,
  rceil: 8969,
  lfloor: 8970,
  rfloor: 8971,
  // HTML 5 values (HTML 4 had U+2329/U+232A).
  lang: 10216,
  rang: 10217,
  loz: 9674,
  spades: 9824,
  clubs: 9827,
  hearts: 9829,
  diams: 9830,
};

/** The HTML 4 named character references (plus `&apos;`), name → code point. */
export const NAMED_ENTITIES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  LATIN1_NAMES.split(" ").forEach((name, i) => {
    map.set(name, 160 + i);
  });
  for (const [names, upper] of [
    [GREEK, 913],
    [GREEK_2, 931],
  ] as const) {
    names.split(" ").forEach((name, i) => {
      map.set(name, upper + i);
      map.set(name.toLowerCase(), upper + 32 + i);
    });
  }
  for (const [name, code] of Object.entries(OTHER_ENTITIES)) map.set(name, code);
  return map;
})();

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** Decodes HTML character references once (`&amp;lt;` → `&lt;`). Unknown names are left as written. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    ENTITY,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) {
        const code = NAMED_ENTITIES.get(name);
        return code === undefined ? whole : String.fromCodePoint(code);
      }
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
      return String.fromCodePoint(code);
    },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Field normalisation

// Soft hyphen, zero-width space/joiners, word joiner, stray BOMs: invisible, and they would split slugs.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Cleans one text field without decoding entities (so it is idempotent): drops control and invisible
 * characters, composes Unicode (NFC), collapses whitespace runs (including newlines) to one space, trims.
 */
export function cleanField(text: string): string {
  return text.replace(CONTROL_CHARS, "").replace(INVISIBLE, "").normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Decodes HTML entities (once) and cleans the field: what every parser applies to raw text it reads. */
export function normaliseField(text: string): string {
  return cleanField(decodeHtmlEntities(text));
}

/**
 * Splits a comma-separated author list (already entity-decoded), dropping a final "et al." (reported as
 * `truncated`) and a leading "and".
 */
export function splitNameList(text: string): { names: string[]; truncated: boolean } {
  let body = cleanField(text);
  const etAl = /(?:^|,?\s+)et\s+al\.?$/i;
  const truncated = etAl.test(body);
  if (truncated) body = body.replace(etAl, "");
  const names = body
    .split(/\s*[,;]\s*/)
    .map((name) => name.replace(/^(?:and|&)\s+/i, "").trim())
    .filter((name) => name !== "");
  return { names, truncated };
}

// Letters that NFKD does not decompose into an ASCII base letter.
const TRANSLITERATE: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

// Greek letters, spelled as LaTeX names them: "LLaVA-φ" and "LLaVA-$\phi$" are both "llava-phi".
const GREEK_LETTER_NAMES =
  "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma sigma tau upsilon phi chi psi omega".split(
    " ",
  );
const GREEK_LETTERS: Record<string, string> = {
  ...Object.fromEntries(GREEK_LETTER_NAMES.map((name, i) => [String.fromCodePoint(0x3b1 + i), name])),
  ϕ: "phi",
  ϑ: "theta",
  ϖ: "pi",
  ϱ: "rho",
  ϵ: "epsilon",
};

/**
 * The paper id: a slug of the title. LaTeX decoded (`T\"ulu`, `$\phi$`), lowercase, NFKD with diacritics
 * stripped (and ß/æ/ø/ł… and Greek letters spelled out), every run of non-alphanumerics → one '-', no
 * leading or trailing '-'. So the same title from an Atom feed (LaTeX source) and from a listing (as
 * rendered) gets the same id. A title with no Latin letters or digits keeps its other letters (e.g. CJK)
 * rather than becoming empty.
 */
export function paperIdFromTitle(title: string): string {
  const base = decodeLatex(title)
    .text.normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => TRANSLITERATE[c] ?? c)
    .replace(/[\u03b1-\u03c9\u03d1\u03d5\u03d6\u03f1\u03f5]/g, (c) => GREEK_LETTERS[c] ?? c);
  const ascii = base.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (ascii !== "") return ascii;
  return base.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

// ---------------------------------------------------------------------------------------------------------
// Dates

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Checks a `YYYY-MM-DD` string: null when fine, else the reason. */
export function isoDateProblem(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `expected an ISO date YYYY-MM-DD, got "${text}"`;
  if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `impossible date ${text}`;
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Raw record → Paper

/** The fields a format parser extracted, before clean-up and checks. */
export type RawPaper = Omit<Paper, "id" | "source">;

/**
 * Cleans the text fields (entities must already be decoded by the format parser: they are decoded once,
 * never twice), checks the abstract's size and the title, and computes the id.
 * Returns null after reporting the problem through `ctx.fail` (which throws unless skipping).
 */
export function finishPaper(raw: RawPaper, source: SourceLocation, ctx: ParseContext): Paper | null {
  const bytes = Buffer.byteLength(raw.abstract, "utf8");
  if (bytes > ctx.maxAbstractBytes) {
    ctx.fail(
      new InputError(
        source.file,
        source.line,
        `abstract is ${bytes} bytes, over the limit of ${ctx.maxAbstractBytes} bytes`,
        "abstract",
      ),
    );
    return null;
  }
  const title = cleanField(raw.title);
  const abstract = cleanField(raw.abstract);
  const id = paperIdFromTitle(title);
  if (title === "" || id === "") {
    ctx.fail(new InputError(source.file, source.line, "title is empty or has no letters or digits", "title"));
    return null;
  }
  if (abstract === "") {
    ctx.fail(new InputError(source.file, source.line, "abstract is empty", "abstract"));
    return null;
  }
  const paper: Paper = {
    id,
    title,
    authors: raw.authors.map(cleanField).filter((a) => a !== ""),
    authorsTruncated: raw.authorsTruncated,
    organizations: unique(raw.organizations.map(cleanField).filter((o) => o !== "")),
    date: raw.date,
    yearInferred: raw.yearInferred,
    category: raw.category === null ? null : cleanField(raw.category) || null,
    abstract,
    source,
  };
  if (raw.arxivId !== undefined) paper.arxivId = raw.arxivId;
  return paper;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
