// Probe set F: written after the rules of sets D and E, in the wording of well-known model papers outside the dev
// sets (instruction tuning "based on the pretrained X models", "starting from X as a foundation", "X as its
// foundation model", "builds on X (through our adaptation of a trainer)", chat and instruct variants named
// beside their base), with names of our own.
import type { Probe } from "./types.ts";

export const SET_F: Probe[] = [
  {
    title: "InstructWren: Towards General-purpose Vision-Language Models with Instruction Tuning",
    abstract:
      "Although vision-language pretraining has been widely studied, vision-language instruction tuning remains under-explored. In this paper, we conduct a systematic and comprehensive study on vision-language instruction tuning based on the pretrained Wren-2 models. We gather 26 publicly available datasets and transform them into instruction tuning format. InstructWren models achieve state-of-the-art zero-shot performance across all 13 held-out datasets.",
    lineage: [["BASED_ON", "InstructWren", "Wren-2"]],
  },
  {
    title:
      "Finch-VL: A Versatile Vision-Language Model for Understanding, Localization, Text Reading, and Beyond",
    abstract:
      "In this work, we introduce the Finch-VL series, a set of large-scale vision-language models designed to perceive and understand both texts and images. Starting from the Finch-LM as a foundation, we endow it with visual capacity by the meticulously designed visual receptor, input-output interface and 3-stage training pipeline.",
    lineage: [["BASED_ON", "Finch-VL", "Finch-LM"]],
  },
  {
    title: "BioKestrel: A Collection of Open-Source Pretrained Large Language Models for Medical Domains",
    abstract:
      "In this study, we introduce BioKestrel, an open-source LLM tailored for the biomedical domain, utilizing Kestrel as its foundation model and further pre-trained on PubMed Central. We conduct a comprehensive evaluation of BioKestrel on a benchmark comprising 10 established medical question-answering tasks in English.",
    lineage: [["BASED_ON", "BioKestrel", "Kestrel"]],
  },
  {
    title: "HERON: Scaling Medical Pretraining for Large Language Models",
    abstract:
      "We release HERON, a suite of open-source LLMs with 7B and 70B parameters adapted to the medical domain. HERON builds on Finch-2 (through our adaptation of a distributed trainer), and extends pretraining on a comprehensively curated medical corpus. HERON-70B outperforms GPT-3.5 and Med-Wren on medical reasoning tasks.",
    lineage: [["BASED_ON", "HERON", "Finch-2"]],
  },
  {
    title: "Kestrel 2: Open Foundation and Fine-Tuned Chat Models",
    abstract:
      "In this work, we develop and release Kestrel 2, a collection of pretrained and fine-tuned large language models ranging in scale from 7 billion to 70 billion parameters. Our fine-tuned LLMs, called Kestrel 2-Chat, are optimized for dialogue use cases. Our models outperform open-source chat models on most benchmarks we tested.",
    lineage: [["VARIANT_OF|BASED_ON", "Kestrel 2 Chat", "Kestrel 2"]],
  },
  {
    title: "Plover 7B",
    abstract:
      "We introduce Plover 7B v0.1, a 7-billion-parameter language model engineered for superior performance and efficiency. Plover 7B outperforms Kestrel 2 13B across all evaluated benchmarks. We also provide a model fine-tuned to follow instructions, Plover 7B - Instruct, that surpasses the Kestrel 2 13B - Chat model both on human and automated benchmarks.",
    lineage: [["VARIANT_OF|BASED_ON", "Plover Instruct", "Plover"]],
    alsoTrue: [["VARIANT_OF", "Kestrel 2 Chat", "Kestrel 2"]],
  },
  {
    title: "Rook-4 340B Technical Report",
    abstract:
      "We release the Rook-4 340B model family, including Rook-4-340B-Base, Rook-4-340B-Instruct, and Rook-4-340B-Reward. Rook-4-340B-Instruct is aligned from Rook-4-340B-Base with supervised fine-tuning and preference optimisation. Over 98% of the data used in our alignment process was synthetically generated.",
    lineage: [["BASED_ON|VARIANT_OF", "Rook-4 Instruct", "Rook-4 Base"]],
    alsoTrue: [
      ["VARIANT_OF", "Rook-4 Instruct", "Rook-4"],
      ["VARIANT_OF", "Rook-4 Reward", "Rook-4"],
      ["VARIANT_OF", "Rook-4 Base", "Rook-4"],
    ],
  },
];
