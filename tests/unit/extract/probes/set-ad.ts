// Probe set AD: written after set AC, scored before any rule for it: dataset and benchmark papers, where the
// names introduced are data or tests (and "derived from Common Crawl" is no lineage), with the models they
// evaluate or release.
import type { Probe } from "./types.ts";

export const SET_AD: Probe[] = [
  {
    title: "The FineWeb Datasets: Decanting the Web for the Finest Text Data at Scale",
    abstract:
      "The performance of a large language model (LLM) depends heavily on the quality and size of its pretraining dataset. However, the pretraining datasets for state-of-the-art open LLMs like Llama 3 and Mixtral are not publicly available and very little is known about how they were created. In this work, we introduce FineWeb, a 15-trillion token dataset derived from 96 Common Crawl snapshots that produces better-performing LLMs than other open pretraining datasets. To advance the understanding of how best to curate high-quality pretraining datasets, we carefully document and ablate all of the design choices used in FineWeb, including in-depth investigations of deduplication and filtering strategies. In addition, we introduce FineWeb-Edu, a 1.3-trillion token collection of educational text filtered from FineWeb. LLMs pretrained on FineWeb-Edu exhibit dramatically better performance on knowledge- and reasoning-intensive benchmarks like MMLU and ARC.",
    lineage: [],
    models: ["Llama 3", "Mixtral"],
    notModels: ["FineWeb", "FineWeb-Edu", "Common Crawl", "MMLU", "ARC"],
  },
  {
    title: "Dolma: an Open Corpus of Three Trillion Tokens for Language Model Pretraining Research",
    abstract:
      "Information about pretraining corpora used to train the current best-performing language models is seldom discussed: commercial models rarely detail their data, and even open models are often released without accompanying training data or recipes to reproduce them. As a result, it is challenging to conduct and advance scientific research on language modeling, such as understanding how training data impacts model capabilities and limitations. To facilitate scientific research on language model pretraining, we curate and release Dolma, a three-trillion-token English corpus, built from a diverse mixture of web content, scientific papers, code, public-domain books, social media, and encyclopedic materials. We extensively document Dolma, including its design principles, details about its construction, and a summary of its contents. We present analyses and experimental results on intermediate states of Dolma to share what we have learned about important data curation practices. Finally, we open-source our data curation toolkit to enable reproduction of our work as well as support further research in large-scale data curation.",
    lineage: [],
    models: [],
    notModels: ["Dolma"],
  },
  {
    title: "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena",
    abstract:
      "Evaluating large language model (LLM) based chat assistants is challenging due to their broad capabilities and the inadequacy of existing benchmarks in measuring human preferences. To address this, we explore using strong LLMs as judges to evaluate these models on more open-ended questions. We examine the usage and limitations of LLM-as-a-judge, including position, verbosity, and self-enhancement biases, as well as limited reasoning ability, and propose solutions to mitigate some of them. We then verify the agreement between LLM judges and human preferences by introducing two benchmarks: MT-bench, a multi-turn question set; and Chatbot Arena, a crowdsourced battle platform. Our results reveal that strong LLM judges like GPT-4 can match both controlled and crowdsourced human preferences well, achieving over 80% agreement, the same level of agreement between humans. Hence, LLM-as-a-judge is a scalable and explainable way to approximate human preferences, which are otherwise very expensive to obtain. Additionally, we show our benchmark and traditional benchmarks complement each other by evaluating several variants of LLaMA and Vicuna.",
    lineage: [],
    models: ["GPT-4", "LLaMA", "Vicuna"],
    notModels: ["MT-bench", "Chatbot Arena"],
  },
  {
    title: "LAION-5B: An open large-scale dataset for training next generation image-text models",
    abstract:
      "Groundbreaking language-vision architectures like CLIP and DALL-E proved the utility of training on large amounts of noisy image-text data, without relying on expensive accurate labels used in standard vision unimodal supervised learning. The resulting models showed capabilities of strong text-guided image generation and transfer to downstream tasks, while performing remarkably at zero-shot classification with noteworthy out-of-distribution robustness. Since then, large-scale language-vision models like ALIGN, BASIC, GLIDE, Flamingo and Imagen made further improvements. Studying the training and capabilities of such models requires datasets containing billions of image-text pairs. Until now, no datasets of this size have been made openly available for the broader research community. To address this problem and democratize research on large-scale multi-modal models, we present LAION-5B - a dataset consisting of 5.85 billion CLIP-filtered image-text pairs, of which 2.32B contain English language. We show successful replication and fine-tuning of foundational models like CLIP, GLIDE and Stable Diffusion using the dataset, and discuss further experiments enabled with an openly available dataset of this scale.",
    lineage: [],
    models: ["CLIP", "DALL-E", "ALIGN", "BASIC", "GLIDE", "Flamingo", "Imagen", "Stable Diffusion"],
    notModels: ["LAION-5B"],
  },
  {
    title: "MMMU: A Massive Multi-discipline Multimodal Understanding and Reasoning Benchmark for Expert AGI",
    abstract:
      "We introduce MMMU: a new benchmark designed to evaluate multimodal models on massive multi-discipline tasks demanding college-level subject knowledge and deliberate reasoning. MMMU includes 11.5K meticulously collected multimodal questions from college exams, quizzes, and textbooks, covering six core disciplines: Art & Design, Business, Science, Health & Medicine, Humanities & Social Science, and Tech & Engineering. These questions span 30 subjects and 183 subfields, comprising 30 highly heterogeneous image types, such as charts, diagrams, maps, tables, music sheets, and chemical structures. Unlike existing benchmarks, MMMU focuses on advanced perception and reasoning with domain-specific knowledge, challenging models to perform tasks akin to those faced by experts. The evaluation of 14 open-source LMMs as well as the proprietary GPT-4V(ision) and Gemini highlights the substantial challenges posed by MMMU. Even the advanced GPT-4V and Gemini Ultra only achieve accuracies of 56% and 59% respectively, indicating significant room for improvement.",
    lineage: [],
    alsoTrue: [["VARIANT_OF", "Gemini Ultra", "Gemini"]],
    models: ["GPT-4V", "Gemini", "Gemini Ultra"],
    notModels: ["MMMU", "Art & Design", "Business", "Science"],
  },
  {
    title: "SWE-bench: Can Language Models Resolve Real-World GitHub Issues?",
    abstract:
      "Language models have outpaced our ability to evaluate them effectively, but for their future development it is essential to study the frontier of their capabilities. We find real-world software engineering to be a rich, sustainable, and challenging testbed for evaluating the next generation of language models. To this end, we introduce SWE-bench, an evaluation framework consisting of 2,294 software engineering problems drawn from real GitHub issues and corresponding pull requests across 12 popular Python repositories. Given a codebase along with a description of an issue to be resolved, a language model is tasked with editing the codebase to address the issue. Resolving issues in SWE-bench frequently requires understanding and coordinating changes across multiple functions, classes, and even files simultaneously, calling for models to interact with execution environments, process extremely long contexts and perform complex reasoning that goes far beyond traditional code generation tasks. Our evaluations show that both state-of-the-art proprietary models and our fine-tuned model SWE-Llama can resolve only the simplest issues. The best-performing model, Claude 2, is able to solve a mere 1.96% of the issues. Advances on SWE-bench represent steps towards LMs that are more practical, intelligent, and autonomous.",
    lineage: [],
    models: ["SWE-Llama", "Claude 2"],
    notModels: ["SWE-bench", "GitHub", "Python"],
  },
  {
    title: "GPQA: A Graduate-Level Google-Proof Q&A Benchmark",
    abstract:
      'We present GPQA, a challenging dataset of 448 multiple-choice questions written by domain experts in biology, physics, and chemistry. We ensure that the questions are high-quality and extremely difficult: experts who have or are pursuing PhDs in the corresponding domains reach 65% accuracy (74% when discounting clear mistakes the experts identified in retrospect), while highly skilled non-expert validators only reach 34% accuracy, despite spending on average over 30 minutes with unrestricted access to the web (i.e., the questions are "Google-proof"). The questions are also difficult for state-of-the-art AI systems, with our strongest GPT-4 based baseline achieving 39% accuracy.',
    lineage: [],
    models: ["GPT-4"],
    notModels: ["GPQA", "PhDs"],
  },
  {
    title: "Zorb-Coder: Repository-Level Training",
    abstract:
      "We release Zorb-Coder 7B and 13B, two fine-tuned models based on the CodeLlama model, trained on 19,000 issue-pull request pairs collected from GitHub. We also release ZorbBench-train, the training dataset. Zorb-Coder 13B resolves 3.97% of the issues, ahead of GPT-3.5 and on par with Claude 2.",
    lineage: [["BASED_ON", "Zorb-Coder", "CodeLlama"]],
    models: ["Zorb-Coder", "CodeLlama", "GPT-3.5", "Claude 2"],
    notModels: ["ZorbBench-train", "GitHub"],
  },
];
