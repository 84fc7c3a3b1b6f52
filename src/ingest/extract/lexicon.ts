// Generic vocabulary: English function words, concept acronyms, nouns that signal a model, a benchmark or a
// method, and the capability/technique taxonomies. Nothing here names a model of any particular corpus.

const set = (words: string) => new Set(words.trim().split(/\s+/u));

/** Capitalised words that start sentences or phrases and are never names (compared lower-cased). */
export const FUNCTION_WORDS = set(`
  a an the this that these those we our us it its they their them he she his her i my you your
  in on for with without to from by of at as and or but nor so yet if then than however moreover furthermore
  additionally finally overall notably remarkably importantly specifically here there thus hence therefore
  meanwhile nevertheless nonetheless regardless consequently accordingly subsequently conversely likewise
  while although though when where which who whose what how why because since after before during beyond
  compared relative unlike like despite given using taken together both all each every many most some such
  only also even first second third next last over under up more less one two three four five six seven
  eight nine ten several few new novel recent current prior previous existing extensive evaluated trained
  testing tested building built based similar similarly experiments results instead across among within
  toward towards through via upon into onto around about against between per whereas until unless once
  further other another same different various numerous key approximately roughly nearly almost around
  larger smaller bigger stronger weaker better worse newer older faster slower deeper wider earlier later
  besides can could system systems technology challenge challenges
  figure table section appendix chapter equation level levels stage phase step part version task tasks
  track round day days week month year class type category grade tier top rank theorem lemma algorithm
  experiment study group wave batch epoch layer block head dataset datasets benchmark benchmarks setting
  problem question example case rule claim corollary definition proposition hypothesis model models method
  approach baseline split fold subset language languages release update issue volume page line item
  session game season episode article unit module lesson trial cohort arm patient subject participant
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  python java javascript typescript rust go ruby scala kotlin swift windows linux android ios macos ubuntu
  ocaml racket lua julia haskell perl php fortran cobol verilog solidity
`);

/** Acronyms and words that name concepts, metrics, modalities or hardware, not models. */
export const CONCEPT_WORDS = set(`
  ai agi asi ml nlp nlu nlg lm lms llm llms vlm vlms mllm mllms slm slms kg kgs rl rlhf rlaif sft dpo ppo grpo
  gpu gpus tpu tpus cpu cpus api apis mri ct pet ehr ehrs icu qa vqa ocr asr tts iou f1 bleu rouge sota
  cot rag moe smoe gqa mqa mha kv flops flop hbm ram pdf url html json sql us uk eu usa phd covid sars dna rna
  it pt ui ux iot ar vr xr nasa who fda nih cnn cnns rnn rnns lstm lstms mlp mlps gru gan gans vae vaes ssm ssms
  transformer transformers attention x ids id ood ir auc roc map mse mae rmse ppl wer cer elo lora qlora
  lvlm lvlms lmm lmms seq2seq t2i t2v i2v tts nmt nli ner d2t plm plms ctc slu dst mfu dnn dnns
  sparql openie bilstm rope alibi relu gelu swiglu auroc auprc au-roc au-prc cider bertscore bm25 tf-idf fmri eeg uml lrp shap
  reward policy critic generative vision-language encoder-decoder kb
`);

/** Organisations, platforms and software that often appear next to model names. */
export const NON_MODEL_PROPER = set(`
  google meta openai anthropic microsoft deepmind nvidia amazon apple ibm alibaba baidu tencent huawei
  samsung intel amd qualcomm github huggingface hugging arxiv pubmed youtube wikipedia twitter reddit
  stackoverflow kaggle colab pytorch tensorflow jax keras latex stanford berkeley mit cmu oxford cambridge
  harvard tsinghua pareto bayes bayesian gaussian markov fourier euclidean hessian jacobian
  dgx hgx rtx geforce jetson xeon epyc cuda a100 h100 h200 v100 a800 h800 a6000 l40s mi250 mi300x
  xla vllm deepspeed faiss sentencepiece flashattention triton onnx tensorrt tensorrt-llm langchain llamaindex
  ms sagemaker modelscope openmp prolog matlab wechat wikidata dbpedia freebase conceptnet wordnet shapley bradley-terry
`);

/** Language and nationality names ("an English model" is not a model called English). */
export const LANGUAGE_WORDS = set(`
  english chinese mandarin cantonese spanish french german japanese korean arabic hindi russian portuguese
  italian dutch turkish vietnamese thai indonesian polish swedish greek hebrew persian farsi bengali urdu
  swahili icelandic finnish norwegian danish czech ukrainian romanian hungarian malay tamil telugu catalan
  basque latin yoruba zulu amharic punjabi marathi gujarati kannada malayalam nepali sinhala burmese khmer
  tagalog filipino european american african asian indian malaysian indonesian bangla irish welsh scottish
  estonian latvian lithuanian slovak slovenian croatian serbian bulgarian albanian georgian armenian azerbaijani
  kazakh uzbek mongolian tibetan uyghur lao khmer javanese sundanese hausa igbo somali amharic tigrinya
  afrikaans maori hawaiian quechua guarani
`);

/** Capitalised prefixes that specialise a model line: "Code Llama", "MedGemma" (family Gemma). */
export const MODIFIER_PREFIXES = set(`
  med bio clinical chem code math sci fin legal geo vision video audio speech music recurrent embedding
`);

/** Nouns that, after a name, say the name is a model ("Gemini models", "the Gemma family"). */
export const MODEL_NOUNS = set(`
  model models family families series collection suite architecture architectures encoder encoders
  decoder decoders backbone backbones baseline baselines checkpoint checkpoints variant variants llm llms
  lm lms vlm vlms counterpart counterparts weights
`);

/** Words allowed between a name and its model noun ("the Gemma 3 language model family"). */
export const MODEL_NOUN_MODIFIERS = set(`
  language vision foundation base text code embedding open pretrained pre-trained chat instruct
  instruction-tuned generative multimodal reasoning large small dense sparse teacher student reward
  diffusion speech audio image video retrieval vision-language encoder-decoder decoder-only deep learning
`);

/** Words that make "<words> model" a kind of model rather than a name ("latent diffusion model", "world model"). */
export const GENERIC_KIND_WORDS = set(`
  latent world policy value critic dynamics autoregressive masked neural state space sequence consistency
  flow mixture experts action transformer recurrent convolutional graph protein molecular process outcome
  probabilistic statistical predictive
`);

/** Nouns an appositive uses to say what a name is ("MedSigLIP, a medically-tuned vision encoder"). */
export const APPOSITIVE_MODEL_NOUNS = set(`
  model models family collection series suite encoder decoder llm lm vlm addition member version generation
  release variant variants checkpoint checkpoints assistant chatbot system lmm lmms mllm mllms vlms slm slms
  detector segmenter classifier retriever reranker
`);

/** Kind nouns that name the model right after them: "the language model Vicuna", "detector DINO". */
export const NAMING_NOUNS = set(`
  model llm lm vlm mllm slm detector segmenter classifier encoder backbone chatbot assistant retriever reranker
`);

/** Nouns that say a name is a method ("a self-training method ..., which we call ReST"). */
export const METHOD_NOUNS = set(`
  method methods approach technique algorithm framework objective loss recipe procedure strategy pipeline search
  scheme paradigm protocol metric regularizer optimizer optimiser mechanism module operator trick attack defense
  defence
`);

/** Nouns an appositive uses to say a name is a benchmark ("HumanEval-X, a new benchmark for ..."). */
export const BENCHMARK_NOUNS = set(`benchmark benchmarks dataset datasets corpus testbed leaderboard`);

/** Nouns after a name that say it is a benchmark ("MedQA accuracy", "MTEB leaderboard"). */
export const BENCHMARK_FOLLOWERS = set(`
  benchmark benchmarks accuracy score scores leaderboard dataset datasets test split subset corpus corpora
`);

/** Suffixes benchmark names are built with. */
export const BENCHMARK_SHAPE = /(?:QA|Bench|bench|Eval|EVAL|Arena|GLUE|COCO|Dataset|Corpus)$/u;

/** Nouns for software, not models: the names listed after them are tools ("our training codebases: NeMo, ..."). */
export const SOFTWARE_NOUNS = set(`
  codebase codebases toolkit toolkits framework frameworks library libraries software tool tools package packages
  platform platforms engine engines repository repositories
`);

/** Widely used benchmarks, for sentences that list them without saying "benchmark". */
export const KNOWN_BENCHMARKS = new Set(
  `MMLU MMLU-Pro GSM8K MATH HumanEval MBPP APPS BBH BIG-Bench HellaSwag ARC WinoGrande PIQA SIQA BoolQ
  TriviaQA SQuAD GLUE SuperGLUE MTEB BEIR MMMU MathVista ChartQA DocVQA TextVQA VQAv2 GPQA AIME
  LiveCodeBench SWE-bench MedQA PubMedQA MedMCQA XNLI FLORES WMT ImageNet COCO AlpacaEval MT-Bench IFEval
  TruthfulQA LAMBADA DROP AGIEval CRUXEval MultiPL-E DS-1000 Spider HELM NaturalQuestions RACE OpenBookQA
  CommonsenseQA MGSM XTREME Kinetics MSR-VTT LibriSpeech FLEURS GSM-8K SNLI MNLI QNLI QQP CoLA STS-B MRPC
  SST-2 NLVR2 VCR Flickr30K NoCaps OK-VQA ScienceQA WikiText-2 WikiText-103 WikiText103 PG-19 PTB ELI5 XSum
  SAMSum DailyMail QMSum HotpotQA StrategyQA CoQA QuAC NarrativeQA WikiSQL CodeSearchNet CodeXGLUE ProofWriter
  CLUTRR bAbI ANLI SciQ MathQA AQuA SVAMP ASDiv MAWPS TabMWP MultiWOZ ConvAI2 PersonaChat Persona-Chat
  CamRest676 DSTC7 DSTC8 DSTC9 DSTC10 DSTC11 IWSLT14 R2R ALFWorld WebShop MiniWoB MiniWoB++ ScienceWorld
  WebQSP CommonGen YouCook2 VisDial CIFAR-10 CIFAR-100 MS-MARCO MSMARCO TREC Robust04 i2b2 CLEVR GuessWhat`.split(
    /\s+/u,
  ),
);

