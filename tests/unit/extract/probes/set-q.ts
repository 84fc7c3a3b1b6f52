// Probe set Q: written after set P, scored before any rule for it: robotics, biology, time series, image
// generation and retrieval papers, in the words such papers use for their starting point ("co-fine-tuned from",
// "we start from", "adopt X as the base model", "a fine-tuned version of", "X-based"), and two traps.
import type { Probe } from "./types.ts";

export const SET_Q: Probe[] = [
  {
    title: "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control",
    abstract:
      "We study how vision-language models trained on Internet-scale data can be incorporated directly into end-to-end robotic control. We refer to such models as vision-language-action models (VLA) and instantiate an example, which we call RT-2. RT-2 is co-fine-tuned from PaLI-X and PaLM-E on robotic trajectory data and Internet-scale vision-language tasks.",
    lineage: [
      ["BASED_ON", "RT-2", "PaLI-X"],
      ["BASED_ON", "RT-2", "PaLM-E"],
    ],
  },
  {
    title: "Chronos: Learning the Language of Time Series",
    abstract:
      "We introduce Chronos, a simple yet effective framework for pretrained probabilistic time series models. Chronos tokenizes time series values using scaling and quantization into a fixed vocabulary and trains existing transformer-based language model architectures on these tokenized time series via the cross-entropy loss. We pretrained Chronos models based on the T5 family (ranging from 20M to 710M parameters) on a large collection of publicly available datasets.",
    lineage: [["BASED_ON", "Chronos", "T5"]],
  },
  {
    title: "OpenVLA: An Open-Source Vision-Language-Action Model",
    abstract:
      "We introduce OpenVLA, a 7B-parameter open-source vision-language-action model trained on a diverse collection of 970k real-world robot demonstrations. OpenVLA builds on a Llama 2 language model combined with a visual encoder that fuses pretrained features from DINOv2 and SigLIP.",
    lineage: [["BASED_ON", "OpenVLA", "Llama 2"]],
  },
  {
    title: "SDXL-Turbo: Adversarial Diffusion Distillation",
    abstract:
      "We introduce Adversarial Diffusion Distillation (ADD), a novel training approach that efficiently samples large-scale foundational image diffusion models in just 1-4 steps. We apply ADD to distill SDXL into SDXL-Turbo, a model that generates images in a single step while matching the quality of SDXL at four steps.",
    lineage: [["DISTILLED_FROM", "SDXL-Turbo", "SDXL"]],
  },
  {
    title: "ProtGPT2 is a deep unsupervised language model for protein design",
    abstract:
      "Protein design aims to build novel proteins customized for specific purposes. Here we present ProtGPT2, a language model trained on the protein space that generates de novo protein sequences following the principles of natural ones. ProtGPT2 uses the GPT2 architecture and was trained from scratch on UniRef50.",
    lineage: [],
  },
  {
    title: "BGE M3-Embedding: Multi-Lingual, Multi-Functionality, Multi-Granularity Text Embeddings",
    abstract:
      "We present M3-Embedding, a new embedding model distinguished for its versatility. We start from XLM-RoBERTa, extend its maximum position to 8192 with further pre-training on multilingual corpora, and then fine-tune it with a self-knowledge distillation approach for retrieval.",
    lineage: [["BASED_ON", "M3-Embedding", "XLM-RoBERTa"]],
  },
  {
    title: "Nomic Embed: Training a Reproducible Long Context Text Embedder",
    abstract:
      "This technical report describes the training of nomic-embed-text-v1, the first fully reproducible, open-source, open-weights, open-data, 8192 context length English text embedding model that outperforms both OpenAI Ada-002 and OpenAI text-embedding-3-small on short and long-context tasks. We adopt nomic-bert-2048 as the base model and train it contrastively.",
    lineage: [["BASED_ON", "nomic-embed-text-v1", "nomic-bert-2048"]],
  },
  {
    title: "Instruct-Pix2Pix: Learning to Follow Image Editing Instructions",
    abstract:
      "We propose a method for editing images from human instructions. To obtain training data, we combine the knowledge of two large pretrained models, a language model (GPT-3) and a text-to-image model (Stable Diffusion), to generate a large dataset of image editing examples. Our conditional diffusion model, InstructPix2Pix, is a fine-tuned version of Stable Diffusion trained on our generated data.",
    lineage: [["BASED_ON|VARIANT_OF", "InstructPix2Pix", "Stable Diffusion"]],
  },
  {
    title: "ESM-2 and ESMFold: Evolutionary-scale prediction of atomic level protein structure",
    abstract:
      "We train ESM-2, a protein language model with up to 15 billion parameters. We then present ESMFold, which predicts structure end to end from a single sequence by placing a folding head on top of the ESM-2 language model. ESMFold is an order of magnitude faster than AlphaFold2.",
    lineage: [["BASED_ON", "ESMFold", "ESM-2"]],
  },
  {
    title: "Mistral-based Retriever: RepLLaMA and RankLLaMA",
    abstract:
      "We fine-tune the LLaMA-2 model as a dense retriever (RepLLaMA) and as a pointwise reranker (RankLLaMA) for both passage retrieval and document retrieval using the MS MARCO datasets. Our study shows that fine-tuned LLM retrieval models outperform smaller models.",
    lineage: [
      ["BASED_ON", "RepLLaMA", "LLaMA-2"],
      ["BASED_ON", "RankLLaMA", "LLaMA-2"],
    ],
  },
];
