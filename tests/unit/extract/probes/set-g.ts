// Probe set G: written after sets D–F were passing and scored before any rule for it, in the wording of
// instruction-tuned, chat and multimodal model releases (possessive parents, "X 7B, a model fine-tuned from the Y
// 7B model", "enhances the abilities of Y", "built on top of A and B"), names of our own.
import type { Probe } from "./types.ts";

export const SET_G: Probe[] = [
  {
    title: "Dunlin: A Dialogue Model for Academic Research",
    abstract:
      "We introduce Dunlin, a chatbot trained by fine-tuning Acme's Finch on dialogue data gathered from the web. Dunlin responds effectively to a variety of user queries.",
    lineage: [["BASED_ON", "Dunlin", "Finch"]],
  },
  {
    title: "Avocet: A Strong, Replicable Instruction-Following Model",
    abstract:
      "We are releasing Avocet 7B, a model fine-tuned from the Finch 7B model on 52K instruction-following demonstrations. On our preliminary evaluation, Avocet behaves qualitatively similarly to Condor-3.",
    lineage: [["BASED_ON", "Avocet", "Finch"]],
  },
  {
    title: "WrenMath: Empowering Mathematical Reasoning for Large Language Models",
    abstract:
      "Large language models show strong results in many tasks, yet mathematical reasoning remains hard for open models. In this paper, we present WrenMath, which enhances the mathematical reasoning abilities of Finch-2, by applying our proposed reinforcement learning method to the domain of math.",
    lineage: [["BASED_ON", "WrenMath", "Finch-2"]],
  },
  {
    title: "Stint-VL: An Audio-Visual Language Model",
    abstract:
      "We present Stint-VL, a multi-modal framework that empowers large language models with the capability of understanding both visual and auditory content. Stint-VL is built on top of Wren-2 and Finch-4, and bootstraps cross-modal training from frozen encoders.",
    lineage: [
      ["BASED_ON", "Stint-VL", "Wren-2"],
      ["BASED_ON", "Stint-VL", "Finch-4"],
    ],
  },
  {
    title: "Sanderling-40B-Instruct",
    abstract:
      "Sanderling-40B-Instruct is a 40B parameter causal decoder-only model built by our lab based on Sanderling-40B and finetuned on a mixture of chat datasets. It outperforms Finch 2 70B Chat on the open leaderboard.",
    lineage: [["VARIANT_OF|BASED_ON", "Sanderling Instruct", "Sanderling"]],
  },
];
