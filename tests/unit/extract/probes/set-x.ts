// Probe set X: written after set W, scored before any rule for it: abstracts recalled as close to their
// published wording as possible (longer, with the noise real abstracts carry), from math, law, finance,
// segmentation, detection, tool use, translation and regional-language papers.
import type { Probe } from "./types.ts";

export const SET_X: Probe[] = [
  {
    title: "DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models",
    abstract:
      "Mathematical reasoning poses a significant challenge for language models due to its complex and structured nature. In this paper, we introduce DeepSeekMath 7B, which continues pre-training DeepSeek-Coder-Base-v1.5 7B with 120B math-related tokens sourced from Common Crawl, together with natural language and code data. DeepSeekMath 7B has achieved an impressive score of 51.7% on the competition-level MATH benchmark without relying on external toolkits and voting techniques, approaching the performance level of Gemini-Ultra and GPT-4. Self-consistency over 64 samples from DeepSeekMath 7B achieves 60.9% on MATH. The mathematical reasoning capability of DeepSeekMath is attributed to two key factors: First, we harness the significant potential of publicly available web data through a meticulously engineered data selection pipeline. Second, we introduce Group Relative Policy Optimization (GRPO), a variant of Proximal Policy Optimization (PPO), that enhances mathematical reasoning abilities while concurrently optimizing the memory usage of PPO.",
    lineage: [["BASED_ON", "DeepSeekMath 7B", "DeepSeek-Coder-Base-v1.5 7B"]],
    notModels: ["GRPO", "PPO", "Common Crawl"],
  },
  {
    title: "SaulLM-7B: A pioneering Large Language Model for Law",
    abstract:
      "In this paper, we introduce SaulLM-7B, a large language model (LLM) tailored for the legal domain. With 7 billion parameters, SaulLM-7B is the first LLM designed explicitly for legal text comprehension and generation. Leveraging the Mistral 7B architecture as its foundation, SaulLM-7B is trained on an English legal corpus of over 30 billion tokens. SaulLM-7B exhibits state-of-the-art proficiency in understanding and processing legal documents. Additionally, we present a novel instructional fine-tuning method that leverages legal datasets to further enhance SaulLM-7B's performance in legal tasks. SaulLM-7B is released under the MIT License.",
    lineage: [["BASED_ON", "SaulLM-7B", "Mistral 7B"]],
  },
  {
    title: "Goat: Fine-tuned LLaMA Outperforms GPT-4 on Arithmetic Tasks",
    abstract:
      "We introduce Goat, a fine-tuned LLaMA model that significantly outperforms GPT-4 on a range of arithmetic tasks. Fine-tuned on a synthetically generated dataset, Goat achieves state-of-the-art performance on BIG-bench arithmetic sub-task. In particular, the zero-shot Goat-7B matches or even surpasses the accuracy achieved by the few-shot PaLM-540B. Surprisingly, Goat can achieve near-perfect accuracy on large-number addition and subtraction through supervised fine-tuning only, which is almost impossible with previous pretrained language models, such as Bloom, OPT, GPT-NeoX, etc. We attribute Goat's exceptional performance to LLaMA's consistent tokenization of numbers.",
    lineage: [["BASED_ON", "Goat", "LLaMA"]],
    alsoTrue: [["BASED_ON", "Goat-7B", "LLaMA"]],
  },
  {
    title: "CodeGemma: Open Code Models Based on Gemma",
    abstract:
      "This paper introduces CodeGemma, a collection of specialized open code models built on top of Gemma, capable of a variety of code and natural language generation tasks. We release three model variants. CodeGemma 7B pretrained (PT) and instruction-tuned (IT) variants have remarkably resilient natural language understanding, excel in mathematical reasoning, and match code capabilities of other open models. CodeGemma 2B is a state-of-the-art code completion model designed for fast code infilling and open-ended generation in latency-sensitive settings.",
    lineage: [["BASED_ON", "CodeGemma", "Gemma"]],
  },
  {
    title: "Eagle and Finch: RWKV with Matrix-Valued States and Dynamic Recurrence",
    abstract:
      "We present Eagle (RWKV-5) and Finch (RWKV-6), sequence models improving upon the RWKV (RWKV-4) architecture. Our architectural design advancements include multi-headed matrix-valued states and a dynamic recurrence mechanism that improve expressivity while maintaining the inference efficiency characteristics of RNNs. We introduce a new multilingual corpus with 1.12 trillion tokens and a fast tokenizer based on greedy matching for enhanced multilinguality. We trained four Eagle models, ranging from 0.46 to 7.5 billion parameters, and two Finch models with 1.6 and 3.1 billion parameters and find that they achieve competitive performance across a wide variety of benchmarks.",
    lineage: [
      ["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "Eagle", "RWKV"],
      ["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "Finch", "RWKV"],
    ],
    alsoTrue: [
      ["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "Eagle", "RWKV-4"],
      ["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "Finch", "RWKV-4"],
      ["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "RWKV-5", "RWKV"],
      ["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "RWKV-6", "RWKV"],
      ["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "RWKV-4", "RWKV"],
    ],
  },
  {
    title: "Segment Anything in High Quality",
    abstract:
      "The recent Segment Anything Model (SAM) represents a big leap in scaling up segmentation models, allowing for powerful zero-shot capabilities and flexible prompting. Despite being trained with 1.1 billion masks, SAM's mask prediction quality falls short in many cases, particularly when dealing with objects that have intricate structures. We propose HQ-SAM, equipping SAM with the ability to accurately segment any object, while maintaining SAM's original promptable design, efficiency, and zero-shot generalizability. Our careful design reuses and preserves the pre-trained model weights of SAM, while only introducing minimal additional parameters and computation. We design a learnable High-Quality Output Token, which is injected into SAM's mask decoder and is responsible for predicting the high-quality mask.",
    lineage: [["BASED_ON", "HQ-SAM", "SAM"]],
  },
  {
    title: "Faster Segment Anything: Towards Lightweight SAM for Mobile Applications",
    abstract:
      "Segment anything model (SAM) is a prompt-guided vision foundation model for cutting out the object of interest from its background. Since Meta research team released the SA project, SAM has attracted significant attention due to its impressive zero-shot transfer performance and high versatility of being compatible with other models for advanced vision applications like image editing with fine-grained control. In this work, we aim to make SAM mobile-friendly by replacing the heavyweight image encoder with a lightweight one. A naive way to train such a new SAM as in the original SAM paper leads to unsatisfactory performance, especially when limited training sources are available. We find that this is mainly caused by the coupled optimization of the image encoder and mask decoder, motivated by which we propose decoupled distillation. Concretely, we distill the knowledge from the heavy image encoder (ViT-H in the original SAM) to a lightweight image encoder, which can be automatically compatible with the mask decoder in the original SAM. The training can be completed on a single GPU within less than one day, and the resulting lightweight SAM is termed MobileSAM which is more than 60 times smaller yet performs on par with the original SAM.",
    lineage: [["DISTILLED_FROM|BASED_ON", "MobileSAM", "SAM"]],
    models: ["SAM", "MobileSAM"],
  },
  {
    title: "Grounding DINO: Marrying DINO with Grounded Pre-Training for Open-Set Object Detection",
    abstract:
      "In this paper, we present an open-set object detector, called Grounding DINO, by marrying Transformer-based detector DINO with grounded pre-training, which can detect arbitrary objects with human inputs such as category names or referring expressions. The key solution of open-set object detection is introducing language to a closed-set detector for open-set concept generalization. To effectively fuse language and vision modalities, we conceptually divide a closed-set detector into three phases and propose a tight fusion solution, which includes a feature enhancer, a language-guided query selection, and a cross-modality decoder for cross-modality fusion.",
    lineage: [["BASED_ON", "Grounding DINO", "DINO"]],
    models: ["Grounding DINO", "DINO"],
  },
  {
    title: "ToolLLM: Facilitating Large Language Models to Master 16000+ Real-world APIs",
    abstract:
      "Despite the advancements of open-source large language models (LLMs), e.g., LLaMA, they remain significantly limited in tool-use capabilities, i.e., using external tools (APIs) to fulfill human instructions. To bridge this gap, we introduce ToolLLM, a general tool-use framework encompassing data construction, model training, and evaluation. We first present ToolBench, an instruction-tuning dataset for tool use, which is constructed automatically using ChatGPT. By fine-tuning LLaMA on ToolBench, we obtain an LLM ToolLLaMA, and equip it with a neural API retriever to recommend appropriate APIs for each instruction. Experiments show that ToolLLaMA demonstrates a remarkable ability to execute complex instructions and generalize to unseen APIs, and exhibits comparable performance to ChatGPT.",
    lineage: [["BASED_ON", "ToolLLaMA", "LLaMA"]],
  },
  {
    title: "Enhancing Chat Language Models by Scaling High-quality Instructional Conversations",
    abstract:
      "Fine-tuning on instruction data has been widely validated as an effective practice for implementing chat language models like ChatGPT. Scaling the diversity and quality of such data, although straightforward, stands a great chance of leading to improved performance. This paper aims to improve the upper bound of open-source models further. We first provide a systematically designed, diverse, informative, large-scale dataset of instructional conversations, UltraChat, which does not involve human queries. Building upon UltraChat, we fine-tune a LLaMA model to create a powerful conversational model, UltraLLaMA. Our evaluations indicate that UltraLLaMA consistently outperforms other open-source models, including Vicuna, the previously recognized state-of-the-art open-source model.",
    lineage: [["BASED_ON", "UltraLLaMA", "LLaMA"]],
    models: ["UltraLLaMA", "LLaMA", "Vicuna", "ChatGPT"],
    notModels: ["UltraChat"],
  },
  {
    title: "Towards Expert-Level Medical Question Answering with Large Language Models",
    abstract:
      'Recent artificial intelligence (AI) systems have reached milestones in "grand challenges" ranging from Go to protein-folding. The capability to retrieve medical knowledge, reason over it, and answer medical questions comparably to physicians has long been viewed as one such grand challenge. Large language models (LLMs) have catalyzed significant progress in medical question answering; Med-PaLM was the first model to exceed a "passing" score in US Medical Licensing Examination (USMLE) style questions with a score of 67.2% on the MedQA dataset. However, this and other prior work suggested significant room for improvement, especially when models\' answers were compared to clinicians\' answers. Here we present Med-PaLM 2, which bridges these gaps by leveraging a combination of base LLM improvements (PaLM 2), medical domain finetuning, and prompting strategies including a novel ensemble refinement approach. Med-PaLM 2 scored up to 86.5% on the MedQA dataset, improving upon Med-PaLM by over 19% and setting a new state-of-the-art.',
    lineage: [["BASED_ON", "Med-PaLM 2", "PaLM 2"]],
    alsoTrue: [["SUCCESSOR_OF|VARIANT_OF", "Med-PaLM 2", "Med-PaLM"]],
  },
  {
    title: "PIXIU: A Large Language Model, Instruction Data and Evaluation Benchmark for Finance",
    abstract:
      "Although large language models (LLMs) has shown great performance on natural language processing (NLP) in the financial domain, there are no publicly available financial tailtored LLMs, instruction tuning datasets, and evaluation benchmarks, which is critical for continually pushing forward the open-source development of financial artificial intelligence (AI). This paper introduces PIXIU, a comprehensive framework including the first financial LLM based on fine-tuning LLaMA with instruction data, the first instruction data with 136K data samples to support the fine-tuning, and an evaluation benchmark with 5 tasks and 9 datasets. We first construct the large-scale multi-task instruction data considering a variety of financial tasks, financial document types, and financial data modalities. We then propose a financial LLM called FinMA by fine-tuning LLaMA with the constructed dataset to be able to follow instructions for various financial tasks.",
    lineage: [["BASED_ON", "FinMA", "LLaMA"]],
    models: ["FinMA", "LLaMA"],
    notModels: ["PIXIU"],
  },
  {
    title: "SeaLLMs -- Large Language Models for Southeast Asia",
    abstract:
      "Despite the remarkable achievements of large language models (LLMs) in various tasks, there remains a linguistic bias that favors high-resource languages, such as English, often at the expense of low-resource and regional languages. To address this imbalance, we introduce SeaLLMs, an innovative series of language models that specifically focuses on Southeast Asian (SEA) languages. SeaLLMs are built upon the Llama-2 model and further advanced through continued pre-training with an extended vocabulary, specialized instruction and alignment tuning to better capture the intricacies of regional languages. This allows them to respect and reflect local cultural norms, customs, stylistic preferences, and legal considerations.",
    lineage: [["BASED_ON", "SeaLLMs", "Llama-2"]],
  },
  {
    title:
      "A Paradigm Shift in Machine Translation: Boosting Translation Performance of Large Language Models",
    abstract:
      "Generative Large Language Models (LLMs) have achieved remarkable advancements in various NLP tasks. However, these advances have not been reflected in the translation task, especially those with moderate model sizes (i.e., 7B or 13B parameters), which still lag behind conventional supervised encoder-decoder translation models. In this study, we propose a novel fine-tuning approach for LLMs that is specifically designed for the translation task, eliminating the need for the abundant parallel data that traditional translation models usually depend on. Our approach consists of two fine-tuning stages: initial fine-tuning on monolingual data followed by subsequent fine-tuning on a small set of high-quality parallel data. We introduce the LLM developed through this strategy as Advanced Language Model-based trAnslator (ALMA). Based on LLaMA-2 as our underlying model, our results show that the model can achieve an average improvement of more than 12 BLEU and 12 COMET over its zero-shot performance across 10 translation directions from the WMT'21 (2 directions) and WMT'22 (8 directions) test datasets.",
    lineage: [["BASED_ON", "ALMA", "LLaMA-2"]],
    models: ["ALMA", "LLaMA-2"],
    notModels: ["Generative Large", "trAnslator"],
  },
  {
    title: "Improved Baselines with Visual Instruction Tuning",
    abstract:
      "Large multimodal models (LMM) have recently shown encouraging progress with visual instruction tuning. In this note, we show that the fully-connected vision-language cross-modal connector in LLaVA is surprisingly powerful and data-efficient. With simple modifications to LLaVA, namely, using CLIP-ViT-L-336px with an MLP projection and adding academic-task-oriented VQA data with simple response formatting prompts, we establish stronger baselines that achieve state-of-the-art across 11 benchmarks. Our final 13B checkpoint uses merely 1.2M publicly available data, and finishes full training in ~1 day on a single 8-A100 node.",
    lineage: [],
  },
  {
    title:
      "Continual Pre-Training for Cross-Lingual LLM Adaptation: Enhancing Japanese Language Capabilities",
    abstract:
      "Cross-lingual continual pre-training of large language models (LLMs) initially trained on English corpus allows us to leverage the vast amount of English language resources and reduce the pre-training cost. In this study, we constructed Swallow, an LLM with enhanced Japanese capability, by extending the vocabulary of Llama 2 to include Japanese characters and conducting continual pre-training on a large Japanese web corpus. Experimental results confirmed that the performance on Japanese tasks drastically improved through continual pre-training, and the performance monotonically increased with the amount of training data up to 100B tokens.",
    lineage: [["BASED_ON", "Swallow", "Llama 2"]],
  },
  {
    title: "RecurrentGemma: Moving Past Transformers for Efficient Open Language Models",
    abstract:
      "We introduce RecurrentGemma, a family of open language models which uses Google's novel Griffin architecture. Griffin combines linear recurrences with local attention to achieve excellent performance on language. It has a fixed-sized state, which reduces memory use and enables efficient inference on long sequences. We provide two sizes of models, containing 2B and 9B parameters, and provide pre-trained and instruction tuned variants for both. Our models achieve comparable performance to similarly-sized Gemma baselines despite being trained on fewer tokens.",
    lineage: [],
    alsoTrue: [
      ["BASED_ON", "RecurrentGemma", "Griffin"],
      ["VARIANT_OF|BASED_ON", "RecurrentGemma", "Gemma"],
    ],
  },
];
