import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { arxivIdFromUrl, parseFile, parseInput } from "../../../src/ingest/parse/index.ts";
import { inputError } from "./input-error.ts";

const FEED = new URL("../../fixtures/inputs/arxiv-query.atom.xml", import.meta.url);

const entry = (inner: string) => `<entry>\n${inner}\n</entry>`;
const feed = (...entries: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entries.join("\n")}\n</feed>\n`;
const GOOD = entry(
  "<id>http://arxiv.org/abs/2401.00001v1</id><published>2024-01-01T00:00:00Z</published>" +
    "<title>Good</title><summary>Fine.</summary><author><name>Ada Lovelace</name></author>",
);

describe("atom: arXiv API feed fixture", async () => {
  const { papers, warnings, skipped } = await parseFile(FEED.pathname);

  it("parses every entry", () => {
    expect(warnings).toEqual([]);
    expect(skipped).toEqual([]);
    expect(papers).toHaveLength(3);
  });

  it("reads the first entry's fields", () => {
    expect(papers[0]).toEqual({
      id: "sparrow-7b-a-compact-open-language-model-for-edge-devices",
      title: "Sparrow-7B: A Compact Open Language Model for Edge Devices",
      authors: ["Lena Hoffmann", "Tomás Ruiz", "Priya Natarajan"],
      authorsTruncated: false,
      organizations: ["University of Tartu", "Edge AI Lab"],
      date: "2024-03-02",
      yearInferred: false,
      category: "cs.CL",
      abstract:
        "We present Sparrow-7B, a 7 billion parameter open language model based on Llama 2 and trained on 3T " +
        "tokens of filtered web & code data. Sparrow-7B outperforms Mistral 7B on GSM8K (+4.1%) while running " +
        "at 40 tokens/s on a phone. We also release Sparrow-7B-Chat, an instruction-tuned variant.",
      arxivId: "2403.01234",
      source: { file: FEED.pathname, line: 10 },
    });
  });

  it("falls back to the first <category> and decodes entities once", () => {
    expect(papers[1]?.category).toBe("cs.LG");
    expect(papers[1]?.title).toBe("Distilling Sparrow: Q&A Models at 1B Scale");
    expect(papers[1]?.abstract).toBe(
      "We distill Sparrow-7B into Sparrow-1B, a 1 billion parameter student model. On TriviaQA the student " +
        "keeps 92% of the teacher's accuracy — with <20% of its compute.",
    );
    expect(papers[1]?.authors).toEqual(["Jörg Müller"]);
    expect(papers[1]?.organizations).toEqual([]);
    expect(papers[1]?.source.line).toBe(40);
  });

  it("keeps values as strings and reads numeric entities in affiliations", () => {
    expect(papers[2]?.title).toBe("2024");
    expect(papers[2]?.id).toBe("2024");
    expect(papers[2]?.organizations).toEqual(["Instituto Superior Técnico"]);
    expect(papers[2]?.date).toBe("2024-05-31");
    expect(papers[2]?.arxivId).toBe("2406.00042");
  });

  it("gives the same lines for CRLF input", () => {
    const crlf = readFileSync(FEED, "utf8").replace(/\n/g, "\r\n");
    const again = parseInput(crlf, { file: "feed.xml" }).papers;
    expect(again.map((p) => p.source.line)).toEqual([10, 40, 55]);
  });
});

describe("atom: details and errors", () => {
  it("extracts arXiv ids", () => {
    expect(arxivIdFromUrl("http://arxiv.org/abs/2403.08295v1")).toBe("2403.08295");
    expect(arxivIdFromUrl("https://arxiv.org/abs/2403.08295")).toBe("2403.08295");
    expect(arxivIdFromUrl("http://arxiv.org/abs/hep-th/9901001v2")).toBe("hep-th/9901001");
    expect(arxivIdFromUrl("urn:example:1")).toBeUndefined();
  });

  it("keeps CDATA literal while decoding entities in text", () => {
    const xml = feed(
      entry(
        "<published>2024-01-01T00:00:00Z</published><title>A &amp;amp; B</title>" +
          "<summary><![CDATA[Uses <b>bold</b> &amp; more.]]></summary>",
      ),
    );
    const [paper] = parseInput(xml, { file: "f.xml" }).papers;
    expect(paper?.title).toBe("A &amp; B");
    expect(paper?.abstract).toBe("Uses <b>bold</b> &amp; more.");
    expect(paper?.arxivId).toBeUndefined();
  });

  it("rejects text that is not XML", () => {
    const error = inputError(() => parseInput("this is not xml", { file: "f.xml", format: "atom" }));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/^f\.xml:1: not well-formed XML/);
  });

  it("rejects malformed XML with the line of the problem", () => {
    const xml = '<?xml version="1.0"?>\n<feed>\n<entry>\n<title>Broken</titel>\n</entry>\n</feed>\n';
    const error = inputError(() => parseInput(xml, { file: "f.xml" }));
    expect(error.line).toBe(4);
    expect(error.reason).toMatch(/not well-formed XML.*titel/);
  });

  it("rejects XML that is not a feed", () => {
    expect(inputError(() => parseInput("<rss><channel/></rss>", { file: "f.xml" })).reason).toMatch(
      /not an Atom feed/,
    );
  });

  it.each([
    ["title", "<published>2024-01-01T00:00:00Z</published><summary>S</summary>"],
    ["summary", "<published>2024-01-01T00:00:00Z</published><title>T</title>"],
    ["published", "<title>T</title><summary>S</summary>"],
  ])("names the missing field: %s", (field, inner) => {
    const error = inputError(() => parseInput(feed(GOOD, entry(inner)), { file: "f.xml" }));
    expect(error.field).toBe(field);
    expect(error.line).toBe(6);
    expect(error.message).toContain(`f.xml:6 (${field}):`);
  });

  it("rejects an impossible published date", () => {
    const error = inputError(() =>
      parseInput(
        feed(entry("<published>2023-02-29T00:00:00Z</published><title>T</title><summary>S</summary>")),
        {
          file: "f.xml",
        },
      ),
    );
    expect(error.field).toBe("published");
    expect(error.reason).toBe("impossible date 2023-02-29");
  });

  it("reports an arXiv API error feed", () => {
    const xml = feed(
      entry(
        "<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title>" +
          "<summary>incorrect id format for 1234</summary>",
      ),
    );
    expect(inputError(() => parseInput(xml, { file: "f.xml" })).reason).toBe(
      "the feed is an arXiv API error: incorrect id format for 1234",
    );
  });

  it("skips a bad entry with skipInvalid and keeps the good ones", () => {
    const result = parseInput(feed(GOOD, entry("<title>No summary</title>")), {
      file: "f.xml",
      skipInvalid: true,
    });
    expect(result.papers.map((p) => p.title)).toEqual(["Good"]);
    expect(result.skipped.map((e) => [e.line, e.field])).toEqual([[6, "summary"]]);
  });

  it("warns about an empty feed and an entry without authors", () => {
    expect(parseInput(feed(), { file: "f.xml" }).warnings).toEqual(["f.xml: the feed has no entries"]);
    const noAuthor = entry("<published>2024-01-01T00:00:00Z</published><title>T</title><summary>S</summary>");
    const result = parseInput(feed(noAuthor), { file: "f.xml" });
    expect(result.papers[0]?.authors).toEqual([]);
    expect(result.warnings).toEqual(['f.xml:3: entry "T" has no authors']);
  });
});
