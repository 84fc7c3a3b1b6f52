// Probe set M: written after set L, scored before any rule for it: more lineage statements in the words of
// well-known papers (continued pretraining from a checkpoint, acronym expansions in titles, "reproduction of" as a
// trap, successors named by generation, adapters and QLoRA fine-tunes), families outside the dev sets.
import type { Probe } from "./types.ts";

export const SET_M: Probe[] = [
  {
    title: "Koala: A Dialogue Model for Academic Research",
    abstract:
      "We introduce Koala, a chatbot trained by fine-tuning Meta's LLaMA on dialogue data gathered from the web. Our results show that Koala can effectively respond to a variety of user queries, generating responses that are often preferred over Alpaca.",
    lineage: [["BASED_ON", "Koala", "LLaMA"]],
  },
  {
    title: "Baize: An Open-Source Chat Model with Parameter-Efficient Tuning on Self-Chat Data",
    abstract:
      "We propose a pipeline that can automatically generate a high-quality multi-turn chat corpus by leveraging ChatGPT to engage in a conversation with itself. Subsequently, we employ parameter-efficient tuning to enhance LLaMA, an open-source large language model. The resulting model, named Baize, demonstrates good performance in multi-turn dialogues with guardrails that minimize potential risks.",
    lineage: [["BASED_ON", "Baize", "LLaMA"]],
  },
  {
    title: "OpenLLaMA: An Open Reproduction of LLaMA",
    abstract:
      "We release OpenLLaMA, a permissively licensed open source reproduction of Meta AI's LLaMA large language model. OpenLLaMA is trained from scratch on the RedPajama dataset and exhibits comparable performance to the original LLaMA across a majority of tasks.",
    lineage: [],
  },
  {
    title: "DeepSeek-Coder-V2: Breaking the Barrier of Closed-Source Models in Code Intelligence",
    abstract:
      "We present DeepSeek-Coder-V2, an open-source Mixture-of-Experts (MoE) code language model that achieves performance comparable to GPT4-Turbo in code-specific tasks. Specifically, DeepSeek-Coder-V2 is further pre-trained from an intermediate checkpoint of DeepSeek-V2 with additional 6 trillion tokens.",
    lineage: [["BASED_ON", "DeepSeek-Coder-V2", "DeepSeek-V2"]],
  },
  {
    title:
      "ChatDoctor: A Medical Chat Model Fine-Tuned on a Large Language Model Meta-AI (LLaMA) Using Medical Domain Knowledge",
    abstract:
      "We collected more than 700 diseases and their corresponding symptoms, recommended medications, and required medical tests, and then generated 5K doctor-patient conversations. By fine-tuning models of doctor-patient conversations, these models emerge with great potential to understand patients' needs. The fine-tuned model, ChatDoctor, is based on LLaMA and shows significant improvements in understanding patient inquiries.",
    lineage: [["BASED_ON", "ChatDoctor", "LLaMA"]],
  },
  {
    title: "DoctorGLM: Fine-tuning your Chinese Doctor is not a Herculean Task",
    abstract:
      "We collect databases of medical dialogues in Chinese with ChatGPT's help and adopt several techniques to train an easy-deploy LLM. Remarkably, we were able to fine-tune the ChatGLM-6B on a single A100 80G in 13 hours, which means having a healthcare-purpose LLM can be very affordable. DoctorGLM is currently an early-stage engineering attempt and contain various mistakes.",
    lineage: [["BASED_ON", "DoctorGLM", "ChatGLM"]],
  },
  {
    title:
      "Clinical Camel: An Open Expert-Level Medical Language Model with Dialogue-Based Knowledge Encoding",
    abstract:
      "We present Clinical Camel, an open large language model (LLM) explicitly tailored for clinical research. Fine-tuned from LLaMA-2 using QLoRA, Clinical Camel achieves state-of-the-art performance across medical benchmarks among openly available medical LLMs.",
    lineage: [["BASED_ON", "Clinical Camel", "LLaMA-2"]],
  },
  {
    title: "OctoPack: Instruction Tuning Code Large Language Models",
    abstract:
      "We compile CommitPack: 4 terabytes of Git commits across 350 programming languages. We benchmark CommitPack against other natural and synthetic code instructions on the 16B parameter StarCoder model, and achieve state-of-the-art performance among models not trained on OpenAI outputs. Our models, OctoCoder and OctoGeeX, are instruction tuned versions of StarCoder and CodeGeeX2.",
    lineage: [
      ["BASED_ON|VARIANT_OF", "OctoCoder", "StarCoder"],
      ["BASED_ON|VARIANT_OF", "OctoGeeX", "CodeGeeX2"],
    ],
  },
  {
    title: "SAM 2: Segment Anything in Images and Videos",
    abstract:
      "We present Segment Anything Model 2 (SAM 2), a foundation model towards solving promptable visual segmentation in images and videos. In image segmentation, our model is more accurate and 6x faster than the Segment Anything Model (SAM).",
    lineage: [["SUCCESSOR_OF", "SAM 2", "SAM"]],
  },
  {
    title: "Segment Anything in Medical Images",
    abstract:
      "Medical image segmentation is a critical component in clinical practice. We present MedSAM, a foundation model designed for bridging this gap by enabling universal medical image segmentation. MedSAM is adapted from the Segment Anything Model (SAM) with a large-scale medical image dataset containing 1,570,263 image-mask pairs.",
    lineage: [["BASED_ON", "MedSAM", "SAM"]],
  },
  {
    title: "Llama 2: Open Foundation and Fine-Tuned Chat Models",
    abstract:
      "In this work, we develop and release Llama 2, a collection of pretrained and fine-tuned large language models (LLMs) ranging in scale from 7 billion to 70 billion parameters. Our fine-tuned LLMs, called Llama 2-Chat, are optimized for dialogue use cases. Our models outperform open-source chat models on most benchmarks we tested.",
    lineage: [["VARIANT_OF|BASED_ON", "Llama 2-Chat", "Llama 2"]],
  },
  {
    title: "Qwen2.5-Coder Technical Report",
    abstract:
      "In this report, we introduce the Qwen2.5-Coder series, a significant upgrade from its predecessor, CodeQwen1.5. This series includes six models: Qwen2.5-Coder-(0.5B/1.5B/3B/7B/14B/32B). As a code-specific model, Qwen2.5-Coder is built upon the Qwen2.5 architecture and continues pretrained on a vast corpus of over 5.5 trillion tokens.",
    lineage: [
      ["SUCCESSOR_OF", "Qwen2.5-Coder", "CodeQwen1.5"],
      ["BASED_ON", "Qwen2.5-Coder", "Qwen2.5"],
    ],
  },
  {
    title: "Tulu 3: Pushing Frontiers in Open Language Model Post-Training",
    abstract:
      "We introduce Tulu 3, a family of fully-open state-of-the-art post-trained models, alongside its data, code, and training recipes. Tulu 3, which builds on Llama 3.1 base models, achieves results surpassing the instruct versions of Llama 3.1, Qwen 2.5, Mistral, and even closed models such as GPT-4o-mini and Claude 3.5-Haiku.",
    lineage: [["BASED_ON", "Tulu 3", "Llama 3.1"]],
  },
  {
    title: "OLMo 2: The Next Generation of Fully Open Language Models",
    abstract:
      "We present OLMo 2, the next generation of our fully open language models. OLMo 2 includes dense autoregressive models with improved architecture and training recipe, pretraining data mixtures, and instruction tuning recipes. Our fully open OLMo 2 Instruct models are competitive with or surpass open-weight only models of comparable size, including Qwen 2.5, Llama 3.1 and Gemma 2.",
    // Its predecessor is never named: nothing to link "OLMo 2" to.
    lineage: [["VARIANT_OF|BASED_ON", "OLMo 2 Instruct", "OLMo 2"]],
  },
  {
    title: "Med42 - Evaluating Fine-Tuning Strategies for Medical LLMs",
    abstract:
      "This study aims to investigate fine-tuning strategies for medical large language models. We fine-tuned the Llama-2 architecture with 7 billion and 70 billion parameters, resulting in Med42, a clinical model that achieves 72% accuracy on the USMLE sample exam.",
    lineage: [["BASED_ON", "Med42", "Llama-2"]],
  },
  {
    title: "Video-LLaVA: Learning United Visual Representation by Alignment Before Projection",
    abstract:
      "We establish a simple but robust LVLM baseline, Video-LLaVA, which learns from a mixed dataset of images and videos. Video-LLaVA uses Vicuna-7B as its language model and LanguageBind encoders as its visual encoders, and it outperforms Video-ChatGPT on MSRVTT, MSVD, TGIF and ActivityNet.",
    lineage: [["BASED_ON", "Video-LLaVA", "Vicuna"]],
  },
];
