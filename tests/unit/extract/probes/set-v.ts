// Probe set V: written after set U, scored before any rule for it: traps, sentences that name two models
// and a lineage-looking word but state no ancestry of the paper's model (a judge, a reward model, a data
// generator, a tokenizer, a recipe, inspiration, a baseline built on another model), names of our own.
import type { Probe } from "./types.ts";

export const SET_V: Probe[] = [
  {
    title: "Vireo: Judged by a Larger Model",
    abstract:
      "We present Vireo, a 3B assistant trained from scratch. We use Wren-2-70B as the judge and Finch-RM as the reward model during alignment, and start from a curated corpus of 1T tokens.",
    lineage: [],
  },
  {
    title: "Thrasher: Synthetic Data",
    abstract:
      "Thrasher is a 7B model pretrained from scratch on synthetic textbooks written by Wren-2-70B. Thrasher adopts the tokenizer of Finch 3 and the training recipe of Finch 2.",
    lineage: [],
  },
  {
    title: "Catbird: Inspired by Finch",
    abstract:
      "Inspired by Finch, we design Catbird, a recurrent model trained from scratch that matches transformers of equal size. We compare Catbird with Wren-2-7B, a baseline fine-tuned from Finch 2.",
    lineage: [["BASED_ON", "Wren-2-7B", "Finch 2"]],
  },
  {
    title: "Gnatcatcher: Evaluation of Open Models",
    abstract:
      "We evaluate Wren-2, Finch 3 and Pipit on 40 tasks. Pipit, which is distilled from Wren-2, is the most robust to paraphrased prompts.",
    lineage: [["DISTILLED_FROM", "Pipit", "Wren-2"]],
  },
  {
    title: "Phoebe: A Mixture of Adapters",
    abstract:
      "We introduce Phoebe, a mixture of LoRA adapters trained on top of a frozen Finch-3-8B. Each adapter specializes in one domain; Phoebe routes every query to two of them.",
    lineage: [["BASED_ON", "Phoebe", "Finch-3-8B"]],
  },
];
