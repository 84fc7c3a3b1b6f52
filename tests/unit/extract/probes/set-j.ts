// Probe set J: written after set I, scored before any rule for it: the base model named as a predicate ("its base
// model is X"), "inherits from X", "a merge of X and Y", "adopt X as the base model", and a borrowed architecture
// written with a possessive (trap). Names of our own.
import type { Probe } from "./types.ts";

export const SET_J: Probe[] = [
  {
    title: "Teal: A Model for Customer Support",
    abstract:
      "We introduce Teal, an assistant for customer support. Teal's base model is Finch 3, which we fine-tune on 2 million support conversations. Teal resolves 30% more tickets than a general chat model.",
    lineage: [["BASED_ON", "Teal", "Finch 3"]],
  },
  {
    title: "Garganey: Multilingual Speech Recognition",
    abstract:
      "Garganey inherits from Wren-ASR its encoder and tokenizer, and adds a decoder for 100 languages. Garganey halves the error rate on low-resource languages.",
    lineage: [["BASED_ON", "Garganey", "Wren-ASR"]],
  },
  {
    title: "Smew-7B: Merging for Free",
    abstract:
      "We present Smew-7B, a merge of Finch-7B-Chat and Wren-7B-Math obtained with spherical interpolation. Smew-7B keeps the strengths of both.",
    lineage: [
      ["BASED_ON", "Smew", "Finch Chat"],
      ["BASED_ON", "Smew", "Wren Math"],
    ],
  },
  {
    title: "Brant: Open Chemistry Assistant",
    abstract:
      "We adopt Finch 2 as the base model for Brant and train it on reaction data. Brant predicts reaction yields better than specialised models.",
    lineage: [["BASED_ON", "Brant", "Finch 2"]],
  },
  {
    title: "Gadwall: A Model Trained from Scratch",
    abstract:
      "We present Gadwall, which builds on Finch 2's architecture but is trained from scratch on our own data. Gadwall outperforms Finch 2 on reasoning.",
    lineage: [],
  },
];
