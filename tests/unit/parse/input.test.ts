// Decoding, clean-up, format detection and the listing's bad-input errors.
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/domain/errors.ts";
import {
  decodeHtmlEntities,
  detectFormat,
  MAX_ABSTRACT_BYTES,
  paperIdFromTitle,
  parseInput,
} from "../../../src/ingest/parse/index.ts";
import { NAMED_ENTITIES } from "../../../src/ingest/parse/text.ts";
import { inputError } from "./input-error.ts";

const A = [
  "CLJul 31, 2024",
  "Alpha: A First ModelAda Lovelace, Alan Turing et al. · deepmind",
  "We introduce Alpha.",
];
const B = ["LGMar 1, 2024", "Beta Technical ReportGrace Hopper", "We introduce Beta, based on Alpha."];
const C = ["AIApr 6", "Gamma for AllKatherine Johnson, Dorothy Vaughan", "We introduce Gamma."];
const listing = (...records: string[][]) => records.map((r) => r.join("\n")).join("\n");
const parse = (text: string | Buffer, extra: { skipInvalid?: boolean; maxAbstractBytes?: number } = {}) =>
  parseInput(text, { file: "in.txt", year: 2024, ...extra });
const titles = (text: string | Buffer) => parse(text).papers.map((p) => p.title);

describe("decoding", () => {
  it("rejects an empty file", () => {
    for (const input of [Buffer.alloc(0), "", " \n\n\t\n"]) {
      const error = inputError(() => parse(input));
      expect(error.message).toBe("in.txt:1: empty input");
    }
    expect(inputError(() => parse(Buffer.from([0xef, 0xbb, 0xbf]))).reason).toBe("empty input");
  });

  it("rejects binary data: NUL bytes", () => {
    const error = inputError(() =>
      parse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    );
    expect(error.line).toBe(1);
    expect(error.reason).toMatch(/^binary data, not text \(NUL byte at offset 8\)$/);
  });

  it("rejects binary data: invalid UTF-8, with the byte offset", () => {
    const latin1 = Buffer.from(`${A[0]}\nCaf\xe9 ModelJos\xe9 Garc\xeda\nx`, "latin1");
    const error = inputError(() => parse(latin1));
    expect(error.line).toBe(1);
    // "CLJul 31, 2024\nCaf" is 18 bytes: the Latin-1 "é" is byte 18.
    expect(error.reason).toBe("binary data or not UTF-8 text (invalid UTF-8 byte sequence at offset 18)");
  });

  it("decodes UTF-16 LE and BE with a BOM", () => {
    const text = listing(A, B, C).replace("Ada Lovelace", "Adélaïde Lovelace");
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be[0] = 0xfe;
    be[1] = 0xff;
    be.subarray(2).swap16();
    for (const bytes of [le, be]) {
      const { papers } = parse(bytes);
      expect(papers.map((p) => p.title)).toEqual([
        "Alpha: A First Model",
        "Beta Technical Report",
        "Gamma for All",
      ]);
      expect(papers[0]?.authors[0]).toBe("Adélaïde Lovelace");
    }
  });

  it("rejects truncated UTF-16", () => {
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("ab", "utf16le"), Buffer.from([0x41])]);
    expect(inputError(() => parse(odd)).reason).toMatch(/^invalid UTF-16LE text/);
  });

  it("accepts UTF-8 with a BOM without shifting anything", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(listing(A, B), "utf8")]);
    const { papers } = parse(bytes);
    expect(papers.map((p) => [p.category, p.source.line])).toEqual([
      ["CL", 1],
      ["LG", 4],
    ]);
    expect(parse(`\uFEFF${listing(A)}`).papers[0]?.category).toBe("CL");
  });

  it("normalises CRLF and CR line ends, keeping line numbers", () => {
    for (const eol of ["\r\n", "\r"]) {
      const { papers } = parse([...A, "", ...B, ""].join(eol));
      expect(papers.map((p) => p.source.line)).toEqual([1, 5]);
      expect(papers[1]?.abstract).toBe("We introduce Beta, based on Alpha.");
    }
  });

  it("strips control characters other than newline and tab, with a warning", () => {
    const text = listing(A, [
      "LGMar 1, 2024\u0007",
      "Beta\u0000 Technical ReportGrace Hopper",
      "We\u001b[0m introduce\tBeta\u0085.",
    ]);
    expect(inputError(() => parse(text)).reason).toMatch(/^binary data/); // a NUL is binary, even in a string
    const { papers, warnings } = parse(text.replace("\u0000", ""));
    expect(papers[1]?.title).toBe("Beta Technical Report");
    expect(papers[1]?.abstract).toBe("We[0m introduce Beta.");
    expect(warnings).toEqual(["in.txt: removed 3 control characters"]);
  });

  it("decodes HTML entities in every text field", () => {
    const text = listing([
      "CLJul 31, 2024",
      "Q&amp;A &#x2014; &lt;Fast&gt; &#39;Models&#39;Ren&eacute; Descartes, Ada O&#8217;Neil · AT&amp;T",
      "Uses &quot;tricks&quot; &amp;amp; more &hellip; &unknown; &#0;",
    ]);
    const [paper] = parse(text).papers;
    expect(paper?.title).toBe("Q&A — <Fast> 'Models'");
    expect(paper?.authors).toEqual(["René Descartes", "Ada O’Neil"]);
    expect(paper?.organizations).toEqual(["AT&T"]);
    expect(paper?.abstract).toBe('Uses "tricks" &amp; more … &unknown; \uFFFD');
    expect(paper?.id).toBe("q-a-fast-models");
  });
});

