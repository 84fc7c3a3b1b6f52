// Probe set D: written from the error classes that real abstracts of other labs exposed (issue: "Extraction that
// holds on real abstracts from any lab"), in the wording real model papers use, with names of our own so that no
// rule can lean on a lexicon of models. Each abstract carries one class and, where it has one, its trap.
import type { Probe } from "./types.ts";

export const SET_D: Probe[] = [
  {
    title: "Corvid-4: Enhancing Vision-Language Understanding with Advanced Large Language Models",
    abstract:
      "Recent multimodal models show extraordinary abilities, but the reasons behind them remain unclear. To examine this, we present Corvid-4, which aligns a frozen visual encoder with a frozen advanced LLM, Starling, using one projection layer. Our work finds that properly aligning the visual features with an advanced large language model yields many emerging capabilities.",
    lineage: [["BASED_ON", "Corvid-4", "Starling"]],
  },
  {
    title: "Heron Guard: LLM-based Input-Output Safeguard for Human-AI Conversations",
    abstract:
      "We introduce Heron Guard, an LLM-based input-output safeguard model geared towards Human-AI conversation use cases. Our model incorporates a safety risk taxonomy. Heron Guard, a Kestrel2-7b model that is instruction-tuned on our collected dataset, albeit low in volume, demonstrates strong performance on existing benchmarks such as ToxicChat, where its performance matches or exceeds that of currently available content moderation tools.",
    lineage: [["BASED_ON", "Heron Guard", "Kestrel 2"]],
  },
  {
    title: "Osprey-R1: Incentivizing Reasoning Capability via Reinforcement Learning",
    abstract:
      "We introduce our first-generation reasoning models, Osprey-R1-Zero and Osprey-R1. Osprey-R1-Zero, a model trained via large-scale reinforcement learning without supervised fine-tuning as a preliminary step, demonstrates remarkable reasoning capabilities. To support the research community, we open-source Osprey-R1-Zero, Osprey-R1, and six dense models (1.5B, 7B, 8B, 14B, 32B, 70B) distilled from Osprey-R1 based on Wren and Finch.",
    lineage: [],
  },
  {
    title: "Lemma-7B: An Open Language Model for Mathematics",
    abstract:
      "We present Lemma-7B, a large language model for mathematics. We continue pretraining Code Finch on the Proof-Pile, a mixture of scientific papers and mathematical code, yielding Lemma-7B. On the MATH benchmark Lemma-7B outperforms all known open base models, as well as the unreleased Minerva model suite on an equi-parameter basis.",
    lineage: [["BASED_ON", "Lemma", "Code Finch"]],
  },
  {
    title: "Tern: A Small Model that Reasons",
    abstract:
      "We train Tern from scratch on 2 trillion tokens. Tern outperforms Finch 2 13B on most benchmarks and surpasses even finetuned Auk-3 on arithmetic reasoning. Tern is trained using recipes from Plover 3 and evaluated on BIG-Bench Hard.",
    lineage: [],
  },
  {
    title: "Shrike: A Hybrid Transformer-Mamba Language Model",
    abstract:
      "We present Shrike, a new base large language model based on a novel hybrid Transformer-Mamba mixture-of-experts (MoE) architecture. Shrike interleaves blocks of Transformer and Mamba layers, enjoying the benefits of both model families.",
    lineage: [],
  },
  {
    title: "Grebe: Legal Reasoning with Open Models",
    abstract:
      "We present Grebe, an open model for legal question answering. Our model is built through instruction tuning based on the pretrained Finch 2 models, using 300,000 court decisions. Grebe outperforms general-purpose models of the same size on three legal benchmarks.",
    lineage: [["BASED_ON", "Grebe", "Finch 2"]],
  },
  {
    title: "Gannet 2 Technical Report",
    abstract:
      "In Gannet 2, we continue exploring compute-efficient pretraining. Compared with Gannet 1, Gannet 2 is trained on three times more tokens, with a longer context of 32K tokens. Gannet 2 improves over its predecessor on coding and mathematics.",
    lineage: [["SUCCESSOR_OF", "Gannet 2", "Gannet"]],
  },
  {
    title: "Sparrow 3: Safer Dialogue Agents",
    abstract:
      "We introduce Sparrow 3, a dialogue agent that improves over Sparrow 2 by leveraging base LLM improvements (Finch 3) and new safety data. Sparrow 3 reduces rule violations by 40% relative to Sparrow 2.",
    lineage: [
      ["BASED_ON", "Sparrow 3", "Finch 3"],
      ["SUCCESSOR_OF|BASED_ON", "Sparrow 3", "Sparrow 2"],
    ],
  },
  {
    title: "Pipit: Small Models that Imitate the Reasoning of Large Ones",
    abstract:
      "We introduce Pipit, a 13-billion parameter model that learns to imitate the reasoning process of Condor-4. Pipit learns from rich signals including explanation traces and step-by-step thought processes, guided by a teacher model (Condor-4).",
    lineage: [["DISTILLED_FROM", "Pipit", "Condor-4"]],
  },
  {
    title: "Petrel: Adapting Decoder-only Models into Encoder-Decoder Models",
    abstract:
      "We present Petrel, a family of encoder-decoder models initialised from Finch 3. Adapting Finch 3 into an encoder-decoder architecture, Petrel keeps the quality of the decoder-only model at a lower inference cost.",
    lineage: [["BASED_ON", "Petrel", "Finch 3"]],
  },
  {
    title: "Skua Chat: Open Chat Models",
    abstract:
      "We release Skua-2 and Skua-2-Chat, the instruction-tuned version of Skua 2. Skua 2-Chat is trained with supervised fine-tuning and preference optimisation. Skua 2 13B Chat and Skua2-Chat-70B outperform open chat models of their sizes.",
    lineage: [["VARIANT_OF|BASED_ON", "Skua 2 Chat", "Skua 2"]],
  },
  {
    title: "LARK: Language And Reasoning Knowledge Assistant",
    abstract:
      "We introduce LARK (Language And Reasoning Knowledge Assistant), a multimodal assistant built on top of Finch 2. LARK answers questions about charts and documents, and outperforms previous assistants on four benchmarks.",
    lineage: [["BASED_ON", "LARK", "Finch 2"]],
  },
];
