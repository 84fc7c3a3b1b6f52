// Atom feeds as returned by the arXiv API (export.arxiv.org/api/query): one <entry> per paper.

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InputError } from "../../domain/errors.ts";
import type { Paper } from "../../domain/types.ts";
import { finishPaper, isoDateProblem, lineIndex, normaliseField, type ParseContext } from "./text.ts";

const CDATA = "#cdata";
const TEXT = "#text";
const ATTR = "@_";
const REPEATED = new Set(["entry", "author", "affiliation", "category", "link"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  cdataPropName: CDATA,
  // "arxiv:affiliation" → "affiliation", "arxiv:primary_category" → "primary_category".
  removeNSPrefix: true,
  // Keep every value a string ("2024" stays a title, not a number).
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are decoded by `normaliseField`, once, so XML and HTML entities are treated alike and
  // CDATA sections stay literal. This also means DOCTYPE entities are never expanded.
  processEntities: false,
  isArray: (name) => REPEATED.has(name),
  // Gives each node its start offset, from which the <entry> line is computed.
  captureMetaData: true,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

type XmlNode = Record<string | symbol, unknown>;

function isNode(value: unknown): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The text of an element: plain text is entity-decoded, CDATA kept literal; undefined when absent. */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return normaliseField(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (!isNode(value)) return String(value);
  const parts: string[] = [];
  const text = value[TEXT];
  if (typeof text === "string") parts.push(normaliseField(text));
  const cdata = value[CDATA];
  for (const c of Array.isArray(cdata) ? cdata : cdata === undefined ? [] : [cdata]) {
    if (typeof c === "string") parts.push(c.replace(/\s+/g, " ").trim());
  }
  return parts.join(" ").trim();
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function attr(value: unknown, name: string): string | undefined {
  const node = asArray(value)[0];
  if (!isNode(node)) return undefined;
  const v = node[`${ATTR}${name}`];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

/** `http://arxiv.org/abs/2403.08295v1` → `2403.08295`; `http://arxiv.org/abs/hep-th/9901001v2` → `hep-th/9901001`. */
export function arxivIdFromUrl(url: string): string | undefined {
  const m = /arxiv\.org\/abs\/([^\s?#]+?)(?:v\d+)?\/?$/i.exec(url.trim());
  return m?.[1];
}

/** Parses an Atom feed. A document that is not well-formed XML, or not a feed, always throws. */
export function parseAtom(text: string, ctx: ParseContext): Paper[] {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new InputError(ctx.file, line || 1, `not well-formed XML: ${msg} (column ${col})`);
  }
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch (error) {
    throw new InputError(ctx.file, 1, `cannot parse XML: ${(error as Error).message}`);
  }
  if (!isNode(doc) || doc.feed === undefined) {
    throw new InputError(ctx.file, 1, "not an Atom feed: no <feed> root element");
  }
  // An empty <feed></feed> parses as "".
  const feed: XmlNode = isNode(doc.feed) ? doc.feed : {};
  const lineOf = lineIndex(text);
  const entries = asArray(feed.entry);
  if (entries.length === 0) ctx.warnings.push(`${ctx.file}: the feed has no entries`);

  const papers: Paper[] = [];
  for (const raw of entries) {
    const entry: XmlNode = isNode(raw) ? raw : {};
    const meta = entry[META] as { startIndex?: number } | undefined;
    const line = meta?.startIndex === undefined ? 1 : lineOf(meta.startIndex);
    try {
      const paper = parseEntry(entry, line, ctx);
      if (paper) papers.push(paper);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ctx.fail(error);
    }
  }
  return papers;
}

function parseEntry(entry: XmlNode, line: number, ctx: ParseContext): Paper | null {
  const fail = (reason: string, field?: string) => new InputError(ctx.file, line, reason, field);
  const id = textOf(entry.id) ?? "";
  const summary = textOf(entry.summary);
  if (/arxiv\.org\/api\/errors/i.test(id)) {
    throw fail(`the feed is an arXiv API error: ${summary ?? "no message"}`);
  }
  const title = textOf(entry.title);
  if (!title) throw fail("entry has no <title>", "title");
  if (!summary) throw fail("entry has no <summary> (abstract)", "summary");
  const published = textOf(entry.published);
  if (!published) throw fail("entry has no <published> date", "published");
  const date = published.slice(0, 10);
  const problem = /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(published)
    ? isoDateProblem(date)
    : `not an ISO date: "${published}"`;
  if (problem) throw fail(problem, "published");

  const authors: string[] = [];
  const organizations: string[] = [];
  for (const author of asArray(entry.author)) {
    if (!isNode(author)) continue;
    const name = textOf(author.name);
    if (name) authors.push(name);
    for (const affiliation of asArray(author.affiliation)) {
      const org = textOf(affiliation);
      if (org) organizations.push(org);
    }
  }
  if (authors.length === 0) ctx.warnings.push(`${ctx.file}:${line}: entry "${title}" has no authors`);

  const category = attr(entry.primary_category, "term") ?? attr(entry.category, "term") ?? null;
  const arxivId = arxivIdFromUrl(id);
  return finishPaper(
    {
      title,
      authors,
      authorsTruncated: false,
      organizations,
      date,
      yearInferred: false,
      category,
      abstract: summary,
      ...(arxivId ? { arxivId } : {}),
    },
    { file: ctx.file, line },
    ctx,
  );
}
