// Probe set T: written after set S, scored before any rule for it: the remaining ways of saying "made from"
// ("the result of fine-tuning", "we obtain X by", "turn Y into X", "upcycle Y into", "Y as the backbone",
// "X is Y fine-tuned on", "a fine-tuned Y called X", "(fine-tuned from Y)"), names of our own.
import type { Probe } from "./types.ts";

export const SET_T: Probe[] = [
  {
    title: "Kestrel: Fine-Tuning for Finance",
    abstract:
      "Kestrel is the result of fine-tuning Wren-2-13B on 40,000 financial analyst reports. Kestrel answers analyst questions better than GPT-4 on our benchmark.",
    lineage: [["BASED_ON", "Kestrel", "Wren-2-13B"]],
  },
  {
    title: "Harrier: A Model for Legal Drafting",
    abstract:
      "We obtain Harrier by fine-tuning Finch 3 on 1.2 million contracts and then aligning it with lawyer feedback. Harrier drafts clauses that lawyers accept 70% of the time.",
    lineage: [["BASED_ON", "Harrier", "Finch 3"]],
  },
  {
    title: "Turning a Chat Model into a Judge",
    abstract:
      "We turn Wren-Chat into Merlin, an evaluator that scores answers with explanations, using 200K human judgements. Merlin agrees with human raters more often than GPT-4 does.",
    lineage: [["BASED_ON", "Merlin", "Wren-Chat"]],
  },
  {
    title: "Upcycling Dense Models",
    abstract:
      "We upcycle Finch-7B into Finch-MoE-8x7B, a sparse mixture-of-experts model with eight experts per layer initialized from the dense weights. Finch-MoE-8x7B matches a dense 30B model at a quarter of the inference cost.",
    lineage: [["BASED_ON|VARIANT_OF", "Finch-MoE-8x7B", "Finch-7B"]],
  },
  {
    title: "Peregrine: Speech Translation",
    abstract:
      "Leveraging Wren-Audio as the backbone, Peregrine translates speech in 40 languages directly into English text. Peregrine outperforms cascaded systems on CoVoST 2.",
    lineage: [["BASED_ON", "Peregrine", "Wren-Audio"]],
  },
  {
    title: "Osprey-Med: Finch Fine-Tuned for Medicine",
    abstract:
      "Osprey-Med is Finch 2 fine-tuned on 300,000 clinical notes and medical textbooks. It is evaluated on MedQA and PubMedQA.",
    lineage: [["BASED_ON", "Osprey-Med", "Finch 2"]],
  },
  {
    title: "Goshawk: Tool Use",
    abstract:
      "We present Goshawk (fine-tuned from Wren-2-7B), an agent model that calls tools through a JSON interface. Goshawk succeeds on 62% of ToolBench tasks.",
    lineage: [["BASED_ON", "Goshawk", "Wren-2-7B"]],
  },
  {
    title: "Buzzard: Small Models for Code Review",
    abstract:
      "We release a fine-tuned Finch-Code called Buzzard that writes code review comments. Buzzard's comments were accepted by developers in 41% of cases.",
    lineage: [["BASED_ON", "Buzzard", "Finch-Code"]],
  },
  {
    title: "Caracara: Instruction Tuning at Scale",
    abstract:
      "We instruction-tune Wren-2-70B into Caracara using 5 million synthetic instructions. Caracara follows complex multi-step instructions and is preferred over Wren-2-70B-Chat by human raters.",
    lineage: [["BASED_ON", "Caracara", "Wren-2-70B"]],
    alsoTrue: [["VARIANT_OF", "Wren-2-70B-Chat", "Wren-2-70B"]],
  },
  {
    title: "Kite: Reusing Weights",
    abstract:
      "Kite shares its weights with Finch-3B up to the last four layers, which are retrained for retrieval. Kite is an embedding model for code search.",
    lineage: [["BASED_ON", "Kite", "Finch-3B"]],
  },
];
