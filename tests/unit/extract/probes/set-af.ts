// Probe set AF: written after set AE, scored before any rule for it, with the models each abstract names: model
// series with tier names and an ellipsis ("Reka Core, Flash, and Edge"), successors that build on an unnamed or
// named predecessor, a data-centric baseline trained from scratch, and wordings written for traps.
import type { Probe } from "./types.ts";

export const SET_AF: Probe[] = [
  {
    title: "Reka Core, Flash, and Edge: A Series of Powerful Multimodal Language Models",
    abstract:
      "We introduce Reka Core, Flash, and Edge, a series of powerful multimodal language models trained from scratch by Reka. Reka models are able to process and reason with text, images, video, and audio inputs. This technical report discusses details of training some of these models and provides comprehensive evaluation results. We show that Reka Edge and Reka Flash are not only state-of-the-art but also outperform many much larger models, delivering outsized values for their respective compute class. Meanwhile, our most capable and largest model, Reka Core, approaches the best frontier models on both automatic evaluations and blind human evaluations. On image question answering benchmarks (e.g. MMMU, VQAv2), Core performs competitively to GPT4-V. Meanwhile, on multimodal chat, Core ranks as the second most preferred model under a blind third-party human evaluation setup, outperforming other models such as Claude 3 Opus. On text benchmarks, Core not only performs competitively to other frontier models on a set of well-established benchmarks (e.g. MMLU, GSM8K) but also outperforms GPT4-0613 on human evaluation. On video question answering (Perception-Test), Core outperforms Gemini Ultra.",
    lineage: [],
    alsoTrue: [
      ["VARIANT_OF", "Reka Core", "Reka"],
      ["VARIANT_OF", "Reka Flash", "Reka"],
      ["VARIANT_OF", "Reka Edge", "Reka"],
    ],
    models: ["Reka Core", "Reka Flash", "Reka Edge", "GPT4-V", "Claude 3 Opus", "GPT4-0613", "Gemini Ultra"],
    notModels: ["MMMU", "VQAv2", "Perception-Test", "GSM8K"],
  },
  {
    title: "DataComp-LM: In search of the next generation of training sets for language models",
    abstract:
      "We introduce DataComp for Language Models (DCLM), a testbed for controlled dataset experiments with the goal of improving language models. As part of DCLM, we provide a standardized corpus of 240T tokens extracted from Common Crawl, effective pretraining recipes based on the OpenLM framework, and a broad suite of 53 downstream evaluations. Participants in the DCLM benchmark can experiment with data curation strategies such as deduplication, filtering, and data mixing at model scales ranging from 412M to 7B parameters. As a baseline for DCLM, we conduct extensive experiments and find that model-based filtering is key to assembling a high-quality training set. The resulting dataset, DCLM-Baseline enables training a 7B parameter language model from scratch to 64% 5-shot accuracy on MMLU with 2.6T training tokens. Compared to MAP-Neo, the previous state-of-the-art in open-data language models, DCLM-Baseline represents a 6.6 percentage point improvement on MMLU while being trained with 40% less compute. Our baseline model is also comparable to Mistral-7B-v0.3 and Llama 3 8B on MMLU (63% & 66%), and performs similarly on an average of 53 natural language understanding tasks while being trained with 6.6x less compute than Llama 3 8B.",
    lineage: [],
    models: ["MAP-Neo", "Mistral-7B-v0.3", "Llama 3 8B"],
    notModels: ["DCLM", "DCLM-Baseline", "Common Crawl", "OpenLM", "MMLU"],
  },
  {
    title: "VILA: On Pre-training for Visual Language Models",
    abstract:
      "Visual language models (VLMs) rapidly progressed with the recent success of large language models. There have been growing efforts on visual instruction tuning to extend the LLM with visual inputs, but lacks an in-depth study of the visual language pre-training process, where the model learns to perform joint modeling on both modalities. In this work, we examine the design options for VLM pre-training by augmenting LLM towards VLM through step-by-step controllable comparisons. We introduce three main findings: (1) freezing LLMs during pre-training can achieve decent zero-shot performance, but lack in-context learning capability, which requires unfreezing the LLM; (2) interleaved pre-training data is beneficial whereas image-text pairs alone are not optimal; (3) re-blending text-only instruction data to image-text data during instruction fine-tuning not only remedies the degradation of text-only tasks, but also boosts VLM task accuracy. With an enhanced pre-training recipe we build VILA, a Visual Language model family that consistently outperforms the state-of-the-art, e.g., LLaVA-1.5, across main benchmarks without bells and whistles.",
    lineage: [],
    models: ["VILA", "LLaVA-1.5"],
  },
  {
    title: "VideoLLaMA 2: Advancing Spatial-Temporal Modeling and Audio Understanding in Video-LLMs",
    abstract:
      "In this paper, we present the VideoLLaMA 2, a set of Video Large Language Models (Video-LLMs) designed to enhance spatial-temporal modeling and audio understanding in video and audio-oriented tasks. Building upon its predecessor, VideoLLaMA 2 incorporates a tailor-made Spatial-Temporal Convolution (STC) connector, which effectively captures the intricate spatial and temporal dynamics of video data. Additionally, we integrate an Audio Branch into the model through joint training, thereby enriching the multimodal understanding capabilities of the model by seamlessly incorporating audio cues. Comprehensive evaluations on multiple-choice video question answering (MC-VQA), open-ended video question answering (OE-VQA), and video captioning (VC) tasks demonstrate that VideoLLaMA 2 consistently achieves competitive results among open-source models and even gets close to some proprietary models on several benchmarks.",
    lineage: [],
    models: ["VideoLLaMA 2"],
    notModels: ["STC", "Audio Branch", "MC-VQA", "OE-VQA", "Video-LLMs"],
  },
  {
    title: "InternVL 2.5: Expanding Performance Boundaries of Open-Source Multimodal Models",
    abstract:
      "We introduce InternVL 2.5, an advanced multimodal large language model (MLLM) series that builds upon InternVL 2.0, maintaining its core model architecture while introducing significant enhancements in training and testing strategies as well as data quality. In this work, we delve into the relationship between model scaling and performance, systematically exploring the performance trends in vision encoders, language models, dataset sizes, and test-time configurations. Through extensive evaluations on a wide range of benchmarks, we demonstrate that InternVL 2.5 exhibits competitive performance, rivaling leading commercial models such as GPT-4o and Claude-3.5-Sonnet. Notably, our model is the first open-source MLLM to surpass 70% on the MMMU benchmark.",
    lineage: [["SUCCESSOR_OF|BASED_ON", "InternVL 2.5", "InternVL 2.0"]],
    models: ["InternVL 2.5", "InternVL 2.0", "GPT-4o", "Claude-3.5-Sonnet"],
    notModels: ["MMMU"],
  },
  {
    title: "Grackle: A Merged Model and Its Descendants",
    abstract:
      "Grackle-7B is a 7B model obtained by merging Heron-7B and Ibis-Math-7B with spherical interpolation. Compared with its base model Heron-7B, Grackle-7B gains 9 points on GSM8K. Our second release, Grackle-Chat, is initialized from Grackle-7B and trained on 50K conversations. Grackle-Chat inherits the architecture of Heron-7B unchanged; it is not compared with Falcon-40B, which we leave to future work.",
    lineage: [
      ["BASED_ON", "Grackle-7B", "Heron-7B"],
      ["BASED_ON", "Grackle-7B", "Ibis-Math-7B"],
      ["BASED_ON", "Grackle-Chat", "Grackle-7B"],
    ],
    alsoTrue: [["USES_ARCHITECTURE|BASED_ON", "Grackle-Chat", "Heron-7B"]],
    models: ["Grackle-7B", "Heron-7B", "Ibis-Math-7B", "Grackle-Chat", "Falcon-40B"],
    notModels: ["GSM8K"],
  },
  {
    title: "Towhee: Starting Small",
    abstract:
      "Starting with Pipit-1B, we apply two rounds of rejection-sampling fine-tuning, producing Towhee-1B. A larger sibling, Towhee-8B, is trained from scratch on the same mixture and is therefore not derived from Pipit-1B. Towhee-1B is evaluated against Qwen2.5-1.5B and Gemma-2-2B.",
    lineage: [["BASED_ON", "Towhee-1B", "Pipit-1B"]],
    models: ["Towhee-1B", "Pipit-1B", "Qwen2.5-1.5B", "Gemma-2-2B"],
  },
];
