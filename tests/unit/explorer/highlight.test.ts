import { describe, expect, it } from "vitest";
import { highlightEvidence, type Segment } from "../../../explorer/src/highlight.ts";

const marks = (segments: Segment[], kind = "model") =>
  segments.filter((segment) => segment.mark === kind).map((segment) => segment.text);

describe("evidence highlighting", () => {
  it("marks both models and the lineage words, and keeps the sentence intact", () => {
    const sentence =
      "We introduce MedGemma, a collection of medical vision-language foundation models based on Gemma 3 4B and 27B.";
    const segments = highlightEvidence(sentence, ["MedGemma", "MedGemma 1", "Gemma 3", "Gemma 3 4B"]);
    expect(segments.map((segment) => segment.text).join("")).toBe(sentence);
    expect(marks(segments)).toEqual(["MedGemma", "Gemma 3 4B"]);
    expect(marks(segments, "cue")).toEqual(["based on"]);
  });

  it("prefers the longest spelling, and never marks a name inside another word", () => {
    const segments = highlightEvidence("MedGemma 1.5 expands on MedGemma 1 by integrating more.", [
      "MedGemma 1.5",
      "MedGemma",
      "MedGemma 1",
      "Gemma",
    ]);
    expect(marks(segments)).toEqual(["MedGemma 1.5", "MedGemma 1"]);
    expect(marks(segments, "cue")).toEqual(["expands on"]);
  });

  it("tolerates case, hyphens and dashes between a name's parts", () => {
    const segments = highlightEvidence("Built on gemma-3 and on Gemma\u20113.", ["Gemma 3"]);
    expect(marks(segments)).toEqual(["gemma-3", "Gemma\u20113"]);
  });

  it("escapes names that look like patterns", () => {
    expect(marks(highlightEvidence("C++ (v2) beats C+.", ["C++ (v2)"]))).toEqual(["C++ (v2)"]);
  });
});
