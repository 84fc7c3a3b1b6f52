// Probe set I: written after set H, scored before any rule for it: a model combined with a component, a parent
// that "serves as the backbone of" its child, "a X-7B finetune", "built upon the foundation of X", "X further
// trained on", and an architecture borrowed without weights (trap). Names of our own.
import type { Probe } from "./types.ts";

export const SET_I: Probe[] = [
  {
    title: "Shoveler: Seeing with Small Language Models",
    abstract:
      "We present Shoveler, a vision-language model that combines Finch-3 with a lightweight vision encoder through a two-layer projector. Shoveler answers questions about charts and screenshots.",
    lineage: [["BASED_ON", "Shoveler", "Finch-3"]],
  },
  {
    title: "Eider: A Speech Assistant",
    abstract:
      "We introduce Eider, a speech assistant for meetings. Wren 2 serves as the language backbone of Eider, connected to an audio encoder trained on 10,000 hours of speech.",
    lineage: [["BASED_ON", "Eider", "Wren 2"]],
  },
  {
    title: "Merganser: A Role-Play Model",
    abstract:
      "We release Merganser, a Finch-2-13B finetune for interactive fiction. Merganser is preferred by players over general chat models.",
    lineage: [["BASED_ON", "Merganser", "Finch 2"]],
  },
  {
    title: "Pochard: Legal Language Models",
    abstract:
      "Built upon the foundation of Wren-3, Pochard adapts a general model to statutes and case law. Pochard is Wren-3 further trained on 30 billion legal tokens.",
    lineage: [["BASED_ON", "Pochard", "Wren-3"]],
  },
  {
    title: "Scaup: Pretraining from Scratch",
    abstract:
      "We pretrain Scaup from scratch on 3 trillion tokens, following the architecture of Finch 2 with grouped-query attention. Scaup matches Finch 2 at half the training compute.",
    lineage: [],
  },
];
