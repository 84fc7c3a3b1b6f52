import { describe, expect, it } from "vitest";
import { canonicalModelName, modelKey, parseModelName, writtenModelName } from "../../../src/domain/names.ts";

describe("modelKey: one identity per model, whatever the spelling", () => {
  it.each([
    ["Gemma3", "Gemma 3"],
    ["Gemini-1.5-Pro", "Gemini 1.5 Pro"],
    ["OLMo-7B", "OLMo 7B"],
    ["MedGemma 1", "MedGemma"],
    ["Gemma 1.0", "Gemma"],
    ["gemma-3", "GEMMA 3"],
    ["Gemma3-4B-IT", "Gemma 3 4B IT"],
    ["Granite 3.0 8B – Instruct", "Granite 3.0 8B Instruct"],
    ["Granite 3.0 8B—Instruct", "Granite 3.0 8B Instruct"],
    ["Code Llama", "CodeLlama"],
    ["Qwen2.5-Coder", "Qwen 2.5 Coder"],
    ["mixtral-8x7b", "Mixtral 8x7B"],
    ["Phi-3-mini", "phi 3 mini"],
    ["Ñandú-2", "ñandú 2"],
    // Sizes are checkpoints of one model.
    ["Gemma3-4B-IT", "Gemma3-27B-IT"],
    ["Llama 2 13B Chat", "Llama2-Chat-70B"],
    // A storage format or quantisation is no other model.
    ["Llama-2-7b-hf", "Llama 2"],
    ["Finch-7B-Instruct-GGUF", "Finch Instruct"],
    // A release stage after a size or version tags a checkpoint.
    ["Wren-7B-alpha", "Wren"],
    ["Wren 2 beta", "Wren 2"],
    // A "v" glued against the stem's other case is the version's.
    ["DeBERTaV3", "DeBERTa V3"],
    ["LayoutLMv2", "LayoutLM v2"],
  ])("%s ≡ %s", (a, b) => {
    expect(modelKey(a)).toBe(modelKey(b));
  });

  it.each([
    ["Gemma 3 4B", "Gemma 34B"],
    ["Gemma 2", "Gemma"],
    ["Gemini 1.5", "Gemini 15"],
    ["Gemma 3 4B IT", "Gemma 3 4B PT"],
    ["MedGemma 1.5", "MedGemma"],
    ["T5Gemma", "Gemma"],
    // ... but not a name's own word: "Alpha" heads no size here.
    ["Wren Alpha", "Wren"],
    // A revision after the size may be another generation's checkpoint (Vicuna v1.5 is tuned from Llama 2).
    ["Wren-7B-v1.5", "Wren 7B"],
  ])("%s ≢ %s", (a, b) => {
    expect(modelKey(a)).not.toBe(modelKey(b));
  });

  it("is stable under canonicalisation", () => {
    for (const raw of ["Gemini-2.0-Flash-Lite", "DeepSeek-R1-Zero", "EVA-CLIP", "T5Gemma 2 270M-270M"]) {
      expect(modelKey(canonicalModelName(raw))).toBe(modelKey(raw));
    }
  });
});

describe("canonicalModelName: display form", () => {
  it.each([
    ["Gemini-1.5-Pro", "Gemini 1.5 Pro"],
    ["Gemma3-4B-IT", "Gemma 3 4B IT"],
    ["Gemma3", "Gemma 3"],
    ["MedGemma 1", "MedGemma"],
    ["OLMo-7B-Instruct", "OLMo 7B Instruct"],
    ["Phi-3-mini", "Phi 3 mini"],
    ["Qwen2.5-Coder-7B-Instruct", "Qwen 2.5 Coder 7B Instruct"],
    ["Granite 3.0 8B – Instruct", "Granite 3.0 8B Instruct"],
    ["mixtral-8x7b", "mixtral 8x7B"],
    // Dashes stay inside compound stems, after a letter version and between tiers.
    ["EVA-CLIP", "EVA-CLIP"],
    ["DeepSeek-R1-Zero", "DeepSeek-R1-Zero"],
    ["Gemini 2.0 Flash-Lite", "Gemini 2.0 Flash-Lite"],
    ["T5Gemma 2", "T5Gemma 2"],
    ["Gemini 2.X", "Gemini 2.X"],
    ["Ñandú-2", "Ñandú 2"],
    ["  Gemma   2  ", "Gemma 2"],
  ])("%s → %s", (raw, name) => {
    expect(canonicalModelName(raw)).toBe(name);
  });
});

describe("writtenModelName: the text's spelling, less what is not identity", () => {
  it.each([
    ["Gemini-1.5-Pro", "Gemini-1.5-Pro"],
    ["GPT-4", "GPT-4"],
    ["phi-3-mini", "phi-3-mini"],
    ["Qwen2.5-Coder", "Qwen2.5-Coder"],
    ["Zephyr-7B", "Zephyr"],
    ["Mixtral 8x7B", "Mixtral"],
    ["Gemma 3 4B", "Gemma 3"],
    ["T5Gemma 2 270M-270M", "T5Gemma 2"],
    ["MedGemma 1 4B", "MedGemma"],
    ["Llama 1", "Llama"],
    ["Code Llama – Instruct", "Code Llama Instruct"],
    ["  Gemma   2  ", "Gemma 2"],
  ])("%s → %s", (raw, name) => {
    expect(writtenModelName(raw, { sizes: false })).toBe(name);
    expect(modelKey(name)).toBe(modelKey(canonicalModelName(name)));
  });

  it("keeps sizes when they are identity (tuned variants)", () => {
    expect(writtenModelName("Gemma3-4B-IT")).toBe("Gemma3-4B-IT");
    expect(writtenModelName("Granite 3.0 8B – Instruct")).toBe("Granite 3.0 8B Instruct");
  });
});

describe("parseModelName: the parts of a name", () => {
  it.each([
    ["Gemma3-4B-IT", { stem: "Gemma", version: "3", tiers: [], sizes: ["4B"], tuning: "instruction-tuned" }],
    [
      "Gemini 2.0 Flash-Lite",
      { stem: "Gemini", version: "2.0", tiers: ["Flash", "Lite"], sizes: [], tuning: null },
    ],
    ["Mixtral 8x7B", { stem: "Mixtral", version: null, tiers: [], sizes: ["8x7B"], tuning: null }],
    ["T5Gemma 2 1B-1B", { stem: "T5Gemma", version: "2", tiers: [], sizes: ["1B-1B"], tuning: null }],
    ["DeepSeek-V3-Base", { stem: "DeepSeek", version: "V3", tiers: [], sizes: [], tuning: "pretrained" }],
    ["Code Llama", { stem: "Code Llama", version: null, tiers: [], sizes: [], tuning: null }],
    ["GPT-4o", { stem: "GPT", version: "4o", tiers: [], sizes: [], tuning: null }],
  ])("%s", (raw, expected) => {
    const { stem, version, tiers, sizes, tuning } = parseModelName(raw);
    expect({ stem, version, tiers, sizes, tuning }).toEqual(expected);
  });
});
