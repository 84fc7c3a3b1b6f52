// Probe set S: written after set R, scored before any rule for it: technical-report abstracts of model series
// (a base model and its chat, coder, math and vision members; knowledge distilled from a reasoning series;
// a vision model whose language part is a named member of the series).
import type { Probe } from "./types.ts";

export const SET_S: Probe[] = [
  {
    title: "DeepSeek-V3 Technical Report",
    abstract:
      "We present DeepSeek-V3, a strong Mixture-of-Experts (MoE) language model with 671B total parameters with 37B activated for each token. DeepSeek-V3 adopts Multi-head Latent Attention (MLA) and DeepSeekMoE architectures, which were thoroughly validated in DeepSeek-V2. In post-training, we distill the reasoning capability from the DeepSeek-R1 series of models into DeepSeek-V3.",
    lineage: [["DISTILLED_FROM", "DeepSeek-V3", "DeepSeek-R1"]],
    alsoTrue: [["SUCCESSOR_OF", "DeepSeek-V3", "DeepSeek-V2"]],
  },
  {
    title: "Yi: Open Foundation Models by 01.AI",
    abstract:
      "We introduce the Yi model family, a series of language and multimodal models. The Yi model family is based on 6B and 34B pretrained language models, then we extend them to chat models, 200K long context models, depth-upscaled models, and vision-language models. For vision-language, we combine the chat language model with a vision transformer encoder and train the model to align visual representations to the semantic space of the language model.",
    lineage: [],
  },
  {
    title: "InternLM2.5-StepProver: Advancing Automated Theorem Proving",
    abstract:
      "We present InternLM2.5-StepProver, a prover for Lean 4 built by expert iteration on a large-scale corpus of formal problems. Starting from InternLM2.5-Math-Plus, we alternately search for proofs and fine-tune the policy and critic models on the successful trajectories.",
    lineage: [["BASED_ON", "InternLM2.5-StepProver", "InternLM2.5-Math-Plus"]],
  },
  {
    title: "Phi-3.5-MoE and Phi-3.5-Vision",
    abstract:
      "We introduce three models in the phi-3.5 series: phi-3.5-mini, phi-3.5-MoE, and phi-3.5-Vision. The phi-3.5-Vision model is a 4.2 billion parameter model derived from phi-3.5-mini, with strong reasoning capabilities for single and multi-image prompts.",
    lineage: [["BASED_ON", "phi-3.5-Vision", "phi-3.5-mini"]],
    // Members of the series the paper names.
    alsoTrue: [
      ["VARIANT_OF", "phi-3.5-mini", "phi-3.5"],
      ["VARIANT_OF", "phi-3.5-MoE", "phi-3.5"],
      ["VARIANT_OF", "phi-3.5-Vision", "phi-3.5"],
    ],
  },
  {
    title: "Llama 3.2 Vision: Adding Image Understanding to Llama 3.1",
    abstract:
      "We describe Llama 3.2-Vision, which adds image understanding to the Llama 3.1 text models. To support image inputs, we trained a set of adapter weights that integrate a pre-trained image encoder into the pre-trained Llama 3.1 language model, keeping the language model parameters frozen.",
    lineage: [["BASED_ON", "Llama 3.2-Vision", "Llama 3.1"]],
  },
  {
    title: "Granite 3.0 Language Models",
    abstract:
      "We present Granite 3.0, a new set of lightweight, state-of-the-art, open foundation models. The Granite 3.0 instruct models are obtained by supervised fine-tuning and reinforcement learning of the Granite 3.0 base models, and Granite Guardian 3.0 is fine-tuned from Granite 3.0 8B Instruct.",
    lineage: [
      ["VARIANT_OF|BASED_ON", "Granite 3.0 Instruct", "Granite 3.0"],
      ["BASED_ON", "Granite Guardian 3.0", "Granite 3.0 8B Instruct"],
    ],
  },
  {
    title: "Hermes 3 Technical Report",
    abstract:
      "Instruct (or chat) tuned models have become the primary way in which most people interact with large language models. We present Hermes 3, a neutrally-aligned generalist instruct and tool use model with strong reasoning and creative abilities. Hermes 3 is a full-parameter finetune of Llama 3.1 8B, 70B and 405B.",
    lineage: [["BASED_ON", "Hermes 3", "Llama 3.1"]],
  },
  {
    title: "Mistral Small 3.1 and Devstral",
    abstract:
      "We release Devstral, an agentic model for software engineering, finetuned from Mistral Small 3.1. Devstral is released under the Apache 2.0 license and runs on a single RTX 4090.",
    lineage: [["BASED_ON", "Devstral", "Mistral Small 3.1"]],
  },
];
