// Probe set K: written after set J, scored before any rule for it: a sibling named beside its base, a passive
// "Y is further fine-tuned to create X", and a comparison with a fine-tuned model (trap). Names of our own.
import type { Probe } from "./types.ts";

export const SET_K: Probe[] = [
  {
    title: "Pintail and Pintail-Chat",
    abstract:
      "We release Pintail, a 9B base model, and Pintail-Chat, the instruction-tuned sibling of Pintail. Both are trained on 6 trillion tokens of web, code and math data.",
    lineage: [["VARIANT_OF|BASED_ON", "Pintail-Chat", "Pintail"]],
  },
  {
    title: "Wigeon: A Coding Assistant",
    abstract:
      "Finch-Code is further fine-tuned on 80,000 execution-verified problems to create Wigeon, a coding assistant. Wigeon solves 20% more problems than Finch-Code on LiveCodeBench.",
    lineage: [["BASED_ON", "Wigeon", "Finch-Code"]],
  },
  {
    title: "Bufflehead: Reading Tables",
    abstract:
      "We present Bufflehead, a table reasoning model trained from scratch. Bufflehead is compared with a fine-tuned Wren-2 and with Finch 3 on four table benchmarks, and outperforms both.",
    lineage: [],
  },
];