/** Those with a digit, in lower case: "GSM8k" is GSM8K (a plain word such as "math" stays a word). */
export const KNOWN_BENCHMARKS_WITH_DIGITS = new Set(
  [...KNOWN_BENCHMARKS].filter((name) => /\d/u.test(name)).map((name) => name.toLowerCase()),
);

/** Tiers that make a size or speed variant of the untiered model ("Gemini 2.5 Pro" of "Gemini 2.5"). */
export const VARIANT_TIERS = set(
  `pro flash lite ultra nano mini small medium large xl xxl max plus turbo tiny micro air`,
);

/** A model noun right before a lineage cue: "smaller models based on X" — the child is that unnamed phrase. */
export const MODEL_NOUN_BEFORE =
  /\b(?:models?|variants?|checkpoints?|encoders?|llms?|lms|series|family|collection|suite)\s+$/i;

/** Words that follow a number that is a count, not a version ("Gemma 2 billion", "Level 3 of"). */
export const COUNT_FOLLOWERS = set(`
  billion million trillion thousand hundred % percent times x out of tokens hours minutes seconds days
  points pp languages tasks parameters params
`);

/** Words after a name that make it an organisation or a team ("Gemma Team", "Mistral AI"). */
export const ORG_FOLLOWERS = set(`Team AI Inc Labs Lab Research Corporation Corp University Institute Group`);

/** Trailing lowercase parts a name can carry ("Llama-based"); "based" also signals lineage. */
export const NAME_SUFFIXES = set(`based like style powered derived initialized initialised`);

interface TaxonomyEntry {
  name: string;
  source: string;
}

const entry = (name: string, source: string): TaxonomyEntry => ({ name, source });

/** A taxonomy compiled to one alternation, one capturing group per entry, so a sentence is scanned once. */
export interface Taxonomy {
  re: RegExp;
  names: string[];
}

function taxonomy(entries: TaxonomyEntry[]): Taxonomy {
  for (const e of entries)
    if ((new RegExp(`${e.source}|`).exec("")?.length ?? 1) > 1)
      throw new Error(`capturing group in ${e.name}`);
  return {
    re: new RegExp(`\\b(?:${entries.map((e) => `(${e.source})`).join("|")})\\b`, "gi"),
    names: entries.map((e) => e.name),
  };
}

// Order matters: at one position the first entry that matches wins, so specific entries come before the
// general ones they contain ("mathematical reasoning" before "reasoning", "local-global" before "local").

/** Capabilities: what a model can do. */
export const CAPABILITIES = taxonomy([
  entry("code completion", "code completion|completing code|auto-?completion"),
  entry("code infilling", "(?:code )?infilling|fill-in-the-middle"),
  entry(
    "code generation",
    "code(?: and natural language)? generation|generat(?:e|es|ing) code|coding|program synthesis|code capabilities|code tasks|programming tasks",
  ),
  entry("code repair", "code repair|program repair|bug fixing"),
  entry(
    "mathematical reasoning",
    "math(?:ematical)? reasoning|math(?:ematical)? problem[- ]solving|math(?:ematics)?(?= *(?:,|and|abilities|skills|benchmarks|problems))",
  ),
  entry("reasoning", "reasoning|thinking model"),
  entry(
    "long context",
    "long(?:er)?[- ]context|long sequences|long documents|long inputs|large input contexts|\\d+K(?:-token)? (?:tokens|context)|context (?:window|length)s? of",
  ),
  entry(
    "vision understanding",
    "vision understanding|visual understanding|image understanding|visual question answering|image classification",
  ),
  entry("video understanding", "video understanding|video content|videos?(?= (?:inputs|analysis|question))"),
  entry("audio understanding", "audio understanding|speech recognition|speech understanding|audio inputs"),
  entry("multimodal", "multi-?modal(?:ity)?|vision-language|image and text|text and images?"),
  entry(
    "multilingual",
    "multi-?lingual|cross-?lingual|coverage of languages|many languages|bilingual|\\d+\\+? languages",
  ),
  entry(
    "medical imaging",
    "medical imag(?:ing|es?)|radiology|histopathology|pathology imag(?:ing|es)|chest x-rays?|ct/mri|mri volumes|whole[- ]slide (?:pathology )?imag(?:ing|es)",
  ),
  entry(
    "medical understanding",
    "medical understanding|medical knowledge|clinical knowledge|medical question answering|medical tasks|clinical tasks|healthcare applications",
  ),
  entry("anatomical localization", "anatomical locali[sz]ation"),
  entry("document understanding", "document understanding|document parsing|document question answering"),
  entry("text embedding", "text embeddings?|text representations?|sentence embeddings?|embedding models?"),
  entry("retrieval", "retrieval(?!-augmented)|semantic search"),
  entry("differential privacy", "differentially private|privacy-preserving"),
  entry(
    "agentic",
    "agentic|tool use|tool calling|function calling|agents?(?= (?:tasks|workflows|benchmarks))",
  ),
  entry("instruction following", "instruction[- ]following|follow(?:ing)? instructions"),
  entry("chat", "chat|dialogue|conversational"),
  entry("natural language understanding", "natural language understanding|language understanding"),
  entry("natural language generation", "natural language generation|text generation"),
  entry("translation", "machine translation|translation"),
  entry("question answering", "question answering"),
  entry("information extraction", "information extraction"),
  entry("summarization", "summari[sz]ation"),
  entry("safety", "safety"),
  entry("on-device", "on-device|edge devices|mobile devices|consumer hardware|(?:smart)?phones?|locally on"),
  entry("efficient inference", "efficient inference|low latency|low-latency"),
]);

/** Techniques: how a model was built or trained. */
export const TECHNIQUES = taxonomy([
  entry("grouped-query attention", "group(?:ed)?[- ]query attention|GQA"),
  entry("multi-query attention", "multi-query attention|MQA"),
  entry(
    "local-global attention",
    "local[- ]global attentions?|local (?:to|and) global attention(?: layers)?|interleav(?:ed|ing) local and global",
  ),
  entry("local attention", "local attention|sliding[- ]window attention"),
  entry("knowledge distillation", "(?:knowledge |embedding |logit )?distillation|distill(?:ed|ing)?"),
  entry("differential privacy", "differential privacy|DP-SGD"),
  entry(
    "encoder-decoder adaptation",
    "encoder-decoder (?:initiali[sz]ation|adaptation)|adapt(?:ing|ation of|ed) (?:a |the )?(?:pretrained |pre-trained )?decoder-only(?: model)? into an? encoder-decoder",
  ),
  entry("linear recurrence", "linear recurrences?|linear recurrent units?"),
  entry(
    "tied embeddings",
    "tied (?:word |input |output )?embeddings?|weight tying|tie[sd]? (?:the )?embeddings",
  ),
  entry("merged attention", "merged attention"),
  entry("quantization", "quanti[sz](?:ation|ed|ing)|int[48] weights"),
  entry("self-training", "self-training|self-train(?:ed|s)?"),
  entry(
    "model merging",
    "model merging|merg(?:ing|ed?) (?:model )?checkpoints|checkpoint merging|weight averaging",
  ),
  entry("RLHF", "reinforcement learning from human feedback|RLHF"),
  entry("reinforcement learning", "reinforcement learning|RL(?= (?:stage|training|fine-tuning))"),
  entry("mixture of experts", "(?:sparse )?mixture[- ]of[- ]experts|MoE"),
  entry("supervised fine-tuning", "supervised fine-?tuning|SFT"),
  entry("preference optimization", "direct preference optimi[sz]ation|DPO|preference optimi[sz]ation"),
  entry("chain-of-thought", "chain[- ]of[- ]thought"),
  entry("retrieval augmentation", "retrieval-augmented(?: generation)?|RAG"),
  entry("rotary position embeddings", "rotary (?:position(?:al)? )?embeddings?|RoPE"),
  entry("continued pretraining", "continu(?:ed|al) pre-?training|further pre-?trained"),
  entry("instruction tuning", "instruction[- ]tuning"),
  entry("state space model", "state[- ]space models?|selective state spaces?"),
  entry("low-rank adaptation", "low-rank adaptation|Q?LoRA"),
]);

export interface Cue {
  rule: string;
  re: RegExp;
  confidence: number;
  /** Lower-case words one of which the sentence must contain, so most sentences skip the regex. */
  hints: string[];
  /** Only between two models of one line (same stem): "builds on the release of X" is ancestry only there. */
  sameLine?: boolean;
  /** The match starts at the child (a literal first character keeps the scan fast); the cue is at the parent. */
  atParent?: boolean;
  /** The cue says the other model is the base: a comparison before it ("outperforms its base model") voids nothing. */
  namesBase?: boolean;
  /** "fine-tuned on X" says "trained with data X" as often: X is the parent only when written as a checkpoint. */
  checkpointParent?: boolean;
  /** "X-based": the compound describes a noun, and the child is the model that noun phrase names (see `compoundChild`). */
  compound?: boolean;
}

