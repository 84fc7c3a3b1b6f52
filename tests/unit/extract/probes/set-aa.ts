// Probe set AA: written after set Z, scored before any rule for it, with the models each abstract names: BERT
// descendants written with underscores and expansions, T5 adaptations, small-model reports that distil from a
// teacher, and successors named as "an advanced version of".
import type { Probe } from "./types.ts";

export const SET_AA: Probe[] = [
  {
    title: "Phi-4 Technical Report",
    abstract:
      "We present phi-4, a 14-billion parameter language model developed with a training recipe that is centrally focused on data quality. Unlike most language models, where pre-training is based primarily on organic data sources such as web content or code, phi-4 strategically incorporates synthetic data throughout the training process. While previous models in the Phi family largely distill the capabilities of a teacher model (specifically GPT-4), phi-4 substantially surpasses its teacher model on STEM-focused QA capabilities, giving evidence that our data-generation and post-training techniques go beyond distillation. Despite minimal changes to the phi-3 architecture, phi-4 achieves strong performance relative to its size -- especially on reasoning-focused benchmarks -- due to improved data, training curriculum, and innovations in the post-training scheme.",
    lineage: [],
    alsoTrue: [
      ["VARIANT_OF|SUCCESSOR_OF", "phi-4", "Phi"],
      ["DISTILLED_FROM", "phi-4", "GPT-4"],
      ["SUCCESSOR_OF|BASED_ON", "phi-4", "phi-3"],
    ],
    models: ["phi-4", "GPT-4"],
    notModels: ["STEM", "QA"],
  },
  {
    title: "OLMoE: Open Mixture-of-Experts Language Models",
    abstract:
      "We introduce OLMoE, a fully open, state-of-the-art language model leveraging sparse Mixture-of-Experts (MoE). OLMoE-1B-7B has 7 billion (B) parameters but uses only 1B per input token. We pretrain it on 5 trillion tokens and further adapt it to create OLMoE-1B-7B-Instruct. Our models outperform all available models with similar active parameters, even surpassing larger ones like Llama2-13B-Chat and DeepSeekMoE-16B. We present various experiments on MoE training, analyze routing in our model showing high specialization, and open-source all aspects of our work: model weights, training data, code, and logs.",
    lineage: [["BASED_ON|VARIANT_OF", "OLMoE-1B-7B-Instruct", "OLMoE-1B-7B"]],
    models: ["OLMoE", "OLMoE-1B-7B", "OLMoE-1B-7B-Instruct", "Llama2-13B-Chat", "DeepSeekMoE-16B"],
    notModels: ["MoE", "Mixture-of-Experts"],
  },
  {
    title: "Janus-Pro: Unified Multimodal Understanding and Generation with Data and Model Scaling",
    abstract:
      "In this work, we introduce Janus-Pro, an advanced version of the previous work Janus. Specifically, Janus-Pro incorporates (1) an optimized training strategy, (2) expanded training data, and (3) scaling to larger model size. With these improvements, Janus-Pro achieves significant advancements in both multimodal understanding and text-to-image instruction-following capabilities, while also enhancing the stability of text-to-image generation. We hope this work will inspire further exploration in the field.",
    lineage: [["SUCCESSOR_OF|VARIANT_OF", "Janus-Pro", "Janus"]],
    models: ["Janus-Pro", "Janus"],
  },
  {
    title: "LongT5: Efficient Text-To-Text Transformer for Long Sequences",
    abstract:
      "Recent work has shown that either (1) increasing the input length or (2) increasing model size can improve the performance of Transformer-based neural models. In this paper, we present a new model, called LongT5, with which we explore the effects of scaling both the input length and model size at the same time. Specifically, we integrated attention ideas from long-input transformers (ETC), and adopted pre-training strategies from summarization pre-training (PEGASUS) into the scalable T5 architecture. The result is a new attention mechanism we call Transient Global (TGlobal), which mimics ETC's local/global attention mechanism, but without requiring additional side-inputs. We are able to achieve state-of-the-art results on several summarization tasks and outperform the original T5 models on question answering tasks.",
    lineage: [],
    alsoTrue: [
      ["BASED_ON|USES_ARCHITECTURE", "LongT5", "T5"],
      ["USES_ARCHITECTURE|BASED_ON", "LongT5", "ETC"],
      ["USES_ARCHITECTURE|BASED_ON", "LongT5", "PEGASUS"],
    ],
    models: ["LongT5", "T5"],
    notModels: ["TGlobal", "Transient Global"],
  },
  {
    title: "DeBERTa: Decoding-enhanced BERT with Disentangled Attention",
    abstract:
      "Recent progress in pre-trained neural language models has significantly improved the performance of many natural language processing (NLP) tasks. In this paper we propose a new model architecture DeBERTa (Decoding-enhanced BERT with disentangled attention) that improves the BERT and RoBERTa models using two novel techniques. The first is the disentangled attention mechanism, where each word is represented using two vectors that encode its content and position, respectively, and the attention weights among words are computed using disentangled matrices on their contents and relative positions, respectively. Second, an enhanced mask decoder is used to incorporate absolute positions in the decoding layer to predict the masked tokens in model pre-training. In addition, a new virtual adversarial training method is used for fine-tuning to improve models' generalization. We show that these techniques significantly improve the efficiency of model pre-training and the performance of both natural language understanding (NLU) and natural langauge generation (NLG) downstream tasks. Compared to RoBERTa-Large, a DeBERTa model trained on half of the training data performs consistently better on a wide range of NLP tasks, achieving improvements on MNLI by +0.9% (90.2% vs. 91.1%), on SQuAD v2.0 by +2.3% (88.4% vs. 90.7%) and RACE by +3.6% (83.2% vs. 86.8%).",
    lineage: [],
    alsoTrue: [
      ["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "DeBERTa", "BERT"],
      ["SUCCESSOR_OF|BASED_ON|VARIANT_OF", "DeBERTa", "RoBERTa"],
      ["VARIANT_OF", "RoBERTa-Large", "RoBERTa"],
    ],
    models: ["DeBERTa", "BERT", "RoBERTa", "RoBERTa-Large"],
    notModels: ["MNLI", "SQuAD v2.0", "RACE", "NLU", "NLG"],
  },
  {
    title: "ALBERT: A Lite BERT for Self-supervised Learning of Language Representations",
    abstract:
      "Increasing model size when pretraining natural language representations often results in improved performance on downstream tasks. However, at some point further model increases become harder due to GPU/TPU memory limitations and longer training times. To address these problems, we present two parameter-reduction techniques to lower memory consumption and increase the training speed of BERT. Comprehensive empirical evidence shows that our proposed methods lead to models that scale much better compared to the original BERT. We also use a self-supervised loss that focuses on modeling inter-sentence coherence, and show it consistently helps downstream tasks with multi-sentence inputs. As a result, our best model establishes new state-of-the-art results on the GLUE, RACE, and SQuAD benchmarks while having fewer parameters compared to BERT-large.",
    lineage: [],
    alsoTrue: [["VARIANT_OF|BASED_ON", "ALBERT", "BERT"]],
    models: ["BERT", "BERT-large"],
    notModels: ["GLUE", "RACE", "SQuAD", "GPU", "TPU"],
  },
  {
    title: "MobileBERT: a Compact Task-Agnostic BERT for Resource-Limited Devices",
    abstract:
      "Natural Language Processing (NLP) has recently achieved great success by using huge pre-trained models with hundreds of millions of parameters. However, these models suffer from heavy model sizes and high latency such that they cannot be deployed to resource-limited mobile devices. In this paper, we propose MobileBERT for compressing and accelerating the popular BERT model. Like the original BERT, MobileBERT is task-agnostic, that is, it can be generically applied to various downstream NLP tasks via simple fine-tuning. Basically, MobileBERT is a thin version of BERT_LARGE, while equipped with bottleneck structures and a carefully designed balance between self-attentions and feed-forward networks. To train MobileBERT, we first train a specially designed teacher model, an inverted-bottleneck incorporated BERT_LARGE model. Then, we conduct knowledge transfer from this teacher to MobileBERT. Empirical studies show that MobileBERT is 4.3x smaller and 5.5x faster than BERT_BASE while achieving competitive results on well-known benchmarks.",
    lineage: [
      ["BASED_ON|VARIANT_OF|DISTILLED_FROM", "MobileBERT", "BERT"],
      ["BASED_ON|VARIANT_OF|DISTILLED_FROM", "MobileBERT", "BERT_LARGE"],
    ],
    alsoTrue: [["VARIANT_OF", "BERT_LARGE", "BERT"]],
    models: ["MobileBERT", "BERT", "BERT_LARGE", "BERT_BASE"],
    notModels: ["NLP"],
  },
  {
    title: "SciFive: a text-to-text transformer model for biomedical literature",
    abstract:
      "In this report, we introduce SciFive, a domain-specific T5 model that has been pre-trained on large biomedical corpora. Our model outperforms the current SOTA methods (i.e. BERT, BioBERT, Base T5) on tasks in named entity relation, relation extraction, natural language inference, and question-answering. We show that text-generation methods have significant potential in a broad array of biomedical NLP tasks, particularly those requiring longer, more complex outputs. Our results support the exploration of more difficult text generation tasks and the development of new methods in this area.",
    lineage: [["BASED_ON", "SciFive", "T5"]],
    models: ["SciFive", "T5", "BERT", "BioBERT"],
    notModels: ["SOTA"],
  },
  {
    title: "AraBERT: Transformer-based Model for Arabic Language Understanding",
    abstract:
      "The Arabic language is a morphologically rich language with relatively few resources and a less explored syntax compared to English. Given these limitations, Arabic Natural Language Processing (NLP) tasks like Sentiment Analysis (SA), Named Entity Recognition (NER), and Question Answering (QA), have proven to be very challenging to tackle. Recently, with the surge of transformers based models, language-specific BERT based models have proven to be very efficient at language understanding, provided they are pre-trained on a very large corpus. Such models were able to set new standards and achieve state-of-the-art results for most NLP tasks. In this paper, we pre-trained BERT specifically for the Arabic language in the pursuit of achieving the same success that BERT did for the English language. The performance of AraBERT is compared to multilingual BERT from Google and other state-of-the-art approaches. The results showed that the newly developed AraBERT achieved state-of-the-art performance on most tested Arabic NLP tasks.",
    lineage: [],
    alsoTrue: [
      ["BASED_ON|VARIANT_OF", "AraBERT", "BERT"],
      ["BASED_ON|VARIANT_OF", "AraBERT", "multilingual BERT"],
    ],
    models: ["AraBERT", "BERT"],
    notModels: ["NER", "SA", "QA", "Google"],
  },
  {
    title: "Qwen2.5-VL Technical Report",
    abstract:
      "We introduce Qwen2.5-VL, the latest flagship model of Qwen vision-language series, which demonstrates significant advancements in both foundational capabilities and innovative functionalities. Qwen2.5-VL achieves a major leap forward in understanding and interacting with the world through enhanced visual recognition, precise object localization, robust document parsing, and long-video comprehension. A standout feature of Qwen2.5-VL is its ability to localize objects using bounding boxes or points accurately. We introduce window attention into the Vision Transformer (ViT) to reduce computational overhead. Qwen2.5-VL is available in three sizes, addressing diverse use cases from edge AI to high-performance computing. The flagship Qwen2.5-VL-72B model matches state-of-the-art models like GPT-4o and Claude 3.5 Sonnet, particularly excelling in document and diagram understanding. Additionally, Qwen2.5-VL maintains robust linguistic performance, preserving the core language competencies of the Qwen2.5 LLM.",
    lineage: [],
    alsoTrue: [
      ["VARIANT_OF|SUCCESSOR_OF", "Qwen2.5-VL", "Qwen"],
      ["BASED_ON", "Qwen2.5-VL", "Qwen2.5"],
      ["VARIANT_OF", "Qwen2.5-VL-72B", "Qwen2.5-VL"],
    ],
    models: ["Qwen2.5-VL", "Qwen2.5-VL-72B", "GPT-4o", "Claude 3.5 Sonnet", "Qwen2.5"],
  },
  {
    title: "Meditron-Zorb: Adapting Open Models to Clinical Notes",
    abstract:
      "We adapt two open models to clinical notes. Starting from the Zorblax-8B checkpoint, we run continued pretraining on de-identified notes and obtain Meditron-Zorb-8B. A smaller student, Zorblet-1B, is trained to imitate Meditron-Zorb-8B on the same notes. Both are compared against GPT-4 and Med-PaLM 2 on MedQA.",
    lineage: [
      ["BASED_ON", "Meditron-Zorb-8B", "Zorblax-8B"],
      ["DISTILLED_FROM", "Zorblet-1B", "Meditron-Zorb-8B"],
    ],
    models: ["Meditron-Zorb-8B", "Zorblax-8B", "Zorblet-1B", "GPT-4", "Med-PaLM 2"],
    notModels: ["MedQA"],
  },
];
