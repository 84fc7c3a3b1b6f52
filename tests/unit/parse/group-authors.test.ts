// The listing's title/author split on author lists as arXiv has them: people and group authors (teams,
// labs, companies) glued to titles of every ending. All names here are made up.
import { describe, expect, it } from "vitest";
import { parseInput, splitTitleAndAuthors } from "../../../src/ingest/parse/index.ts";
import { authorNameScore } from "../../../src/ingest/parse/listing.ts";
import { inputError } from "./input-error.ts";

/** [title, first author] of a line, or null. */
function split(line: string): [string, string | undefined] | null {
  const r = splitTitleAndAuthors(line);
  return r ? [r.title, r.authors[0]] : null;
}

describe("listing: group authors glued to titles", () => {
  // line → title, first author
  const cases: [string, string, string][] = [
    ["Fast and FuriousTeam Zorblat, Jane Doe", "Fast and Furious", "Team Zorblat"],
    ["Quill-2 Technical ReportQuill-AI, Jane Doe", "Quill-2 Technical Report", "Quill-AI"],
    ["Quill-2 Technical ReportQUILL-AI, Jane Doe", "Quill-2 Technical Report", "QUILL-AI"],
    ["Quill 2: Open ModelsQuill Team, Jane Doe et al. · quill", "Quill 2: Open Models", "Quill Team"],
    ["Quill 2: Open ModelsTeam QLM, Jane Doe", "Quill 2: Open Models", "Team QLM"],
    ["Quill 2: Open ModelsTeam QuiLM, Jane Doe", "Quill 2: Open Models", "Team QuiLM"],
    ["Quill 2: Open ModelsThe Quill Team, Jane Doe", "Quill 2: Open Models", "The Quill Team"],
    ["Quill 2 Technical ReportZorb AI, Jane Doe", "Quill 2 Technical Report", "Zorb AI"],
    ["Quill 2 Technical ReportZorb AI", "Quill 2 Technical Report", "Zorb AI"],
    ["Quill 2 Technical ReportZorb AI Lab, Jane Doe", "Quill 2 Technical Report", "Zorb AI Lab"],
    ["Quill 2 Technical ReportZRB AI Lab, Jane Doe", "Quill 2 Technical Report", "ZRB AI Lab"],
    ["Quill 2 Technical Report07.AI, Jane Doe", "Quill 2 Technical Report", "07.AI"],
    ["Quill: A Model by 07.AI07.AI, Jane Doe", "Quill: A Model by 07.AI", "07.AI"],
    ["Quill Technical ReportZorb.ai, Jane Doe", "Quill Technical Report", "Zorb.ai"],
    ["Quill 2 ReportThe QuillCode Community, Jane Doe", "Quill 2 Report", "The QuillCode Community"],
    ["Quill 2 ReportQuillScience Workshop, Jane Doe", "Quill 2 Report", "QuillScience Workshop"],
    ["QuillLM2 Technical ReportQuillLM Team, Jane Doe", "QuillLM2 Technical Report", "QuillLM Team"],
    ["Quill Technical ReportQLM Team, Jane Doe", "Quill Technical Report", "QLM Team"],
    ["Quill Technical ReportZorbLabs, Jane Doe", "Quill Technical Report", "ZorbLabs"],
    ["Quill Technical ReportZorb Labs, Jane Doe", "Quill Technical Report", "Zorb Labs"],
    ["Quill Technical ReportZorb Research, Jane Doe", "Quill Technical Report", "Zorb Research"],
    ["Quill Technical ReportZorb Inc., Jane Doe", "Quill Technical Report", "Zorb Inc."],
    [
      "Quill Technical ReportZorb Institute for AI, Jane Doe",
      "Quill Technical Report",
      "Zorb Institute for AI",
    ],
    ["Quill Technical ReportZorb For AI, Jane Doe", "Quill Technical Report", "Zorb For AI"],
    ["Quill Technical ReportZorb Language Team, Jane Doe", "Quill Technical Report", "Zorb Language Team"],
    [
      "Quill Technical ReportZorb AI Language Team, Jane Doe",
      "Quill Technical Report",
      "Zorb AI Language Team",
    ],
    [
      "Quill Technical ReportZorb Applied AI Research Team (ZAART), Jane Doe",
      "Quill Technical Report",
      "Zorb Applied AI Research Team (ZAART)",
    ],
    ["Quill Technical ReportZORBCO, Jane Doe", "Quill Technical Report", "ZORBCO"],
    ["Quill: Safe LLMsZORBCO, Jane Doe", "Quill: Safe LLMs", "ZORBCO"],
    ["Quill: Safe AIZorb AI", "Quill: Safe AI", "Zorb AI"],
    ["Is Quill Enough?Quill Team", "Is Quill Enough?", "Quill Team"],
    ["Quill Goes Big!The Zorb Lab", "Quill Goes Big!", "The Zorb Lab"],
    ["Quill (Extended)Zorb-AI, Jane Doe", "Quill (Extended)", "Zorb-AI"],
    ["Quill 2.0Zorb-AI", "Quill 2.0", "Zorb-AI"],
    ["Quill 7BQuill Team, Jane Doe", "Quill 7B", "Quill Team"],
    ["Quill-Chat-7B-v0.3Zorb AI, Jane Doe", "Quill-Chat-7B-v0.3", "Zorb AI"],
    ["Quill: Fast, Cheap, and GoodQuill Team, Jane Doe", "Quill: Fast, Cheap, and Good", "Quill Team"],
    // A bare organisation word is taken only when more authors follow it.
    ["Quill-4 Technical ReportZorbsoft, Jane Doe, John Roe", "Quill-4 Technical Report", "Zorbsoft"],
    // A group author written "<group> @ <company>" after the first.
    ["Quill Technical ReportQuill Team, AI @ Zorb", "Quill Technical Report", "Quill Team"],
  ];

  it.each(cases)("%s", (line, title, first) => {
    expect(split(line)).toEqual([title, first]);
  });

  it("keeps every author of a line led by a group", () => {
    expect(
      splitTitleAndAuthors("Quill 2 Technical ReportQuill Team, Ana María López, J. Roe et al. · zorb"),
    ).toEqual({
      title: "Quill 2 Technical Report",
      authors: ["Quill Team", "Ana María López", "J. Roe"],
      authorsTruncated: true,
      organizations: ["zorb"],
    });
  });

  it("keeps camel-case words and acronyms of the title in the title", () => {
    // The last glued word holds the split: "QuillLM2" and "MedQuill" stay whole.
    expect(split("QuillLM2 Technical ReportQuillLM Team")).toEqual([
      "QuillLM2 Technical Report",
      "QuillLM Team",
    ]);
    expect(split("Scaling QuillSeek Language ModelsZorb AI")).toEqual([
      "Scaling QuillSeek Language Models",
      "Zorb AI",
    ]);
    expect(split("Training MedQuill for ReportZorb AI, Jane Doe")).toEqual([
      "Training MedQuill for Report",
      "Zorb AI",
    ]);
    // An acronym's plural is not cut ("GPUs|Zorb", not "GP|UsZorb").
    expect(split("Efficient Quill on GPUsZorb Research")).toEqual([
      "Efficient Quill on GPUs",
      "Zorb Research",
    ]);
    // A group named like the model in the title.
    expect(split("Quill-VL: Seeing with MedZorbQuill Team")).toEqual([
      "Quill-VL: Seeing with MedZorb",
      "Quill Team",
    ]);
    // A camel-case group after a plain title word.
    expect(split("CodeQuill: Open Code Models Based on QuillCodeQuill Team")).toEqual([
      "CodeQuill: Open Code Models Based on Quill",
      "CodeQuill Team",
    ]);
    expect(split("Zorb: Open Code Models Based on QuillCodeQuill Team")).toEqual([
      "Zorb: Open Code Models Based on Quill",
      "CodeQuill Team",
    ]);
  });

  it("reads people as before, including names that look like group words", () => {
    expect(split("Quill: Open ModelsNous Zorb, Jane Doe")).toEqual(["Quill: Open Models", "Nous Zorb"]);
    expect(split("Quill: Open ModelsJane van der Doe")).toEqual(["Quill: Open Models", "Jane van der Doe"]);
    expect(split("Quill: Open ModelsŁukasz Wójcik, Jane Doe")).toEqual([
      "Quill: Open Models",
      "Łukasz Wójcik",
    ]);
    expect(split("Quill: Open ModelsSeán O'Neil, Jane Doe")).toEqual(["Quill: Open Models", "Seán O'Neil"]);
    expect(split("Quill: Open ModelsRyan McZorb, Jane Doe")).toEqual(["Quill: Open Models", "Ryan McZorb"]);
    expect(split("Quill: A Model李明, Jane Doe")).toEqual(["Quill: A Model", "李明"]);
  });

  it("refuses lines where no split is plausible", () => {
    expect(split("Quill Technical Report")).toBeNull();
    expect(split("Quill Technical Report Quill Team")).toBeNull(); // not glued
    expect(split("Quill Technical ReportZorbsoft")).toBeNull(); // a bare word and nobody after it
    expect(split("Quill Technical Reportzorb AI, Jane Doe")).toBeNull(); // no capital at the join
    expect(split("Quill 301.AI, Jane Doe")).toBeNull(); // digits glued to digits
    expect(split("Towards AGIZORBCO")).toBeNull(); // an all-caps group is not cut out of an acronym
  });

  it("reports a refused line with its file, line, field and text", () => {
    const text = [
      "CLJan 5, 2024",
      "Quill: A ModelJane Doe",
      "We introduce Quill.",
      "",
      "CLJan 6, 2024",
      "Quill Technical Report quill team",
      "We introduce Quill 2.",
    ].join("\n");
    const error = inputError(() => parseInput(text, { file: "mine.txt", year: 2024 }));
    expect(error.file).toBe("mine.txt");
    expect(error.line).toBe(6);
    expect(error.field).toBe("authors");
    expect(error.message).toMatch(/^mine\.txt:6 \(authors\): cannot tell where the title ends/);
    expect(error.message).toContain('found "Quill Technical Report quill team"');
    const skipping = parseInput(text, { file: "mine.txt", year: 2024, skipInvalid: true });
    expect(skipping.papers.map((p) => p.title)).toEqual(["Quill: A Model"]);
    expect(skipping.skipped.map((e) => e.line)).toEqual([6]);
  });
});

