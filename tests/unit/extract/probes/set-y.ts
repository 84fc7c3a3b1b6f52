// Probe set Y: written after set X, scored before any rule for it, with the models each abstract names (and the
// data, methods and phrases it names that are not models): compute-optimal and series reports that compare with
// many models, pruning and adapters, speech language models, and datasets that look like model names.
import type { Probe } from "./types.ts";

export const SET_Y: Probe[] = [
  {
    title: "Mistral 7B",
    abstract:
      "We introduce Mistral 7B v0.1, a 7-billion-parameter language model engineered for superior performance and efficiency. Mistral 7B outperforms Llama 2 13B across all evaluated benchmarks, and Llama 1 34B in reasoning, mathematics, and code generation. Our model leverages grouped-query attention (GQA) for faster inference, coupled with sliding window attention (SWA) to effectively handle sequences of arbitrary length with a reduced inference cost. We also provide a model fine-tuned to follow instructions, Mistral 7B -- Instruct, that surpasses the Llama 2 13B -- Chat model both on human and automated benchmarks. Our models are released under the Apache 2.0 license.",
    lineage: [],
    alsoTrue: [
      ["VARIANT_OF|BASED_ON", "Mistral 7B Instruct", "Mistral 7B"],
      ["VARIANT_OF|BASED_ON", "Llama 2 13B Chat", "Llama 2 13B"],
    ],
    models: ["Mistral 7B", "Llama 2 13B", "Llama 1 34B"],
    notModels: ["GQA", "SWA", "Apache"],
  },
  {
    title: "Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone",
    abstract:
      "We introduce phi-3-mini, a 3.8 billion parameter language model trained on 3.3 trillion tokens, whose overall performance, as measured by both academic benchmarks and internal testing, rivals that of models such as Mixtral 8x7B and GPT-3.5 (e.g., phi-3-mini achieves 69% on MMLU and 8.38 on MT-bench), despite being small enough to be deployed on a phone. The innovation lies entirely in our dataset for training, a scaled-up version of the one used for phi-2, composed of heavily filtered publicly available web data and synthetic data. The model is also further aligned for robustness, safety, and chat format. We also provide some initial parameter-scaling results with a 7B and 14B models trained for 4.8T tokens, called phi-3-small and phi-3-medium, both significantly more capable than phi-3-mini (e.g., respectively 75% and 78% on MMLU, and 8.7 and 8.9 on MT-bench). Moreover, we also introduce phi-3-vision, a 4.2 billion parameter model based on phi-3-mini with strong reasoning capabilities for image and text prompts.",
    lineage: [["BASED_ON", "phi-3-vision", "phi-3-mini"]],
    alsoTrue: [
      ["VARIANT_OF", "phi-3-small", "phi-3"],
      ["VARIANT_OF", "phi-3-medium", "phi-3"],
      ["VARIANT_OF", "phi-3-mini", "phi-3"],
      ["VARIANT_OF", "phi-3-vision", "phi-3"],
      ["SUCCESSOR_OF", "phi-3", "phi-2"],
    ],
    models: ["phi-3-mini", "phi-3-small", "phi-3-medium", "phi-3-vision", "Mixtral 8x7B", "GPT-3.5", "phi-2"],
    notModels: ["MMLU", "MT-bench"],
  },
  {
    title: "The Llama 3 Herd of Models",
    abstract:
      "Modern artificial intelligence (AI) systems are powered by foundation models. This paper presents a new set of foundation models, called Llama 3. It is a herd of language models that natively support multilinguality, coding, reasoning, and tool usage. Our largest model is a dense Transformer with 405B parameters and a context window of up to 128K tokens. This paper presents an extensive empirical evaluation of Llama 3. We find that Llama 3 delivers comparable quality to leading language models such as GPT-4 on a plethora of tasks. We publicly release Llama 3, including pre-trained and post-trained versions of the 405B parameter language model and our Llama Guard 3 model for input and output safety. The paper also presents the results of experiments in which we integrate image, video, and speech capabilities into Llama 3 via a compositional approach.",
    lineage: [],
    alsoTrue: [["BASED_ON", "Llama Guard 3", "Llama 3"]],
    models: ["Llama 3", "GPT-4", "Llama Guard 3"],
  },
  {
    title: "OPT: Open Pre-trained Transformer Language Models",
    abstract:
      "Large language models, which are often trained for hundreds of thousands of compute days, have shown remarkable capabilities for zero- and few-shot learning. Given their computational cost, these models are difficult to replicate without significant capital. For the few that are available through APIs, no access is granted to the full model weights, making them difficult to study. We present Open Pre-trained Transformers (OPT), a suite of decoder-only pre-trained transformers ranging from 125M to 175B parameters, which we aim to fully and responsibly share with interested researchers. We show that OPT-175B is comparable to GPT-3, while requiring only 1/7th the carbon footprint to develop. We are also releasing our logbook detailing the infrastructure challenges we faced, along with code for experimenting with all of the released models.",
    lineage: [],
    alsoTrue: [["VARIANT_OF", "OPT-175B", "OPT"]],
    models: ["OPT", "OPT-175B", "GPT-3"],
  },
  {
    title: "Training Compute-Optimal Large Language Models",
    abstract:
      "We investigate the optimal model size and number of tokens for training a transformer language model under a given compute budget. We find that current large language models are significantly undertrained, a consequence of the recent focus on scaling language models whilst keeping the amount of training data constant. By training over 400 language models ranging from 70 million to over 16 billion parameters on 5 to 500 billion tokens, we find that for compute-optimal training, the model size and the number of training tokens should be scaled equally: for every doubling of model size the number of training tokens should also be doubled. We test this hypothesis by training a predicted compute-optimal model, Chinchilla, that uses the same compute budget as Gopher but with 70B parameters and 4× more more data. Chinchilla uniformly and significantly outperforms Gopher (280B), GPT-3 (175B), Jurassic-1 (178B), and Megatron-Turing NLG (530B) on a large range of downstream evaluation tasks. This also means that Chinchilla uses substantially less compute for fine-tuning and inference, greatly facilitating downstream usage. As a highlight, Chinchilla reaches a state-of-the-art average accuracy of 67.5% on the MMLU benchmark, greater than a 7% improvement over Gopher.",
    lineage: [],
    models: ["Chinchilla", "Gopher", "GPT-3", "Jurassic-1", "Megatron-Turing NLG"],
    notModels: ["MMLU"],
  },
  {
    title: "PaLM 2 Technical Report",
    abstract:
      "We introduce PaLM 2, a new state-of-the-art language model that has better multilingual and reasoning capabilities and is more compute-efficient than its predecessor PaLM. PaLM 2 is a Transformer-based model trained using a mixture of objectives. Through extensive evaluations on English and multilingual language, and reasoning tasks, we demonstrate that PaLM 2 has significantly improved quality on downstream tasks across different model sizes, while simultaneously exhibiting faster and more efficient inference compared to PaLM.",
    lineage: [["SUCCESSOR_OF", "PaLM 2", "PaLM"]],
    models: ["PaLM 2", "PaLM"],
  },
  {
    title: "AudioPaLM: A Large Language Model That Can Speak and Listen",
    abstract:
      "We introduce AudioPaLM, a large language model for speech understanding and generation. AudioPaLM fuses text-based and speech-based language models, PaLM-2 [Anil et al., 2023] and AudioLM [Borsos et al., 2022], into a unified multimodal architecture that can process and generate text and speech with applications including speech recognition and speech-to-speech translation. AudioPaLM inherits the capability to preserve paralinguistic information such as speaker identity and intonation from AudioLM and the linguistic knowledge present only in text large language models such as PaLM-2. We demonstrate that initializing AudioPaLM with the weights of a text-only large language model improves speech processing, successfully leveraging the larger quantity of text training data used in pretraining to assist with the speech tasks.",
    lineage: [
      ["BASED_ON", "AudioPaLM", "PaLM-2"],
      ["BASED_ON", "AudioPaLM", "AudioLM"],
    ],
    models: ["AudioPaLM", "PaLM-2", "AudioLM"],
  },
  {
    title: "Neural Codec Language Models are Zero-Shot Text to Speech Synthesizers",
    abstract:
      "We introduce a language modeling approach for text to speech synthesis (TTS). Specifically, we train a neural codec language model (called VALL-E) using discrete codes derived from an off-the-shelf neural audio codec model, and regard TTS as a conditional language modeling task rather than continuous signal regression as in previous work. During the pre-training stage, we scale up the TTS training data to 60K hours of English speech which is hundreds of times larger than existing systems. VALL-E emerges in-context learning capabilities and can be used to synthesize high-quality personalized speech with only a 3-second enrolled recording of an unseen speaker as an acoustic prompt.",
    lineage: [],
    models: ["VALL-E"],
    notModels: ["TTS"],
  },
  {
    title:
      "WizardMath: Empowering Mathematical Reasoning for Large Language Models via Reinforced Evol-Instruct",
    abstract:
      "Large language models (LLMs), such as GPT-4, have shown remarkable performance in natural language processing (NLP) tasks, including challenging mathematical reasoning. However, most existing open-source models are only pre-trained on large-scale internet data and without math-related optimization. In this paper, we present WizardMath, which enhances the mathematical reasoning abilities of Llama-2, by applying our proposed Reinforcement Learning from Evol-Instruct Feedback (RLEIF) method to the domain of math. Through extensive experiments on two mathematical reasoning benchmarks, namely GSM8k and MATH, we reveal the extraordinary capabilities of our model. WizardMath surpasses all other open-source LLMs by a substantial margin. Furthermore, our model even outperforms ChatGPT-3.5, Claude Instant-1, PaLM-2 and Minerva on GSM8k, simultaneously surpasses Text-davinci-002, PaLM-1 and GPT-3 on MATH.",
    lineage: [["BASED_ON", "WizardMath", "Llama-2"]],
    models: [
      "WizardMath",
      "Llama-2",
      "GPT-4",
      "ChatGPT-3.5",
      "PaLM-2",
      "Minerva",
      "Text-davinci-002",
      "GPT-3",
    ],
    notModels: ["RLEIF", "GSM8k", "MATH"],
  },
  {
    title: "Sheared LLaMA: Accelerating Language Model Pre-training via Structured Pruning",
    abstract:
      "The popularity of LLaMA (Touvron et al., 2023a;b) and other recently emerged moderate-sized large language models (LLMs) highlights the potential of building smaller yet powerful LLMs. Regardless, the cost of training such models from scratch on trillions of tokens remains high. In this work, we study structured pruning as an effective means to develop smaller LLMs from pre-trained, larger models. Our approach employs two key techniques: (1) targeted structured pruning, which prunes a larger model to a specified target shape by removing layers, heads, and intermediate and hidden dimensions in an end-to-end manner, and (2) dynamic batch loading, which dynamically updates the composition of sampled data in each training batch based on varying losses across different domains. We demonstrate the efficacy of our approach by presenting the Sheared-LLaMA series, pruning the LLaMA2-7B model down to 1.3B and 2.7B parameters. Sheared-LLaMA models outperform state-of-the-art open-source models of equivalent sizes, such as Pythia, INCITE, OpenLLaMA and the concurrent TinyLlama models, on a wide range of downstream and instruction tuning evaluations, while requiring only 3% of compute compared to training such models from scratch.",
    lineage: [["BASED_ON|DISTILLED_FROM", "Sheared-LLaMA", "LLaMA2-7B"]],
    models: ["Sheared-LLaMA", "LLaMA2-7B", "LLaMA", "Pythia", "INCITE", "OpenLLaMA", "TinyLlama"],
  },
  {
    title: "LLaMA-Adapter: Efficient Fine-tuning of Language Models with Zero-init Attention",
    abstract:
      "We present LLaMA-Adapter, a lightweight adaption method to efficiently fine-tune LLaMA into an instruction-following model. Using 52K self-instruct demonstrations, LLaMA-Adapter only introduces 1.2M learnable parameters upon the frozen LLaMA 7B model, and costs less than one hour for fine-tuning on 8 A100 GPUs. Specifically, we adopt a set of learnable adaption prompts, and prepend them to the word tokens at higher transformer layers. Then, a zero-initialized attention mechanism with zero gating is proposed, which adaptively injects the new instructional cues into LLaMA, while effectively preserves its pre-trained knowledge. With our efficient training, LLaMA-Adapter can generate high-quality responses, comparable to Alpaca with fully fine-tuned 7B parameters.",
    lineage: [],
    alsoTrue: [["BASED_ON", "LLaMA-Adapter", "LLaMA"]],
    models: ["LLaMA", "Alpaca"],
  },
  {
    title: "TinyStories: How Small Can Language Models Be and Still Speak Coherent English?",
    abstract:
      "Language models (LMs) are powerful tools for natural language processing, but they often struggle to produce coherent and fluent text when they are small. Models with around 125M parameters such as GPT-Neo (small) or GPT-2 (small) can rarely generate coherent and consistent English text beyond a few words even after extensive training. This raises the question of whether the emergence of the ability to produce coherent English text only occurs at larger scales (with hundreds of millions of parameters or more) and complex architectures (with many layers of global attention). In this work, we introduce TinyStories, a synthetic dataset of short stories that only contain words that a typical 3 to 4-year-olds usually understand, generated by GPT-3.5 and GPT-4. We show that TinyStories can be used to train and evaluate LMs that are much smaller than the state-of-the-art models (below 10 million total parameters), or have much simpler architectures (with only one transformer block), yet still produce fluent and consistent stories with several paragraphs that are diverse and have almost perfect grammar, and demonstrate reasoning capabilities.",
    lineage: [],
    models: ["GPT-Neo", "GPT-2", "GPT-3.5", "GPT-4"],
    notModels: ["TinyStories"],
  },
  {
    title: "Self-Instruct: Aligning Language Models with Self-Generated Instructions",
    abstract:
      'Large "instruction-tuned" language models (i.e., finetuned to respond to instructions) have demonstrated a remarkable ability to generalize zero-shot to new tasks. Nevertheless, they depend heavily on human-written instruction data that is often limited in quantity, diversity, and creativity, therefore hindering the generality of the tuned model. We introduce Self-Instruct, a framework for improving the instruction-following capabilities of pretrained language models by bootstrapping off their own generations. Our pipeline generates instructions, input, and output samples from a language model, then filters invalid or similar ones before using them to finetune the original model. Applying our method to the vanilla GPT3, we demonstrate a 33% absolute improvement over the original model on Super-NaturalInstructions, on par with the performance of InstructGPT-001, which was trained with private user data and human annotations.',
    lineage: [],
    models: ["GPT3", "InstructGPT-001"],
    notModels: ["Self-Instruct", "Super-NaturalInstructions"],
  },
  {
    title: "The Era of 1-bit LLMs: All Large Language Models are in 1.58 Bits",
    abstract:
      "Recent research, such as BitNet, is paving the way for a new era of 1-bit Large Language Models (LLMs). In this work, we introduce a 1-bit LLM variant, namely BitNet b1.58, in which every single parameter (or weight) of the LLM is ternary {-1, 0, 1}. It matches the full-precision (i.e., FP16 or BF16) Transformer LLM with the same model size and training tokens in terms of both perplexity and end-task performance, while being significantly more cost-effective in terms of latency, memory, throughput, and energy consumption.",
    lineage: [],
    alsoTrue: [["VARIANT_OF|SUCCESSOR_OF|BASED_ON", "BitNet b1.58", "BitNet"]],
    models: ["BitNet b1.58"],
    notModels: ["FP16", "BF16"],
  },
  {
    title:
      "How Far Are We to GPT-4V? Closing the Gap to Commercial Multimodal Models with Open-Source Suites",
    abstract:
      "In this report, we introduce InternVL 1.5, an open-source multimodal large language model (MLLM) to bridge the capability gap between open-source and proprietary commercial models in multimodal understanding. We introduce three simple improvements: (1) Strong Vision Encoder: we explored a continuous learning strategy for the large-scale vision foundation model -- InternViT-6B, boosting its visual understanding capabilities, and making it can be transferred and reused in different LLMs. (2) Dynamic High-Resolution: we divide images into tiles ranging from 1 to 40 of 448×448 pixels according to the aspect ratio and resolution of the input images, which supports up to 4K resolution input. (3) High-Quality Bilingual Dataset: we carefully collected a high-quality bilingual dataset that covers common scenes, document images, and annotated them with English and Chinese question-answer pairs, significantly enhancing performance in OCR- and Chinese-related tasks.",
    lineage: [],
    alsoTrue: [["USES_COMPONENT|BASED_ON", "InternVL 1.5", "InternViT-6B"]],
    models: ["InternVL 1.5", "InternViT-6B"],
  },
  {
    title: "LLaVA-OneVision: Easy Visual Task Transfer",
    abstract:
      "We present LLaVA-OneVision, a family of open large multimodal models (LMMs) developed by consolidating our insights into data, models, and visual representations in the LLaVA-NeXT blog series. Our experimental results demonstrate that LLaVA-OneVision is the first single model that can simultaneously push the performance boundaries of open LMMs in three important computer vision scenarios: single-image, multi-image, and video scenarios. Importantly, the design of LLaVA-OneVision allows strong transfer learning across different modalities/scenarios, yielding new emerging capabilities.",
    lineage: [],
    alsoTrue: [["BASED_ON|SUCCESSOR_OF", "LLaVA-OneVision", "LLaVA-NeXT"]],
    models: ["LLaVA-OneVision"],
  },
];
