import { describe, expect, it } from "vitest";
import { checkpointName, readRepoName } from "../../../src/ingest/hf/names.ts";

const keys = (id: string) => readRepoName(id).candidates.map((candidate) => candidate.key);

describe("repo ids read with the name grammar", () => {
  it("reads owner, size and tuning: google/gemma-3-4b-it is Gemma 3 IT, else Gemma 3, 4B, instruction-tuned", () => {
    expect(readRepoName("google/gemma-3-4b-it")).toEqual({
      modelName: "gemma-3-4b-it",
      size: "4B",
      tuning: "instruction-tuned",
      candidates: [
        { key: "gemma3it", rule: "hf.name", confidence: 0.95 },
        { key: "gemma3", rule: "hf.name-less-tuning", confidence: 0.85 },
      ],
    });
  });

  it("drops storage and quantisation suffixes (invented names too)", () => {
    expect(checkpointName("meta-llama/Llama-2-7b-chat-hf")).toBe("Llama-2-7b-chat");
    expect(checkpointName("TheQuanter/Wombat-3-8B-Instruct-GGUF")).toBe("Wombat-3-8B-Instruct");
    expect(checkpointName("q/Zorblax-2.5-14B-Q4_K_M-GGUF")).toBe("Zorblax-2.5-14B");
    expect(checkpointName("q/zorblax_2_7b-bnb-4bit")).toBe("zorblax-2-7b");
    expect(checkpointName("q/Fennec-13B-AWQ")).toBe("Fennec-13B");
    expect(checkpointName("q/fennec-270m-mlx-8bit")).toBe("fennec-270M");
    expect(keys("TheQuanter/Wombat-3-8B-Instruct-GGUF")).toEqual(["wombat3instruct", "wombat3"]);
  });

  it("tries the name without a revision written after it, and without an owner word repeated before it", () => {
    expect(keys("numbat-ai/Numbat-7B-Instruct-v0.3")).toEqual([
      "numbatv0.3instruct",
      "numbatv0.3",
      "numbatinstruct",
      "numbat",
    ]);
    expect(keys("acme-llm/Acme-Wombat-3-8B")).toEqual(["acmewombat3", "wombat3"]);
    expect(readRepoName("acme-llm/Acme-Wombat-3-8B").candidates[1]?.rule).toBe("hf.owner-prefix.name");
  });

  it("keeps a derivative's own words: an adapter named after its base is not the base", () => {
    expect(keys("rad-folk/marlin-7b-lora-radiology")).toEqual(["marlinloraradiology"]);
  });
});