describe("entities and slugs", () => {
  it("knows the HTML 4 entity set", () => {
    expect(NAMED_ENTITIES.size).toBe(253);
    expect(NAMED_ENTITIES.get("yuml")).toBe(0xff);
    expect(NAMED_ENTITIES.get("Omega")).toBe(0x3a9);
    expect(NAMED_ENTITIES.get("omega")).toBe(0x3c9);
    expect(NAMED_ENTITIES.get("sigmaf")).toBe(0x3c2);
    expect(decodeHtmlEntities("&alpha;&Sigma;&nbsp;&amp;lt; &#128512; &#xD800;")).toBe(
      "αΣ\u00a0&lt; 😀 \uFFFD",
    );
  });

  it.each([
    [
      "Gemma 2: Improving Open Language Models at a Practical Size",
      "gemma-2-improving-open-language-models-at-a-practical-size",
    ],
    ["  Crème Brûlée — for LLMs!  ", "creme-brulee-for-llms"],
    ["Straße, Æther, Łódź, Ørsted", "strasse-aether-lodz-orsted"],
    ["ＦＵＬＬ－ＷＩＤＴＨ ①", "full-width-1"],
    ["大规模语言模型", "大规模语言模型"],
    ["!!!", ""],
  ])("paperIdFromTitle(%j) = %j", (title, id) => {
    expect(paperIdFromTitle(title)).toBe(id);
  });
});

