// Probe set AB: written after set AA, scored before any rule for it, with the models each abstract names:
// document and vision models whose names are acronyms with an expansion ("which stands for ..."), OCR-free
// readers, and multimodal models that integrate a named language model.
import type { Probe } from "./types.ts";

export const SET_AB: Probe[] = [
  {
    title: "Nougat: Neural Optical Understanding for Academic Documents",
    abstract:
      "Scientific knowledge is predominantly stored in books and scientific journals, often in the form of PDFs. However, the PDF format leads to a loss of semantic information, particularly for mathematical expressions. We propose Nougat (Neural Optical Understanding for Academic Documents), a Visual Transformer model that performs an Optical Character Recognition (OCR) task for processing scientific documents into a markup language, and demonstrate the effectiveness of our model on a new dataset of scientific documents. The proposed approach offers a promising solution to enhance the accessibility of scientific knowledge in the digital age, by bridging the gap between human-readable documents and machine-readable text. We release the models and code to accelerate future work on scientific text recognition.",
    lineage: [],
    models: ["Nougat"],
    notModels: ["PDF", "OCR", "Academic Documents"],
  },
  {
    title: "OCR-free Document Understanding Transformer",
    abstract:
      "Understanding document images (e.g., invoices) is a core but challenging task since it requires complex functions such as reading text and a holistic understanding of the document. Current Visual Document Understanding (VDU) methods outsource the task of reading text to off-the-shelf Optical Character Recognition (OCR) engines and focus on the understanding task with the OCR outputs. Although such OCR-based approaches have shown promising performance, they suffer from 1) high computational costs for using OCR; 2) inflexibility of OCR models on languages or types of document; 3) OCR error propagation to the subsequent process. To address these issues, in this paper, we introduce a novel OCR-free VDU model named Donut, which stands for Document understanding transformer. As the first step in OCR-free VDU research, we propose a simple architecture (i.e., Transformer) with a pre-training objective (i.e., cross-entropy loss). Donut is conceptually simple yet effective. Through extensive experiments and analyses, we show a simple OCR-free VDU model, Donut, achieves state-of-the-art performances on various VDU tasks in terms of both speed and accuracy.",
    lineage: [],
    models: ["Donut"],
    notModels: ["VDU", "OCR"],
  },
  {
    title: "TrOCR: Transformer-based Optical Character Recognition with Pre-trained Models",
    abstract:
      "Text recognition is a long-standing research problem for document digitalization. Existing approaches are usually built based on CNN for image understanding and RNN for char-level text generation. In addition, another language model is usually needed to improve the overall accuracy as a post-processing step. In this paper, we propose an end-to-end text recognition approach with pre-trained image Transformer and text Transformer models, namely TrOCR, which leverages the Transformer architecture for both image understanding and wordpiece-level text generation. The TrOCR model is simple but effective, and can be pre-trained with large-scale synthetic data and fine-tuned with human-labeled datasets. Experiments show that the TrOCR model outperforms the current state-of-the-art models on the printed, handwritten and scene text recognition tasks.",
    lineage: [],
    models: ["TrOCR"],
    notModels: ["CNN", "RNN"],
  },
  {
    title: "BEiT: BERT Pre-Training of Image Transformers",
    abstract:
      'We introduce a self-supervised vision representation model BEiT, which stands for Bidirectional Encoder representation from Image Transformers. Following BERT developed in the natural language processing area, we propose a masked image modeling task to pretrain vision Transformers. Specifically, each image has two views in our pre-training, i.e, image patches (such as 16x16 pixels), and visual tokens (i.e., discrete tokens). We first "tokenize" the original image into visual tokens. Then we randomly mask some image patches and fed them into the backbone Transformer. The pre-training objective is to recover the original visual tokens based on the corrupted image patches. After pre-training BEiT, we directly fine-tune the model parameters on downstream tasks by appending task layers upon the pretrained encoder. Experimental results on image classification and semantic segmentation show that our model achieves competitive results with previous pre-training methods. For example, base-size BEiT achieves 83.2% top-1 accuracy on ImageNet-1K, significantly outperforming from-scratch DeiT training (81.8%) with the same setup.',
    lineage: [],
    alsoTrue: [["BASED_ON|VARIANT_OF", "BEiT", "BERT"]],
    models: ["BEiT", "BERT", "DeiT"],
    notModels: ["ImageNet-1K"],
  },
  {
    title: "Cobra: Extending Mamba to Multi-Modal Large Language Model for Efficient Inference",
    abstract:
      "In recent years, the application of multimodal large language models (MLLM) in various fields has achieved remarkable success. However, as the foundation model for many downstream tasks, current MLLMs are composed of the well-known Transformer network, which has a less efficient quadratic computation complexity. To improve the efficiency of such basic models, we propose Cobra, a linear computational complexity MLLM. Specifically, Cobra integrates the efficient Mamba language model into the visual modality. Moreover, we explore and study various modal fusion schemes to create an effective multi-modal Mamba. Extensive experiments demonstrate that (1) Cobra achieves extremely competitive performance with current computationally efficient state-of-the-art methods, e.g., LLaVA-Phi, TinyLLaVA, and MobileVLM v2, and has faster speed due to Cobra's linear sequential modeling. (2) Interestingly, the results of closed-set challenging prediction benchmarks show that Cobra performs well in overcoming visual illusions and spatial relationship judgments. (3) Notably, Cobra even achieves comparable performance to LLaVA with about 43% of the number of parameters.",
    lineage: [["BASED_ON", "Cobra", "Mamba"]],
    alsoTrue: [["VARIANT_OF|BASED_ON", "LLaVA-Phi", "LLaVA"]],
    models: ["Cobra", "Mamba", "LLaVA-Phi", "TinyLLaVA", "MobileVLM v2", "LLaVA"],
  },
  {
    title: "EVA-02: A Visual Representation for Neon Genesis",
    abstract:
      "We launch EVA-02, a next-generation Transformer-based visual representation pre-trained to reconstruct strong and robust language-aligned vision features via masked image modeling. With an updated plain Transformer architecture as well as extensive pre-training from an open & accessible giant CLIP vision encoder, EVA-02 demonstrates superior performance compared to prior state-of-the-art approaches across various representative vision tasks, while utilizing significantly fewer parameters and compute budgets. Notably, using exclusively publicly accessible training data, EVA-02 with only 304M parameters achieves a phenomenal 90.0 fine-tuning top-1 accuracy on ImageNet-1K val set. Additionally, our EVA-02-CLIP can reach up to 80.4 zero-shot top-1 on ImageNet-1K, outperforming the previous largest & best open-sourced CLIP with only ~1/6 parameters and ~1/6 image-text training data.",
    lineage: [],
    alsoTrue: [
      ["DISTILLED_FROM|BASED_ON", "EVA-02", "CLIP"],
      ["BASED_ON|VARIANT_OF", "EVA-02-CLIP", "EVA-02"],
      ["BASED_ON|VARIANT_OF", "EVA-02-CLIP", "CLIP"],
    ],
    models: ["EVA-02", "EVA-02-CLIP", "CLIP"],
    notModels: ["ImageNet-1K"],
  },
  {
    title: "Vision Mamba: Efficient Visual Representation Learning with Bidirectional State Space Model",
    abstract:
      "Recently the state space models (SSMs) with efficient hardware-aware designs, i.e., the Mamba deep learning model, have shown great potential for long sequence modeling. Meanwhile building efficient and generic vision backbones purely upon SSMs is an appealing direction. However, representing visual data is challenging for SSMs due to the position-sensitivity of visual data and the requirement of global context for visual understanding. In this paper, we show that the reliance on self-attention for visual representation learning is not necessary and propose a new generic vision backbone with bidirectional Mamba blocks (Vim), which marks the image sequences with position embeddings and compresses the visual representation with bidirectional state space models. On ImageNet classification, COCO object detection, and ADE20k semantic segmentation tasks, Vim achieves higher performance compared to well-established vision transformers like DeiT, while also demonstrating significantly improved computation & memory efficiency.",
    lineage: [],
    alsoTrue: [["BASED_ON|USES_ARCHITECTURE", "Vim", "Mamba"]],
    models: ["Vim", "Mamba", "DeiT"],
    notModels: ["SSMs", "COCO", "ADE20k"],
  },
  {
    title: "Zorbling: Tuning a Reasoner from a Chat Model",
    abstract:
      "We release Zorbling-14B, obtained by supervised fine-tuning of Qwen2.5-14B-Instruct on 17K long chain-of-thought traces, followed by reinforcement learning. Zorbling-14B matches o1-mini on AIME 2024 and surpasses QwQ-32B-Preview on GPQA Diamond. A smaller student, Zorblet-1.5B, is distilled from Zorbling-14B.",
    lineage: [
      ["BASED_ON", "Zorbling-14B", "Qwen2.5-14B-Instruct"],
      ["DISTILLED_FROM", "Zorblet-1.5B", "Zorbling-14B"],
    ],
    models: ["Zorbling-14B", "Qwen2.5-14B-Instruct", "o1-mini", "QwQ-32B-Preview", "Zorblet-1.5B"],
    notModels: ["AIME 2024", "GPQA Diamond"],
  },
];
