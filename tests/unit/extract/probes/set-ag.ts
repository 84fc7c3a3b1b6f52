// Probe set AG: written after set AF, scored before any rule for it: RAG and math model suites with scores in
// brackets, a parent described by an appositive that compares it ("built on Llama2, a weaker foundation model
// than GPT-4"), dated checkpoints, and a leaderboard-style abstract naming many current models.
import type { Probe } from "./types.ts";

export const SET_AG: Probe[] = [
  {
    title: "ChatQA: Surpassing GPT-4 on Conversational QA and RAG",
    abstract:
      "In this work, we introduce ChatQA, a suite of models that outperform GPT-4 on retrieval-augmented generation (RAG) and conversational question answering (QA). To enhance generation, we propose a two-stage instruction tuning method that significantly boosts the performance of RAG. For effective retrieval, we introduce a dense retriever optimized for conversational QA, which yields results comparable to the alternative state-of-the-art query rewriting models, while substantially reducing deployment costs. We also present the ChatRAG Bench, which encompasses ten datasets covering comprehensive evaluations on RAG, table-related QA, arithmetic calculations, and scenarios involving unanswerable questions. Our ChatQA-1.0-70B (score: 54.14), built on Llama2, a weaker foundation model than GPT-4, can slightly outperform GPT-4-0613 (score: 53.90) and GPT-4-Turbo-2024-04-09 (score: 54.03) on the ChatRAG Bench, without relying on any synthetic data from OpenAI GPT models. Notably, the Llama3-ChatQA-1.5-70B model surpasses the accuracy of GPT-4-Turbo-2024-04-09, achieving a 4.4% improvement.",
    lineage: [["BASED_ON", "ChatQA-1.0-70B", "Llama2"]],
    alsoTrue: [
      ["BASED_ON", "Llama3-ChatQA-1.5-70B", "Llama3"],
      ["VARIANT_OF|SUCCESSOR_OF", "Llama3-ChatQA-1.5-70B", "ChatQA"],
      ["VARIANT_OF", "ChatQA-1.0-70B", "ChatQA"],
    ],
    models: [
      "ChatQA",
      "ChatQA-1.0-70B",
      "Llama2",
      "GPT-4",
      "GPT-4-0613",
      "GPT-4-Turbo-2024-04-09",
      "Llama3-ChatQA-1.5-70B",
    ],
    notModels: ["ChatRAG Bench", "RAG", "QA", "OpenAI"],
  },
  {
    title: "AceMath: Advancing Frontier Math Reasoning with Post-Training and Reward Modeling",
    abstract:
      "In this paper, we introduce AceMath, a suite of frontier math models that excel in solving complex math problems, along with highly effective reward models capable of evaluating generated solutions and reliably identifying the correct ones. To develop the instruction-tuned math models, we propose a supervised fine-tuning (SFT) process that first achieves competitive performance across general domains, followed by targeted fine-tuning for the math domain using a carefully curated set of prompts and synthetically generated responses. The resulting model, AceMath-72B-Instruct greatly outperforms Qwen2.5-Math-72B-Instruct, GPT-4o and Claude-3.5 Sonnet. To develop math-specialized reward model, we first construct AceMath-RewardBench, a comprehensive and robust benchmark for evaluating math reward models across diverse problems and difficulty levels. After that, we present a systematic approach to build our math reward models. The resulting model, AceMath-72B-RM, consistently outperforms state-of-the-art reward models. Furthermore, when combining AceMath-72B-Instruct with AceMath-72B-RM, we achieve the highest average rm@8 score across the math reasoning benchmarks.",
    lineage: [],
    alsoTrue: [
      ["VARIANT_OF", "AceMath-72B-Instruct", "AceMath"],
      ["VARIANT_OF", "AceMath-72B-RM", "AceMath"],
    ],
    models: [
      "AceMath",
      "AceMath-72B-Instruct",
      "Qwen2.5-Math-72B-Instruct",
      "GPT-4o",
      "Claude-3.5 Sonnet",
      "AceMath-72B-RM",
    ],
    notModels: ["AceMath-RewardBench", "SFT"],
  },
  {
    title: "Kestrel-Bench: A Contamination-Free Benchmark",
    abstract:
      "We introduce Kestrel-Bench, a benchmark of 960 questions released monthly. We evaluate 24 models, from 0.5B to 405B parameters. o1-preview leads with 64.7, followed by Claude 3.5 Sonnet (59.1), GPT-4o (53.8) and Gemini 1.5 Pro (51.2); among open models, Llama 3.1 405B Instruct and Qwen2.5-72B-Instruct lead, ahead of DeepSeek-V2.5, Mistral Large 2 and Command R+. Smaller proprietary models such as GPT-4o mini and Gemini 1.5 Flash remain behind o1-mini.",
    lineage: [],
    alsoTrue: [["VARIANT_OF", "GPT-4o mini", "GPT-4o"]],
    models: [
      "o1-preview",
      "Claude 3.5 Sonnet",
      "GPT-4o",
      "Gemini 1.5 Pro",
      "Llama 3.1 405B Instruct",
      "Qwen2.5-72B-Instruct",
      "DeepSeek-V2.5",
      "Mistral Large 2",
      "Command R+",
      "GPT-4o mini",
      "Gemini 1.5 Flash",
      "o1-mini",
    ],
    notModels: ["Kestrel-Bench"],
  },
];
