// Probe set E: more of the ways real model papers state (and seem to state) lineage: merging, inheriting weights,
// up-scaling, distilled versions, a base model named after a comparison verb, a backbone named with one more word,
// and a student trained on a teacher's data. Names are our own.
import type { Probe } from "./types.ts";

export const SET_E: Probe[] = [
  {
    title: "Merlin: Merging Open Models",
    abstract:
      "We introduce Merlin-7B, a model obtained by merging Finch-7B and Wren-7B with a task-arithmetic recipe. Merlin-7B keeps the coding skills of Wren-7B and the multilingual skills of Finch-7B.",
    lineage: [
      ["BASED_ON", "Merlin", "Finch"],
      ["BASED_ON", "Merlin", "Wren"],
    ],
  },
  {
    title: "Kite: Efficient Long-Context Models",
    abstract:
      "We present Kite, a long-context model that inherits the weights of Condor 2 and extends its context window to 128K tokens with position interpolation. Kite matches Condor 2 on short tasks.",
    lineage: [["BASED_ON", "Kite", "Condor 2"]],
  },
  {
    title: "Harrier 10.7B: Scaling Models with Depth Up-Scaling",
    abstract:
      "We introduce Harrier 10.7B, a large language model built by depth up-scaling of Finch-7B followed by continued pretraining. Harrier 10.7B-Instruct, a variant fine-tuned for instruction following, surpasses larger models.",
    lineage: [
      ["BASED_ON", "Harrier", "Finch"],
      ["VARIANT_OF|BASED_ON", "Harrier Instruct", "Harrier"],
    ],
  },
  {
    title: "Condorette: A Distilled Version of Condor",
    abstract:
      "We release Condorette, a distilled version of Condor 2 that runs on phones. Condorette keeps 95% of the quality of its teacher while being six times smaller.",
    lineage: [["DISTILLED_FROM", "Condorette", "Condor 2"]],
  },
  {
    title: "Swift-Chat: Aligning Small Models",
    abstract:
      "We present Swift-Chat, a chat model aligned with direct preference optimisation. Swift-Chat outperforms its base model, Swift-Base, on MT-Bench and AlpacaEval while keeping its accuracy on MMLU.",
    lineage: [["BASED_ON|VARIANT_OF", "Swift-Chat", "Swift-Base"]],
  },
  {
    title: "Magpie-VL: A Vision-Language Model",
    abstract:
      "We introduce Magpie-VL, a vision-language model that uses Finch 3 as its language backbone and a SigLIP vision encoder. Magpie-VL is trained in three stages on 20 million image-text pairs.",
    lineage: [["BASED_ON", "Magpie-VL", "Finch 3"]],
    alsoTrue: [["BASED_ON", "Magpie-VL", "SigLIP"]],
  },
  {
    title: "Puffin: Textbook-Quality Data for Small Models",
    abstract:
      "We train Puffin, a 1.3B parameter model, on synthetic textbooks generated with Condor-4 and filtered web data. Despite its size, Puffin is competitive with models ten times larger on coding benchmarks.",
    lineage: [],
    alsoTrue: [["DISTILLED_FROM", "Puffin", "Condor-4"]],
  },
  {
    title: "Ibis: Open Medical Models",
    abstract:
      "General models such as Condor-4 and Finch 3 perform well on medical exams, yet they are closed or expensive. We introduce Ibis, an open medical model inspired by Med-Condor, and evaluate it against Finch 3 with the same prompts.",
    lineage: [],
  },
  {
    title: "Tern: Learning from Human Preferences Only",
    abstract:
      "We introduce Tern, a 7B chat model. Previous methods learn from feedback of Condor-4, whereas Tern learns from human preferences only. Unlike prior work that merges Finch and Wren, we train Tern from scratch. Tern is evaluated against Finch 2, and we further train Tern on code to obtain Tern-Code.",
    lineage: [["BASED_ON|VARIANT_OF", "Tern-Code", "Tern"]],
  },
  {
    title: "Safety classifiers for chat assistants",
    abstract:
      "We introduce Skylark Guard, an LLM-based input-output safeguard. Skylark Guard, a Finch2-7b model instruction-tuned on our collected dataset, performs strongly on ToxicChat.",
    lineage: [["BASED_ON", "Skylark Guard", "Finch 2"]],
  },
  {
    title: "Orcinus 2: Teaching Small Language Models How to Reason",
    abstract:
      "Orcinus 2 learns to imitate the reasoning process of Condor-4 and is trained from Kestrel 2 weights. A teacher model (Condor-4) provides the explanations.",
    lineage: [
      ["DISTILLED_FROM", "Orcinus 2", "Condor-4"],
      ["BASED_ON", "Orcinus 2", "Kestrel 2"],
    ],
  },
];
