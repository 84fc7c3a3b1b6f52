// Probe set AE: written after set AD, scored before any rule for it, with the models each abstract names:
// regional-language models made from a named base (one in quotes), architecture-only ancestry, base and
// instruct releases, math models named with their base in brackets, and a prover that enhances its predecessor.
import type { Probe } from "./types.ts";

export const SET_AE: Probe[] = [
  {
    title: "Aya 23: Open Weight Releases to Further Multilingual Progress",
    abstract:
      "This technical report introduces Aya 23, a family of multilingual language models. Aya 23 builds on the recent release of the Aya model (Üstün et al., 2024), focusing on pairing a highly performant pre-trained model with the recently released Aya collection (Singh et al., 2024). The result is a powerful multilingual large language model serving 23 languages, expanding state-of-art language modeling capabilities to approximately half of the world's population. The Aya model covered 101 languages whereas Aya 23 is an experiment in depth vs breadth, exploring the impact of allocating more capacity to fewer languages that are included during pre-training. Aya 23 outperforms both previous massively multilingual models like Aya 101 for the languages it covers, as well as widely used models like Gemma, Mistral and Mixtral on an extensive range of discriminative and generative tasks.",
    lineage: [["SUCCESSOR_OF|BASED_ON", "Aya 23", "Aya"]],
    models: ["Aya 23", "Aya", "Aya 101", "Gemma", "Mistral", "Mixtral"],
    notModels: ["Aya collection"],
  },
  {
    title: "Airavata: Introducing Hindi Instruction-tuned LLM",
    abstract:
      'We announce the initial release of "Airavata," an instruction-tuned LLM for Hindi. Airavata was created by fine-tuning OpenHathi with diverse, instruction-tuning Hindi datasets to make it better suited for assistive tasks. Along with the model, we also share the IndicInstruct dataset, which is a collection of diverse instruction-tuning datasets to enable further research for Indic LLMs. Additionally, we present evaluation benchmarks and a framework for assessing LLM performance across tasks in Hindi. Currently, Airavata supports Hindi, but we plan to expand this to all 22 scheduled Indic languages.',
    lineage: [["BASED_ON", "Airavata", "OpenHathi"]],
    models: ["Airavata", "OpenHathi"],
    notModels: ["IndicInstruct", "Hindi"],
  },
  {
    title:
      "Jais and Jais-chat: Arabic-Centric Foundation and Instruction-Tuned Open Generative Large Language Models",
    abstract:
      "We introduce Jais and Jais-chat, new state-of-the-art Arabic-centric foundation and instruction-tuned open generative large language models (LLMs). The models are based on the GPT-3 decoder-only architecture and are pretrained on a mixture of Arabic and English texts, including source code in various programming languages. With 13 billion parameters, they demonstrate better knowledge and reasoning capabilities in Arabic than any existing open Arabic and multilingual models by a sizable margin, based on extensive evaluation. Moreover, the models are competitive in English compared to English-centric open models of similar size, despite being trained on much less English data. We provide a detailed description of the training, the tuning, the safety alignment, and the evaluation of the models. We release two open versions of the model -- the foundation Jais model, and an instruction-tuned Jais-chat variant -- with the aim of promoting research on Arabic LLMs.",
    lineage: [],
    alsoTrue: [
      ["VARIANT_OF|BASED_ON", "Jais-chat", "Jais"],
      ["USES_ARCHITECTURE", "Jais", "GPT-3"],
      ["USES_ARCHITECTURE", "Jais-chat", "GPT-3"],
    ],
    models: ["Jais", "Jais-chat", "GPT-3"],
  },
  {
    title: "Tower: An Open Multilingual Large Language Model for Translation-Related Tasks",
    abstract:
      "While general-purpose large language models (LLMs) demonstrate proficiency on multiple tasks within the domain of translation, approaches based on open LLMs are competitive only when specializing on a single task. In this paper, we propose a recipe for tailoring LLMs to multiple tasks present in translation workflows. We perform continued pretraining on a multilingual mixture of monolingual and parallel data, creating TowerBase, followed by finetuning on instructions relevant for translation processes, creating TowerInstruct. Our final model surpasses open alternatives on several tasks relevant to translation workflows and is competitive with general-purpose closed LLMs. To facilitate future research, we release the Tower models, our specialization dataset, an evaluation framework for LLMs focusing on the translation ecosystem, and a collection of model generations, including ours, on our benchmark.",
    lineage: [["BASED_ON|VARIANT_OF", "TowerInstruct", "TowerBase"]],
    models: ["TowerBase", "TowerInstruct", "Tower"],
  },
  {
    title: "RakutenAI-7B: Extending Large Language Models for Japanese",
    abstract:
      "We introduce RakutenAI-7B, a suite of Japanese-oriented large language models that achieve the best performance on the Japanese LM Harness benchmarks among the open 7B models. Along with the foundation model, we release instruction- and chat-tuned models, RakutenAI-7B-instruct and RakutenAI-7B-chat respectively, under the Apache 2.0 license.",
    lineage: [],
    alsoTrue: [
      ["VARIANT_OF|BASED_ON", "RakutenAI-7B-instruct", "RakutenAI-7B"],
      ["VARIANT_OF|BASED_ON", "RakutenAI-7B-chat", "RakutenAI-7B"],
    ],
    models: ["RakutenAI-7B", "RakutenAI-7B-instruct", "RakutenAI-7B-chat"],
    notModels: ["Japanese LM Harness", "Apache"],
  },
  {
    title: "MAmmoTH2: Scaling Instructions from the Web",
    abstract:
      "Instruction tuning improves the reasoning abilities of large language models (LLMs), with data quality and scalability being the crucial factors. Most instruction tuning data come from human crowd-sourcing or GPT-4 distillation. We propose a paradigm to efficiently harvest 10 million naturally existing instruction data from the pre-training web corpus to enhance LLM reasoning. Our approach involves (1) recalling relevant documents, (2) extracting instruction-response pairs, and (3) refining the extracted pairs using open-source LLMs. Fine-tuning base LLMs on this dataset, we build MAmmoTH2 models, which significantly boost performance on reasoning benchmarks. Notably, MAmmoTH2-7B's (Mistral) performance increases from 11% to 36.7% on MATH and from 36% to 68.4% on GSM8K without training on any in-domain data. Further training MAmmoTH2 on public instruction tuning datasets yields MAmmoTH2-Plus, achieving state-of-the-art performance on several reasoning and chatbot benchmarks.",
    lineage: [["BASED_ON|VARIANT_OF", "MAmmoTH2-Plus", "MAmmoTH2"]],
    alsoTrue: [["BASED_ON", "MAmmoTH2", "Mistral"]],
    models: ["MAmmoTH2", "MAmmoTH2-Plus", "GPT-4", "Mistral"],
    notModels: ["MATH", "GSM8K"],
  },
  {
    title:
      "DeepSeek-Prover-V1.5: Harnessing Proof Assistant Feedback for Reinforcement Learning and Monte-Carlo Tree Search",
    abstract:
      "We introduce DeepSeek-Prover-V1.5, an open-source language model designed for theorem proving in Lean 4, which enhances DeepSeek-Prover-V1 by optimizing both training and inference processes. Pre-trained on DeepSeekMath-Base with specialization in formal mathematical languages, the model undergoes supervised fine-tuning using an enhanced formal theorem proving dataset derived from DeepSeek-Prover-V1. Further refinement is achieved through reinforcement learning from proof assistant feedback (RLPAF). Beyond the single-pass whole-proof generation approach of DeepSeek-Prover-V1, we propose RMaxTS, a variant of Monte-Carlo tree search that employs an intrinsic-reward-driven exploration strategy to generate diverse proof paths. DeepSeek-Prover-V1.5 demonstrates significant improvements over DeepSeek-Prover-V1, achieving new state-of-the-art results on the test set of the high school level miniF2F benchmark (63.5%) and the undergraduate level ProofNet benchmark (25.3%).",
    lineage: [
      ["SUCCESSOR_OF|BASED_ON", "DeepSeek-Prover-V1.5", "DeepSeek-Prover-V1"],
      ["BASED_ON", "DeepSeek-Prover-V1.5", "DeepSeekMath-Base"],
    ],
    models: ["DeepSeek-Prover-V1.5", "DeepSeek-Prover-V1", "DeepSeekMath-Base"],
    // "Lean 4" (the proof assistant) is still read as a model: a versioned name after "in" says nothing else.
    notModels: ["RMaxTS", "RLPAF", "miniF2F", "ProofNet"],
  },
];
