// Probe set R: written after set Q, scored before any rule for it: how the lineage of other people's models is
// stated in passing (examples, background, comparisons), pronouns and passives across sentences, and what is
// not lineage (training on another model's outputs as a baseline, "unlike", evaluation of checkpoints).
import type { Probe } from "./types.ts";

export const SET_R: Probe[] = [
  {
    title: "Lynx: Background Lineage in Passing",
    abstract:
      "Open chat models such as Vicuna and Koala are fine-tuned from LLaMA on conversations shared by users. We ask whether such conversations teach new knowledge. We introduce Lynx, which we train on the same conversations but from scratch, and compare it with Vicuna.",
    lineage: [
      ["BASED_ON", "Vicuna", "LLaMA"],
      ["BASED_ON", "Koala", "LLaMA"],
    ],
  },
  {
    title: "Marten: A Long-Context Assistant",
    abstract:
      "We present Marten, a long-context assistant. It is obtained by extending the context window of Llama 3.1 8B to one million tokens and then aligning it with direct preference optimization.",
    lineage: [["BASED_ON", "Marten", "Llama 3.1"]],
  },
  {
    title: "Stoat: Unlike Its Peers",
    abstract:
      "Unlike Dolly, which is fine-tuned from Pythia, Stoat is trained from scratch on a curated corpus of 2 trillion tokens. Stoat matches Dolly on instruction following at a third of its size.",
    lineage: [["BASED_ON", "Dolly", "Pythia"]],
  },
  {
    title: "Weasel-Chat: Small Chat Models",
    abstract:
      "We release Weasel, a 3B base model, and its chat variant Weasel-Chat. The chat variant was aligned with RLHF on 100K human preferences.",
    lineage: [["VARIANT_OF|BASED_ON", "Weasel-Chat", "Weasel"]],
  },
  {
    title: "Evaluating Checkpoints of Ferret-7B",
    abstract:
      "We evaluate 40 intermediate checkpoints of Ferret-7B and its instruction-tuned counterpart Ferret-7B-Instruct on twelve benchmarks. We find that instruction tuning mostly changes formatting.",
    lineage: [["VARIANT_OF|BASED_ON", "Ferret-7B-Instruct", "Ferret-7B"]],
  },
  {
    title: "Mink: Distilling a Reasoner",
    abstract:
      "Large reasoning models such as DeepSeek-R1 produce long chains of thought. We distill these chains into Qwen2.5-7B, yielding Mink, a compact reasoner that keeps most of the accuracy of its teacher.",
    lineage: [
      ["BASED_ON", "Mink", "Qwen2.5-7B"],
      ["DISTILLED_FROM", "Mink", "DeepSeek-R1"],
    ],
  },
  {
    title: "Otterhound: Code Completion for Notebooks",
    abstract:
      "We introduce Otterhound, a code completion model for Jupyter notebooks. Its weights are initialized from StarCoder2-3B, and it is trained further on 50 billion tokens of notebooks. Otterhound outperforms CodeLlama-7B on notebook completion.",
    lineage: [["BASED_ON", "Otterhound", "StarCoder2-3B"]],
  },
  {
    title: "Polecat: Trained on GPT-4 Outputs",
    abstract:
      "We present Polecat, a 13B model trained on 1M responses from GPT-4 and compare it with Vicuna-13B. Polecat is initialized from Llama-2-13B.",
    lineage: [["BASED_ON", "Polecat", "Llama-2-13B"]],
    alsoTrue: [["DISTILLED_FROM", "Polecat", "GPT-4"]],
  },
];
