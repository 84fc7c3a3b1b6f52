// Probe set A: written blind, before any of the rules it motivated. Chat fine-tunes, code models,
// vision-language, speech, diffusion, compressed encoders, hybrid architectures, multilingual and small models.
import type { Probe } from "./types.ts";

export const SET_A: Probe[] = [
  {
    title: "Zephyr: Direct Distillation of LM Alignment",
    abstract:
      "We aim to produce a smaller language model that is aligned to user intent. Previous research has shown that applying distilled supervised fine-tuning (dSFT) on larger models significantly improves task accuracy; however, these models are unaligned. To distill this property, we use preference data from AI Feedback, where a dataset of outputs is ranked by GPT-4 as the teacher model. We then apply distilled direct preference optimization (dDPO) to learn a chat model with significantly improved intent alignment. The final result, Zephyr-7B, is a fine-tuned version of Mistral-7B that sets the state of the art on chat benchmarks for 7B parameter models and requires no human annotation. In particular, results on MT-Bench show that Zephyr-7B surpasses Llama2-Chat-70B, the best open-access RLHF-based model.",
    lineage: [
      ["DISTILLED_FROM", "Zephyr", "GPT-4"],
      ["BASED_ON|VARIANT_OF", "Zephyr", "Mistral"],
    ],
  },
  {
    title: "Alpaca: A Strong, Replicable Instruction-Following Model",
    abstract:
      "We introduce Alpaca 7B, a model fine-tuned from the LLaMA 7B model on 52K instruction-following demonstrations. The demonstrations were generated in the style of self-instruct using text-davinci-003. On our preliminary evaluation of single-turn instruction following, Alpaca behaves qualitatively similarly to text-davinci-003, while being surprisingly small and cheap to reproduce.",
    lineage: [["BASED_ON", "Alpaca", "LLaMA"]],
    alsoTrue: [["DISTILLED_FROM", "Alpaca", "text-davinci-003"]],
  },
  {
    title: "Camels in a Changing Climate: Enhancing LM Adaptation with Tülu 2",
    abstract:
      "Since the release of Tülu, open resources for instruction tuning have developed quickly. We incorporate a number of these advances into Tülu, resulting in Tülu 2, a suite of improved models for adapting pretrained language models to downstream tasks and user preferences. Concretely, we release Tülu 2, Llama 2 models finetuned on an improved instruction mixture; Tülu 2+DPO, Tülu 2 models trained with direct preference optimization; and Code Tülu 2, Code Llama models finetuned on our mixture that outperform Code Llama and its instruction-tuned variant, Code Llama-Instruct.",
    lineage: [
      ["BASED_ON", "Tülu 2", "Llama 2"],
      ["BASED_ON", "Code Tülu 2", "Code Llama"],
      ["VARIANT_OF", "Code Llama-Instruct", "Code Llama"],
    ],
    alsoTrue: [
      ["SUCCESSOR_OF|BASED_ON", "Tülu 2", "Tülu"],
      ["BASED_ON|VARIANT_OF", "Tülu 2+DPO", "Tülu 2"],
      ["BASED_ON|VARIANT_OF", "Code Tülu 2", "Tülu 2"],
    ],
  },
  {
    title: "The Falcon Series of Open Language Models",
    abstract:
      "We introduce the Falcon series: 7B, 40B, and 180B parameters causal decoder-only models trained on diverse high-quality corpora predominantly assembled from web data. The largest model, Falcon-180B, has been trained on over 3.5 trillion tokens of text. Falcon-180B significantly outperforms models such as PaLM or Chinchilla, and improves upon concurrently developed models such as LLaMA 2 or Inflection-1. It nears the performance of PaLM-2-Large at a reduced pretraining and inference cost, making it one of the three best language models in the world along with GPT-4 and PaLM-2-Large.",
    lineage: [],
    alsoTrue: [["VARIANT_OF", "PaLM-2-Large", "PaLM 2"]],
  },
  {
    title: "InternLM2 Technical Report",
    abstract:
      "The evolution of Large Language Models (LLMs) like ChatGPT and GPT-4 has sparked discussions on the advent of Artificial General Intelligence (AGI). However, replicating such advancements in open-source models has been challenging. This paper introduces InternLM2, an open-source LLM that outperforms its predecessor InternLM in comprehensive evaluations across 6 dimensions and 30 benchmarks. InternLM2 is pretrained on 4k tokens before advancing to 32k tokens, and exhibits remarkable performance on the 200k Needle-in-a-Haystack test. InternLM2 is further aligned using Supervised Fine-Tuning (SFT) and a novel Conditional Online Reinforcement Learning from Human Feedback (COOL RLHF) strategy. InternLM2-Chat-20B achieves higher scores than ChatGPT on reasoning and coding.",
    lineage: [
      ["SUCCESSOR_OF", "InternLM2", "InternLM"],
      ["VARIANT_OF", "InternLM2-Chat-20B", "InternLM2"],
    ],
  },
  {
    title: "Baichuan 2: Open Large-scale Language Models",
    abstract:
      "Large language models (LLMs) have demonstrated remarkable performance on a variety of natural language tasks based on just a few examples of natural language instructions, reducing the need for extensive feature engineering. However, most powerful LLMs are closed-source or limited in their capability for languages other than English. In this technical report, we present Baichuan 2, a series of large-scale multilingual language models containing 7 billion and 13 billion parameters, trained from scratch, on 2.6 trillion tokens. Baichuan 2 matches or outperforms other open-source models of similar size on public benchmarks like MMLU, CMMLU, GSM8K, and HumanEval. Furthermore, Baichuan 2 excels in vertical domains such as medicine and law.",
    lineage: [],
  },
  {
    title: "WizardCoder: Empowering Code Large Language Models with Evol-Instruct",
    abstract:
      "Code Large Language Models (Code LLMs), such as StarCoder, have demonstrated exceptional performance in code-related tasks. However, most existing models are solely pre-trained on extensive raw code data without instruction fine-tuning. In this paper, we introduce WizardCoder, which empowers Code LLMs with complex instruction fine-tuning, by adapting the Evol-Instruct method to the domain of code. WizardCoder is obtained by fine-tuning StarCoder-15B on the evolved instructions. Through comprehensive experiments on four prominent code generation benchmarks, namely HumanEval, HumanEval+, MBPP, and DS-1000, we unveil the exceptional capabilities of our model. Moreover, our model even outperforms the largest closed LLMs, Anthropic's Claude and Google's Bard, on HumanEval and HumanEval+.",
    lineage: [["BASED_ON", "WizardCoder", "StarCoder"]],
  },
  {
    title: "SantaCoder: don't reach for the stars!",
    abstract:
      "The BigCode project is an open-scientific collaboration working on the responsible development of large language models for code. This tech report describes the progress of the collaboration until December 2022, outlining the current state of the Personally Identifiable Information (PII) redaction pipeline and the experiments conducted to de-risk the model architecture. We train 1.1B parameter models on the Java, JavaScript, and Python subsets of The Stack and evaluate them on the MultiPL-E text-to-code benchmark. Our best model, SantaCoder, outperforms previous open-source multilingual code generation models (InCoder-6.7B and CodeGen-Multi-2.7B) in both left-to-right generation and infilling, despite being a substantially smaller model.",
    lineage: [],
  },
  {
    title: "CodeT5+: Open Code Large Language Models for Code Understanding and Generation",
    abstract:
      "Large language models (LLMs) pretrained on vast source code have achieved prominent progress in code intelligence. However, existing code LLMs have two main limitations in terms of architecture and pretraining tasks. We propose CodeT5+, a family of encoder-decoder LLMs for code in which component modules can be flexibly combined to suit a wide range of downstream code tasks. CodeT5+ extends CodeT5 with a mixture of pretraining objectives, and we propose to initialize it with frozen off-the-shelf LLMs without training from scratch. Our instruction-tuned InstructCodeT5+ 16B achieves new state-of-the-art results on the HumanEval code generation task against other open code LLMs.",
    lineage: [["SUCCESSOR_OF|BASED_ON", "CodeT5+", "CodeT5"]],
    alsoTrue: [["VARIANT_OF|BASED_ON", "InstructCodeT5+", "CodeT5+"]],
  },
  {
    title:
      "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models",
    abstract:
      "The cost of vision-and-language pre-training has become increasingly prohibitive due to end-to-end training of large-scale models. This paper proposes BLIP-2, a generic and efficient pre-training strategy that bootstraps vision-language pre-training from off-the-shelf frozen pre-trained image encoders and frozen large language models. BLIP-2 bridges the modality gap with a lightweight Querying Transformer, which is pre-trained in two stages. We instantiate BLIP-2 with an EVA-CLIP image encoder and OPT or FlanT5 language models. BLIP-2 achieves state-of-the-art performance on various vision-language tasks; for example, our model outperforms Flamingo80B by 8.7% on zero-shot VQAv2 with 54x fewer trainable parameters.",
    lineage: [],
  },
  {
    title: "InstructBLIP: Towards General-purpose Vision-Language Models with Instruction Tuning",
    abstract:
      "General-purpose language models that can solve various language-domain tasks have emerged driven by the pre-training and instruction-tuning pipeline. However, building general-purpose vision-language models is challenging due to the increased task discrepancy introduced by the additional visual input. In this paper, we conduct a systematic and comprehensive study on vision-language instruction tuning based on the pretrained BLIP-2 models. We gather 26 publicly available datasets and transform them into instruction tuning format. Additionally, we introduce an instruction-aware Query Transformer, which extracts informative features tailored to the given instruction. The resulting InstructBLIP models achieve state-of-the-art zero-shot performance across all 13 held-out datasets, substantially outperforming BLIP-2 and the larger Flamingo.",
    lineage: [["BASED_ON", "InstructBLIP", "BLIP-2"]],
  },
  {
    title: "Distil-Whisper: Robust Knowledge Distillation via Large-Scale Pseudo Labelling",
    abstract:
      "As the size of pre-trained speech recognition models increases, running these large models in low-latency or resource-constrained environments becomes challenging. In this work, we leverage pseudo-labelling to assemble a large-scale open-source dataset which we use to distill the Whisper model into a smaller variant, called Distil-Whisper. Using a simple word error rate (WER) heuristic, we select only the highest quality pseudo-labels for training. The distilled model is 5.8 times faster with 51% fewer parameters, while performing to within 1% WER on out-of-distribution test data in a zero-shot transfer setting. Distil-Whisper maintains the robustness of the Whisper model to difficult acoustic conditions, while being less prone to hallucination errors on long-form audio.",
    lineage: [["DISTILLED_FROM", "Distil-Whisper", "Whisper"]],
  },
  {
    title: "Adversarial Diffusion Distillation",
    abstract:
      "We introduce Adversarial Diffusion Distillation (ADD), a novel training approach that efficiently samples large-scale foundational image diffusion models in just 1-4 steps while maintaining high image quality. We use score distillation to leverage large-scale off-the-shelf image diffusion models as a teacher signal in combination with an adversarial loss to ensure high image fidelity even in the low-step regime of one or two sampling steps. Our analyses show that our model clearly outperforms existing few-step methods (GANs, Latent Consistency Models) in a single step and reaches the performance of state-of-the-art diffusion models (SDXL) in only four steps. We apply ADD to train SDXL-Turbo, which is distilled from Stable Diffusion XL and generates images in real time.",
    lineage: [["DISTILLED_FROM", "SDXL-Turbo", "Stable Diffusion XL"]],
    alsoTrue: [["DISTILLED_FROM|VARIANT_OF|BASED_ON", "SDXL-Turbo", "SDXL"]],
  },
  {
    title: "DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter",
    abstract:
      "As Transfer Learning from large-scale pre-trained models becomes more prevalent in Natural Language Processing (NLP), operating these large models on the edge or under constrained computational budgets remains challenging. In this work, we propose a method to pre-train a smaller general-purpose language representation model, called DistilBERT, which can then be fine-tuned with good performances on a wide range of tasks like its larger counterparts. While most prior work investigated the use of distillation for building task-specific models, we leverage knowledge distillation during the pre-training phase and show that it is possible to reduce the size of a BERT model by 40%, while retaining 97% of its language understanding capabilities and being 60% faster. Our smaller, faster and lighter model is cheaper to pre-train and we demonstrate its capabilities for on-device computations.",
    lineage: [["DISTILLED_FROM", "DistilBERT", "BERT"]],
  },
  {
    title: "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",
    abstract:
      "BERT (Devlin et al., 2018) and RoBERTa (Liu et al., 2019) have set a new state-of-the-art performance on sentence-pair regression tasks like semantic textual similarity (STS). However, it requires that both sentences are fed into the network, which causes a massive computational overhead: finding the most similar pair in a collection of 10,000 sentences requires about 50 million inference computations with BERT. In this publication, we present Sentence-BERT (SBERT), a modification of the pretrained BERT network that uses siamese and triplet network structures to derive semantically meaningful sentence embeddings that can be compared using cosine-similarity. This reduces the effort for finding the most similar pair from 65 hours with BERT or RoBERTa to about 5 seconds with SBERT, while maintaining the accuracy from BERT.",
    lineage: [["BASED_ON|VARIANT_OF", "Sentence-BERT", "BERT"]],
    alsoTrue: [["BASED_ON|VARIANT_OF", "SBERT", "BERT"]],
  },
  {
    title: "Scaling Instruction-Finetuned Language Models",
    abstract:
      "Finetuning language models on a collection of datasets phrased as instructions has been shown to improve model performance and generalization to unseen tasks. In this paper we explore instruction finetuning with a particular focus on scaling the number of tasks, scaling the model size, and finetuning on chain-of-thought data. We find that instruction finetuning dramatically improves performance on a variety of model classes (PaLM, T5, U-PaLM) and evaluation benchmarks (MMLU, BBH, TyDiQA, MGSM). For instance, Flan-PaLM 540B instruction-finetuned on 1.8K tasks outperforms PaLM 540B by a large margin (+9.4% on average). We also publicly release Flan-T5 checkpoints, which achieve strong few-shot performance even compared to much larger models, such as PaLM 62B.",
    lineage: [
      ["BASED_ON|VARIANT_OF", "Flan-PaLM", "PaLM"],
      ["BASED_ON|VARIANT_OF", "Flan-T5", "T5"],
    ],
  },
  {
    title: "Jamba: A Hybrid Transformer-Mamba Language Model",
    abstract:
      "We present Jamba, a new base large language model based on a novel hybrid Transformer-Mamba mixture-of-experts (MoE) architecture. Specifically, Jamba interleaves blocks of Transformer and Mamba layers, enjoying the benefits of both model families. MoE is added in some of these layers to increase model capacity while keeping active parameter usage manageable. In the particular configuration we have implemented, we end up with a powerful model that fits in a single 80GB GPU. Built at large scale, Jamba provides high throughput and small memory footprint compared to vanilla Transformers, and at the same time state-of-the-art performance on standard language model benchmarks and long-context evaluations.",
    lineage: [],
  },
  {
    title: "Aya Expanse: Combining Research Breakthroughs for a New Multilingual Frontier",
    abstract:
      "We introduce the Aya Expanse model family, a new generation of 8B and 32B parameter multilingual language models, aiming to address the critical challenge of developing highly performant multilingual models that match or surpass the capabilities of monolingual models. By leveraging several years of research at Cohere For AI and Cohere, including advancements in data arbitrage, multilingual preference training, and model merging, Aya Expanse sets a new state-of-the-art in multilingual performance. Our evaluations on the Arena-Hard-Auto dataset, translated into 23 languages, demonstrate that Aya Expanse 8B and 32B outperform leading open-weight models in their respective parameter classes, including Gemma 2, Qwen 2.5, and Llama 3.1. Aya Expanse builds on Aya 23 and the Command R series of models.",
    lineage: [
      ["BASED_ON|SUCCESSOR_OF", "Aya Expanse", "Aya 23"],
      ["BASED_ON", "Aya Expanse", "Command R"],
    ],
  },
  {
    title: "SmolLM2: When Smol Goes Big",
    abstract:
      "While large language models have facilitated breakthroughs in many applications of artificial intelligence, their inherent largeness makes them computationally expensive and challenging to deploy in resource-constrained settings. In this paper, we document the development of SmolLM2, a state-of-the-art small (1.7 billion parameter) language model. To attain strong performance, we overtrain SmolLM2 on about 11 trillion tokens of data using a multi-stage training process that mixes web text with specialized math, code, and instruction-following data. We additionally introduce new specialized datasets (FineMath, Stack-Edu, and SmolTalk) at stages where we found existing datasets to be problematically small or low-quality. Ultimately, we demonstrate that SmolLM2 outperforms other recent small LMs including Qwen2.5-1.5B and Llama3.2-1B.",
    lineage: [],
  },
  {
    title: "OpenELM: An Efficient Language Model Family with Open Training and Inference Framework",
    abstract:
      "The reproducibility and transparency of large language models are crucial for advancing open research. To this end, we release OpenELM, a state-of-the-art open language model. OpenELM uses a layer-wise scaling strategy to efficiently allocate parameters within each layer of the transformer model, leading to enhanced accuracy. For example, with a parameter budget of approximately one billion parameters, OpenELM exhibits a 2.36% improvement in accuracy compared to OLMo while requiring 2x fewer pre-training tokens. We also release code to convert models to the MLX library for inference and fine-tuning on Apple devices.",
    lineage: [],
  },
  {
    title: "MiniCPM: Unveiling the Potential of Small Language Models with Scalable Training Strategies",
    abstract:
      "The burgeoning interest in developing Large Language Models (LLMs) with up to trillion parameters has been met with concerns regarding resource efficiency and practical expense. In this context, we introduce MiniCPM, specifically the 1.2B and 2.4B non-embedding parameter variants, which not only excel in their respective categories but also demonstrate capabilities on par with 7B-13B LLMs. We introduce a Warmup-Stable-Decay (WSD) learning rate scheduler, conducive to continuous training and domain adaptation. Moreover, we introduce the MiniCPM family including MiniCPM-DPO, MiniCPM-MoE and MiniCPM-128K, whose excellent performance further cements MiniCPM's foundation in diverse small language model applications.",
    lineage: [
      ["VARIANT_OF|BASED_ON", "MiniCPM-DPO", "MiniCPM"],
      ["VARIANT_OF|BASED_ON", "MiniCPM-MoE", "MiniCPM"],
      ["VARIANT_OF|BASED_ON", "MiniCPM-128K", "MiniCPM"],
    ],
  },
  {
    title: "Nemotron-4 340B Technical Report",
    abstract:
      "We release the Nemotron-4 340B model family, including Nemotron-4-340B-Base, Nemotron-4-340B-Instruct, and Nemotron-4-340B-Reward. Our models are open access under the NVIDIA Open Model License Agreement, a permissive model license that allows distribution, modification, and use of the models and its outputs. These models perform competitively to open access models on a wide range of evaluation benchmarks, and were sized to fit on a single DGX H100 with 8 GPUs when deployed in FP8 precision. Notably, over 98% of data used in our model alignment process is synthetically generated, showcasing the effectiveness of these models in generating synthetic data.",
    lineage: [
      ["VARIANT_OF", "Nemotron-4-340B-Base", "Nemotron-4"],
      ["VARIANT_OF", "Nemotron-4-340B-Instruct", "Nemotron-4"],
    ],
    alsoTrue: [
      ["VARIANT_OF|BASED_ON", "Nemotron-4-340B-Reward", "Nemotron-4"],
      ["BASED_ON|VARIANT_OF", "Nemotron-4-340B-Instruct", "Nemotron-4-340B-Base"],
    ],
  },
  {
    title: "Gemma-2-Ko: Adapting Gemma 2 to Korean",
    abstract:
      "Open language models remain weaker in Korean than in English. We introduce Gemma-2-Ko, a Korean language model built by continued pretraining of Gemma 2 9B on 60 billion tokens of Korean web text and books. We further release Gemma-2-Ko-IT, an instruction-tuned version for chat. On the KoBEST benchmark, Gemma-2-Ko-IT outperforms Gemma 2 9B IT by 6 points and is competitive with Llama-3-Korean-8B.",
    lineage: [
      ["BASED_ON", "Gemma-2-Ko", "Gemma 2"],
      ["VARIANT_OF|BASED_ON", "Gemma-2-Ko-IT", "Gemma-2-Ko"],
      ["VARIANT_OF", "Gemma 2 9B IT", "Gemma 2"],
    ],
  },
];
