// The repos of a lineage graph: derivatives collapsed per relation, less those drawn as nodes of their own.
import { describe, expect, it } from "vitest";
import { clampReposPerModel, collapseDerivatives } from "../../../src/cypher/hf.ts";

describe("collapseDerivatives", () => {
  it("counts a base's derivatives per relation less the drawn ones, and drops empty groups", () => {
    const groups = collapseDerivatives({
      models: [],
      edges: [
        { child: "org/chat", base: "org/base", relation: "finetune" },
        { child: "org/chat-gguf", base: "org/chat", relation: "quantized" },
        { child: "org/chat-gguf", base: "org/base", relation: "quantized" },
      ],
      derivatives: [
        { base: "org/base", relation: "finetune", count: 1 },
        { base: "org/base", relation: "quantized", count: 1240 },
        { base: "org/chat", relation: "quantized", count: 3 },
        { base: "org/chat", relation: "adapter", count: 2 },
      ],
    });
    expect(groups).toEqual([
      { base: "org/base", relation: "quantized", count: 1239 },
      { base: "org/chat", relation: "quantized", count: 2 },
      { base: "org/chat", relation: "adapter", count: 2 },
    ]);
  });

  it("draws between 1 and 10 repos a model", () => {
    expect([0, 3, 7.9, 1e9].map(clampReposPerModel)).toEqual([1, 3, 7, 10]);
  });
});
