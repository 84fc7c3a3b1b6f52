// What the words around a name say about it: a model noun after it ("Gemini models"), an appositive
// ("MedSigLIP, a ... vision encoder"), "which we call X", an acronym definition ("... Benchmark (MTEB)"),
// or a Title-Case phrase it belongs to ("Direct Preference Optimization").
import { isNumericVersion, isSize, isTierWord, tuningOf } from "../../domain/names.ts";
import { dashSplit, lower, spaceBetween, startsUpper, wordAt } from "./grammar.ts";
import {
  APPOSITIVE_MODEL_NOUNS,
  BENCHMARK_NOUNS,
  CONCEPT_WORDS,
  COUNT_FOLLOWERS,
  FUNCTION_WORDS,
  GENERIC_KIND_WORDS,
  LANGUAGE_WORDS,
  METHOD_NOUNS,
  MODEL_NOUN_MODIFIERS,
  MODEL_NOUNS,
  MODIFIER_PREFIXES,
  NAMING_NOUNS,
  NON_MODEL_PROPER,
  ORG_FOLLOWERS,
  SOFTWARE_NOUNS,
} from "./lexicon.ts";
import type { Token } from "./sentences.ts";

/** Initials of the words before "(ACR)" spell the acronym: a definition, so ACR names a concept or benchmark. */
export function definedAcronym(
  tokens: Token[],
  i: number,
  end: number,
): "concept" | "benchmark" | "model" | null {
  if (wordAt(tokens, i - 1) !== "(" || wordAt(tokens, end) !== ")") return null;
  const acronym = lower(wordAt(tokens, i)).replace(/s$/u, "");
  let k = i - 2;
  while (k >= 0 && !tokens[k]?.word) k--;
  const words: string[] = [];
  while (k >= 0 && tokens[k]?.word && words.length < 8) {
    words.unshift(wordAt(tokens, k));
    const expansion = lower(words.join(" "));
    // An acronym is shorter than what it spells: "Zorb-Phi (Zorb-Phi)" repeats a name, it defines nothing.
    const spelt = expansion.replace(/[^\p{L}\d]/gu, "").length > acronym.replace(/[^\p{L}\d]/gu, "").length;
    if (spelt && expansion[0] === acronym[0] && inOrder(acronym, expansion)) {
      const head = words[words.length - 1] ?? "";
      if (/^(benchmark|dataset|corpus|suite|leaderboard|test)s?$/iu.test(head)) return "benchmark";
      // "Segment Anything Model (SAM)", "Large Language Model Meta-AI (LLaMA)": a proper name of a model.
      if (/^Models?$/u.test(head) || words.includes("Model")) return "model";
      // "Advanced Language Model-based trAnslator (ALMA)", "Large Language and Vision Assistant": an agent noun.
      if (/^\p{Lu}/u.test(words[0] ?? "") && AGENT_HEADS.test(head)) return "model";
      // "Open Pre-trained Transformers (OPT)": a Title-Case name for a kind of transformer is a model's name (a
      // plural acronym, "Vision Transformers (ViTs)", names the kind).
      if (
        /^Transformers?$/u.test(head) &&
        !/\p{Lu}s$/u.test(wordAt(tokens, i)) &&
        words.every((w) => /^(?:\p{Lu}|of|for|from|and|the|with)/u.test(w))
      )
        return "model";
      // "Segment anything model (SAM) is ...": the same name in sentence case, when every initial spells it and
      // no word is a generic kind ("Large language model (LLM)", "Latent diffusion model (LDM)" are kinds).
      if (head === "model" && /^\p{Lu}/u.test(words[0] ?? "") && isProperInSentenceCase(words, acronym))
        return "model";
      return "concept";
    }
    k--;
  }
  return null;
}

const AGENT_HEADS = /^(?:assistant|chatbot|translator|reasoner|detector|segmenter|retriever|reranker)$/iu;

function isProperInSentenceCase(words: string[], acronym: string): boolean {
  const initials = words.map((w) => lower(w)[0] ?? "").join("");
  return (
    initials === acronym &&
    words.length >= 3 &&
    !MODEL_NOUNS.has(acronym) &&
    !APPOSITIVE_MODEL_NOUNS.has(acronym) &&
    !words.slice(0, -1).some((w) => MODEL_NOUN_MODIFIERS.has(lower(w)) || GENERIC_KIND_WORDS.has(lower(w)))
  );
}

