import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/ingest/extract/sentences.ts";

const texts = (abstract: string) => splitSentences(abstract).map((s) => s.text);

describe("splitSentences", () => {
  it.each([
    [
      "Known tricks (Beltagy et al., 2020a) help. Next one.",
      ["Known tricks (Beltagy et al., 2020a) help.", "Next one."],
    ],
    [
      "More than Hoffmann et al. (2022) reported. Then.",
      ["More than Hoffmann et al. (2022) reported.", "Then."],
    ],
    [
      "Tasks, e.g. MedQA, improve. Gemini 1.5 and Gemini 2.X help.",
      ["Tasks, e.g. MedQA, improve.", "Gemini 1.5 and Gemini 2.X help."],
    ],
    ["Based on Gemma 3 4B and 27B. MedGemma works.", ["Based on Gemma 3 4B and 27B.", "MedGemma works."]],
    ["See https://goo.gle/MedGemma. It works.", ["See https://goo.gle/MedGemma.", "It works."]],
    ["Samuel L. Smith wrote it. Done", ["Samuel L. Smith wrote it.", "Done"]],
    ["It is 3.5x faster. 2 models remain!", ["It is 3.5x faster.", "2 models remain!"]],
    ["No final stop", ["No final stop"]],
  ])("%s", (abstract, expected) => {
    expect(texts(abstract)).toEqual(expected);
  });

  it("gives offsets into the abstract", () => {
    const abstract = "  First (a.b. c). Second one.  ";
    for (const s of splitSentences(abstract)) expect(abstract.slice(s.start, s.end)).toBe(s.text);
  });
});