// Hot patterns are compiled without the "u" flag: they need no Unicode classes, and it makes them ~6× slower.
// Cue patterns run on a "template" of the sentence where each model mention is replaced by ⟦n⟧.
// P = the related (parent/object) mention, C = an explicit child placed after the cue.
// A Hub repository's owner may stand before the name: "initialized from meta-llama/⟦Llama-2-7b-hf⟧".
const P = "(?:[\\w.-]+/)?⟦(\\d+)⟧";
/** Up to n plain words (no punctuation, no mention, no conjunction: "based on factual knowledge and X" is two). */
const gap = (n: number) => `(?:(?!(?:and|or)\\b)[^\\s⟦⟧,;:.()]+ ){0,${n}}?`;
/**
 * Up to n plain words that are not prepositions (so "fine-tuned on X outputs" is not lineage), nor a model noun
 * or naming verb ("finetuned variants called X" names the variants, it does not tune X).
 */
const gapNoPrep = (n: number) =>
  `(?:(?!(?:on|with|using|by|to|for|in|into|than|over|called|named|dubbed|termed|variants?|versions?|models?|checkpoints?)\\b)[^\\s⟦⟧,;:.()]+ ){0,${n}}?`;
/** Every cue's hints: one scan of a template finds them all, instead of a substring search per cue. */
const ALL_HINTS = new Set<string>();

const cue = (rule: string, source: string, confidence: number, hints: string): Cue => {
  const list = hints.split("|");
  for (const h of list) ALL_HINTS.add(h);
  return { rule, re: new RegExp(leadingSlotsBare(source), "gi"), confidence, hints: list };
};

/**
 * A pattern that opens with a mention needs no owner prefix there ("meta-llama/⟦X⟧ as its base" finds ⟦X⟧ all
 * the same), and an optional prefix at the start makes the scan retry a word at every position.
 */
function leadingSlotsBare(source: string): string {
  return source
    .split("|")
    .map((branch) => (branch.startsWith(P) ? `⟦(\\d+)⟧${branch.slice(P.length)}` : branch))
    .join("|");
}

interface HintScan {
  /** A lookahead at each position for the longest hint starting there. */
  re: RegExp;
  /** Per hint, the hints it contains (itself included): they are in the text wherever it is. */
  within: Map<string, string[]>;
}

let hintScan: HintScan | undefined;
/** Hints per lower-cased template: a sentence is scanned by the mention, model and relation passes. */
const hintsByText = new Map<string, Set<string>>();
const HINT_MEMO_SIZE = 256;

/** Built on first use, when every cue of the module exists. */
function compileHints(): HintScan {
  const hints = [...ALL_HINTS].sort((a, b) => b.length - a.length);
  const literal = (h: string) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return {
    re: new RegExp(`(?=(${hints.map(literal).join("|")}))`, "g"),
    within: new Map(hints.map((h) => [h, hints.filter((o) => h.includes(o))])),
  };
}

/** The hints in a lower-cased template (remembered: every cue, in several passes, asks about it). */
function hintsIn(lower: string): Set<string> {
  const known = hintsByText.get(lower);
  if (known) return known;
  hintScan ??= compileHints();
  const found = new Set<string>();
  const { re, within } = hintScan;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    for (const h of within.get(m[1] ?? "") ?? []) found.add(h);
    re.lastIndex = m.index + 1;
  }
  if (hintsByText.size >= HINT_MEMO_SIZE) hintsByText.clear();
  hintsByText.set(lower, found);
  return found;
}

/** Whether a template (`lower`, lower-cased) has one of a cue's hints, so that its regex can match. */
export function mayMatch(c: { hints: string[] }, lower: string): boolean {
  const present = hintsIn(lower);
  return c.hints.some((h) => present.has(h));
}

/**
 * Every match of a global regex, as `matchAll` gives them, but without the copy of the regex `matchAll` makes on
 * each call (about 1 µs, and the extractor runs a few hundred scans per abstract).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return found;
}

/** Matches of a cue in a template; `lower` is the template lower-cased. */
export function cueMatches(c: Cue, text: string, lower: string): RegExpExecArray[] {
  return mayMatch(c, lower) ? allMatches(c.re, text) : [];
}

/** Verbs that put two models together. */
const JOIN = "(?:combin|pair|connect|coupl|align)(?:e|es|ed|ing|s)?";

/** Nouns after a capitalised word that make the pair a method's name ("Monte-Carlo tree search"). */
const METHOD_HEADS = "search|attention|algorithm|method|loss|sampling|decoding|optimi[sz]ation|learning";