function inOrder(letters: string, text: string): boolean {
  let at = 0;
  for (const c of letters) {
    at = text.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export function firstWordIndex(tokens: Token[]): number {
  return tokens.findIndex((t) => t.word);
}

/** Looks after a name for "models", "family", ... possibly behind "language", "vision", ... */
export function followedByModelNoun(tokens: Token[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const w = wordAt(tokens, k);
    if (MODEL_NOUNS.has(w)) return true;
    if (!MODEL_NOUN_MODIFIERS.has(w)) return false;
  }
  return false;
}

/** "X, a medically-tuned vision encoder ..." → model; "X, a simple method ..." → method. */
export function appositiveKind(
  tokens: Token[],
  from: number,
  plain = false,
): "model" | "method" | "benchmark" | null {
  // Skip a parenthetical: "Direct Preference Optimization (DPO), a stable ... algorithm".
  let j = from;
  if (wordAt(tokens, j) === "(") {
    const close = tokens.findIndex((t, k) => k > j && t.text === ")");
    if (close > j && close - j < 6) j = close + 1;
  } else if (wordAt(tokens, j) === ")") j++; // "Zorb-phi (Zorb-Phi), an efficient assistant"
  // A dash opens an appositive as a comma does: "TinyStories -- a 10 million parameter model".
  if (wordAt(tokens, j) === "-" && wordAt(tokens, j + 1) === "-") j++;

  // "⟦Xwin-RM⟧, reward models trained on ...": a bare plural model noun in apposition.
  if (wordAt(tokens, j) === ",") {
    // A modifier before the noun and a participle after it: ", LLMs can ..." after a fronted phrase is a subject.
    const head = [2, 3].find((d) => PLURAL_MODEL_NOUN.test(lower(wordAt(tokens, j + d))));
    const modifiers = head === undefined ? [] : tokens.slice(j + 1, j + head);
    if (
      head !== undefined &&
      /^(?:trained|fine-?tuned|finetuned|built|developed|pre-?trained|that|which)$/u.test(
        wordAt(tokens, j + head + 1),
      ) &&
      modifiers.every((t) => /^[a-z][\w-]*$/u.test(t.text) && !FUNCTION_WORDS.has(t.text))
    )
      return "model";
  }
  // "X is an image generation model built upon ...": a predicate noun says what X is as an appositive does.
  // A plain capitalised word opening a sentence is often no name ("Reasoning is a ..."): only names by their shape.
  const predicate =
    !plain && /^(?:is|was)$/u.test(wordAt(tokens, j)) && /^(?:a|an)$/u.test(wordAt(tokens, j + 1));
  if (
    !predicate &&
    (!/^[,–—-]$/u.test(wordAt(tokens, j)) ||
      !/^(a|an|the|two|three|both|our|several|one)$/u.test(wordAt(tokens, j + 1)))
  )
    return null;
  for (let k = j + 2; k < j + 12 && k < tokens.length; k++) {
    // The noun lists are lower case: "a Japanese LLM" is a model as "a language model" is.
    const w = lower(wordAt(tokens, k));
    // "a multiple-choice machine reading comprehension (MRC) dataset": an acronym in the phrase is an aside.
    if (w === "(" && wordAt(tokens, k + 2) === ")") {
      k += 2;
      continue;
    }
    if (/^[;.()]$/u.test(w)) return null;
    // "Regardless, the cost of training such models ...": a phrase headed by another noun ("cost of"); and the
    // phrase ends where a clause begins ("HumanEval, a new evaluation set we release ...").
    if (
      w === "of" &&
      k > j + 2 &&
      wordAt(tokens, k - 1) !== "-" &&
      !/est$/u.test(lower(wordAt(tokens, k - 1)))
    )
      return null;
    if (/^(?:we|that|which|who|whose|where|while)$/u.test(w)) return null;
    // "a fair search engine": a method noun modifying the head noun after it.
    const modifies = /^(?:engines?|spaces?|tools?|systems?|models?|agents?)$/u.test(wordAt(tokens, k + 1));
    if (METHOD_NOUNS.has(w) && !modifies) return "method";
    if (BENCHMARK_NOUNS.has(w)) return "benchmark";
    // "RMaxTS, a variant of Monte-Carlo tree search": a variant of a method is a method.
    if (/^(?:variant|version)$/u.test(w) && wordAt(tokens, k + 1) === "of")
      for (let m = k + 2; m < k + 6; m++) if (METHOD_NOUNS.has(lower(wordAt(tokens, m)))) return "method";
    // "FineWeb-Edu, a 1.3-trillion token collection of educational text": data, as a dataset is.
    if (APPOSITIVE_MODEL_NOUNS.has(w)) return groupOf(tokens, k) ?? "model";
  }
  return null;
}

const PLURAL_MODEL_NOUN = /^(?:models|llms|lms|vlms|mllms)$/u;
const GROUP_NOUNS = new Set(["collection", "suite", "series", "family"]);
const DATA_NOUNS = new Set(
  "repositories data datasets documents images videos text texts files code tokens papers articles examples problems questions tasks benchmarks prompts conversations pages books".split(
    " ",
  ),
);

/**
 * "a large collection of permissively licensed GitHub repositories": a group of data, not of models; "a suite of
 * simple and complementary techniques": of methods.
 */
function groupOf(tokens: Token[], k: number): "benchmark" | "method" | null {
  if (!GROUP_NOUNS.has(wordAt(tokens, k)) || wordAt(tokens, k + 1) !== "of") return null;
  // A bracket inside the phrase is an aside: "a series of fully open-source (code, weights, and data) LLMs".
  const phrase: string[] = [];
  for (let m = k + 2, depth = 0; m < tokens.length && phrase.length < 5; m++) {
    const w = wordAt(tokens, m);
    if (w === "(") depth++;
    else if (w === ")") depth--;
    else if (depth === 0) phrase.push(lower(w));
  }
  // "a collection of specialized open code models": the phrase's head is a model noun, "code" modifies it.
  if (phrase.some((w) => MODEL_NOUNS.has(w))) return null;
  if (phrase.some((w) => DATA_NOUNS.has(w))) return "benchmark";
  return phrase.some((w) => METHOD_NOUNS.has(w.replace(/s$/u, "")) || w === "techniques") ? "method" : null;
}

/**
 * What the words just before a name say it is: a noun phrase that ends in a model noun and is set off by a comma
 * or a bracket ("its instruction-tuned variant, Flan-PaLM", "The resulting model, Med-PaLM", "a fine-tuned
 * large language model (Vicuna)").
 */
export function precedingKind(tokens: Token[], i: number, end: number): "model" | "benchmark" | null {
  const mark = wordAt(tokens, i - 1);
  if (mark !== "," && mark !== "(") return namedByNoun(tokens, i);
  if (mark === "," && namesData(tokens, i, end)) return "benchmark";
  const noun = lower(wordAt(tokens, i - 2));
  if (!APPOSITIVE_MODEL_NOUNS.has(noun) && noun !== "llms" && noun !== "vlms") return null;
  // "a fine-tuned large language model (Vicuna)": a bracketed name after a model noun is its name.
  if (mark === "(" && wordAt(tokens, i + 1) === ")") return "model";
  // The phrase must be a determined noun phrase, not a clause that merely ends in "model".
  for (let k = i - 3; k >= Math.max(0, i - 10); k--) {
    const w = lower(wordAt(tokens, k));
    if (/^(?:a|an|the|its|their|our|this|these|his|her)$/u.test(w)) return "model";
    if (!tokens[k]?.word) return null;
  }
  return null;
}

/** "a large-scale dataset of instructional conversations, UltraChat, ...": an indefinite data noun phrase. */
function namesData(tokens: Token[], i: number, end: number): boolean {
  // "The resulting dataset, DCLM-Baseline enables ...": a made dataset named right after its noun ("After training
  // on the curated datasets, Ferret-UI exhibits ..." names the subject after a fronted phrase).
  if (
    BENCHMARK_NOUNS.has(lower(wordAt(tokens, i - 2))) &&
    !/s$/u.test(wordAt(tokens, i - 2)) &&
    /^(?:resulting|final|curated|released|our)$/u.test(lower(wordAt(tokens, i - 3)))
  )
    return true;
  // Otherwise the name closes an appositive: "Fine-tuned on a ... dataset, Goat achieves" makes Goat the subject.
  if (wordAt(tokens, end) !== ",") return false;
  for (let k = i - 2; k >= Math.max(1, i - 10); k--) {
    if (!tokens[k]?.word) return false;
    const w = lower(wordAt(tokens, k));
    if (DETERMINERS.test(w)) return false;
    if (BENCHMARK_NOUNS.has(w)) {
      // Adjectives may be hyphenated or listed: "a systematically designed, diverse, large-scale dataset".
      for (let d = k - 1; d >= Math.max(0, k - 14); d--) {
        if (!tokens[d]?.word && !/^[-,]$/u.test(wordAt(tokens, d))) return false;
        // Indefinite only: "On the KoBEST benchmark, X outperforms" opens a sentence, it names nothing.
        if (/^an?$/u.test(lower(wordAt(tokens, d)))) return true;
      }
      return false;
    }
  }
  return false;
}

const DETERMINERS = /^(?:a|an|the|its|their|our|this|these)$/u;

/** "the language model Vicuna", "Transformer-based detector DINO": a determined kind noun right before a name. */
function namedByNoun(tokens: Token[], i: number): "model" | null {
  if (!NAMING_NOUNS.has(lower(wordAt(tokens, i - 1)))) return null;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const w = lower(wordAt(tokens, k));
    if (DETERMINERS.test(w) || /-based$/u.test(w)) return "model";
    if (!tokens[k]?.word) return null;
  }
  return null;
}

/**
 * What the noun heading a list says its names are: "our training codebases: NeMo, NeMo-Aligner, and Megatron-LM",
 * "toolkits such as X and Y".
 */
export function listKind(tokens: Token[], i: number): "method" | "benchmark" | null {
  let closed = false;
  for (let k = i - 1; k >= Math.max(0, i - 30); k--) {
    const w = wordAt(tokens, k);
    // "benchmarks like MVBench and TGIF-QA, Video-CCAM shows ...": the list closed with its "and"; a comma after it
    // ends the fronted phrase.
    if ((w === "and" || w === "or") && k < i - 2 && wordAt(tokens, i - 1) === ",") closed = true;
    if (
      w === ":" ||
      (w === "as" && lower(wordAt(tokens, k - 1)) === "such") ||
      /^(?:including|like)$/u.test(w)
    ) {
      if (closed) return null;
      // The head noun stands a few words before the marker: "10 mathematics datasets in both English and
      // Chinese, such as ...".
      let m = w === "as" ? k - 2 : k - 1;
      if (wordAt(tokens, m) === ",") m--;
      for (const stop = m - 6; m >= 0 && m > stop && tokens[m]?.word; m--) {
        const noun = lower(wordAt(tokens, m));
        // The nearest noun heads the list: "datasets for open LLMs like Llama 3" lists models.
        if (MODEL_NOUNS.has(noun) || APPOSITIVE_MODEL_NOUNS.has(noun)) return null;
        if (SOFTWARE_NOUNS.has(noun)) return "method";
        if (BENCHMARK_NOUNS.has(noun)) return "benchmark";
      }
      return null;
    }
    // Only list material between the head and the name: other names, commas and conjunctions.
    if (!(w === "," || w === "and" || w === "or" || /^[\p{Lu}\d]/u.test(w) || /[\p{Lu}\d]/u.test(w.slice(1))))
      return null;
  }
  return null;
}

/** "PaLM (a 540-billion parameter LLM)": a bracketed description right after a name. */
export function bracketedKind(tokens: Token[], j: number): "model" | "benchmark" | "method" | null {
  if (wordAt(tokens, j) !== "(" || !/^(?:a|an|the)$/u.test(lower(wordAt(tokens, j + 1)))) return null;
  for (let k = j + 2; k < j + 10 && k < tokens.length; k++) {
    const w = lower(wordAt(tokens, k));
    if (w === ")") return null;
    // "a fair search engine": a method noun modifying the head noun after it.
    const modifies = /^(?:engines?|spaces?|tools?|systems?|models?|agents?)$/u.test(wordAt(tokens, k + 1));
    if (METHOD_NOUNS.has(w) && !modifies) return "method";
    if (BENCHMARK_NOUNS.has(w)) return "benchmark";
    if (APPOSITIVE_MODEL_NOUNS.has(w) || w === "llms") return wordAt(tokens, k + 1) === ")" ? "model" : null;
  }
  return null;
}

/** "..., which we call X" / "called X": the nearest preceding kind noun says what X is. */
export function calledKind(tokens: Token[], i: number): "model" | "method" | "benchmark" | null {
  let k = i - 1;
  while (k >= 0 && /^["“'‘]$/u.test(wordAt(tokens, k))) k--;
  if (!/^(call|calls|called|term|termed|name|named|dub|dubbed)$/u.test(wordAt(tokens, k))) return null;
  for (let m = k - 1; m >= Math.max(0, k - 14); m--) {
    const w = lower(wordAt(tokens, m));
    // "a fair search engine": a method noun modifying the head noun after it.
    const modifies = /^(?:engines?|spaces?|tools?|systems?|models?|agents?)$/u.test(wordAt(tokens, k + 1));
    if (METHOD_NOUNS.has(w) && !modifies) return "method";
    if (BENCHMARK_NOUNS.has(w)) return "benchmark";
    if (APPOSITIVE_MODEL_NOUNS.has(w)) return "model";
  }
  return null;
}

/**
 * Where the expansion of a name ends, when one follows it after a colon or bracket ("LLaVA: Large Language and
 * Vision Assistant", "FROG (Frobbing Obscure Graphs)"); `j` itself when none does. The expansion's words are
 * Title Case (small function words aside), and its letters spell the name's, in order, from the first.
 */
export function expansionEnd(tokens: Token[], j: number, name: string): number {
  const mark = wordAt(tokens, j);
  if (mark !== ":" && mark !== "(") return j;
  // After a colon the name must look like an acronym; in brackets a longer expansion says so itself:
  // "Nougat (Neural Optical Understanding for Academic Documents)".
  const capitals = name.match(/\p{Lu}/gu)?.length ?? 0;
  if ((mark === ":" && capitals < 2) || capitals === 0) return j;
  let k = j + 1;
  let letters = "";
  while (k < j + 10 && tokens[k]?.word) {
    const w = wordAt(tokens, k);
    if (!/^\p{Lu}/u.test(w) && !/^(?:and|of|for|from|in|on|to|with|the|a)$/u.test(w)) break;
    letters += lower(w).replace(/[^\p{L}\d]/gu, "");
    k++;
  }
  const acronym = lower(name).replace(/[^\p{L}\d]/gu, "");
  const spelt =
    k - j > 2 && acronym.length < letters.length && letters[0] === acronym[0] && inOrder(acronym, letters);
  // After a colon the expansion ends the clause; in brackets it closes them.
  const closed = mark === ":" ? /^[,.;]?$/u.test(wordAt(tokens, k)) : wordAt(tokens, k) === ")";
  return spelt && closed ? k : j;
}

/** "Multimodal Large Language Models (MLLMs)": the capitalised words from i to a bracket spell the acronym in it. */
export function spelledByAcronym(tokens: Token[], i: number): boolean {
  let k = i;
  let initials = "";
  while (k < i + 6 && tokens[k]?.word && /^\p{Lu}/u.test(wordAt(tokens, k))) {
    initials += dashSplit(wordAt(tokens, k))
      .map((piece) => lower(piece.charAt(0)))
      .join("");
    k++;
  }
  // Separate words: a dashed name spelt by its acronym ("Longformer-Encoder-Decoder (LED)") is a name.
  if (k >= i + 2 && wordAt(tokens, k) === "(" && wordAt(tokens, k + 2) === ")") {
    const acronym = lower(wordAt(tokens, k + 1)).replace(/s$/u, "");
    if (acronym.length >= 2 && acronym === initials) return true;
  }
  return false;
}

/**
 * "a new Unified pre-trained Language Model (UniLM)", "Conditional Masked Language Modeling (C-MLM)": a word of a
 * run the bracketed acronym after it spells (its letters in order, from the run's first) is the expansion's, not a
 * name; a name that reaches the bracket on its own ("Stable Diffusion XL (SDXL)") is left to the name grammar.
 */
export function insideExpansion(tokens: Token[], i: number, end: number): boolean {
  let open = end;
  while (open < i + 9 && tokens[open]?.word) open++;
  if (wordAt(tokens, open) !== "(" || wordAt(tokens, open + 2) !== ")") return false;
  const acronym = wordAt(tokens, open + 1);
  if ((acronym.match(/\p{Lu}/gu)?.length ?? 0) < 2) return false;
  // "multilingual variant of BERT (m-BERT)": the name the acronym is built on is no word of an expansion.
  if (tokens.slice(i, end).some((t) => /^\p{Lu}.*[\p{Lu}\d]/u.test(t.text) && acronym.includes(t.text)))
    return false;
  const letters = lower(acronym)
    .replace(/[^\p{L}\d]/gu, "")
    .replace(/s$/u, "");
  for (let start = i; start >= Math.max(0, i - 6) && tokens[start]?.word; start--) {
    if (start === i && open === end) continue;
    const run = tokens
      .slice(start, open)
      .map((t) => lower(t.text).replace(/[^\p{L}\d]/gu, ""))
      .join("");
    // An expansion has about a word per letter ("and T5 have been applied to automatic essay scoring (AES)" is not one).
    if (open - start > letters.length + 4) continue;
    if (run[0] === letters[0] && letters.length < run.length && inOrder(letters, run)) return true;
  }
  return false;
}

/** "SoftWare Heritage persistent IDentifiers (SWHIDs)": the capitals of the words spell the acronym after them. */
export function spelledByCapitals(tokens: Token[], i: number): boolean {
  // The run may start before the name: "WeIght DisENtanglement (WIDEN)".
  for (let start = i; start >= Math.max(0, i - 3) && tokens[start]?.word; start--) {
    let capitals = "";
    for (let k = start; k < start + 6 && tokens[k]?.word; k++) {
      const spelt = wordAt(tokens, k).replace(/[^\p{Lu}]/gu, "");
      // Every word before the name gives letters: "the Longformer-Encoder-Decoder (LED)" is the name's own.
      if (k < i && spelt === "") break;
      capitals += spelt;
      if (wordAt(tokens, k + 1) !== "(" || wordAt(tokens, k + 3) !== ")") continue;
      const acronym = wordAt(tokens, k + 2).replace(/s$/u, "");
      if (k > start && k >= i && acronym.length >= 3 && capitals === acronym) return true;
      break;
    }
  }
  return false;
}

/** Whether a name stands next to another capitalised (non-function) word: part of a Title-Case phrase. */
export function inTitleCaseRun(tokens: Token[], i: number, end: number, text: string): boolean {
  // "Natural Language Inference models": "Language" is a title word, though a plain one elsewhere.
  const titleWord = (t: Token | undefined) =>
    t?.word === true &&
    /^\p{Lu}/u.test(t.text) &&
    (!FUNCTION_WORDS.has(lower(t.text)) || /^Languages?$/u.test(t.text));
  const prev = tokens[i - 1];
  // "Leveraging Wren as ...": a verb opening the sentence is capitalised by position, not as part of a title.
  if (prev && firstWordIndex(tokens) === i - 1 && MODIFIER_SHAPE.test(prev.text) && !titleWord(tokens[end]))
    return false;
  const next = tokens[end];
  const cur = tokens[i];
  const last = tokens[end - 1];
  // An organisation before a name that the sentence then leaves is its maker, not a title word: "OpenAI Codex,"
  // (but "NVIDIA Open Model License" is a title).
  const maker =
    prev !== undefined && NON_MODEL_PROPER.has(lower(prev.text)) && !startsUpper(next?.text ?? "");
  // "Theory of Mind", "Mixture of Experts": a Title-Case phrase joined by "of".
  const head = tokens[i - 2];
  const joined =
    prev?.text === "of" && titleWord(head) && !MODIFIER_SHAPE.test(head?.text ?? "") && end === i + 1;
  return (
    joined ||
    (prev !== undefined && cur !== undefined && titleWord(prev) && !maker && spaceBetween(text, prev, cur)) ||
    (next !== undefined && last !== undefined && titleWord(next) && spaceBetween(text, last, next))
  );
}

const COMPOUND_HEAD = /^\p{Lu}[\p{L}\d]*$/u;

/** Comparatives, superlatives, participles and adverbs. */
const MODIFIER_SHAPE = /(?:ed|ing|ly|er|est)$/u;
// A capitalised word, a single capital ("Command R") or a mixed-case word ("Mistral NeMo").
const COMPOUND_TAIL = /^\p{Lu}(?:\p{Ll}{2,}|\p{L}*\p{Ll}\p{L}*)?$/u;

function plainWord(w: string): boolean {
  const l = lower(w);
  return !(
    FUNCTION_WORDS.has(l) ||
    CONCEPT_WORDS.has(l) ||
    CONCEPT_WORDS.has(l.replace(/s$/u, "")) ||
    LANGUAGE_WORDS.has(l) ||
    NON_MODEL_PROPER.has(l) ||
    ORG_FOLLOWERS.has(w) ||
    MODEL_NOUNS.has(l) ||
    isTierWord(w) ||
    tuningOf(w) !== undefined
  );
}

/** What follows a pair says it is a name: a version, size or capitalised tier ("Stable Diffusion XL"). */
function qualifiedAt(tokens: Token[], k: number, text: string): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k];
  if (!prev || !next || !spaceBetween(text, prev, next)) return false;
  const w = next.text;
  if (COUNT_FOLLOWERS.has(lower(wordAt(tokens, k + 1)))) return false;
  return (
    isSize(w) ||
    isNumericVersion(w) ||
    /^V\d{1,2}$/u.test(w) ||
    // A size or speed tier, not a specialisation: "Visual Studio Code" is no model for its "Code".
    ((isTierWord(w) || tuningOf(w) !== undefined) && /^\p{Lu}/u.test(w) && !SPECIALISATIONS.test(w))
  );
}

const SPECIALISATIONS = /^(?:Code|Coder|Math|Vision|VL|Audio|Thinking|Multilingual)$/u;

/** A class acronym that is part of a name when a size, version or tuning follows it ("DeepSeek LLM 67B"). */
const CLASS_TAIL = /^(?:LLM|LM|VLM|MLLM)$/u;

const unversioned = (word: string) => word.replace(/-\d+(?:\.\d+)*$/u, "");

/** "..., called Grounding DINO": the two words side by side, not opening the sentence. */
function pairInside(tokens: Token[], head: string, tail: string): boolean {
  const first = firstWordIndex(tokens);
  for (let k = first + 1; k < tokens.length - 1; k++)
    if (tokens[k]?.text === head && tokens[k + 1]?.text === tail) return true;
  return false;
}

/** Whether the word at k stands next to another capitalised word (it is inside a Title-Case phrase). */
function inRun(tokens: Token[], k: number, text: string): boolean {
  return inTitleCaseRun(tokens, k, k + 1, text);
}

/**
 * Two-word names the paper itself uses ("Stable Diffusion XL", "Aya Expanse 8B", "the Command R series",
 * title "Llama Guard: ..."): a capitalised pair followed by a version, size or capitalised tier, or by a model
 * noun, or heading the title before a colon, somewhere other than the start of a sentence. A pair whose second
 * word is also a name on its own ("Larger Gemma 2 models" next to "Gemma 2") is a modifier and a name.
 */
export function findCompounds(
  sentences: Token[][],
  title: Token[],
  text: string,
  titleText: string,
): Set<string> {
  const found = new Map<string, string>();
  const consider = (tokens: Token[], i: number, src: string, evidence: boolean) => {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!evidence || !a?.word || !b?.word || !spaceBetween(src, a, b)) return;
    // "DeepSeek LLM"; and "Swin Transformer V2", where a version says the class word ends a name.
    const classTail =
      (CLASS_TAIL.test(b.text) && /\p{Lu}.*\p{Ll}|\p{Ll}.*\p{Lu}/u.test(a.text.slice(1))) ||
      (b.text === "Transformer" && /^V\d+$/u.test(wordAt(tokens, i + 2)));
    const tail = unversioned(b.text);
    if (!COMPOUND_HEAD.test(a.text) || !(COMPOUND_TAIL.test(tail) || classTail)) return;
    if (!plainWord(a.text) || !(classTail || plainWord(tail)) || MODIFIER_PREFIXES.has(lower(a.text))) return;
    found.set(`${lower(a.text)} ${lower(b.text)}`, b.text);
  };
  for (const tokens of sentences) {
    const first = firstWordIndex(tokens);
    // At a sentence start the first word may be a modifier ("Larger Gemma 2 models", "Quantized Llama 2").
    const start = MODIFIER_SHAPE.test(wordAt(tokens, first)) ? first + 1 : first;
    for (let i = start; i < tokens.length - 1; i++) {
      const b = tokens[i + 1];
      if (!b || !startsUpper(b.text)) continue;
      // The pair must not continue a longer Title-Case phrase ("Adversarial Diffusion Distillation").
      const before = tokens[i - 1];
      if (before?.word && /^\p{Lu}/u.test(before.text) && !FUNCTION_WORDS.has(lower(before.text))) continue;
      const noun =
        followedByModelNoun(tokens, i + 2) &&
        !MODEL_NOUN_MODIFIERS.has(lower(b.text)) &&
        !/^\p{Lu}/u.test(wordAt(tokens, i + 2));
      // "We introduce Baz Guard, an LLM-based safeguard": a pair a paper introduces, set off by a comma or bracket.
      const introduced =
        (/^(?:introduce|present|release|propose|unveil)$/u.test(lower(wordAt(tokens, i - 1))) &&
          /^[,(:]$/u.test(wordAt(tokens, i + 2))) ||
        // "build Lawyer LLaMA, a legal domain LLM, ...": the pair heads an appositive that says it is a model.
        appositiveKind(tokens, i + 2) === "model";
      // "a text-to-image model (Stable Diffusion)": a pair in brackets after a model noun names that model.
      const bracketed =
        wordAt(tokens, i - 1) === "(" &&
        wordAt(tokens, i + 2) === ")" &&
        MODEL_NOUNS.has(lower(wordAt(tokens, i - 2)));
      // "models like CLIP, GLIDE and Stable Diffusion": the last item of a list of names, the clause going on
      // in lower case after it.
      const listed =
        /^(?:and|or)$/u.test(wordAt(tokens, i - 1)) &&
        /^(?:\p{Lu}{2,}[\p{L}\d-]*|\p{Lu}\p{L}*\d[\p{L}\d.-]*|\d+(?:\.\d+)?)$/u.test(wordAt(tokens, i - 2)) &&
        tokens.slice(Math.max(0, i - 6), i - 2).some((t) => t.text === ",") &&
        !startsUpper(wordAt(tokens, i + 2));
      // "existing models, such as Llama Guard (+10.8%) and WildCard": the first example after a model noun.
      const marker = wordAt(tokens, i - 1);
      const markerAt =
        marker === "as" && wordAt(tokens, i - 2) === "such"
          ? i - 3
          : /^(?:like|including)$/u.test(marker)
            ? i - 2
            : -1;
      const exampled =
        markerAt >= 0 &&
        /^(?:[,(]|and|or)$/u.test(wordAt(tokens, i + 2)) &&
        tokens
          .slice(Math.max(0, markerAt - 2), markerAt + 1)
          .some((t) => /s$/u.test(t.text) && MODEL_NOUNS.has(lower(t.text)));
      // "The resulting Chinese LLaMA and Chinese Alpaca models": a language word before a name, said of models
      // (markLanguageAdapted then keeps the pair from the language stoplist).
      const a = tokens[i];
      if (
        a &&
        LANGUAGE_WORDS.has(lower(a.text)) &&
        /^\p{Lu}/u.test(a.text) &&
        spaceBetween(text, a, b) &&
        COMPOUND_TAIL.test(b.text) &&
        (noun ||
          (/^(?:and|or)$/u.test(wordAt(tokens, i + 2)) &&
            LANGUAGE_WORDS.has(lower(wordAt(tokens, i + 3))) &&
            followedByModelNoun(tokens, i + 5)))
      )
        found.set(`${lower(a.text)} ${lower(b.text)}`, b.text);
      // "Claude Instant-1": a version glued to the second word qualifies the pair as one after it would.
      const versioned = unversioned(b.text) !== b.text;
      consider(
        tokens,
        i,
        text,
        qualifiedAt(tokens, i + 2, text) ||
          noun ||
          introduced ||
          bracketed ||
          versioned ||
          listed ||
          exampled,
      );
    }
  }
  if (wordAt(title, 2) === ":") {
    consider(title, 0, titleText, true);
    // "Grounding DINO: Marrying DINO with ...": the title's head with an acronym tail is one name when the abstract
    // also uses the pair inside a sentence ("an open-set object detector, called Grounding DINO").
    const [head, tail] = [wordAt(title, 0), wordAt(title, 1)];
    if (
      COMPOUND_HEAD.test(head) &&
      /^\p{Lu}{2,}\d*$/u.test(tail) &&
      !ORG_FOLLOWERS.has(tail) &&
      !CLASS_TAIL.test(tail) &&
      plainWord(head) &&
      sentences.some((tokens) => pairInside(tokens, head, tail))
    )
      found.set(`${lower(head)} ${lower(tail)}`, tail);
  }
  if (found.size === 0) return new Set();
  // A second word that is a versioned or sized name by itself ("Larger Gemma 2 models" next to "Gemma 2 is")
  // makes the first word a modifier.
  for (const tokens of sentences) {
    for (let k = 0; k < tokens.length; k++) {
      const w = tokens[k];
      if (!w?.word || !startsUpper(w.text)) continue;
      for (const [pair, tail] of found) {
        if (tail !== w.text) continue;
        const head = pair.slice(0, pair.indexOf(" "));
        if (
          lower(wordAt(tokens, k - 1)) !== head &&
          !inRun(tokens, k, text) &&
          qualifiedAt(tokens, k + 1, text)
        )
          found.delete(pair);
      }
    }
  }
  return new Set(found.keys());
}