describe("listing: every title ending with every kind of first author", () => {
  const titles = [
    "Quill 2 Technical Report",
    "Quill: Open Language Models",
    "Scaling Quill to a Trillion Tokens: A Study",
    "Quill-Chat v2.1",
    "Quill (Extended Version)",
    "Is Scale All You Need?",
    "Quill Goes Big!",
    "Quill 7B",
    "A Survey of LLMs",
    "Safe and Helpful AI",
    "Quill2.5-Coder Technical Report",
    "Quill 3",
    "The \u201cQuill\u201d Benchmark",
    "Zorb-o1: Reasoning Models",
    "Quill-Instruct-7B-v0.3",
    "Quill, Zorb, and Friends",
  ];
  const people = [
    "Jane Doe",
    "J. Doe",
    "J.-P. Doe",
    "Jane van der Doe",
    "Émile Zoë Brontë",
    "Łukasz Wójcik",
    "Anne-Marie Doe-Smith",
    "Seán O'Neil",
    "Ryan McZorb",
    "Wen Li",
    "Jane Doe Jr.",
  ];
  const groups = [
    "Quill Team",
    "Zorb Team",
    "The Zorb Team",
    "Team Zorb",
    "Team ZRB",
    "ZorbAI Team",
    "Zorb-AI",
    "ZORB-AI",
    "ZorbAI",
    "Zorb AI",
    "Zorb AI Lab",
    "ZorbCode Lab",
    "The ZorbCode Community",
    "Zorb Research",
    "Zorb Institute for AI",
    "07.AI",
    "Zorb Labs",
    "ZorbLM Team",
    "ZLM Team",
    "Zorbco Inc.",
    "ZorbScience Workshop",
  ];
  const tails = ["", ", Jane Roe, Ana María López et al. · zorb-lab, quill", ", Xiao Wang"];
  // Junctions no rule can read: capitals glued to capitals ("7B" + "ZLM Team": "7BZLM"), digits glued
  // to digits ("2.1" + "07.AI").
  const ambiguous = (title: string, author: string) =>
    (/\p{Lu}$/u.test(title) && /^\p{Lu}\p{Lu}/u.test(author)) || (/\d$/.test(title) && /^\d/.test(author));

  const lines: [string, string, string][] = [];
  for (const title of titles)
    for (const author of [...people, ...groups])
      for (const tail of tails)
        if (!ambiguous(title, author)) lines.push([`${title}${author}${tail}`, title, author]);

  it(`splits all ${lines.length} lines at the join`, () => {
    const wrong = lines.filter(([line, title, author]) => {
      const got = split(line);
      return got === null || got[0] !== title || got[1] !== author;
    });
    expect(wrong.map(([line]) => [line, split(line)])).toEqual([]);
  });
});

describe("listing: author scores for group authors", () => {
  it.each([
    ["Zorb Team", 2],
    ["The Zorb Team", 2],
    ["Team ZRB", 2],
    ["Zorb AI", 2],
    ["ZRB AI Lab", 2],
    ["07.AI", 2],
    ["Zorb.ai", 2],
    ["The ZorbCode Community", 2],
    ["Zorb Institute for AI", 1],
    ["Zorb Applied AI Research Team (ZAART)", 1],
    ["ZORBCO", 1],
    ["AI @ Zorb", 1],
    ["I Language Team", 0],
    ["Team", 0],
    ["AI", 0],
    ["of the AI", 0],
    ["Zorb", 0],
    ["zorb AI", 0],
  ] as const)("%s → %i", (text, score) => {
    expect(authorNameScore(text)).toBe(score);
  });
});
