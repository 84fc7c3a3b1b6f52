// Probe set L: abstracts in the words of well-known model papers outside the dev sets (instruction-tuned LLaMA
// descendants, medical and multimodal adaptations, multilingual fine-tunes), written from memory of how such
// papers state their lineage and scored before any rule was added for them.
import type { Probe } from "./types.ts";

export const SET_L: Probe[] = [
  {
    title: "Alpaca: A Strong, Replicable Instruction-Following Model",
    abstract:
      "We introduce Alpaca 7B, a model fine-tuned from the LLaMA 7B model on 52K instruction-following demonstrations. On our preliminary evaluation of single-turn instruction following, Alpaca behaves qualitatively similarly to OpenAI's text-davinci-003, while being surprisingly small and easy/cheap to reproduce.",
    lineage: [["BASED_ON", "Alpaca", "LLaMA"]],
  },
  {
    title: "Vicuna: An Open-Source Chatbot Impressing GPT-4 with 90% ChatGPT Quality",
    abstract:
      "We introduce Vicuna-13B, an open-source chatbot trained by fine-tuning LLaMA on user-shared conversations collected from ShareGPT. Preliminary evaluation using GPT-4 as a judge shows Vicuna-13B achieves more than 90% quality of OpenAI ChatGPT and Google Bard while outperforming other models like LLaMA and Stanford Alpaca in more than 90% of cases.",
    lineage: [["BASED_ON", "Vicuna", "LLaMA"]],
  },
  {
    title: "Zephyr: Direct Distillation of LM Alignment",
    abstract:
      "We aim to produce a smaller language model that is aligned to user intent. Previous research has shown that applying distilled supervised fine-tuning (dSFT) on larger models significantly improves task accuracy; however, these models are unaligned. We apply distilled direct preference optimization (dDPO) to learn a chat model with significantly improved intent alignment. Starting from a dataset of outputs ranked by a teacher model, we apply dDPO. The final result, Zephyr-7B, sets the state-of-the-art on chat benchmarks for 7B parameter models. Zephyr-7B is fine-tuned from Mistral-7B and requires no human annotation.",
    lineage: [["BASED_ON", "Zephyr", "Mistral"]],
  },
  {
    title: "Code Llama: Open Foundation Models for Code",
    abstract:
      "We release Code Llama, a family of large language models for code based on Llama 2 providing state-of-the-art performance among open models, infilling capabilities, support for large input contexts, and zero-shot instruction following ability for programming tasks. We provide multiple flavors to cover a wide range of applications: foundation models (Code Llama), Python specializations (Code Llama - Python), and instruction-following models (Code Llama - Instruct) with 7B, 13B, 34B and 70B parameters each.",
    lineage: [["BASED_ON", "Code Llama", "Llama 2"]],
    alsoTrue: [["VARIANT_OF", "Code Llama - Instruct", "Code Llama"]],
  },
  {
    title: "Llemma: An Open Language Model For Mathematics",
    abstract:
      "We present Llemma, a large language model for mathematics. We continue pretraining Code Llama on the Proof-Pile-2, a mixture of scientific papers, web data containing mathematics, and mathematical code, yielding Llemma. On the MATH benchmark Llemma outperforms all known open base models, as well as the unreleased Minerva model suite on an equi-parameter basis.",
    lineage: [["BASED_ON", "Llemma", "Code Llama"]],
  },
  {
    title: "MEDITRON-70B: Scaling Medical Pretraining for Large Language Models",
    abstract:
      "We release MEDITRON: a suite of open-source LLMs with 7B and 70B parameters adapted to the medical domain. MEDITRON builds on Llama-2 and extends pretraining on a comprehensively curated medical corpus, including selected PubMed articles, abstracts, and internationally-recognized medical guidelines.",
    lineage: [["BASED_ON", "MEDITRON", "Llama-2"]],
  },
  {
    title: "BioMistral: A Collection of Open-Source Pretrained Large Language Models for Medical Domains",
    abstract:
      "In this paper, we introduce BioMistral, an open-source LLM tailored for the biomedical domain, utilizing Mistral as its foundation model and further pre-trained on PubMed Central. We conduct a comprehensive evaluation of BioMistral on a benchmark comprising 10 established medical question-answering tasks in English.",
    lineage: [["BASED_ON", "BioMistral", "Mistral"]],
  },
  {
    title: "MiniGPT-4: Enhancing Vision-Language Understanding with Advanced Large Language Models",
    abstract:
      "We present MiniGPT-4, which aligns a frozen visual encoder with a frozen advanced LLM, Vicuna, using one projection layer. Our work, for the first time, uncovers that properly aligning the visual features with an advanced large language model can possess numerous advanced multi-modal abilities demonstrated by GPT-4.",
    lineage: [["BASED_ON", "MiniGPT-4", "Vicuna"]],
  },
  {
    title: "InstructBLIP: Towards General-purpose Vision-Language Models with Instruction Tuning",
    abstract:
      "In this paper, we conduct a systematic and comprehensive study on vision-language instruction tuning based on the pretrained BLIP-2 models. We gather 26 publicly available datasets, covering a wide variety of tasks and capabilities, and transform them into instruction tuning format. The resulting InstructBLIP models achieve state-of-the-art zero-shot performance across all 13 held-out datasets, substantially outperforming BLIP-2 and larger Flamingo models.",
    lineage: [["BASED_ON", "InstructBLIP", "BLIP-2"]],
  },
  {
    title: "LLaVA-Med: Training a Large Language-and-Vision Assistant for Biomedicine in One Day",
    abstract:
      "We propose a cost-efficient approach for training a vision-language conversational assistant that can answer open-ended research questions of biomedical images. The model, LLaVA-Med, is initialized from the general-domain LLaVA and then continuously trained in a curriculum learning fashion: first aligning biomedical vocabulary using the figure-caption pairs as is, then learning to master open-ended conversational semantics using GPT-4 generated instruction-following data.",
    lineage: [["BASED_ON", "LLaVA-Med", "LLaVA"]],
  },
  {
    title: "Crosslingual Generalization through Multitask Finetuning",
    abstract:
      "Multitask prompted finetuning (MTF) has been shown to help large language models generalize to new tasks in a zero-shot setting, but so far explorations of MTF have focused on English data and models. We apply MTF to the pretrained multilingual BLOOM and mT5 model families to produce finetuned variants called BLOOMZ and mT0. We find finetuning large multilingual language models on English tasks with English prompts allows for task generalization to non-English languages.",
    lineage: [
      ["BASED_ON|VARIANT_OF", "BLOOMZ", "BLOOM"],
      ["BASED_ON|VARIANT_OF", "mT0", "mT5"],
    ],
  },
  {
    title: "Efficient and Effective Text Encoding for Chinese LLaMA and Alpaca",
    abstract:
      "We propose a method to augment LLaMA with capabilities for understanding and generating Chinese text. We extend LLaMA's existing vocabulary with an additional 20,000 Chinese tokens, thereby improving its encoding efficiency and semantic understanding of Chinese. We further incorporate secondary pre-training using Chinese data and fine-tune the model with Chinese instruction datasets. The resulting Chinese LLaMA and Chinese Alpaca models substantially improve the original LLaMA's ability to understand and generate Chinese content.",
    lineage: [
      ["BASED_ON|VARIANT_OF", "Chinese LLaMA", "LLaMA"],
      ["BASED_ON|VARIANT_OF", "Chinese Alpaca", "LLaMA"],
    ],
    alsoTrue: [["BASED_ON|VARIANT_OF", "Chinese Alpaca", "Chinese LLaMA"]],
  },
  {
    title: "Gorilla: Large Language Model Connected with Massive APIs",
    abstract:
      "We release Gorilla, a finetuned LLaMA-based model that surpasses the performance of GPT-4 on writing API calls. When combined with a document retriever, Gorilla demonstrates a strong capability to adapt to test-time document changes, enabling flexible user updates or version changes.",
    lineage: [["BASED_ON", "Gorilla", "LLaMA"]],
  },
  {
    title: "Distil-Whisper: Robust Knowledge Distillation via Large-Scale Pseudo Labelling",
    abstract:
      "As the size of pre-trained speech recognition models increases, running these large models in low-latency or resource-constrained environments becomes challenging. We use pseudo-labelling to assemble a large-scale open-source dataset which we use to distill the Whisper model into a smaller variant, called Distil-Whisper. Distil-Whisper is 5.8 times faster with 51% fewer parameters, while performing to within 1% WER on out-of-distribution test data.",
    lineage: [["DISTILLED_FROM", "Distil-Whisper", "Whisper"]],
  },
  {
    title: "Aya Model: An Instruction Finetuned Open-Access Multilingual Language Model",
    abstract:
      "We introduce Aya, a massively multilingual generative language model that follows instructions in 101 languages of which over 50% are considered as lower-resourced. Aya outperforms mT0 and BLOOMZ on the majority of tasks while covering double the number of languages. Aya is built by instruction finetuning the 13B parameter mT5 model.",
    lineage: [["BASED_ON", "Aya", "mT5"]],
  },
  {
    title: "Starling-7B: Improving Helpfulness and Harmlessness with RLAIF",
    abstract:
      "We introduce Starling-7B, an open large language model trained by Reinforcement Learning from AI Feedback. Starling-7B-alpha is fine-tuned from Openchat 3.5 with our new reward model and policy tuning method, and outperforms every model to date on MT-Bench except for OpenAI's GPT-4 and GPT-4 Turbo.",
    lineage: [["BASED_ON", "Starling", "Openchat 3.5"]],
    alsoTrue: [["VARIANT_OF", "GPT-4 Turbo", "GPT-4"]],
  },
  {
    title: "Mixtral of Experts",
    abstract:
      "We introduce Mixtral 8x7B, a Sparse Mixture of Experts (SMoE) language model. Mixtral has the same architecture as Mistral 7B, with the difference that each layer is composed of 8 feedforward blocks (i.e. experts). We also provide a model fine-tuned to follow instructions, Mixtral 8x7B - Instruct, that surpasses GPT-3.5 Turbo, Claude-2.1, Gemini Pro, and Llama 2 70B - chat model on human benchmarks.",
    lineage: [["VARIANT_OF|BASED_ON", "Mixtral 8x7B - Instruct", "Mixtral"]],
  },
  {
    title: "PMC-LLaMA: Towards Building Open-source Language Models for Medicine",
    abstract:
      "In this paper, we describe the procedure for building a powerful, open-source language model specifically designed for medicine applications, termed as PMC-LLaMA. We adapt a general-purpose foundation language model towards the medical domain, involving data-centric knowledge injection through the integration of 4.8M biomedical academic papers and 30K medical textbooks, as well as comprehensive fine-tuning for alignment with domain-specific instructions. PMC-LLaMA is initialized from LLaMA and achieves superior results on various medical question-answering benchmarks.",
    lineage: [["BASED_ON", "PMC-LLaMA", "LLaMA"]],
  },
];
