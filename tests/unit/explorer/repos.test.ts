import { describe, expect, it } from "vitest";
import {
  addPage,
  DERIVATIVES_PAGE,
  emptyList,
  hubUrl,
  nextLabel,
  relationCount,
  relationTo,
  repoFigures,
} from "../../../explorer/src/repos.ts";

const repos = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `q/r${from + i}`, downloads: from + i, likes: null }));

describe("a model's Hub repos in the panel", () => {
  it("says counts and relations in words", () => {
    expect(relationCount("QUANTIZED", 1240)).toBe("1,240 quantized");
    expect(relationCount("FINETUNE", 1)).toBe("1 fine-tune");
    expect(relationCount("ADAPTER", 3)).toBe("3 adapters");
    expect(relationTo("FINETUNE", "quokka-ai/Quokka-2-7b-hf")).toBe("fine-tune of quokka-ai/Quokka-2-7b-hf");
    expect(relationTo("SUCCESSOR", "a/b")).toBe("new version of a/b");
    expect(repoFigures({ downloads: 310000, likes: 1 })).toBe("310,000 downloads · 1 like");
    expect(repoFigures({ downloads: null, likes: null })).toBe("");
  });

  it("writes the Hub page's address, each part of the id escaped", () => {
    expect(hubUrl("google/gemma-3-4b-it")).toBe("https://huggingface.co/google/gemma-3-4b-it");
    expect(hubUrl("a b/c?d")).toBe("https://huggingface.co/a%20b/c%3Fd");
  });

  it("loads a base's derivatives a page at a time, never showing one twice", () => {
    let list = emptyList(45);
    expect(nextLabel(list)).toBe(`Show ${DERIVATIVES_PAGE}`);
    list = addPage(list, { repos: repos(0, 20), hasNextPage: true, endCursor: "c1" });
    expect(list).toMatchObject({ after: "c1", more: true });
    expect(nextLabel(list)).toBe("Show 20 more");
    list = addPage(list, { repos: repos(19, 21), hasNextPage: true, endCursor: "c2" });
    expect(list.shown).toHaveLength(40);
    expect(nextLabel(list)).toBe("Show 5 more");
    list = addPage(list, { repos: repos(40, 5), hasNextPage: false, endCursor: "c3" });
    expect(list.shown.map((repo) => repo.id)).toEqual(repos(0, 45).map((repo) => repo.id));
    expect(list.more).toBe(false);
    expect(emptyList(0).more).toBe(false);
  });
});