describe("format detection", () => {
  it.each([
    ['<?xml version="1.0"?><feed/>', "atom"],
    ["\n  <feed xmlns='http://www.w3.org/2005/Atom'></feed>", "atom"],
    ['\uFEFF\n{"title": "x"}', "jsonl"],
    ["CLJul 31, 2024\nTitleAda Lovelace\nAbstract", "listing"],
  ] as const)("%j → %s", (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe("listing: bad records", () => {
  it("reports a record truncated after its date line", () => {
    const error = inputError(() => parse(`${listing(A)}\n\n${B[0]}\n`));
    expect(error.line).toBe(5);
    expect(error.field).toBe("authors");
    expect(error.message).toBe(
      "in.txt:5 (authors): record has no title/author line and no abstract: the input ends after its date line",
    );
  });

  it("reports a missing abstract, at the end and before the next record", () => {
    const atEnd = inputError(() => parse(listing(A, [B[0] ?? "", B[1] ?? ""])));
    expect(atEnd.message).toBe("in.txt:4 (abstract): record has no abstract: the input ends after line 5");
    const before = inputError(() => parse(listing([A[0] ?? "", A[1] ?? ""], B)));
    expect(before.message).toBe("in.txt:1 (abstract): record has no abstract: line 3 starts the next record");
  });

  it("reports a missing author line", () => {
    const error = inputError(() => parse(listing(A, [B[0] ?? "", B[2] ?? ""], C)));
    expect(error.line).toBe(4);
    expect(error.field).toBe("authors");
    expect(error.reason).toBe(
      "record has no title/author line (line 5 is taken as the abstract; line 6 starts the next record)",
    );
  });

  it("reports an author line with no glued author", () => {
    const error = inputError(() => parse(listing(A, [B[0] ?? "", "Beta Technical Report", B[2] ?? ""])));
    expect(error.line).toBe(5);
    expect(error.field).toBe("authors");
    expect(error.reason).toMatch(/^cannot tell where the title ends and the first author begins/);
  });

  it("reports a stray line where a record should start", () => {
    const error = inputError(() => parse(listing(A, ["A stray extra line of abstract."], B)));
    expect(error.line).toBe(4);
    expect(error.field).toBe("date");
    expect(error.reason).toMatch(
      /^expected a date line starting a record .* found "A stray extra line of abstract\."$/,
    );
  });

  it("reports an unknown month by name", () => {
    const error = inputError(() => parse(listing(A, ["CLJly 4, 2024", ...B.slice(1)])));
    expect(error.message).toBe('in.txt:4 (date): unknown month "Jly"');
  });

  it("reports impossible dates, also with an inferred year", () => {
    expect(inputError(() => parse(listing(["CLFeb 30, 2024", ...A.slice(1)]))).message).toBe(
      "in.txt:1 (date): impossible date: Feb 30, 2024",
    );
    expect(inputError(() => parse(listing(["CLApr 31", ...A.slice(1)]))).reason).toBe(
      "impossible date: Apr 31, 2024",
    );
    const leap = listing(["CLFeb 29", ...A.slice(1)]);
    expect(parse(leap).papers[0]?.date).toBe("2024-02-29");
    expect(inputError(() => parseInput(leap, { file: "in.txt", year: 2023 })).reason).toBe(
      "impossible date: Feb 29, 2023",
    );
  });

  it("rejects an abstract over the size limit (1 MB by default)", () => {
    expect(MAX_ABSTRACT_BYTES).toBe(1_000_000);
    const huge = "x".repeat(MAX_ABSTRACT_BYTES + 1);
    const error = inputError(() => parse(listing(A, [B[0] ?? "", B[1] ?? "", huge])));
    expect(error.message).toBe(
      `in.txt:4 (abstract): abstract is ${MAX_ABSTRACT_BYTES + 1} bytes, over the limit of ${MAX_ABSTRACT_BYTES} bytes`,
    );
    expect(parse(listing(A, [B[0] ?? "", B[1] ?? "", "x".repeat(MAX_ABSTRACT_BYTES)])).papers).toHaveLength(
      2,
    );
    // Multi-byte characters count in bytes; the limit is configurable.
    const small = inputError(() => parse(listing([A[0] ?? "", A[1] ?? "", "ééé"]), { maxAbstractBytes: 5 }));
    expect(small.reason).toBe("abstract is 6 bytes, over the limit of 5 bytes");
  });

  it("keeps the first of two papers with the same id, warning with both lines", () => {
    const again = [B[0] ?? "", "ALPHA: a first model!Someone Else", "Another abstract."];
    const { papers, warnings } = parse(listing(A, B, again));
    expect(papers.map((p) => p.source.line)).toEqual([1, 4]);
    expect(papers[0]?.authors[0]).toBe("Ada Lovelace");
    expect(warnings).toEqual([
      'in.txt:7: duplicate paper "ALPHA: a first model!" (id alpha-a-first-model) first seen at line 1; ' +
        "kept line 1, dropped line 7",
    ]);
  });

  it("tolerates blank lines anywhere and a missing final newline", () => {
    const text = `\n\n${A.join("\n\n")}\n\n\n${B.join("\n")}`;
    expect(titles(text)).toEqual(["Alpha: A First Model", "Beta Technical Report"]);
    expect(parse(text).papers.map((p) => p.source.line)).toEqual([3, 10]);
  });

  it("throws on the first bad record by default", () => {
    const text = listing(A, ["CLFeb 30, 2024", ...B.slice(1)], ["CLJly 4, 2024", ...C.slice(1)]);
    expect(inputError(() => parse(text)).line).toBe(4);
  });

  it("with skipInvalid, reports bad records and keeps the good ones", () => {
    const text = listing(
      A,
      ["CLFeb 30, 2024", ...B.slice(1)], // impossible date (line 4)
      [C[0] ?? "", C[2] ?? ""], // missing author line (line 7)
      B,
      ["A stray line"], // not a record (line 12)
      [C[0] ?? "", C[1] ?? ""], // missing abstract at the end (line 13)
    );
    const { papers, skipped, warnings } = parse(text, { skipInvalid: true });
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([
      ["Alpha: A First Model", 1],
      ["Beta Technical Report", 9],
    ]);
    expect(skipped.map((e) => [e.line, e.field])).toEqual([
      [4, "date"],
      [7, "authors"],
      [12, "date"],
      [13, "abstract"],
    ]);
    expect(skipped.every((e) => e instanceof InputError && e.file === "in.txt")).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("still throws for a problem with the whole input even with skipInvalid", () => {
    expect(inputError(() => parse("", { skipInvalid: true })).reason).toBe("empty input");
  });
});
