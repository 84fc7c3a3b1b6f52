import { describe, expect, it } from "vitest";
import {
  generationsFrom,
  type LineageData,
  mergeGraphs,
  syntheticGraph,
} from "../../../explorer/src/graph-model.ts";

const base: LineageData = {
  nodes: [
    { id: "medgemma", label: "MedGemma", kind: "ROOT", family: "Gemma" },
    { id: "gemma3", label: "Gemma 3", kind: "ANCESTOR", family: "Gemma" },
  ],
  edges: [{ id: "BASED_ON:medgemma->gemma3", source: "medgemma", target: "gemma3", type: "BASED_ON" }],
  truncated: false,
};

describe("the explorer's graph model", () => {
  it("merges an expansion: new models are RELATED, known ones keep their kind, nothing is doubled", () => {
    const extra: LineageData = {
      nodes: [
        { id: "gemma3", label: "Gemma 3", kind: "ROOT", family: "Gemma" },
        { id: "embeddinggemma", label: "EmbeddingGemma", kind: "DESCENDANT", family: "Gemma" },
      ],
      edges: [
        {
          id: "BASED_ON:embeddinggemma->gemma3",
          source: "embeddinggemma",
          target: "gemma3",
          type: "BASED_ON",
        },
        { id: "BASED_ON:medgemma->gemma3", source: "medgemma", target: "gemma3", type: "BASED_ON" },
      ],
      truncated: true,
    };
    const { graph, added } = mergeGraphs(base, extra);
    expect(added).toBe(2);
    expect(graph.nodes.map((node) => [node.id, node.kind])).toEqual([
      ["medgemma", "ROOT"],
      ["gemma3", "ANCESTOR"],
      ["embeddinggemma", "RELATED"],
    ]);
    expect(graph.edges).toHaveLength(2);
    expect(graph.truncated).toBe(true);
    expect(mergeGraphs(graph, extra).added).toBe(0);
  });

  it("counts generations up and down in a straight line only", () => {
    const { graph } = mergeGraphs(base, {
      nodes: [
        { id: "medgemma1.5", label: "MedGemma 1.5", kind: "DESCENDANT", family: "Gemma" },
        { id: "embeddinggemma", label: "EmbeddingGemma", kind: "RELATED", family: "Gemma" },
      ],
      edges: [
        {
          id: "SUCCESSOR_OF:medgemma1.5->medgemma",
          source: "medgemma1.5",
          target: "medgemma",
          type: "SUCCESSOR_OF",
        },
        {
          id: "BASED_ON:embeddinggemma->gemma3",
          source: "embeddinggemma",
          target: "gemma3",
          type: "BASED_ON",
        },
      ],
      truncated: false,
    });
    const generations = generationsFrom(graph, "medgemma");
    expect(Object.fromEntries(generations)).toEqual({ medgemma: 0, gemma3: -1, "medgemma1.5": 1 });
  });

  it("makes reproducible synthetic lineages of the size asked, edges between known models, no cycle", () => {
    const graph = syntheticGraph(500);
    expect(graph.nodes).toHaveLength(500);
    expect(syntheticGraph(500)).toEqual(graph);
    const ids = new Set(graph.nodes.map((node) => node.id));
    const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
    for (const edge of graph.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      // Ancestors (m1..m5) are parents of earlier ids; descendants are children of earlier ids: no cycle.
      const child = index.get(edge.source) ?? 0;
      const parent = index.get(edge.target) ?? 0;
      expect(child <= 5 ? parent === child + 1 : parent < child).toBe(true);
    }
    expect(new Set(graph.edges.map((edge) => edge.type)).size).toBe(4);
  });
});
