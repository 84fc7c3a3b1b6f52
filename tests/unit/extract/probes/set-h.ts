// Probe set H: written after set G, scored before any rule for it: how training reports state where the weights
// came from ("continuing the pretraining of", "initialized with the weights of", "by applying RLHF to", "X-derived",
// "Y's weights as initialization", "distill Y into a smaller model, X"), names of our own.
import type { Probe } from "./types.ts";

export const SET_H: Probe[] = [
  {
    title: "Curlew: Continued Pretraining for Chemistry",
    abstract:
      "We present Curlew, a chemistry language model. We train Curlew by continuing the pretraining of Finch 3 on 50 billion tokens of chemistry papers and patents.",
    lineage: [["BASED_ON", "Curlew", "Finch 3"]],
  },
  {
    title: "Godwit: A Long-Context Code Model",
    abstract:
      "Godwit is a code model initialized with the weights of Wren-Coder and trained on repository-level data with a 64K context. Godwit outperforms models twice its size on RepoBench.",
    lineage: [["BASED_ON", "Godwit", "Wren-Coder"]],
  },
  {
    title: "Stilt: Aligning Small Models with Human Feedback",
    abstract:
      "We introduce Stilt, a 3B assistant obtained by applying reinforcement learning from human feedback to Finch-3B. Stilt is preferred over its base by human raters in 70% of comparisons.",
    lineage: [["BASED_ON", "Stilt", "Finch"]],
  },
  {
    title: "Plover-Med: A Finch-derived Medical Model",
    abstract:
      "We release Plover-Med, a Finch-derived model for clinical question answering, and evaluate it on four medical benchmarks.",
    lineage: [["BASED_ON", "Plover-Med", "Finch"]],
  },
  {
    title: "Knot: Efficient Multilingual Models",
    abstract:
      "Knot uses Wren 2's weights as initialization and extends its vocabulary with 20,000 tokens for Southeast Asian languages. Knot improves over Wren 2 on all 10 languages we test.",
    lineage: [["BASED_ON", "Knot", "Wren 2"]],
  },
  {
    title: "Ruff: Small and Fast",
    abstract:
      "We distill Condor 3 into a smaller model, Ruff, that runs on a laptop. Ruff keeps 90% of the quality of its teacher.",
    lineage: [["DISTILLED_FROM", "Ruff", "Condor 3"]],
  },
];
