// Probe set O: written after set N, scored before any rule for it: encoder models and their domain and
// language adaptations, speech and vision successors ("V2", "next generation"), multimodal models that start
// from a language model "as a foundation", and traps (the same architecture trained from scratch, an objective
// borrowed from another model, a comparison with a multilingual baseline).
import type { Probe } from "./types.ts";

export const SET_O: Probe[] = [
  {
    title: "FinBERT: Financial Sentiment Analysis with Pre-trained Language Models",
    abstract:
      "Financial sentiment analysis is a challenging task due to the specialized language and lack of labeled data in that domain. We introduce FinBERT, a language model based on BERT, to tackle NLP tasks in the financial domain. With FinBERT we improve every measured metric on current state-of-the-art results for two financial sentiment analysis datasets.",
    lineage: [["BASED_ON", "FinBERT", "BERT"]],
  },
  {
    title: "BERTweet: A pre-trained language model for English Tweets",
    abstract:
      "We present BERTweet, the first public large-scale pre-trained language model for English Tweets. Our BERTweet, having the same architecture as BERT-base, is trained using the RoBERTa pre-training procedure. Experiments show that BERTweet outperforms strong baselines RoBERTa-base and XLM-R-base.",
    lineage: [],
  },
  {
    title:
      "DeBERTaV3: Improving DeBERTa using ELECTRA-Style Pre-Training with Gradient-Disentangled Embedding Sharing",
    abstract:
      "This paper presents a new pre-trained language model, DeBERTaV3, which improves the original DeBERTa model by replacing masked language modeling (MLM) with replaced token detection (RTD), a more sample-efficient pre-training task. Our analysis shows that vanilla embedding sharing in ELECTRA hurts training efficiency and model performance.",
    lineage: [["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "DeBERTaV3", "DeBERTa"]],
  },
  {
    title: "XLS-R: Self-supervised Cross-lingual Speech Representation Learning at Scale",
    abstract:
      "This paper presents XLS-R, a large-scale model for cross-lingual speech representation learning based on wav2vec 2.0. We train models with up to 2B parameters on nearly half a million hours of publicly available speech audio in 128 languages.",
    lineage: [["BASED_ON", "XLS-R", "wav2vec 2.0"]],
  },
  {
    title: "Swin Transformer V2: Scaling Up Capacity and Resolution",
    abstract:
      "We present techniques for scaling Swin Transformer up to 3 billion parameters and making it capable of training with images of up to 1,536×1,536 resolution. The resulting model, Swin Transformer V2, sets new performance records on four representative vision benchmarks.",
    lineage: [["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "Swin Transformer V2", "Swin Transformer"]],
  },
  {
    title:
      "Qwen-VL: A Versatile Vision-Language Model for Understanding, Localization, Text Reading, and Beyond",
    abstract:
      "We introduce the Qwen-VL series, a set of large-scale vision-language models designed to perceive and understand both texts and images. Starting from the Qwen-LM as a foundation, we endow it with visual capacity by the meticulously designed visual receptor, input-output interface and 3-stage training pipeline.",
    lineage: [["BASED_ON", "Qwen-VL", "Qwen-LM"]],
  },
  {
    title: "Otter: A Multi-Modal Model with In-Context Instruction Tuning",
    abstract:
      "We introduce Otter, a multi-modal model based on OpenFlamingo (open-sourced version of DeepMind's Flamingo), trained on MIMIC-IT and showcasing improved instruction-following ability and in-context learning.",
    lineage: [["BASED_ON", "Otter", "OpenFlamingo"]],
    alsoTrue: [["VARIANT_OF|BASED_ON", "OpenFlamingo", "Flamingo"]],
  },
  {
    title: "mBART: Multilingual Denoising Pre-training for Neural Machine Translation",
    abstract:
      "This paper demonstrates that multilingual denoising pre-training produces significant performance gains across a wide variety of machine translation tasks. We present mBART, a sequence-to-sequence denoising auto-encoder pre-trained on large-scale monolingual corpora in many languages using the BART objective.",
    lineage: [],
  },
  {
    title: "Unsupervised Cross-lingual Representation Learning at Scale",
    abstract:
      "We train a Transformer-based masked language model on one hundred languages, using more than two terabytes of filtered CommonCrawl data. Our model, dubbed XLM-R, significantly outperforms multilingual BERT (mBERT) on a variety of cross-lingual benchmarks.",
    lineage: [],
  },
  {
    title: "CamemBERT: a Tasty French Language Model",
    abstract:
      "We investigate the feasibility of training monolingual Transformer-based language models for other languages, taking French as an example. We release CamemBERT, a French language model based on RoBERTa, trained on the French part of the OSCAR corpus, and evaluate it on part-of-speech tagging, dependency parsing and named entity recognition.",
    lineage: [["BASED_ON", "CamemBERT", "RoBERTa"]],
  },
  {
    title: "ConvNeXt V2: Co-designing and Scaling ConvNets with Masked Autoencoders",
    abstract:
      "We propose a fully convolutional masked autoencoder framework and a new Global Response Normalization layer that can be added to the ConvNeXt architecture. This co-design results in a new model family called ConvNeXt V2, which significantly improves the performance of pure ConvNets on various recognition benchmarks.",
    lineage: [["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "ConvNeXt V2", "ConvNeXt"]],
  },
  {
    title: "LayoutLMv2: Multi-modal Pre-training for Visually-Rich Document Understanding",
    abstract:
      "Pre-training of text and layout has proved effective in a variety of visually-rich document understanding tasks. We propose LayoutLMv2 architecture with new pre-training tasks to model the interaction among text, layout, and image in a single multi-modal framework. LayoutLMv2 outperforms LayoutLM by a large margin.",
    lineage: [],
    alsoTrue: [["SUCCESSOR_OF", "LayoutLMv2", "LayoutLM"]],
  },
  {
    title: "Legal-BERT: The Muppets straight out of Law School",
    abstract:
      "BERT has achieved impressive performance in several NLP tasks. We release LEGAL-BERT, a family of BERT models for the legal domain, obtained by further pre-training BERT on legal corpora, and show that it outperforms BERT on several legal classification tasks.",
    lineage: [["BASED_ON", "LEGAL-BERT", "BERT"]],
  },
  {
    title: "Video-ChatGPT: Towards Detailed Video Understanding via Large Vision and Language Models",
    abstract:
      "We introduce Video-ChatGPT, a multimodal model that merges a video-adapted visual encoder with an LLM. The resulting model is capable of understanding and generating detailed conversations about videos. Video-ChatGPT uses LLaVA as its starting point and is trained on 100,000 video-instruction pairs.",
    lineage: [["BASED_ON", "Video-ChatGPT", "LLaVA"]],
  },
];