/** Child is the sentence's subject (or an appositive head); parent is the mention the cue points at. */
export const BASED_ON_CUES: Cue[] = [
  cue(
    "lineage.based-on",
    `\\bbased (?:up)?on ${gap(3)}${P}(?!(?:['’]s)?(?: [\\w-]+){0,2}? architecture)`,
    0.9,
    "based",
  ),
  cue(
    "lineage.built-on",
    `\\b(?:built (?:on top of|on|upon|from|using|with)|developed (?:upon|on top of)) ${gap(3)}${P}(?! architecture)`,
    0.9,
    "built|developed upon|developed on top",
  ),
  // "we incorporate 'any resolution' on top of ⟦Ferret⟧": what the paper adds to a model is built on it.
  cue(
    "lineage.on-top-of",
    `\\bon top of (?:the )?${P}(?! (?:architecture|framework|backbone)\\b)`,
    0.7,
    "on top of",
  ),
  // "built upon the open-source VLMs, ⟦OpenFlamingo⟧": the kind named, then the model.
  cue(
    "lineage.built-on-kind",
    `\\bbuilt (?:on top of|on|upon) (?:the |a |an )?(?:[\\w-]+ (?:\\([\\w-]+\\) )?){0,4}?(?:models?|llms?|vlms?|lms?|mllms?|backbones?),? ${P}(?! architecture)`,
    0.85,
    "built on|built upon",
  ),
  cue(
    "lineage.built-from-research",
    `\\b(?:built|developed|created|made|derived) (?:from|using|with|on) (?:the )?(?:same )?(?:research|technology|technologies|techniques|recipes?|insights|infrastructure|components)(?: and (?:the )?(?:research|technology|technologies|techniques|recipes?|insights|infrastructure))? (?:used (?:to (?:create|build|develop|train)|for|in)|behind|of|from|that (?:powers?|created)) ${gap(2)}${P}`,
    0.85,
    "research|technolog|techniques|recipe|insights|infrastructure|components",
  ),
  cue("lineage.derived-from", `\\bderived from ${gap(3)}${P}`, 0.9, "derived"),
  cue(
    "lineage.adapted-from",
    `\\badapt(?:ed|ing) from ${gap(2)}${P}|\\badapting ${gapNoPrep(2)}${P}`,
    0.85,
    "adapt",
  ),
  cue(
    "lineage.fine-tuned-from",
    `\\bfine-?tun(?:e|es|ed|ing) (?:from |of )?${gapNoPrep(3)}${P}`,
    0.85,
    "tun",
  ),
  cue(
    "lineage.initialized-from",
    `\\b(?:initiali[sz]ed|warm-?started|bootstrapped) (?:from|with|using) ${gap(2)}${P}|\\binitiali[sz]ed (?:from|with) (?:the )?(?:weights|parameters|checkpoints?) of ${gap(1)}${P}`,
    0.9,
    "initiali|started|bootstrapped",
  ),
  cue(
    "lineage.checkpoint-of",
    `\\b(?:from|on|upon|with) (?:an?|the) (?:[\\w-]+ ){0,2}?checkpoints? of ${gap(1)}${P}`,
    0.85,
    "checkpoint",
  ),
  cue("lineage.starting-from", `\\bstarting from ${gap(2)}${P}`, 0.8, "starting"),
  cue(
    "lineage.continued-pretraining",
    `\\bcontinu(?:e|es|ed|al|ing) (?:the )?(?:pre-?training|training|pre-?trained)(?: and (?:instruction |supervised )?(?:tuning|fine-?tuning|finetuning))? (?:of |from |on top of )?${gapNoPrep(2)}${P}|\\b(?:further|continually) pre-?trained (?:from|on top of|upon) ${gap(2)}${P}|\\bcontinu(?:ed|al) pre-?training on (?:the )?${P}(?= (?:with|using)\\b)`,
    0.9,
    "continu",
  ),
  cue(
    "lineage.version-of",
    `\\b(?<!(?:new|latest|improved|upgraded|next|updated|newer|advanced|enhanced|distilled) )versions? of ${gap(2)}${P}`,
    0.85,
    "version",
  ),
  cue(
    "lineage.builds-on",
    `\\bbuil(?:ds?|ding) (?:up)?on ${gap(2)}${P}(?!(?:['’]s)? architecture)|\\bon top of ${gap(2)}${P}|\\bbuil(?:ds?|ding) (?:up)?on (?:the |these |its |their |our )?(?:[\\w-]+ ){0,3}?(?:strengths?|success|capabilit(?:y|ies)|knowledge|foundations?) of ${P}`,
    0.8,
    "build|top of",
  ),
  // "Building on recent highly capable LLMs, such as ⟦SOLAR-10.7B⟧ and ⟦Phi-2⟧": the named examples are the bases.
  cue(
    "lineage.builds-on-examples",
    `\\b(?:buil(?:ds?|ding|t) (?:up)?on|based on|starting from|bootstrap(?:s|ped|ping)? (?:[^\\s⟦⟧;:.()]+ ){0,4}?from|train(?:s|ed|ing)? (?:over|on|from) (?:[^\\s⟦⟧;:.()]+ ){0,3}?base) (?:(?!(?:to|for|that|which)\\b)[^\\s⟦⟧;:.()]+ ){0,12}?(?:models|llms|lms|vlms|backbones),? (?:such as|like|including|namely) ${P}`,
    0.8,
    "build|based|starting|bootstrap|base llms|base models",
  ),
  cue(
    "lineage.trained-from",
    `\\b(?:pre-?trained|post-trained|trained|aligned|pruned|compressed|converted|obtained|produced) from (?!scratch\\b)${gap(2)}${P}|\\b(?:search|pruning|compression|conversion|upcycling) from ${gap(2)}${P}`,
    0.8,
    "from",
  ),
  // "harnesses the power of the recently advanced small language model, ⟦Phi-2⟧".
  cue(
    "lineage.harnesses",
    `\\b(?:harness(?:es|ed|ing)?|leverag(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|exploit(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)) the (?:[\\w-]+ ){0,2}?(?:power|capabilit(?:y|ies)|abilities|knowledge|strengths?|skills) of (?:the |a |an )?(?:[\\w-]+ ){0,5}?(?:(?:model|llm|lm)s?,? )?${P}`,
    0.75,
    "harness|leverag|utili|exploit|enhanc",
  ),
  // "we have enhanced mathematical reasoning abilities of ⟦Skywork-13B-Base⟧": the paper's model is that one improved.
  cue(
    "lineage.enhances",
    `\\bwe (?:have |further )?enhanced? (?:the )?(?:[\\w-]+ ){0,2}?(?:capabilit(?:y|ies)|abilities|skills) of (?:the )?${P}`,
    0.7,
    "enhance",
  ),
  // "For the language component, we leverage ⟦DeepSeekMoE⟧ models": the language model a multimodal model is built on.
  cue(
    "lineage.language-backbone",
    `\\bfor the (?:language|text|llm) (?:component|backbone|part|module|side|model), (?:we )?(?:use|uses|leverage|leverages|adopt|adopts|employ|employs|utili[sz]e|utili[sz]es|build on|builds on) (?:the |our |a |an )?(?:[\\w-]+ ){0,2}?${P}`,
    0.8,
    "component|backbone|part|module|side",
  ),
  // "After supervised finetuning the ⟦Qwen2.5⟧ language model on s1K ..., our model ⟦s1⟧ exceeds ...": a fronted
  // training phrase says what the sentence's subject was made from.
  cue(
    "lineage.fronted-training",
    `^(?:after|by|through|via|when|upon) (?:[\\w-]+ ){0,2}?(?:fine-?tuning|finetuning|instruction[- ]tuning|training|post-training|distilling|continu(?:ing|ed) (?:the )?pre-?training(?: of)?) (?:the |a |an |our )?(?:pre-?trained )?${P}`,
    0.8,
    "after|by|through|via|when|upon",
  ),
  // "We start from ⟦XLM-RoBERTa⟧, extend its maximum position ...": the model the work starts from.
  cue(
    "lineage.starts-from",
    `\\b(?:start(?:s|ed|ing)?) from (?:the |a |an |our )?(?:pre-?trained |publicly available |open-?source )?${P}`,
    0.8,
    "start",
  ),
  // "⟦Kite⟧ shares its weights with ⟦Finch-3B⟧ up to the last four layers".
  cue(
    "lineage.shares-weights",
    `\\bshar(?:e|es|ed|ing) (?:its|their|the|most of its|most of the) (?:[\\w-]+ )?(?:weights|parameters) with ${gap(1)}${P}`,
    0.8,
    "shar",
  ),
  // "built upon the ⟦Qwen2.5⟧ architecture and continues pretraining": pretraining that continues starts from weights.
  cue(
    "lineage.architecture-continued",
    `\\b(?:buil(?:t|ds?)|based) (?:up)?on (?:the )?${P}(?:['’]s)? architecture,? and (?:then )?(?:is )?continu(?:e|es|ed|ally) (?:to )?(?:pre-?train(?:ed|ing|s)?|training|trained)\\b`,
    0.8,
    "continu",
  ),
  // "⟦Video-LLaVA⟧ uses ⟦Vicuna-7B⟧ as its language model": the language model (or base) a new model is built on;
  // "as its vision encoder" names a component instead.
  cue(
    "lineage.uses-as-base",
    `\\b(?:uses?|using|adopts?|adopting|employs?|employing|leverag(?:e|es|ing)|takes?|taking|chooses?|selects?) (?:the |a |an )?(?:pre-?trained )?${P} as (?:its|the|our|their|a|an) (?:(?!vision|visual|image|audio|speech|video)[\\w-]+ ){0,2}?(?:language model|llm|lm|language backbone|language decoder|text decoder|base model|base llm|foundation model|starting point|initiali[sz]ation|backbone|foundation)s?\\b`,
    0.8,
    "as its|as the|as our|as their|as a|as an",
  ),
  // "aligns a frozen visual encoder with a frozen advanced LLM, ⟦Vicuna⟧": the language model the new one is built on.
  cue(
    "lineage.joins-llm",
    `\\b(?:align|connect|bridg|coupl|combin|link|integrat)(?:e|es|ed|ing|s)? [^⟦.;]{0,80}?\\b(?:with|to|and) (?:a |an |the |our )?(?:[\\w-]+ ){0,4}?(?:llms?|language models?|language decoders?|decoders?),? \\(?${P}`,
    0.8,
    "align|connect|bridg|coupl|combin|link|integrat",
  ),
  // "combines ⟦X⟧ with a lightweight vision encoder": the model a component is added to.
  cue(
    "lineage.combined-with-component",
    `\\b${JOIN} (?:the |a |an |our )?${P} with (?:a |an |the )?(?:[\\w-]+ ){0,3}?(?:encoder|adapter|projector|module|head|tower|connector)s?\\b`,
    0.75,
    "combin|pair|connect|coupl|align",
  ),
  // "by leveraging base LLM improvements (⟦Llama 3⟧)".
  cue(
    "lineage.base-in-brackets",
    `\\bbase (?:llm|lm|model|language model|foundation model)s?(?: [\\w-]+){0,2}? \\(${P}\\)`,
    0.75,
    "base",
  ),
  cue(
    "lineage.merged",
    `\\bmerg(?:e|es|ed|ing) (?:of )?(?:the )?(?:weights of |checkpoints of )?(?:the )?${P}`,
    0.8,
    "merg",
  ),
  cue(
    "lineage.inherits-weights",
    `\\binherit(?:s|ed|ing)? (?:the |its )?(?:weights|parameters|checkpoints?|initiali[sz]ation) (?:of|from) ${gap(1)}${P}|\\binherit(?:s|ed|ing)? from ${gap(1)}${P}`,
    0.85,
    "inherit",
  ),
  cue("lineage.up-scaled", `\\b(?:depth )?up-?scal(?:e|es|ed|ing)(?: of)? ${gap(1)}${P}`, 0.8, "scal"),
  // "compared to ⟦phi-1-base⟧, our model before our finetuning stage": the paper's own model before tuning.
  {
    ...cue(
      "lineage.model-before-tuning",
      `${P},? (?:our|the) (?:base |pretrained |pre-trained )?model (?:before|prior to) (?:the |our )?(?:[\\w-]+ ){0,2}?(?:fine-?tuning|finetuning|instruction[- ]tuning|alignment|post-training)`,
      0.8,
      "before|prior to",
    ),
    atParent: true,
    namesBase: true,
  },
  // "⟦Guard⟧ is fine-tuned on ⟦Llama 3.2-Vision⟧", "trained over the ⟦Mixtral 8x7B⟧ MoE LLM", and a sentence that
  // opens with it: "Pre-trained on ⟦DeepSeekMath-Base⟧ with ..., the model undergoes ...".
  {
    ...cue(
      "lineage.tuned-on-checkpoint",
      `\\b(?:(?:is|was|are|were|been) (?:further |then |additionally |also )?(?:(?:post-trained|continually pre-?trained|pre-?trained) and )?(?:fine-?tuned|finetuned|instruction[- ](?:fine-?)?tuned|post-trained) on|trained over|^(?:pre-?trained|fine-?tuned|finetuned|continually pre-?trained) on) (?:the |a |an )?${P}`,
      0.75,
      "tuned on|post-trained on|trained over|trained on",
    ),
    checkpointParent: true,
  },
  // "outperforms its base model, ⟦X⟧": the model it was made from, named beside a comparison.
  {
    ...cue(
      "lineage.its-base",
      `\\b(?:its|their|our) (?:[\\w-]+ )?base (?:model|llm|lm)s?,? \\(?${P}`,
      0.8,
      "base",
    ),
    namesBase: true,
  },
  cue(
    "lineage.extends-vocabulary",
    `\\bextend(?:s|ed|ing)? the (?:vocabulary|tokenizer|context(?: window| length)?) of ${gap(2)}${P}`,
    0.8,
    "vocabulary|tokenizer|context",
  ),
  cue(
    "lineage.further-trains",
    `\\b(?:further|continue to|continuously|continually|then) (?:pre-?)?train(?:s|ed|ing)? (?:the |a |an |our )?${P}`,
    0.8,
    "train",
  ),
  // "⟦AudioPaLM⟧ fuses text-based and speech-based language models, ⟦PaLM-2⟧ and ⟦AudioLM⟧, into a unified
  // multimodal architecture": the models fused into the new one are its parents.
  cue(
    "lineage.fuses-into",
    `\\b(?:fus|merg|combin|unif|integrat)(?:e|es|ed|ing|ies|y)? (?:the )?(?:[\\w-]+ ){0,5}?(?:models?|llms?|lms?),? ${P}(?=[^.;]{0,160}?\\binto (?:a|an|one|the|our|single)\\b)`,
    0.8,
    "fus|merg|combin|unif|integrat",
  ),
  // "we propose ⟦MobileBERT⟧ for compressing and accelerating the popular ⟦BERT⟧ model".
  cue(
    "lineage.for-compressing",
    `\\bfor (?:compressing|distilling|pruning|quantizing|quantising|sparsifying)(?: and [\\w-]+)? (?:the |a |an )?(?:[\\w-]+ ){0,2}?${P}`,
    0.75,
    "for compressing|for distilling|for pruning|for quantizing|for quantising|for sparsifying",
  ),
  // "the ⟦Sheared-LLaMA⟧ series, pruning the ⟦LLaMA2-7B⟧ model down to 1.3B and 2.7B parameters".
  cue(
    "lineage.prunes-to",
    `\\bprun(?:e|es|ed|ing) (?:the |a |an |our )?(?:pre-?trained )?${P}(?: (?:model|models|checkpoint))? (?:down )?(?:to|into)\\b`,
    0.8,
    "prun",
  ),
  cue(
    "lineage.extends",
    `\\bextends ${gap(1)}${P}|\\bextension (?:of|to) ${gap(2)}${P}`,
    0.7,
    "extend|extension",
  ),
  // "called ⟦Grounding DINO⟧, by marrying Transformer-based detector ⟦DINO⟧ with grounded pre-training": the
  // model taken and given something new is the one the result is made from.
  cue(
    "lineage.by-marrying",
    `\\bby (?:marrying|extending|augmenting|equipping|enhancing|endowing) (?:the |a |an )?(?:[\\w-]+ ){0,3}?${P} with\\b`,
    0.75,
    "by marrying|by extending|by augmenting|by equipping|by enhancing|by endowing",
  ),
  cue(
    "lineage.modification-of",
    `\\b(?:modification|modified version|adaptation|derivative|descendant|fine-?tune|finetune) of ${gap(3)}${P}`,
    0.85,
    "modifi|adaptation|derivative|descendant|tune of",
  ),
  cue("lineage.upcycled-from", `\\bupcycl(?:ed|ing) (?:from )?${gap(2)}${P}`, 0.85, "upcycl"),
  {
    ...cue("lineage.x-based", `${P}-(?:based|derived|initiali[sz]ed)`, 0.8, "-based|-derived|-initiali"),
    compound: true,
  },
  // "uses ⟦Wren 2⟧'s weights as initialization".
  cue(
    "lineage.weights-of",
    `${P}['’]s (?:pre-?trained )?(?:weights|parameters|checkpoints?)\\b`,
    0.8,
    "weights|parameters|checkpoint",
  ),
  // "obtained by applying reinforcement learning from human feedback to ⟦X⟧".
  cue(
    "lineage.applied-to",
    `\\bby (?:applying|performing|conducting|running) [^⟦.;]{1,80}?\\b(?:to|on) (?:the |a |an )?${P}`,
    0.8,
    "applying|performing|conducting|running",
  ),
  // "⟦X⟧, ⟦Y⟧ models finetuned on ...", "⟦LIMA⟧, a 65B parameter ⟦LLaMa⟧ language model fine-tuned with ...": an
  // appositive that says what X is made of; not a list "⟦A⟧, ⟦X⟧, ⟦Y⟧".
  {
    ...cue(
      "lineage.appositive-parent",
      `⟦\\d+⟧(?<!⟧, ⟦\\d+⟧), (?:(?:a|an|the) (?:[\\w.-]+ ){0,3}?)?${P} (?:[\\w-]+ ){0,3}?models? (?:(?:that|which) (?:is|are|was|were|has been|have been) )?(?:further |continually |then )?(?:pre-?trained|fine-?tuned|finetuned|instruction[- ]tuned|trained|adapted|aligned|tuned|distilled)\\b(?! from scratch)`,
      0.8,
      "⟧, ⟦|⟧, a |⟧, an |⟧, the ",
    ),
    atParent: true,
  },
  // "⟦X⟧, which is ⟦Y⟧ further instruction-tuned", "⟦X⟧ is a ⟦Y⟧ model that is instruction-tuned on ...".
  {
    ...cue(
      "lineage.defined-as-tuned",
      `⟧,? (?:which |that )?(?:is|are) (?:a |an |the )?${P}(?: (?:[\\w-]+ )?(?:models?|checkpoints?))?(?: (?:that|which) (?:is|are|was|were))? (?:further |continually |then )?(?:(?:further|continually) pre-?trained|fine-?tuned|finetuned|instruction[- ](?:fine-?)?tuned|tuned|adapted|aligned|distilled)\\b`,
      0.8,
      "⟧ is |⟧ are |⟧, which |⟧ which |⟧, that |⟧ that ",
    ),
    atParent: true,
  },
  // "combine the ⟦SigLIP2⟧ vision encoder with ⟦Aya Expanse⟧ language models": both are parents.
  cue(
    "lineage.combines",
    `\\b${JOIN} (?:both )?(?:the |a |an |our )?(?:[\\w-]+ ){0,3}?\\(?${P}\\)?(?! (?:vision |visual |image |audio |speech |video )?encoders?\\b)(?: [\\w-]+){0,3}? with (?:the |a |an |our )?(?:[\\w-]+ ){0,4}?\\(?⟦\\d+⟧`,
    0.75,
    "combin|pair|connect|coupl|align",
  ),
  cue(
    "lineage.combines",
    `\\b${JOIN} (?:both )?(?:the |a |an |our )?(?:[\\w-]+ ){0,3}?\\(?⟦\\d+⟧\\)?(?: [\\w-]+){0,3}? with (?:the |a |an |our )?(?:[\\w-]+ ){0,4}?\\(?${P}`,
    0.75,
    "combin|pair|connect|coupl|align",
  ),
  // "⟦TinyGPT-V⟧ integrates the ⟦Phi-2⟧ language model with pre-trained vision encoders", "⟦Cobra⟧ integrates the
  // efficient ⟦Mamba⟧ language model into the visual modality".
  cue(
    "lineage.integrates-llm",
    `\\b(?:integrat|combin|couple|equip)(?:e|es|ed|ing|s)? (?:the |a |an )?(?:pre-?trained |frozen |efficient |powerful )?${P} (?:language model|llm|lm|language backbone|language decoder) (?:with|into)\\b`,
    0.8,
    "language model with|language model into|llm with|llm into|lm with|lm into|backbone with|decoder with",
  ),
  // "built by adding an image encoder and adapter layers to ⟦Llama 3.1⟧".
  cue(
    "lineage.added-to",
    `\\b(?:adding|attaching|appending|grafting|inserting|plugging) [^⟦.;]{1,80}?\\b(?:to|onto|into) (?:the |a |an |our )?${P}|\\bintegrat(?:e|es|ed|ing) (?:a |an |the )?(?:[\\w-]+ ){0,3}?(?:encoder|adapter|projector|module|tower|head)s? into (?:the |a |an |our )?(?:pre-?trained |frozen )?${P}|\\badds? (?:image|vision|visual|video|audio|speech|multimodal) (?:understanding|capabilit(?:y|ies)|inputs?|support|reasoning) to (?:the |a |an |our )?${P}`,
    0.75,
    "adding|attaching|appending|grafting|inserting|plugging|integrat|adds",
  ),
  // "reuses and preserves the pre-trained model weights of ⟦SAM⟧": a design that keeps another model's weights
  // starts from them.
  cue(
    "lineage.reuses-weights",
    `\\b(?:reus|preserv|retain|keep|inherit)(?:e|es|ed|ing|s)?(?: and (?:reus|preserv|retain|keep|inherit)(?:e|es|ed|ing|s)?)? (?:all )?(?:the |its )?(?:pre-?trained )?(?:model )?(?:weights|parameters|checkpoints?) of (?:the )?${P}`,
    0.75,
    "weights of|parameters of|checkpoint of|checkpoints of",
  ),
  // "We propose ⟦HQ-SAM⟧, equipping ⟦SAM⟧ with the ability to ...": a new model is the old one with a new ability.
  cue(
    "lineage.equips-with-ability",
    `\\bequip(?:s|ped|ping)? (?:the |a |an )?(?:pre-?trained |frozen |original )?${P} with (?:the |a |an |new )?(?:[\\w-]+ ){0,2}?(?:ability|abilities|capabilit(?:y|ies)|skills?)\\b`,
    0.7,
    "equip",
  ),
  // "Leveraging the ⟦Mistral 7B⟧ architecture as its foundation": a named design taken as the foundation is the
  // model the new one starts from (an architecture alone, without "as its foundation", is not lineage).
  cue(
    "lineage.as-base",
    `${P}(?: (?:architecture|model|weights|checkpoint))? as (?:its|the|a|our) (?:(?:language|text|llm|pretrained|pre-trained) )?(?:base model|base|backbone|foundation|starting point|initiali[sz]ation)\\b(?!line)`,
    0.85,
    " as ",
  ),
];

