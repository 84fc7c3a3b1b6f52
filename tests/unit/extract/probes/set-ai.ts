// Probe set AI: written after set AH, scored before any rule for it, with the models each abstract names: medical
// families written with slashed sizes ("Me-LLaMA 13/70B"), data distilled from a model, a math model with
// ellipsed sizes, and a code model beside benchmarks and IDEs named like products.
import type { Probe } from "./types.ts";

export const SET_AI: Probe[] = [
  {
    title: "Me-LLaMA: Foundation Large Language Models for Medical Applications",
    abstract:
      "Recent advancements in large language models (LLMs) such as ChatGPT and LLaMA have hinted at their potential to revolutionize medical applications, yet their application in clinical settings often reveals limitations due to a lack of specialized training on medical-specific data. In response to this challenge, this study introduces Me-LLaMA, a novel medical LLM family that includes foundation models - Me-LLaMA 13/70B, along with their chat-enhanced versions - Me-LLaMA 13/70B-chat, developed through continual pre-training and instruction tuning of LLaMA2 using large medical datasets. Our methodology leverages a comprehensive domain-specific data suite, including a large-scale, continual pre-training dataset with 129B tokens, an instruction tuning dataset with 214k samples, and a new medical evaluation benchmark (MIBE) across six critical medical tasks with 12 datasets.",
    lineage: [["BASED_ON", "Me-LLaMA", "LLaMA2"]],
    alsoTrue: [["VARIANT_OF|BASED_ON", "Me-LLaMA 13B-chat", "Me-LLaMA 13B"]],
    models: ["Me-LLaMA", "ChatGPT", "LLaMA", "LLaMA2"],
    notModels: ["MIBE"],
  },
  {
    title: "HuatuoGPT, towards Taming Language Model to Be a Doctor",
    abstract:
      "In this paper, we present HuatuoGPT, a large language model (LLM) for medical consultation. The core recipe of HuatuoGPT is to leverage both distilled data from ChatGPT and real-world data from doctors in the supervised fine-tuned stage. The responses of ChatGPT are usually detailed, well-presented and informative while it cannot perform like a doctor in many aspects, e.g. for integrative diagnosis. We argue that real-world data from doctors would be complementary to distilled data in the sense the former could tame a distilled language model to perform like doctors. To better leverage the strengths of both data, we train a reward model to align the language model with the merits that both data bring, following an RLAIF (reinforced learning from AI feedback) fashion. To evaluate and benchmark the models, we propose a comprehensive evaluation scheme (including automatic and manual metrics). Experimental results demonstrate that HuatuoGPT achieves state-of-the-art results in performing medical consultation among open-source LLMs in GPT-4 evaluation, human evaluation, and medical benchmark datasets.",
    lineage: [],
    alsoTrue: [["DISTILLED_FROM", "HuatuoGPT", "ChatGPT"]],
    models: ["HuatuoGPT", "ChatGPT", "GPT-4"],
    notModels: ["RLAIF"],
  },
  {
    title: "Rho-1: Not All Tokens Are What You Need",
    abstract:
      'Previous language model pre-training methods have uniformly applied a next-token prediction loss to all training tokens. Challenging this norm, we posit that "Not all tokens in a corpus are equally important for language model training". Our initial analysis examines token-level training dynamics of language model, revealing distinct loss patterns for different tokens. Leveraging these insights, we introduce a new language model called Rho-1. Unlike traditional LMs that learn to predict every next token in a corpus, Rho-1 employs Selective Language Modeling (SLM), which selectively trains on useful tokens that aligned with the desired distribution. This approach involves scoring pretraining tokens using a reference model, and then training the language model with a focused loss on tokens with higher scores. When continual pretraining on 15B OpenWebMath corpus, Rho-1 yields an absolute improvement in few-shot accuracy of up to 30% in 9 math tasks. After fine-tuning, Rho-1-1B and 7B achieved state-of-the-art results of 40.6% and 51.8% on MATH dataset, respectively - matching DeepSeekMath with only 3% of the pretraining tokens.',
    lineage: [],
    models: ["Rho-1", "DeepSeekMath"],
    notModels: ["OpenWebMath", "SLM", "MATH"],
  },
  {
    title: "CodeGeeX: A Pre-Trained Model for Code Generation with Multilingual Evaluations on HumanEval-X",
    abstract:
      "Large pre-trained code generation models, such as OpenAI Codex, can generate syntax- and function-correct code, making the coding of programmers more productive and our pursuit of artificial general intelligence closer. In this paper, we introduce CodeGeeX, a multilingual model with 13 billion parameters for code generation. CodeGeeX is pre-trained on 850 billion tokens of 23 programming languages as of June 2022. Our extensive experiments suggest that CodeGeeX outperforms multilingual code models of similar scale for both the tasks of code generation and translation on HumanEval-X. Building upon HumanEval (Python only), we develop the HumanEval-X benchmark for evaluating multilingual models by hand-writing the solutions in C++, Java, JavaScript, and Go. In addition, we build CodeGeeX-based extensions on Visual Studio Code, JetBrains, and Cloud Studio, generating 4.7 billion tokens for tens of thousands of active users per week.",
    lineage: [],
    models: ["CodeGeeX", "Codex"],
    notModels: ["HumanEval-X", "HumanEval", "Visual Studio Code", "JetBrains", "Cloud Studio"],
  },
];
