import { describe, expect, it } from "vitest";
import { parseFile, parseInput } from "../../../src/ingest/parse/index.ts";
import { inputError } from "./input-error.ts";

const FIXTURE = new URL("../../fixtures/inputs/papers.jsonl", import.meta.url);

const good = { title: "Good Paper", authors: ["Ada Lovelace"], date: "2024-01-02", abstract: "Fine." };
const jsonl = (...records: unknown[]) =>
  records.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n");

describe("jsonl: fixture", async () => {
  const { papers, warnings } = await parseFile(FIXTURE.pathname);

  it("parses the three records (blank line skipped, line numbers kept)", () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.source.line)).toEqual([1, 3, 4]);
  });

  it("reads array fields", () => {
    expect(papers[0]).toEqual({
      id: "sparrow-7b-a-compact-open-language-model-for-edge-devices",
      title: "Sparrow-7B: A Compact Open Language Model for Edge Devices",
      authors: ["Lena Hoffmann", "Tomás Ruiz", "Priya Natarajan"],
      authorsTruncated: false,
      organizations: ["University of Tartu"],
      date: "2024-03-02",
      yearInferred: false,
      category: "cs.CL",
      abstract: "We present Sparrow-7B, a 7 billion parameter open language model based on Llama 2.",
      source: { file: FIXTURE.pathname, line: 1 },
    });
  });

  it("reads comma-separated strings, 'et al.', null category and entities", () => {
    expect(papers[1]?.title).toBe("Distilling Sparrow: Q&A Models at 1B Scale");
    expect(papers[1]?.authors).toEqual(["Jörg Müller", "Ana Silva"]);
    expect(papers[1]?.authorsTruncated).toBe(true);
    expect(papers[1]?.organizations).toEqual(["Edge AI Lab", "University of Tartu"]);
    expect(papers[1]?.category).toBeNull();
    expect(papers[1]?.abstract).toBe(
      "We distill Sparrow-7B into Sparrow-1B — a 1 billion parameter student.",
    );
  });

  it("defaults the optional fields and accepts a leap day", () => {
    expect(papers[2]).toMatchObject({ organizations: [], category: null, date: "2024-02-29" });
  });
});

describe("jsonl: errors", () => {
  it.each([
    [{ ...good, authors: 42 }, "authors"],
    [{ ...good, authors: ["Ada Lovelace", 7] }, "authors[1]"],
    [{ ...good, authors: [] }, "authors"],
    [{ ...good, title: 3 }, "title"],
    [{ ...good, title: "   " }, "title"],
    [{ ...good, abstract: undefined }, "abstract"],
    [{ ...good, date: "2024-03" }, "date"],
    [{ ...good, date: 2024 }, "date"],
    [{ ...good, category: 5 }, "category"],
  ])("wrong types or values: %j → field %s", (record, field) => {
    const error = inputError(() => parseInput(jsonl(good, record), { file: "p.jsonl" }));
    expect(error.line).toBe(2);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`p.jsonl:2 (${field}): `)).toBe(true);
  });

  it("gives the array index in the field path", () => {
    const error = inputError(() =>
      parseInput(jsonl({ ...good, organizations: ["a", 1] }), { file: "p.jsonl" }),
    );
    expect(error.field).toBe("organizations[1]");
    expect(error.reason).toBe("expected a string, got number");
    const nested = inputError(() => parseInput(jsonl({ ...good, authors: [" "] }), { file: "p.jsonl" }));
    expect(nested.field).toBe("authors[0]");
  });

  it("rejects an impossible date", () => {
    const error = inputError(() => parseInput(jsonl({ ...good, date: "2023-02-29" }), { file: "p.jsonl" }));
    expect(error.reason).toBe("impossible date 2023-02-29");
    expect(error.field).toBe("date");
  });

  it("rejects a line that is not JSON", () => {
    const error = inputError(() =>
      parseInput(jsonl(good, "", '{"title": "unterminated'), { file: "p.jsonl" }),
    );
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/^not valid JSON: /);
  });

  it("rejects a line that is JSON but not an object", () => {
    const error = inputError(() => parseInput(jsonl(good, "[1, 2]"), { file: "p.jsonl" }));
    expect(error.line).toBe(2);
    expect(error.reason).toBe("expected one JSON object per line");
  });

  it("skips bad lines with skipInvalid", () => {
    const result = parseInput(
      jsonl(good, "nope", { ...good, title: "Also Good", date: "2024-13-01" }, { ...good, title: "Third" }),
      {
        file: "p.jsonl",
        format: "jsonl",
        skipInvalid: true,
      },
    );
    expect(result.papers.map((p) => p.title)).toEqual(["Good Paper", "Third"]);
    expect(result.skipped.map((e) => [e.line, e.field])).toEqual([
      [2, undefined],
      [3, "date"],
    ]);
  });
});