/** A training verb, with an optional named student: "trained on", "fine-tune ⟦X⟧ on", "distilled using". */
const TRAIN =
  "(?:train|trains|trained|training|fine-?tune|fine-?tunes|fine-?tuned|fine-?tuning|finetune|finetuned|finetuning|tuned|distill(?:s|ed|ing)?)(?: ⟦\\d+⟧)? (?:on|with|using|from)";
/** What a teacher produces for its student. */
const OUTPUTS = "outputs|generations|responses|completions|logits|soft labels|predictions";

export const DISTILLED_FROM_CUES: Cue[] = [
  cue(
    "lineage.distilled-from",
    `\\bdistill(?:ed|ing)? from ${gap(2)}${P}|\\bdistillation (?:from|of) ${gap(2)}${P}|\\bdistilled (?:version|variant|student|counterpart) of ${gap(2)}${P}`,
    0.9,
    "distil",
  ),
  cue(
    "lineage.teacher",
    `${P} as (?:the |a |our )?teacher|\\bteachers?(?: (?:model|llm|lm)s?)?,? \\(?${P}`,
    0.85,
    "teacher",
  ),
  // "learns to imitate the reasoning process of ⟦T⟧", "learns from rich signals from ⟦T⟧".
  cue(
    "lineage.imitates",
    `\\blearn(?:s|ed|ing)? (?:from|to imitate) (?:the )?${gapNoPrep(4)}(?:(?:of|from) )?${P}|\\bimitat(?:e|es|ed|ing) (?:the )?(?:[^\\s⟦⟧,;:.()]+ ){0,3}?(?:of )?${P}`,
    0.8,
    "learn|imitat",
  ),
  cue(
    "lineage.trained-on-outputs",
    `\\b${TRAIN} (?:the )?(?:${OUTPUTS}) (?:of|from|generated by|produced by) ${gap(1)}${P}`,
    0.8,
    "outputs|generations|responses|completions|logits|labels|predictions",
  ),
  // "trained on GPT-4 outputs", "fine-tuned on ChatGPT-generated responses".
  cue(
    "lineage.trained-on-outputs",
    `\\b${TRAIN} (?:the )?${P}(?:[- ]generated)? (?:${OUTPUTS})\\b`,
    0.8,
    "outputs|generations|responses|completions|logits|labels|predictions",
  ),
];

