// Probe set W: written after set V, scored before any rule for it: multimodal and agent models built from two
// named parts, code models tuned with evolved instructions, and parents written with their owner ("Meta's",
// "OpenAI's") or inside a relative clause.
import type { Probe } from "./types.ts";

export const SET_W: Probe[] = [
  {
    title:
      "Qwen-Audio: Advancing Universal Audio Understanding via Unified Large-Scale Audio-Language Models",
    abstract:
      "We develop the Qwen-Audio model, which scales up audio-language pre-training to cover over 30 tasks and various audio types. The audio encoder of Qwen-Audio is initialized from Whisper-large-v2, and its language model is initialized from Qwen-7B.",
    lineage: [["BASED_ON", "Qwen-Audio", "Qwen-7B"]],
    alsoTrue: [["BASED_ON", "Qwen-Audio", "Whisper-large-v2"]],
  },
  {
    title: "WizardCoder: Empowering Code Large Language Models with Evol-Instruct",
    abstract:
      "In this paper, we introduce WizardCoder, which empowers Code LLMs with complex instruction fine-tuning, by adapting the Evol-Instruct method to the domain of code. We fine-tune StarCoder with our evolved code instructions and obtain WizardCoder, which surpasses all other open-source Code LLMs by a substantial margin.",
    lineage: [["BASED_ON", "WizardCoder", "StarCoder"]],
  },
  {
    title: "AgentTuning: Enabling Generalized Agent Abilities for LLMs",
    abstract:
      "We present AgentTuning, a simple and general method to enhance the agent abilities of LLMs while maintaining their general LLM capabilities. We construct AgentInstruct, a lightweight instruction-tuning dataset, and employ a hybrid instruction-tuning strategy by combining AgentInstruct with open-source instructions from general domains. AgentTuning is used to instruction-tune the Llama 2 series, resulting in AgentLM.",
    lineage: [["BASED_ON", "AgentLM", "Llama 2"]],
  },
  {
    title: "Video-LLaMA: An Instruction-tuned Audio-Visual Language Model for Video Understanding",
    abstract:
      "We present Video-LLaMA, a multi-modal framework that empowers Large Language Models with the capability of understanding both visual and auditory content in the video. Video-LLaMA bootstraps cross-modal training from the frozen pre-trained visual and audio encoders and the frozen LLMs, such as Vicuna and LLaMA.",
    lineage: [
      ["BASED_ON", "Video-LLaMA", "Vicuna"],
      ["BASED_ON", "Video-LLaMA", "LLaMA"],
    ],
  },
  {
    title: "Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations",
    abstract:
      "We introduce Llama Guard, an LLM-based input-output safeguard model geared towards Human-AI conversation use cases. Our safeguard model incorporates a safety risk taxonomy. Llama Guard, a Llama2-7b model that is instruction-tuned on our collected dataset, demonstrates strong performance on existing benchmarks.",
    lineage: [["BASED_ON", "Llama Guard", "Llama2-7b"]],
  },
  {
    title: "GTE: Towards General Text Embeddings with Multi-stage Contrastive Learning",
    abstract:
      "We present GTE, a general-purpose text embedding model trained with multi-stage contrastive learning. GTE is initialized with Microsoft's MiniLM and BERT checkpoints and is trained on a mixture of datasets from multiple sources.",
    lineage: [
      ["BASED_ON", "GTE", "MiniLM"],
      ["BASED_ON", "GTE", "BERT"],
    ],
  },
];
