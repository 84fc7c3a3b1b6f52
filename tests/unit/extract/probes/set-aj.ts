// Probe set AJ: written after set AI, scored before any rule for it, with the models each abstract names:
// image generators compared by release ("Playground v2", "DALL-E 3", "Midjourney 5.2"), a control network used
// "with Stable Diffusion", an embedding model named with a version word, and an audio model named by a
// lower-case expansion.
import type { Probe } from "./types.ts";

export const SET_AJ: Probe[] = [
  {
    title: "Playground v2.5: Three Insights towards Enhancing Aesthetic Quality in Text-to-Image Generation",
    abstract:
      "In this work, we share three insights for achieving state-of-the-art aesthetic quality in text-to-image generative models. We focus on three critical aspects for model improvement: enhancing color and contrast, improving generation across multiple aspect ratios, and improving human-centric fine details. First, we delve into the significance of the noise schedule in training a diffusion model, demonstrating its profound impact on realism and visual fidelity. Second, we address the challenge of accommodating various aspect ratios in image generation, emphasizing the importance of preparing a balanced bucketed dataset. Lastly, we investigate the crucial role of aligning model outputs with human preferences, ensuring that generated images resonate with human perceptual expectations. Through extensive analysis and experiments, Playground v2.5 demonstrates state-of-the-art performance in terms of aesthetic quality under various conditions and aspect ratios, outperforming both widely-used open-source models like SDXL and Playground v2, and closed-source commercial systems such as DALLE 3 and Midjourney v5.2.",
    lineage: [],
    alsoTrue: [["SUCCESSOR_OF|BASED_ON", "Playground v2.5", "Playground v2"]],
    models: ["Playground v2.5", "SDXL", "Playground v2", "DALLE 3", "Midjourney v5.2"],
  },
  {
    title: "Adding Conditional Control to Text-to-Image Diffusion Models",
    abstract:
      'We present ControlNet, a neural network architecture to add spatial conditioning controls to large, pretrained text-to-image diffusion models. ControlNet locks the production-ready large diffusion models, and reuses their deep and robust encoding layers pretrained with billions of images as a strong backbone to learn a diverse set of conditional controls. The neural architecture is connected with "zero convolutions" (zero-initialized convolution layers) that progressively grow the parameters from zero and ensure that no harmful noise could affect the finetuning. We test various conditioning controls, e.g., edges, depth, segmentation, human pose, etc., with Stable Diffusion, using single or multiple conditions, with or without prompts. We show that the training of ControlNets is robust with small (<50k) and large (>1m) datasets. Extensive results show that ControlNet may facilitate wider applications to control image diffusion models.',
    lineage: [],
    alsoTrue: [["BASED_ON|USES_COMPONENT", "ControlNet", "Stable Diffusion"]],
    models: ["ControlNet", "Stable Diffusion"],
  },
  {
    title: "Jina Embeddings 2: 8192-Token General-Purpose Text Embeddings for Long Documents",
    abstract:
      "Text embedding models have emerged as powerful tools for transforming sentences into fixed-sized feature vectors that encapsulate semantic information. While these models are essential for tasks like information retrieval, semantic clustering, and text re-ranking, most existing open-source models, especially those built on architectures like BERT, struggle to represent lengthy documents and often resort to truncation. One common approach to mitigate this challenge involves splitting documents into smaller paragraphs for embedding. However, this strategy results in a much larger set of vectors, consequently leading to increased memory consumption and computationally intensive vector searches with elevated latency. To address these challenges, we introduce Jina Embeddings 2, an open-source text embedding model capable of accommodating up to 8192 tokens. This model is designed to transcend the conventional 512-token limit and adeptly process long documents. Jina Embeddings 2 not only achieves state-of-the-art performance on a range of embedding-related tasks in the MTEB benchmark but also matches the performance of OpenAI's proprietary ada-002 model.",
    lineage: [],
    models: ["Jina Embeddings 2", "BERT", "ada-002"],
    notModels: ["MTEB", "OpenAI"],
  },
  {
    title: "SALMONN: Towards Generic Hearing Abilities for Large Language Models",
    abstract:
      "Hearing is arguably an essential ability of artificial intelligence (AI) agents in the physical world, which refers to the perception and understanding of general auditory information consisting of at least three types of sounds: speech, audio events, and music. In this paper, we propose SALMONN, a speech audio language music open neural network, built by integrating a pre-trained text-based large language model (LLM) with speech and audio encoders into a single multimodal model. SALMONN enables the LLM to directly process and understand general audio inputs and achieve competitive performances on a number of speech and audio tasks used in training, such as automatic speech recognition and translation, auditory-information-based question answering, emotion recognition, speaker verification, and music and audio captioning etc.",
    lineage: [],
    models: ["SALMONN"],
    notModels: ["LLM", "AI"],
  },
  {
    title: "Sable: Powered by Open Models",
    abstract:
      "Sable-8B is a Llama-3.1-8B-based assistant for customer support, tuned on 40K dialogues. Its retrieval is powered by bge-m3 embeddings, and its safety filter is Llama Guard 3. Sable-8B is preferred to GPT-4o-mini in 55% of pairwise comparisons.",
    lineage: [["BASED_ON", "Sable-8B", "Llama-3.1-8B"]],
    alsoTrue: [
      ["USES_COMPONENT", "Sable-8B", "bge-m3"],
      ["USES_COMPONENT", "Sable-8B", "Llama Guard 3"],
    ],
    models: ["Sable-8B", "Llama-3.1-8B", "bge-m3", "Llama Guard 3", "GPT-4o-mini"],
  },
];