export const SUCCESSOR_CUES: Cue[] = [
  cue("lineage.successor.expands-on", `\\bexpands? (?:up)?on ${gap(2)}${P}`, 0.85, "expand"),
  cue(
    "lineage.successor.next-generation",
    `\\b(?:next|second|third|fourth|new|latest) generation of ${gap(3)}${P}`,
    0.9,
    "generation",
  ),
  // "⟦Wren-2.5⟧ replaces ⟦Wren-2⟧ in our API": said of two models of one line only.
  {
    ...cue("lineage.successor.replaces", `\\breplac(?:es|ed|ing) ${gap(1)}${P}`, 0.75, "replac"),
    sameLine: true,
  },
  cue(
    "lineage.successor.successor-to",
    `\\bsuccessor (?:to|of) ${gap(2)}${P}|\\b(?:succeeds|supersedes) ${gap(1)}${P}`,
    0.9,
    "successor|succeeds|supersedes",
  ),
  cue(
    "lineage.successor.predecessor",
    `\\b(?:its|their|our|the) (?:direct |immediate )?predecessors?,? (?:model )?${P}|${P},? (?:its|their|our) (?:direct |immediate )?predecessor\\b`,
    0.85,
    "predecessor",
  ),
  {
    ...cue(
      "lineage.successor.builds-on-release",
      `\\bbuil(?:ds?|ding|t) (?:up)?on (?:the |our )?(?:[\\w-]+ ){0,2}?(?:release|success|work|foundations?|progress|advances|lessons|insights) of (?:the |our )?${gap(1)}${P}`,
      0.75,
      "build",
    ),
    sameLine: true,
  },
  // "trained with the lessons gained from the preceding three generations of ⟦ChatGLM⟧".
  cue(
    "lineage.successor.preceding-generations",
    `\\b(?:preceding|previous|prior|earlier|past) (?:[\\w-]+ )?generations? of ${P}`,
    0.75,
    "generation",
  ),
  cue(
    "lineage.successor.improves-on",
    // "improving upon X by 1.2 F1" is a comparison, not a new version.
    `\\bimprov(?:es?|ing) (?:up)?on ${gap(1)}${P}(?!(?: \\[[^\\]]*\\])? by\\b)`,
    0.75,
    "improve on|improves on|improving on|improve upon|improves upon|improving upon",
  ),
  cue(
    "lineage.successor.new-version",
    `\\b(?:new|latest|improved|upgraded|next|updated|newer|advanced|enhanced) version of ${gap(3)}${P}|\\bupgrade (?:to|of|over) ${gap(2)}${P}|\\bfollow-?up (?:to|of) ${gap(2)}${P}`,
    0.85,
    "version|upgrade|follow",
  ),
];

export const VARIANT_CUES: Cue[] = [
  // "a variant of Monte-Carlo tree search" is a method's variant.
  cue(
    "lineage.variant-of",
    `\\bvariant of ${gap(2)}${P}(?! (?:[\\w-]+ )?(?:${METHOD_HEADS})\\b)`,
    0.85,
    "variant",
  ),
];

/** Parent in the family: "X, a 1 billion parameter model within the Gemma family". */
export const FAMILY_MEMBER_CUE = cue(
  "lineage.family-member",
  `^, (?:a|an|the) [^⟦;]*?\\b(?:in|within|of|to|into) (?:the )?${P} (?:[\\w-]+ )?(?:family|collection|series|suite|lineup)\\b`,
  0.6,
  "family|collection|series|suite|lineup",
);

/** Members listed after their family: "the ⟦MiniCPM⟧ family including ⟦A⟧, ⟦B⟧ and ⟦C⟧" (first member captured). */
export const FAMILY_LIST_CUE = cue(
  "lineage.family-list",
  `${P} (?:[\\w-]+ )?(?:model )?(?:family|series|collection|suite|lineup),? (?:which )?(?:including|includes|include|comprising|comprises|consisting of|consists of|such as|namely)[,:]? (?:the )?⟦(\\d+)⟧`,
  0.7,
  "family|series|collection|suite|lineup",
);

export const USES_COMPONENT_CUES: Cue[] = [
  cue(
    "association.component-as",
    `${P} as (?:its|the|a|an|our) (?:[\\w-]+ )?(?:encoder|tokenizer|decoder|tower|projector|component)`,
    0.85,
    " as ",
  ),
  cue(
    "association.component-with",
    `\\b(?:with|uses?|using|paired with|equipped with|integrates?|incorporates?) (?:a |an |the )?${P} (?:[\\w-]+ )?(?:encoder|tokenizer)`,
    0.8,
    "encoder|tokenizer",
  ),
];

/** Component first, user after: "MedSigLIP powers the visual understanding capabilities of MedGemma". */
export const REVERSE_COMPONENT_CUES: Cue[] = [
  cue(
    "association.component-powers",
    `${P} (?:powers|drives|underpins) (?:the )?${gap(5)}(?:of|in|for|behind) ${gap(2)}⟦(\\d+)⟧`,
    0.85,
    "powers|drives|underpins",
  ),
  cue(
    "association.component-serves",
    `${P} serves as (?:the|its|a|an) (?:[\\w-]+ ){0,2}?(?:encoder|tokenizer|decoder|tower|component) (?:of|for|in) ${gap(2)}⟦(\\d+)⟧`,
    0.85,
    "serves",
  ),
];

/** Source first, result after: "combine ⟦X⟧ with a vision encoder to obtain ⟦Y⟧", "continue pretraining ⟦X⟧ on ..., yielding ⟦Y⟧". */
export const RESULT_CUE = cue(
  "lineage.yields",
  `\\b(?:fine-?tun(?:e|es|ed|ing)|finetun(?:e|es|ed|ing)|instruction[- ]tun(?:e|es|ed|ing)|tun(?:e|ed|ing)|train(?:s|ed|ing)?|continu(?:e|es|ed|ing) (?:the )?(?:pre-?training|training)(?: of)?|further pre-?train(?:s|ed|ing)?|align(?:s|ed|ing)?|adapt(?:s|ed|ing)?|combin(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|upcycl(?:e|es|ed|ing)|extend(?:s|ed|ing)?|appl(?:y|ies|ied|ying) (?:[\\w-]+ |⟦\\d+⟧ ){1,3}?to|(?:conduct|perform)(?:s|ed|ing)? [^⟦.;]{1,80}?\\bon|distill(?:s|ed|ing)? [^⟦.;]{1,60}?\\binto) (?:the |our |a |an )?(?:[\\w-]+ ){0,2}?${P}[^.;]{0,160}?(?:\\bto (?:obtain|produce|create|build|get|yield)|\\byielding|\\bproducing|\\bresulting in(?: the creation of)?|\\bwhich (?:yields|produces|results in)|\\band obtain|\\bgiving|, we (?:obtain|get|derive|arrive at|develop|build|create)|\\bwhich we (?:call|name|dub|term)) (?:the |a |an |our )?(?:(?:[\\w-]+ ){0,4}?(?:models?|variants?|versions?|llms?|lms?|assistants?|chatbots?),? (?:called |named |dubbed |(?:which |that )?we (?:call|name|dub|term) )?)?⟦(\\d+)⟧`,
  0.85,
  "to obtain|to produce|to create|to build|to get|to yield|yielding|producing|resulting in|which yields|which produces|which results|and obtain|giving|we obtain|we get|we derive|we arrive at|we develop|we build|we create|which we call|which we name|which we dub|which we term",
);

/** Student first, teacher after: "distilling ⟦MiniLM-multilingual⟧ from ⟦XLM-R-Base⟧" (student, teacher). */
export const DISTILL_STUDENT_CUE = cue(
  "lineage.distilled-from",
  `\\bdistill(?:s|ed|ing)? (?:the |a |an |our )?⟦(\\d+)⟧(?: models?)? from ${gap(2)}⟦(\\d+)⟧`,
  0.9,
  "distil",
);

/** Teacher first, student after: "we distill X into Y". */
export const REVERSE_DISTILL_CUE = cue(
  "lineage.distilled-into",
  `\\bdistill(?:s|ed|ing)? (?:the )?(?:[\\w-]+ ){0,3}?(?:of |from )?${P}(?: model)? into ${gap(3)}(?:(?:model|variant|student|version)s?,? (?:(?:called|named|dubbed|termed) )?)?⟦(\\d+)⟧`,
  0.9,
  "distil",
);

export const ARCHITECTURE_CUE = cue(
  "association.uses-architecture",
  `\\b(?:uses?|using|adopts?|adopting|employs?|employing|based on|built on|builds on|follows?|leverages?|leveraging|inherits?|with) (?:the |a |an )?${gap(3)}${P}(?:['’]s)?(?: [\\w-]+){0,2}? architecture(?! as (?:its|the|a|our) (?:base|foundation|backbone|starting point))`,
  0.9,
  "architecture",
);

