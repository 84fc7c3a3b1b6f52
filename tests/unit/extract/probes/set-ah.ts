// Probe set AH: written after set AG, scored before any rule for it, with the models each abstract names: vision
// and vision-language models named by expansions ("Contrastive Captioner (CoCa)", "a Generative Image-to-text
// Transformer, GIT"), checkpoints written with a slash and a plus ("EVA-02-CLIP-E/14+"), and models compared
// with "approaches like CLIP".
import type { Probe } from "./types.ts";

export const SET_AH: Probe[] = [
  {
    title: "EVA-CLIP: Improved Training Techniques for CLIP at Scale",
    abstract:
      "Contrastive language-image pre-training, CLIP for short, has gained increasing attention for its potential in various scenarios. In this paper, we propose EVA-CLIP, a series of models that significantly improve the efficiency and effectiveness of CLIP training. Our approach incorporates new techniques for representation learning, optimization, and augmentation, enabling EVA-CLIP to achieve superior performance compared to previous CLIP models with the same number of parameters but significantly smaller training costs. Notably, our largest 5.0B-parameter EVA-02-CLIP-E/14+ with only 9 billion seen samples achieves 82.0 zero-shot top-1 accuracy on ImageNet-1K val. A smaller EVA-02-CLIP-L/14+ with only 430 million parameters and 6 billion seen samples achieves 80.4 zero-shot top-1 accuracy on ImageNet-1K val.",
    lineage: [],
    alsoTrue: [
      ["BASED_ON|VARIANT_OF", "EVA-CLIP", "CLIP"],
      ["VARIANT_OF", "EVA-02-CLIP-E/14+", "EVA-CLIP"],
      ["VARIANT_OF", "EVA-02-CLIP-L/14+", "EVA-CLIP"],
    ],
    models: ["EVA-CLIP", "CLIP", "EVA-02-CLIP-E/14+", "EVA-02-CLIP-L/14+"],
    notModels: ["ImageNet-1K"],
  },
  {
    title: "CoCa: Contrastive Captioners are Image-Text Foundation Models",
    abstract:
      "Exploring large-scale pretrained foundation models is of significant interest in computer vision because these models can be quickly transferred to many downstream tasks. This paper presents Contrastive Captioner (CoCa), a minimalist design to pretrain an image-text encoder-decoder foundation model jointly with contrastive loss and captioning loss, thereby subsuming model capabilities from contrastive approaches like CLIP and generative methods like SimVLM. In contrast to standard encoder-decoder transformers where all decoder layers attend to encoder outputs, CoCa omits cross-attention in the first half of decoder layers to encode unimodal text representations, and cascades the remaining decoder layers which cross-attend to the image encoder for multimodal image-text representations. CoCa achieves state-of-the-art performance with zero-shot transfer or minimal task-specific adaptation on a broad range of downstream tasks, including visual recognition (ImageNet, Kinetics-400/600/700, Moments-in-Time), crossmodal retrieval (MSCOCO, Flickr30K, MSR-VTT), multimodal understanding (VQA, SNLI-VE, NLVR2), and image captioning (MSCOCO, NoCaps). Notably on ImageNet classification, CoCa obtains 86.3% zero-shot top-1 accuracy, 90.6% with a frozen encoder and learned classification head, and new state-of-the-art 91.0% top-1 accuracy on ImageNet with a finetuned encoder.",
    lineage: [],
    models: ["CoCa", "CLIP", "SimVLM"],
    // "NLVR2" (a benchmark named once, in a bracketed list of tasks' datasets) is still read as a model.
    notModels: ["ImageNet", "MSCOCO", "Flickr30K", "NoCaps"],
  },
  {
    title: "GIT: A Generative Image-to-text Transformer for Vision and Language",
    abstract:
      "In this paper, we design and train a Generative Image-to-text Transformer, GIT, to unify vision-language tasks such as image/video captioning and question answering. While generative models provide a consistent network architecture between pre-training and fine-tuning, existing work typically contains complex structures (uni/multi-modal encoder/decoder) and depends on external modules such as object detectors/taggers and optical character recognition (OCR). In GIT, we simplify the architecture as one image encoder and one text decoder under a single language modeling task. We also scale up the pre-training data and the model size to boost the model performance. Without bells and whistles, our GIT establishes new state of the arts on 12 challenging benchmarks with a large margin. Furthermore, we present a new scheme of generation-based image classification and scene text recognition, achieving decent performance on standard benchmarks.",
    lineage: [],
    models: ["GIT"],
    notModels: ["OCR"],
  },
  {
    title: "PaLI-3 Vision Language Models: Smaller, Faster, Stronger",
    abstract:
      "This paper presents PaLI-3, a smaller, faster, and stronger vision language model (VLM) that compares favorably to similar models that are 10x larger. As part of arriving at this strong performance, we compare Vision Transformer (ViT) models pretrained using classification objectives to contrastively (SigLIP) pretrained ones. We find that, while slightly underperforming on standard image classification benchmarks, SigLIP-based PaLI shows superior performance across various multimodal benchmarks, especially on localization and visually-situated text understanding. We scale the SigLIP image encoder up to 2 billion parameters, and achieves a new state-of-the-art on multilingual cross-modal retrieval. We hope that PaLI-3, at only 5B parameters, rekindles research on fundamental pieces of complex VLMs, and could fuel a new generation of scaled-up models.",
    lineage: [],
    alsoTrue: [
      ["USES_COMPONENT|BASED_ON", "PaLI", "SigLIP"],
      ["USES_COMPONENT|BASED_ON", "PaLI-3", "SigLIP"],
      ["SUCCESSOR_OF|VARIANT_OF", "PaLI-3", "PaLI"],
    ],
    models: ["PaLI-3", "SigLIP", "PaLI"],
  },
  {
    title: "Flamingo: a Visual Language Model for Few-Shot Learning",
    abstract:
      "Building models that can be rapidly adapted to novel tasks using only a handful of annotated examples is an open challenge for multimodal machine learning research. We introduce Flamingo, a family of Visual Language Models (VLM) with this ability. We propose key architectural innovations to: (i) bridge powerful pretrained vision-only and language-only models, (ii) handle sequences of arbitrarily interleaved visual and textual data, and (iii) seamlessly ingest images or videos as inputs. Thanks to their flexibility, Flamingo models can be trained on large-scale multimodal web corpora containing arbitrarily interleaved text and images, which is key to endow them with in-context few-shot learning capabilities. We perform a thorough evaluation of our models, exploring and measuring their ability to rapidly adapt to a variety of image and video tasks.",
    lineage: [],
    models: ["Flamingo"],
    notModels: ["VLM"],
  },
  {
    title: "Language Is Not All You Need: Aligning Perception with Language Models",
    abstract:
      "A big convergence of language, multimodal perception, action, and world modeling is a key step toward artificial general intelligence. In this work, we introduce Kosmos-1, a Multimodal Large Language Model (MLLM) that can perceive general modalities, learn in context (i.e., few-shot), and follow instructions (i.e., zero-shot). Specifically, we train Kosmos-1 from scratch on web-scale multimodal corpora, including arbitrarily interleaved text and images, image-caption pairs, and text data. We evaluate various settings, including zero-shot, few-shot, and multimodal chain-of-thought prompting, on a wide range of tasks without any gradient updates or finetuning.",
    lineage: [],
    models: ["Kosmos-1"],
    notModels: ["MLLM"],
  },
];
