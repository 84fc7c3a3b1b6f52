// Probe set U: written after set T, scored before any rule for it: the parent named first and the child after
// ("X was used to initialize Y", "the weights of X initialize Y", "X serves as the starting point for Y"),
// successors ("supersedes", "replaces", "the second generation of", "an upgraded version of X, Y"), names of
// our own.
import type { Probe } from "./types.ts";

export const SET_U: Probe[] = [
  {
    title: "Tanager: Initialising from a Chat Model",
    abstract:
      "Wren-Chat-7B was used to initialize Tanager, which we then train with reinforcement learning on math problems. Tanager solves 58% of MATH.",
    lineage: [["BASED_ON", "Tanager", "Wren-Chat"]],
  },
  {
    title: "Siskin: Weights as a Start",
    abstract:
      "The weights of Finch 2 initialize Siskin, a 2B model for on-device assistants. Siskin is then pruned and distilled on 50B tokens.",
    lineage: [["BASED_ON", "Siskin", "Finch 2"]],
  },
  {
    title: "Grosbeak: A Starting Point",
    abstract:
      "Finch-Code serves as the starting point for Grosbeak, our model for repository-level code edits. Grosbeak is trained on 3 million commits.",
    lineage: [["BASED_ON", "Grosbeak", "Finch-Code"]],
  },
  {
    title: "Bunting 2",
    abstract:
      "We introduce Bunting 2, which supersedes Bunting as our default open model. Bunting 2 doubles the context length and improves multilingual ability.",
    lineage: [["SUCCESSOR_OF", "Bunting 2", "Bunting"]],
  },
  {
    title: "Longspur: The Second Generation",
    abstract:
      "Longspur-Next, the second generation of Longspur, is trained on three times as much data with a new tokenizer.",
    lineage: [["SUCCESSOR_OF", "Longspur-Next", "Longspur"]],
  },
  {
    title: "An Upgraded Wren",
    abstract:
      "We release an upgraded version of Wren-2, Wren-2.5, with longer context and better tool use. Wren-2.5 replaces Wren-2 in our API.",
    lineage: [["SUCCESSOR_OF", "Wren-2.5", "Wren-2"]],
  },
  {
    title: "Redpoll (formerly Finchling): A Rename",
    abstract:
      "Redpoll, formerly known as Finchling, is a small assistant model. This report describes its third release.",
    lineage: [],
  },
  {
    title: "Crossbill: A Distillation Study",
    abstract:
      "We compare three students distilled from Wren-2-70B. The best student, Crossbill, keeps 95% of the teacher's accuracy at a tenth of its size.",
    lineage: [["DISTILLED_FROM", "Crossbill", "Wren-2-70B"]],
  },
];
