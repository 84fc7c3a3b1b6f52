// Resolution's pure half: which gold models are one across sets, and which of them the stored graph split.
import { describe, expect, it } from "vitest";
import { familyKey, findSplits, goldIdentities, type StoredModel } from "../../../eval/resolution.ts";
import { goldSet } from "./synthetic.ts";

const set = (name: string, models: string[][]) => ({
  name,
  gold: goldSet({ models: models.map(([model = "", ...aliases]) => ({ name: model, aliases })), edges: [] }),
});

const node = (name: string, aliases: string[] = [], family: string | null = null): StoredModel => ({
  key: name.toLowerCase().replace(/[\s-]+/gu, ""),
  name,
  aliases,
  family,
});

describe("gold identities", () => {
  it("merges gold models of several sets that share a key, sizes folded", () => {
    const { identities, ambiguous } = goldIdentities([
      set("a", [["BERT", "BERTBASE"], ["Llama 2"]]),
      set("b", [["BERT-7B"], ["Llama-2-70B", "LLaMA2"], ["Mistral 7B"]]),
    ]);
    expect(ambiguous).toEqual([]);
    expect(identities.map((i) => [i.name, i.sets])).toEqual([
      ["BERT", ["a", "b"]],
      ["Llama 2", ["a", "b"]],
      ["Mistral 7B", ["b"]],
    ]);
  });

  it("lets no gold model bridge two models one set lists apart", () => {
    const { identities, ambiguous } = goldIdentities([
      set("a", [["Gemma 7B"], ["Gemma 2"], ["Gemma 2B", "Gemma 2 2B"]]),
    ]);
    expect(ambiguous.map((i) => i.name)).toEqual(["Gemma 2B"]);
    expect(identities.map((i) => i.name)).toEqual(["Gemma 7B", "Gemma 2"]);
  });
});

describe("splits", () => {
  it("reports a gold model stored as more than one node, by name or alias", () => {
    const { identities } = goldIdentities([
      set("a", [["BERT", "BERT-XL"], ["Sentence-BERT", "SBERT"], ["T5"]]),
    ]);
    const { splitModels } = findSplits(identities, [
      node("BERT"),
      node("BERT-XL"),
      node("SBERT"),
      node("S-BERT", ["Sentence-BERT"]),
      node("T5"),
    ]);
    expect(splitModels).toEqual([
      {
        gold: "BERT",
        goldNames: ["BERT", "BERT-XL"],
        sets: ["a"],
        nodes: [
          { key: "bert", name: "BERT" },
          { key: "bertxl", name: "BERT-XL" },
        ],
      },
      expect.objectContaining({ gold: "Sentence-BERT", nodes: [expect.anything(), expect.anything()] }),
    ]);
  });

  it("reports families that differ only in case, spaces or hyphens, with their model counts", () => {
    expect(familyKey("Code Llama")).toBe(familyKey("code-llama"));
    const { splitFamilies } = findSplits(
      [],
      [
        node("Llama 2", [], "Llama"),
        node("Llama 3", [], "Llama"),
        node("LLaMA", [], "LLaMA"),
        node("Phi-2", [], "Phi"),
        node("Qwen", [], "Qwen"),
        node("Qwen2", [], "Qwen"),
        node("X", [], null),
      ],
    );
    expect(splitFamilies).toEqual([
      {
        key: "llama",
        spellings: [
          { family: "Llama", models: 2 },
          { family: "LLaMA", models: 1 },
        ],
      },
    ]);
  });
});
