// Probe set Z: written after set Y, scored before any rule for it, with the models each abstract names:
// self-alignment and small-data alignment, medical and open multimodal replications, LaTeX-written names,
// audio successors, long-context continual pretraining and methods that carry a model's name.
import type { Probe } from "./types.ts";

export const SET_Z: Probe[] = [
  {
    title: "GLM-130B: An Open Bilingual Pre-trained Model",
    abstract:
      "We introduce GLM-130B, a bilingual (English and Chinese) pre-trained language model with 130 billion parameters. It is an attempt to open-source a 100B-scale model at least as good as GPT-3 (davinci) and unveil how models of such a scale can be successfully pre-trained. Over the course of this effort, we face numerous unexpected technical and engineering challenges, particularly on loss spikes and divergence. In this paper, we introduce the training process of GLM-130B including its design choices, training strategies for both efficiency and stability, and engineering efforts. The resultant GLM-130B model offers significant outperformance over GPT-3 175B (davinci) on a wide range of popular English benchmarks while the performance advantage is not observed in OPT-175B and BLOOM-176B. It also consistently and significantly outperforms ERNIE TITAN 3.0 260B -- the largest Chinese language model -- across related benchmarks. Finally, we leverage a unique scaling property of GLM-130B to reach INT4 quantization without post training, with almost no performance loss, making it the first among 100B-scale models and more importantly, allowing its effective inference on 4×RTX 3090 (24G) or 8×RTX 2080 Ti (11G) GPUs, the most affordable GPUs ever required for using 100B-scale models.",
    lineage: [],
    models: ["GLM-130B", "GPT-3", "OPT-175B", "BLOOM-176B"],
    notModels: ["INT4", "RTX 3090"],
  },
  {
    title: "Principle-Driven Self-Alignment of Language Models from Scratch with Minimal Human Supervision",
    abstract:
      "Recent AI-assistant agents, such as ChatGPT, predominantly rely on supervised fine-tuning (SFT) with human annotations and reinforcement learning from human feedback (RLHF) to align the output of large language models (LLMs) with human intentions, ensuring they are helpful, ethical, and reliable. However, this dependence can significantly constrain the true potential of AI-assistant agents due to the high cost of obtaining human supervision and the related issues on quality, reliability, diversity, self-consistency, and undesirable biases. To address these challenges, we propose a novel approach called SELF-ALIGN, which combines principle-driven reasoning and the generative power of LLMs for the self-alignment of AI agents with minimal human supervision. Our approach encompasses four stages: first, we use an LLM to generate synthetic prompts, and a topic-guided method to augment the prompt diversity; second, we use a small set of human-written principles for AI models to follow, and guide the LLM through in-context learning from demonstrations (of principles application) to produce helpful, ethical, and reliable responses to user's queries; third, we fine-tune the original LLM with the high-quality self-aligned responses so that the resulting model can generate desirable responses for each query directly without the principle set and the demonstrations anymore; and finally, we offer a refinement step to address the issues of overly-brief or indirect responses. Applying SELF-ALIGN to the LLaMA-65b base language model, we develop an AI assistant named Dromedary. With fewer than 300 lines of human annotations (including < 200 seed prompts, 16 generic principles, and 5 exemplars for in-context learning). Dromedary significantly surpasses the performance of several state-of-the-art AI systems, including Text-Davinci-003 and Alpaca, on benchmark datasets with various settings.",
    lineage: [["BASED_ON", "Dromedary", "LLaMA-65b"]],
    models: ["Dromedary", "LLaMA-65b", "ChatGPT", "Text-Davinci-003", "Alpaca"],
    notModels: ["SELF-ALIGN", "RLHF", "SFT"],
  },
  {
    title: "LIMA: Less Is More for Alignment",
    abstract:
      "Large language models are trained in two stages: (1) unsupervised pretraining from raw text, to learn general-purpose representations, and (2) large scale instruction tuning and reinforcement learning, to better align to end tasks and user preferences. We measure the relative importance of these two stages by training LIMA, a 65B parameter LLaMa language model fine-tuned with the standard supervised loss on only 1,000 carefully curated prompts and responses, without any reinforcement learning or human preference modeling. LIMA demonstrates remarkably strong performance, learning to follow specific response formats from only a handful of examples in the training data, including complex queries that range from planning trip itineraries to speculating about alternate history. Moreover, the model tends to generalize well to unseen tasks that did not appear in the training data. In a controlled human study, responses from LIMA are either equivalent or strictly preferred to GPT-4 in 43% of cases; this statistic is as high as 58% when compared to Bard and 65% versus DaVinci003, which was trained with human feedback. Taken together, these results strongly suggest that almost all knowledge in large language models is learned during pretraining, and only limited instruction tuning data is necessary to teach models to produce high quality output.",
    lineage: [["BASED_ON", "LIMA", "LLaMa"]],
    models: ["LIMA", "LLaMa", "GPT-4", "Bard", "DaVinci003"],
  },
  {
    title: "Med-Flamingo: a Multimodal Medical Few-shot Learner",
    abstract:
      "Medicine, by its nature, is a multifaceted domain that requires the synthesis of information across various modalities. Medical generative vision-language models (VLMs) make a first step in this direction and promise many exciting clinical applications. However, existing models typically have to be fine-tuned on sizeable down-stream datasets, which poses a significant limitation as in many medical applications data is scarce, necessitating models that are capable of learning from few examples in real-time. Here we propose Med-Flamingo, a multimodal few-shot learner adapted to the medical domain. Based on OpenFlamingo-9B, we continue pre-training on paired and interleaved medical image-text data from publications and textbooks. Med-Flamingo unlocks few-shot generative medical visual question answering (VQA) abilities, which we evaluate on several datasets including a novel challenging open-ended VQA dataset of visual USMLE-style problems.",
    lineage: [["BASED_ON", "Med-Flamingo", "OpenFlamingo-9B"]],
    models: ["Med-Flamingo", "OpenFlamingo-9B"],
    notModels: ["VQA", "USMLE"],
  },
  {
    title: "OpenFlamingo: An Open-Source Framework for Training Large Autoregressive Vision-Language Models",
    abstract:
      "We introduce OpenFlamingo, a family of autoregressive vision-language models ranging from 3B to 9B parameters. OpenFlamingo is an ongoing effort to produce an open-source replication of DeepMind's Flamingo models. On seven vision-language datasets, OpenFlamingo models average between 80 - 89% of corresponding Flamingo performance. This technical report describes our models, training data, hyperparameters, and evaluation suite. We share our models and code at https://github.com/mlfoundations/open_flamingo.",
    lineage: [],
    alsoTrue: [["BASED_ON|VARIANT_OF", "OpenFlamingo", "Flamingo"]],
    models: ["OpenFlamingo", "Flamingo"],
    notModels: ["DeepMind"],
  },
  {
    title: "TinyGPT-V: Efficient Multimodal Large Language Model via Small Backbones",
    abstract:
      "In recent years, multimodal large language models (MLLMs) such as GPT-4V have demonstrated remarkable advancements, excelling in a variety of vision-language tasks. Despite their prowess, the closed-source nature and computational demands of such models limit their accessibility and applicability. This study introduces TinyGPT-V, a novel open-source MLLM, designed for efficient training and inference across various vision-language tasks, including image captioning (IC) and visual question answering (VQA). Leveraging a compact yet powerful architecture, TinyGPT-V integrates the Phi-2 language model with pre-trained vision encoders, utilizing a unique mapping module for visual and linguistic information fusion. With a training regimen optimized for small backbones and employing a diverse dataset amalgam, TinyGPT-V requires significantly lower computational resources 24GB for training and as little as 8GB for inference without compromising on performance.",
    lineage: [["BASED_ON", "TinyGPT-V", "Phi-2"]],
    models: ["TinyGPT-V", "Phi-2", "GPT-4V"],
    notModels: ["VQA"],
  },
  {
    title: "PixArt-Σ: Weak-to-Strong Training of Diffusion Transformer for 4K Text-to-Image Generation",
    abstract:
      "In this paper, we introduce PixArt-\\Sigma, a Diffusion Transformer model~(DiT) capable of directly generating images at 4K resolution. PixArt-\\Sigma represents a significant advancement over its predecessor, PixArt-\\alpha, offering images of markedly higher fidelity and improved alignment with text prompts. A key feature of PixArt-\\Sigma is its training efficiency. Leveraging the foundational pre-training of PixArt-\\alpha, it evolves from the `weaker' baseline to a `stronger' model via incorporating higher quality data, a process we term \"weak-to-strong training\". The advancements in PixArt-\\Sigma are twofold: (1) High-Quality Training Data: PixArt-\\Sigma incorporates superior-quality image data, paired with more precise and detailed image captions. (2) Efficient Token Compression: we propose a novel attention module within the DiT framework that compresses both keys and values, significantly improving efficiency and facilitating ultra-high-resolution image generation.",
    lineage: [["SUCCESSOR_OF|BASED_ON", "PixArt-Σ", "PixArt-α"]],
    models: ["PixArt-Σ", "PixArt-α"],
  },
  {
    title: "Qwen2-Audio Technical Report",
    abstract:
      "We introduce the latest progress of Qwen-Audio, a large-scale audio-language model called Qwen2-Audio, which is capable of accepting various audio signal inputs and performing audio analysis or direct textual responses with regard to speech instructions. In contrast to complex hierarchical tags, we have simplified the pre-training process by utilizing natural language prompts for different data and tasks, and have further expanded the data volume. We have boosted the instruction-following capability of Qwen2-Audio and implemented two distinct audio interaction modes for voice chat and audio analysis. According to the evaluation results from AIR-Bench, Qwen2-Audio outperformed previous SOTAs, such as Gemini-1.5-pro, in tests focused on audio-centric instruction-following capabilities.",
    lineage: [["SUCCESSOR_OF", "Qwen2-Audio", "Qwen-Audio"]],
    models: ["Qwen2-Audio", "Qwen-Audio", "Gemini-1.5-pro"],
    notModels: ["AIR-Bench"],
  },
  {
    title: "Effective Long-Context Scaling of Foundation Models",
    abstract:
      "We present a series of long-context LLMs that support effective context windows of up to 32,768 tokens. Our model series are built through continual pretraining from Llama 2 with longer training sequences and on a dataset where long texts are upsampled. We perform extensive evaluation on language modeling, synthetic context probing tasks, and a wide range of research benchmarks. On research benchmarks, our models achieve consistent improvements on most regular tasks and significant improvements on long-context tasks over Llama 2. Notably, with a cost-effective instruction tuning procedure that does not require human-annotated long instruction data, the 70B variant can already surpass gpt-3.5-turbo-16k's overall performance on a suite of long-context tasks.",
    lineage: [],
    models: ["Llama 2", "gpt-3.5-turbo-16k"],
  },
  {
    title: "LongLoRA: Efficient Fine-tuning of Long-Context Large Language Models",
    abstract:
      "We present LongLoRA, an efficient fine-tuning approach that extends the context sizes of pre-trained large language models (LLMs), with limited computation cost. Typically, training LLMs with long context sizes is computationally expensive, requiring extensive training hours and GPU resources. For example, training on the context length of 8192 needs 16x computational costs in self-attention layers as that of 2048. In this paper, we speed up the context extension of LLMs in two aspects. On the one hand, although dense global attention is needed during inference, fine-tuning the model can be effectively and efficiently done by sparse local attention. The proposed shifted sparse attention (S^2-Attn) effectively enables context extension, leading to non-trivial computation saving with similar performance to fine-tuning with vanilla attention. On the other hand, we revisit the parameter-efficient fine-tuning regime for context expansion. Notably, we find that LoRA for context extension works well under the premise of trainable embedding and normalization. LongLoRA demonstrates strong empirical results on various tasks on Llama2 models from 7B/13B to 70B. LongLoRA extends Llama2 7B from 4k context to 100k, or Llama2 70B to 32k on a single 8x A100 machine. LongLoRA extends models' context while retaining their original architectures, and is compatible with most existing techniques, like Flash-Attention2. In addition, we further conduct supervised fine-tuning with LongLoRA and our long instruction-following LongAlpaca dataset.",
    lineage: [],
    models: ["Llama2"],
    notModels: ["LongLoRA", "LoRA", "LongAlpaca"],
  },
  {
    title: "Sparse Upcycling: Training Mixture-of-Experts from Dense Checkpoints",
    abstract:
      "Training large, deep neural networks to convergence can be prohibitively expensive. As a result, often only a small selection of popular, dense models are reused across different contexts and tasks. Increasingly, sparsely activated models, which seek to decouple model size from computation costs, are becoming an attractive alternative to dense models. Although more efficient in terms of quality and computation cost, sparse models remain data-hungry and costly to train from scratch in the large scale regime. In this work, we propose sparse upcycling -- a simple way to reuse sunk training costs by initializing a sparsely activated Mixture-of-Experts model from a dense checkpoint. We show that sparsely upcycled T5 Base, Large, and XL language models and Vision Transformer Base and Large models, respectively, significantly outperform their dense counterparts on SuperGLUE and ImageNet, using only ~50% of the initial dense pretraining sunk cost.",
    lineage: [],
    models: ["T5"],
    notModels: ["SuperGLUE", "ImageNet"],
  },
  {
    title: "Lawyer LLaMA Technical Report",
    abstract:
      "Large Language Models (LLMs), like LLaMA, have exhibited remarkable performance across various tasks. Nevertheless, when deployed to specific domains such as law or medicine, the models still confront the challenge of a deficiency in domain-specific knowledge and an inadequate capability to leverage that knowledge to resolve domain-related problems. In this paper, we propose a new framework to adapt LLMs to specific domains and build Lawyer LLaMA, a legal domain LLM, based on this framework. Specifically, we inject domain knowledge during the continual training stage and teach the model to learn professional skills using properly designed supervised fine-tuning tasks. Moreover, to alleviate the hallucination problem during the model's generation, we add a retrieval module and extract relevant legal articles before the model answers any queries.",
    lineage: [],
    alsoTrue: [["BASED_ON", "Lawyer LLaMA", "LLaMA"]],
    models: ["Lawyer LLaMA", "LLaMA"],
  },
  {
    title: "Two Domain Adaptations of Open Models",
    abstract:
      "We describe two domain adaptations of open models. Zorbit-Law is initialized with the weights of Chinese-LLaMA-13B and further trained on legal texts and judicial exams. Our second model, CodeZorb, takes StarCoderBase-3B as its starting point and is tuned on twenty thousand programming instructions; its tokenizer is inherited unchanged. Both models are compared with ChatGPT and with their own base models.",
    lineage: [
      ["BASED_ON", "Zorbit-Law", "Chinese-LLaMA-13B"],
      ["BASED_ON", "CodeZorb", "StarCoderBase-3B"],
    ],
    models: ["Zorbit-Law", "Chinese-LLaMA-13B", "CodeZorb", "StarCoderBase-3B", "ChatGPT"],
  },
];