export const SHARES_ARCHITECTURE_CUES: Cue[] = [
  cue("association.same-architecture", `\\bsame (?:[\\w-]+ )?architecture as ${gap(1)}${P}`, 0.9, "same"),
  cue(
    "association.shares-architecture",
    `\\bshares? (?:its |the |an |their )?(?:[\\w-]+ )?architecture with ${gap(1)}${P}`,
    0.9,
    "share",
  ),
  cue(
    "association.architecture-of",
    `\\b(?:buil(?:ds?|ding|t) (?:up)?on|adopts?|adopting|follows?|following|uses?|using|inherits?|inheriting) the (?:same )?architecture(?: and tokenizer)? (?:of|as) ${gap(1)}${P}`,
    0.8,
    "architecture",
  ),
  cue(
    "association.architecturally-identical",
    `\\barchitecturally (?:identical|similar|equivalent) to ${gap(1)}${P}`,
    0.85,
    "architecturally",
  ),
];

export const TRAINED_ON_DATA_CUES: Cue[] = [
  cue(
    "association.same-data",
    `\\b(?:pre-?)?trained on (?:the )?(?:identical|same) (?:[\\w-]+ ){0,3}?(?:data|dataset|datasets|corpus|mixture|tokens)(?: mixture)? (?:used (?:for|to train|in|by)|as|of) ${gap(2)}${P}`,
    0.85,
    "identical|same",
  ),
  cue(
    "association.same-data-as",
    `\\bsame (?:pre-?)?training (?:data|corpus|mixture|data mixture) as ${gap(2)}${P}`,
    0.85,
    "same",
  ),
  cue("association.data-of", `${P}['’]s (?:pre-?)?training (?:data|corpus|mixture|set)`, 0.8, "training"),
];

export type Verdict = "outperforms" | "comparable" | "competitive" | "underperforms";

export interface ComparisonCue {
  verdict: Verdict;
  re: RegExp;
  /** As a cue's hints: words one of which the sentence must contain. */
  hints: string[];
}

const comparison = (verdict: Verdict, re: RegExp, hints: string): ComparisonCue => {
  const list = hints.split("|");
  for (const h of list) ALL_HINTS.add(h);
  return { verdict, re, hints: list };
};

export const COMPARISON_CUES: ComparisonCue[] = [
  comparison(
    "comparable",
    /\b(?:comparable|on par with|match(?:es|ing)?|rival(?:s|ing)?|similar performance to|close to)\b/gi,
    "comparable|on par with|match|rival|similar performance to|close to",
  ),
  comparison("competitive", /\bcompetitive\b/gi, "competitive"),
  comparison(
    "outperforms",
    /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?|(?:superior|better|stronger|higher|more capable|more accurate|more powerful)(?: [\w-]+){0,3}? (?:to|than|over)|(?:improved|better|stronger|higher|superior)(?: [\w-]+){0,2}? performance over|gains over|improvements? over|improv(?:e|es|ed|ing) (?:up)?on)\b/gi,
    "outperform|surpass|exceed|beat|superior|better|stronger|higher|more capable|more accurate|more powerful|improved|gains over|improvement|improve on|improves on|improving on|improved on|improve upon|improves upon|improving upon|improved upon",
  ),
  comparison(
    "underperforms",
    /\b(?:underperform(?:s|ed|ing)?|lags? behind|trails?|worse than|falls? short of|inferior to)\b/gi,
    "underperform|lag|trail|worse than|short of|inferior to",
  ),
];

/** A comparison that says nothing of which side is better: it tells a name's kind, not a verdict. */
export const NEUTRAL_COMPARISON = comparison(
  "comparable",
  /\b(?:compared (?:with|to)|versus|vs\.)/gi,
  "compared with|compared to|versus|vs.",
);

/** Offset of the first comparison cue in a text, or its length. */
export function firstComparison(text: string): number {
  const lower = text.toLowerCase();
  let first = text.length;
  for (const [k, cue] of COMPARISON_CUES.entries()) {
    const m = mayMatch(cue, lower) ? FIRST_COMPARISON[k]?.exec(text) : null;
    if (m && m.index < first) first = m.index;
  }
  return first;
}
const FIRST_COMPARISON = COMPARISON_CUES.map(({ re }) => new RegExp(re.source, "i"));

/** "Compared to X, Y demonstrates gains": the verdict comes from the rest of the sentence. */
export const COMPARED_TO = /\b(?:compared|relative) (?:to|with) (?:the |its )?⟦(\d+)⟧/gi;
export const GAIN_WORDS =
  /\b(?:gains?|improv\w*|better|outperform\w*|surpass\w*|higher|stronger|exceed\w*)\b/iu;
export const LOSS_WORDS = /\b(?:worse|lower|drops?|degrad\w*|underperform\w*|behind)\b/iu;

/** Verbs by which a paper introduces its own models. */
export const INTRODUCE =
  /\b(?:we|this (?:work|paper|report|technical report|study)|here,? we)(?: also| additionally| further| now| publicly| openly){0,2} (?:introduce|introduces|present|presents|release|releases|propose|proposes|unveil|unveils|open-source|open-sources|describe|describes|announce|develop|developed|debut|provide|provides|construct|constructed|build|create|created)\b/gi;

/** Stops the object of "we introduce": an appositive, a relative clause or a prepositional phrase. */
export const INTRODUCE_STOP = set(`
  which that who based built derived with for to on in from by using trained designed via through at as
  than where while whose when achieving capable featuring including
`);

/** After a lineage object: "derived from PubMed abstracts" names data, not a parent model. */
export const DATA_NOUN_AFTER =
  /^(?:\s*(?:,|and|or) ⟦\d+⟧)*\s+(?:data|corpus|corpora|abstracts|articles|papers|images|texts?|documents|outputs|samples|tests|questions|problems|exams|databases?|records|notes|reports)\b/u;
/** ...but a teacher's outputs are what a student is distilled from ("distilled from GPT-4 outputs"). */
export const OUTPUT_NOUN_AFTER = /^\s+(?:outputs|generations|responses|completions|logits|samples)\b/u;

/** Text after a size that says it is a parameter count. */
export const SIZE_NOUNS =
  /^[\s-]*(?:(?:language|vision|text|code|foundation|base|dense|sparse|multimodal|chat|reasoning|embedding|open)\s+){0,2}(?:parameters?|params|models?|variants?|sizes?|checkpoints?|-parameter)\b/iu;
export const SIZE_COMPARATIVE =
  /\b(?:fewer|less|more|greater|larger|smaller|over|under|up to|at least|at most|than|double|twice|beyond|below|above)\s*$/iu;

/** A cue that names both ends: groups `c` (child) and `p` (parent), and `noun` where the noun says the type. */
export interface PairCue extends Cue {
  /** The relation, or how a `noun` group maps to one. */
  type: "BASED_ON" | "DISTILLED_FROM" | "VARIANT_OF" | "by-noun";
}

const pair = (
  type: PairCue["type"],
  rule: string,
  source: string,
  confidence: number,
  hints: string,
): PairCue => ({
  ...cue(rule, source, confidence, hints),
  type,
});

/** What "its instruction-tuned variant", "a Longformer variant" make of the model they name. */
export const RELATIVE_NOUNS: Record<string, "BASED_ON" | "DISTILLED_FROM" | "SUCCESSOR_OF" | "VARIANT_OF"> = {
  variant: "VARIANT_OF",
  version: "VARIANT_OF",
  counterpart: "VARIANT_OF",
  extension: "VARIANT_OF",
  derivative: "BASED_ON",
  adaptation: "BASED_ON",
  successor: "SUCCESSOR_OF",
  student: "DISTILLED_FROM",
  finetune: "BASED_ON",
  "fine-tune": "BASED_ON",
};
const RELATIVE =
  "(?<noun>variant|version|counterpart|extension|derivative|adaptation|successor|student|finetune|fine-tune)s?";

export const PAIR_CUES: PairCue[] = [
  // "a 175 billion parameter LM (text-davinci-003) can produce ..., compared to its orders-of-magnitude larger
  // successor, GPT-4": "its" points back over a clause that names no other model.
  pair(
    "by-noun",
    "lineage.its-successor",
    `⟦(?<p>\\d+)⟧\\)?[^⟦;.]{1,160}?\\b(?:its|their) (?:[\\w-]+ ){0,3}?(?<noun>successor)s?,? ⟦(?<c>\\d+)⟧`,
    0.8,
    "its|their",
  ),
  // "PaLM (a 540-billion parameter LLM) and its instruction-tuned variant, Flan-PaLM".
  pair(
    "by-noun",
    "lineage.its-relative",
    `⟦(?<p>\\d+)⟧(?: \\([^()]*\\))?,? and (?:its|their) (?:[\\w-]+ ){0,3}?${RELATIVE},? (?:called |named |dubbed )?\\(?⟦(?<c>\\d+)⟧`,
    0.85,
    "and its|and their",
  ),
  // "the Longformer-Encoder-Decoder (LED), a Longformer variant for ...".
  pair(
    "by-noun",
    "lineage.apposed-relative",
    `⟦(?<c>\\d+)⟧(?: \\([^()]*\\))?, (?:a|an|the) (?:[\\w-]+ ){0,2}?⟦(?<p>\\d+)⟧[- ]${RELATIVE}\\b`,
    0.85,
    "variant|version|counterpart|extension|derivative|adaptation|successor|student|finetune|fine-tune",
  ),
  // "⟦Teal⟧'s base model is ⟦Finch 3⟧", "the base model of ⟦Teal⟧ is ⟦Finch 3⟧".
  pair(
    "BASED_ON",
    "lineage.base-model-is",
    `⟦(?<c>\\d+)⟧['’]s (?:[\\w-]+ )?base (?:model|llm|lm) (?:is|was) ⟦(?<p>\\d+)⟧|\\bbase (?:model|llm|lm) (?:of|for) ⟦(?<c2>\\d+)⟧ (?:is|was) ⟦(?<p2>\\d+)⟧`,
    0.85,
    "base",
  ),
  // "⟦Finch-Code⟧ is further fine-tuned on ... to create ⟦Wigeon⟧": the result cue in the passive.
  pair(
    "BASED_ON",
    "lineage.yields-passive",
    `⟦(?<p>\\d+)⟧ (?:is|was|are|were) (?:further |then |additionally )?(?:fine-?tuned|finetuned|instruction[- ]tuned|trained|aligned|adapted|continually pre-?trained)[^.;⟦]{0,100}?\\b(?:to (?:create|produce|obtain|build|yield)|yielding|producing|resulting in) (?:the |a |an |our )?(?:[\\w-]+ ){0,2}?⟦(?<c>\\d+)⟧`,
    0.85,
    "to create|to produce|to obtain|to build|to yield|yielding|producing|resulting in",
  ),
  // "we distill the reasoning capability from the ⟦DeepSeek-R1⟧ series of models into ⟦DeepSeek-V3⟧".
  pair(
    "DISTILLED_FROM",
    "lineage.distilled-into",
    `\\bdistill(?:s|ed|ing)? (?:[\\w-]+ ){0,4}?from (?:the |a |an |our )?⟦(?<p>\\d+)⟧(?: (?:series|family) of models| models?| series| family)? into (?:the |a |an |our )?⟦(?<c>\\d+)⟧`,
    0.85,
    "distill",
  ),
  // "We turn ⟦Wren-Chat⟧ into ⟦Merlin⟧", "upcycle ⟦Finch-7B⟧ into ⟦Finch-MoE⟧", "instruction-tune ⟦X⟧ into ⟦Y⟧".
  pair(
    "BASED_ON",
    "lineage.turned-into",
    `\\b(?:turn(?:s|ed|ing)?|convert(?:s|ed|ing)?|transform(?:s|ed|ing)?|upcycl(?:e|es|ed|ing)|instruction[- ]tun(?:e|es|ed|ing)|fine-?tun(?:e|es|ed|ing)|finetun(?:e|es|ed|ing)|adapt(?:s|ed|ing)?|speciali[sz](?:e|es|ed|ing)) (?:the |a |an |our )?⟦(?<p>\\d+)⟧(?: model)? into (?:a |an |the |our )?(?:[\\w-]+ ){0,3}?⟦(?<c>\\d+)⟧`,
    0.85,
    "into",
  ),
  // "We fine-tune the ⟦LLaMA-2⟧ model as a dense retriever (⟦RepLLaMA⟧) and as a pointwise reranker (⟦RankLLaMA⟧)".
  pair(
    "BASED_ON",
    "lineage.tuned-as",
    `\\b(?:fine-?tun\\w*|finetun\\w*|train\\w*|adapt\\w*) (?:the |a |an |our )?⟦(?<p>\\d+)⟧(?: model)? as (?:a|an) [^⟦.;()]{1,60}\\(⟦(?<c>\\d+)⟧\\)`,
    0.8,
    "as a|as an",
  ),
  pair(
    "BASED_ON",
    "lineage.tuned-as",
    `\\b(?:fine-?tun\\w*|finetun\\w*|train\\w*|adapt\\w*) (?:the |a |an |our )?⟦(?<p>\\d+)⟧(?: model)? as (?:a|an) [^⟦.;()]{1,60}\\(⟦\\d+⟧\\),? and as (?:a|an) [^⟦.;()]{1,60}\\(⟦(?<c>\\d+)⟧\\)`,
    0.8,
    "as a|as an",
  ),
  // "⟦Wren 2⟧ serves as the language backbone of ⟦Eider⟧".
  pair(
    "BASED_ON",
    "lineage.serves-as-backbone",
    `⟦(?<p>\\d+)⟧ serves? as (?:the|its|a|an) (?:[\\w-]+ )?(?:backbone|base model|foundation|starting point|initiali[sz]ation) (?:of|for) ⟦(?<c>\\d+)⟧`,
    0.85,
    "serve",
  ),
  // "⟦Wren-Chat-7B⟧ was used to initialize ⟦Tanager⟧", "The weights of ⟦Finch 2⟧ initialize ⟦Siskin⟧".
  pair(
    "BASED_ON",
    "lineage.initializes",
    `⟦(?<p>\\d+)⟧(?: model)?(?:['’]s (?:weights|parameters|checkpoint))? (?:is|are|was|were) used to initiali[sz]e ⟦(?<c>\\d+)⟧|\\b(?:weights|parameters|checkpoints?) of ⟦(?<p2>\\d+)⟧ (?:(?:is|are|was|were) used to )?initiali[sz]e[sd]? ⟦(?<c2>\\d+)⟧`,
    0.85,
    "initiali",
  ),
  // "continued pretraining ..., creating ⟦TowerBase⟧, followed by finetuning on instructions ..., creating
  // ⟦TowerInstruct⟧": a second stage made from the first stage's result.
  pair(
    "BASED_ON",
    "lineage.staged",
    `\\b(?:creating|producing|yielding|resulting in|to obtain|to create) ⟦(?<p>\\d+)⟧,? (?:which is )?(?:then |further )?followed by (?:[\\w-]+ ){0,3}?(?:fine-?tuning|finetuning|instruction[- ]tuning|alignment|post-training|training)\\b[^⟦.;]{0,120}?\\b(?:creating|producing|yielding|resulting in|to obtain|to create) ⟦(?<c>\\d+)⟧`,
    0.8,
    "followed by",
  ),
  // "the resulting lightweight ⟦SAM⟧ is termed ⟦MobileSAM⟧": a reworked copy of a model, given its own name.
  pair(
    "BASED_ON",
    "lineage.reworked-named",
    `\\b(?:the|our|this|a) (?:resulting |new |final )?(?:lightweight|smaller|compact|distilled|efficient|faster|mobile|improved|pruned|quantized|tuned|fine-?tuned|adapted) ⟦(?<p>\\d+)⟧,? (?:is |was |are |were )?(?:termed|named|called|dubbed) ["“]?⟦(?<c>\\d+)⟧`,
    0.7,
    "termed|named|called|dubbed",
  ),
  // "knowledge encoded in a large teacher BERT can be transferred to a small student Tiny-BERT".
  pair(
    "DISTILLED_FROM",
    "lineage.teacher-student",
    `\\bteachers?(?: (?:model|llm|lm)s?)?,? \\(?⟦(?<p>\\d+)⟧[^.;]{0,160}?\\bstudents?(?: (?:model|llm|lm)s?)?,? \\(?⟦(?<c>\\d+)⟧`,
    0.85,
    "student",
  ),
];

/**
 * "We call the resulting model ⟦X⟧", "The resulting model, ⟦X⟧, ...", "The resulting ⟦X⟧ and ⟦Y⟧ models": a model
 * made in the sentences before.
 */
export const RESULTING_MODEL =
  /(?:\bwe (?:call|name|dub|term) (?:the |this |these |our )?(?:resulting |final |obtained |new )?(?:[\w-]+ )?(?:models?|checkpoints?|llms?|systems?|assistants?),? |\bthe (?:resulting|final|obtained) (?:[\w-]+ )?(?:models?|checkpoints?|llms?),? (?:(?:named|called|dubbed|termed) )?|\bthe (?:resulting|final|obtained) (?=⟦\d+⟧(?:,? (?:and |or )?⟦\d+⟧)* (?:[\w-]+ )?models?\b))["“]?⟦(\d+)⟧/iu;

/** What a training verb acts on: "to fine-tune ⟦LLaMA⟧", "conduct SFT and DPO on ⟦X⟧ models". */
export const TRAINING_OBJECT =
  /\b(?:fine-?tun\w*|finetun\w*|instruction[- ]tun\w*|tun(?:e|es|ed|ing)|(?:pre-?)?train(?:s|ed|ing)?|adapt(?:s|ed|ing)?|align(?:s|ed|ing)?|(?:conduct|perform)\w* [^⟦.;]{1,80}?\bon|appl(?:y|ies|ied|ying) [^⟦.;]{1,80}?\bto) (?:the |a |an |our )?(?:(?:[\w-]+ ){1,4}?(?:such as|like|including) )?(?:[\w-]+ ){0,2}?⟦(\d+)⟧/giu;

/** "BERT can be adapted for biomedical corpora": a model the paper's own model is made from, said before it is named. */
export const ADAPTABLE =
  /⟦(\d+)⟧ (?:can|could|may|is|are|was|were) (?:be )?(?:[\w-]+ly )?(?:adapted|fine-?tuned|extended|specialized|specialised|tailored|transferred|customi[sz]ed) (?:for|to)\b/iu;

/** "..., which are built upon base language models": a parent named only as the paper's base model. */
export const UNNAMED_BASE =
  /\b(?:built|based|trained|fine-?tuned|finetuned|initiali[sz]ed) (?:up)?(?:on|from) (?:the |our |its |their )?(?:pre-?trained )?base (?:[\w-]+ ){0,2}?models?\b/iu;
/** Where the paper says which model is its base: "⟦Qwen⟧, the base pretrained language models", "base model ⟦X⟧". */
export const BASE_ANTECEDENT =
  /⟦(\d+)⟧,? (?:the|our|a|an) (?:[\w-]+ ){0,2}?base\b|\bbase (?:[\w-]+ ){0,2}?models?,? ⟦(\d+)⟧/iu;
