// Model mentions: a name grammar over tokens proposes candidates, then evidence from the whole paper decides
// which candidate stems are models, benchmarks, methods or nothing (concepts, organisations, citations).
import {
  isFormatSuffix,
  isSize,
  isTierWord,
  keyOf,
  modelKey,
  type ParsedName,
  parseModelName,
  tuningOf,
} from "../../domain/names.ts";
import {
  dashSplit,
  ellipsisTiers,
  isCheckpointSerial,
  lower,
  readName,
  type Shape,
  spaceBetween,
  startsUpper,
  trailingSizes,
  wordAt,
} from "./grammar.ts";
import {
  allMatches,
  BASED_ON_CUES,
  BENCHMARK_FOLLOWERS,
  BENCHMARK_SHAPE,
  COMPARISON_CUES,
  CONCEPT_WORDS,
  cueMatches,
  DATA_NOUN_AFTER,
  DISTILL_STUDENT_CUE,
  DISTILLED_FROM_CUES,
  FAMILY_LIST_CUE,
  FUNCTION_WORDS,
  INTRODUCE,
  INTRODUCE_STOP,
  KNOWN_BENCHMARKS,
  KNOWN_BENCHMARKS_WITH_DIGITS,
  LANGUAGE_WORDS,
  METHOD_NOUNS,
  MODEL_NOUNS,
  MODIFIER_PREFIXES,
  mayMatch,
  NEUTRAL_COMPARISON,
  NON_MODEL_PROPER,
  ORG_FOLLOWERS,
  OUTPUT_NOUN_AFTER,
  PAIR_CUES,
  RESULT_CUE,
  REVERSE_DISTILL_CUE,
  SUCCESSOR_CUES,
  USES_COMPONENT_CUES,
  VARIANT_CUES,
} from "./lexicon.ts";
import type { Sentence, Token } from "./sentences.ts";
import {
  appositiveKind,
  bracketedKind,
  calledKind,
  definedAcronym,
  expansionEnd,
  findCompounds,
  firstWordIndex,
  followedByModelNoun,
  insideExpansion,
  inTitleCaseRun,
  listKind,
  precedingKind,
  spelledByAcronym,
  spelledByCapitals,
} from "./signals.ts";
import { buildTemplate, coordinated, ownedSlot, type Template } from "./template.ts";

/** A stretch of text the name grammar reads as a name, before the paper-level decision. */
interface Candidate {
  id: number;
  /** -1 for the title. */
  sentence: number;
  start: number;
  end: number;
  raw: string;
  parsed: ParsedName;
  stemKey: string;
  shape: Shape;
  extraSizes: string[];
  /** Written by ellipsis: "Gemini 2.0 Flash and Flash-Lite". */
  ellipsis: boolean;
  /** Carries a version, size, tier or tuning part. */
  qualified: boolean;
  sentenceInitial: boolean;
  modelNoun: boolean;
  appositive: boolean;
  introduced: boolean;
  lineageObject: boolean;
  /** Given as an example of a model class: "LLMs like ChatGPT", "models such as PaLM or Chinchilla". */
  example: boolean;
  /** Candidates compared with this one as the other side: "⟦CodeGeeX⟧ outperforms ⟦Codex⟧" (on Codex). */
  comparedBy?: number[];
  /** What a model is trained on: "pretraining ... on the ⟦Proof-Pile-2⟧", "tokens sourced from ⟦The Stack⟧". */
  trainingData: boolean;
  /** Said to be made from another name: "⟦OpenChat-3.5⟧, fine-tuned from ⟦Mistral⟧". */
  derived: boolean;
  citation: boolean;
  org: boolean;
  benchmark: boolean;
  /** The word after the name. */
  follower: string;
  /** The name heads a benchmark's name ("OPT-IML Bench"): that occurrence names the benchmark, not this stem. */
  benchmarkHead: boolean;
  method: boolean;
  /** Said to be a benchmark: "X, a new benchmark for ...", "Some Benchmark (X)". */
  benchmarkDefined: boolean;
  /** A language word dashed to a name ("Chinese-Mixtral", "EEVE-Korean"): a model adapted to a language. */
  languageAdapted: boolean;
  /** A plain capitalised word inside a Title-Case phrase ("Direct Preference Optimization"). */
  phrase: boolean;
  concept: boolean;
}

export interface Mention {
  id: number;
  sentence: number;
  start: number;
  end: number;
  raw: string;
  parsed: ParsedName;
  /** Identity: sizes folded into the model unless the name is a tuned variant ("Gemma3-4B-IT"). */
  key: string;
  sizes: string[];
  /** A generation placeholder such as "Gemini 2.X": resolves to its members, is not a model itself. */
  generation: boolean;
  ellipsis: boolean;
  introduced: boolean;
}

export interface BenchmarkMention {
  sentence: number;
  start: number;
  end: number;
  name: string;
}

export interface MentionResult {
  mentions: Mention[];
  benchmarks: BenchmarkMention[];
  /** Models the title introduces ("Gemma 3 Technical Report", "CodeGemma: ..."). */
  titleIntroduced: ParsedName[];
  /** How the title writes them. */
  titleSpellings: string[];
}

/**
 * A model's identity: sizes fold into the model ("OLMo-7B" is OLMo, "Llama 2 13B Chat" and "Llama2-Chat-70B" are
 * one chat variant with two sizes); version, tiers and tuning stay.
 */
export function identityKey(parsed: ParsedName): string {
  return keyOf(parsed, { sizes: false });
}

function scan(
  tokens: Token[],
  text: string,
  sentence: number,
  nextId: () => number,
  compounds: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  const first = firstWordIndex(tokens);
  // Acronym definitions need a bracket: most sentences have none, and skip those checks.
  const bracketed = tokens.some((t) => t.text === "(");
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok?.word) continue;
    // "Code Llama": a specialising prefix joins the name that follows it.
    let prefix = false;
    let read = readName(tokens, i, text, compounds);
    const after = tokens[i + 1];
    if (
      startsUpper(tok.text) &&
      MODIFIER_PREFIXES.has(lower(tok.text)) &&
      after &&
      spaceBetween(text, tok, after)
    ) {
      const inner = readName(tokens, i + 1, text, compounds);
      if (inner && inner.shape !== "lower" && !FUNCTION_WORDS.has(lower(tokens[i + 1]?.text ?? ""))) {
        read = { ...inner, tokStart: i };
        prefix = true;
      }
    }
    if (!read) continue;
    // "Base T5", "Large BERT": a size or tuning word written before a name is no stem that name versions.
    if (
      !prefix &&
      read.tokEnd > i + 1 &&
      (isTierWord(tok.text) || tuningOf(tok.text) !== undefined) &&
      readName(tokens, i + 1, text, compounds)
    )
      continue;
    // Function words and concept acronyms never head a name; leaving them out keeps "We introduce" readable.
    const headWord = lower(dashSplit(tokens[read.tokStart]?.text ?? "")[0] ?? "");
    // "Lemma-7B", "Swift-Chat", "Text-davinci-002", "MAP-Neo": a size, tuning or checkpoint serial written onto
    // a common word makes it a name, and so does a capitalised word written onto an acronym.
    const pieces = dashSplit(tokens[read.tokStart]?.text ?? "");
    const acronymHead = /^\p{Lu}{1,}$/u.test(pieces[0] ?? "");
    const sized = pieces.slice(1).some(
      (piece) =>
        isSize(piece) ||
        tuningOf(piece) !== undefined ||
        isCheckpointSerial(piece) ||
        // "MAP-Neo", "LLM-ST", "X-VILA", "CT-LLM": a capitalised word or an acronym written onto an acronym.
        (acronymHead && /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(piece)),
    );
    const common = FUNCTION_WORDS.has(headWord) || CONCEPT_WORDS.has(headWord);
    // "AU-PRC": a concept written with a dash is one whatever its pieces.
    const concept = CONCEPT_WORDS.has(lower(tokens[read.tokStart]?.text ?? ""));
    if (!prefix && ((common && !sized) || concept || frontedAdverb(tokens, i, read))) {
      i = read.tokEnd - 1;
      continue;
    }
    // "Advanced Language Model-based trAnslator (ALMA)": a lower-case word closing an acronym's expansion.
    if (
      !startsUpper(tok.text) &&
      read.tokEnd === i + 1 &&
      wordAt(tokens, i + 1) === "(" &&
      bracketed &&
      definedAcronym(tokens, i + 2, i + 3) !== null
    )
      continue;
    const raw = text.slice(tok.start, read.end);
    const parsed = parseModelName(raw);
    const { sizes, next } = trailingSizes(tokens, read);
    const initial = read.tokStart === first || (prefix && i === first);
    // An acronym is one word: "(LLaMA Pro-Instruct)" after "counterpart" spells nothing.
    const acronymKind = read.tokEnd === i + 1 ? definedAcronym(tokens, i, read.tokEnd) : null;
    const called = calledKind(tokens, i) ?? precedingKind(tokens, i, read.tokEnd);
    const apposition =
      appositiveKind(tokens, next, read.shape === "capitalised") ??
      bracketedKind(tokens, next) ??
      listKind(tokens, i);
    // Followers count only as written in lower case: "Test Reports" in a title-cased name is no "test".
    const follower = wordAt(tokens, read.tokEnd);
    const qualified =
      parsed.version !== null ||
      read.state.version ||
      read.state.size ||
      read.state.tier ||
      read.state.tuning;
    const benchmarkHead = /^(?:Bench|Benchmark|Eval|Arena|Leaderboard)$/u.test(follower);
    // A word of the run an acronym in brackets spells ("Unified pre-trained Language Model (UniLM)").
    const expansionWord = bracketed && insideExpansion(tokens, i, read.tokEnd);
    const base: Candidate = {
      id: nextId(),
      sentence,
      start: tok.start,
      // The span covers absorbed sizes ("Gemma 3 4B and 27B", "phi-3-small (7B)") so templates treat them as one name.
      end: next > read.tokEnd ? (tokens[next - 1]?.end ?? read.end) : read.end,
      raw,
      parsed,
      stemKey: modelKey(parsed.stem),
      shape: prefix ? "capitalised" : read.shape,
      extraSizes: sizes,
      ellipsis: false,
      qualified,
      sentenceInitial: initial,
      modelNoun: followedByModelNoun(tokens, next) || acronymKind === "model",
      appositive: apposition === "model" || called === "model",
      introduced: false,
      lineageObject: false,
      example: false,
      trainingData: false,
      derived: false,
      // "(Cui et al., 2018)", and "et. al." as some write it.
      // "(Tack and Piech, 2022)", "Tack and Piech (2022)": authors.
      citation:
        (wordAt(tokens, next) === "(" && /^(?:19|20)\d\d[a-z]?$/u.test(wordAt(tokens, next + 1))) ||
        (wordAt(tokens, next) === "," && /^(?:19|20)\d\d[a-z]?$/u.test(wordAt(tokens, next + 1))) ||
        (wordAt(tokens, read.tokEnd) === "et" &&
          (/^al\.?$/u.test(wordAt(tokens, read.tokEnd + 1)) ||
            (wordAt(tokens, read.tokEnd + 1) === "." && /^al\.?$/u.test(wordAt(tokens, read.tokEnd + 2))))),
      // "Mistral AI", "Apache 2.0 license": an organisation or a licence.
      // "Acme's Finch": the owner of a capitalised name is its maker, not a model.
      org:
        ORG_FOLLOWERS.has(wordAt(tokens, read.tokEnd)) ||
        // "the BLUE team": a team, whatever its name; "a Pixel 4 phone": a device.
        /^(?:team|phone|smartphone|device|devices|GPUs?|chips?|laptop)$/u.test(wordAt(tokens, next)) ||
        /^licen[cs]es?$/iu.test(wordAt(tokens, next)) ||
        (/^['’]s$/u.test(wordAt(tokens, next)) &&
          read.shape !== "strong" &&
          !qualified &&
          startsUpper(wordAt(tokens, next + 1))),
      benchmarkDefined: acronymKind === "benchmark" || apposition === "benchmark" || called === "benchmark",
      // "Multimodal Large Language Models": a tier word inside a Title-Case phrase qualifies nothing.
      phrase:
        (!prefix &&
          read.shape === "capitalised" &&
          (!qualified || (!read.state.version && !read.state.size && parsed.version === null)) &&
          (inTitleCaseRun(tokens, i, read.tokEnd, text) ||
            spelledByAcronym(tokens, i) ||
            expansionWord ||
            // "Generative Large Language Models": a tier before a Title-Case class noun is the class's own word.
            (read.state.tier && /^(?:Language|Vision|Multimodal|Foundation)$/u.test(follower)))) ||
        (bracketed && !qualified && (spelledByCapitals(tokens, i) || expansionWord)),
      benchmark:
        acronymKind === "benchmark" ||
        (BENCHMARK_FOLLOWERS.has(follower) && !scoresVerb(tokens, read.tokEnd)) ||
        KNOWN_BENCHMARKS.has(parsed.stem) ||
        KNOWN_BENCHMARKS.has(raw) ||
        KNOWN_BENCHMARKS_WITH_DIGITS.has(lower(raw)) ||
        // "the ChatRAG Bench"; a size says a model all the same ("Llama3-ChatQA-1.5-70B").
        benchmarkHead ||
        (BENCHMARK_SHAPE.test(parsed.stem) && parsed.sizes.length === 0),
      method:
        acronymKind === "concept"
          ? false
          : called === "method" || apposition === "method" || METHOD_NOUNS.has(follower),
      concept: acronymKind === "concept",
      benchmarkHead,
      follower,
      languageAdapted: false,
    };
    out.push(base);
    // "LLaVA: Large Language and Vision Assistant": the words that spell the name are its expansion, not models.
    let consumed = Math.max(next - 1, expansionEnd(tokens, next, raw) - 1);
    for (const tier of ellipsisTiers(tokens, read)) {
      consumed = Math.max(consumed, tier.index);
      const elided = tokens[tier.index];
      if (!elided) continue;
      const stemAndVersion = parsed.version ? `${parsed.stem} ${parsed.version}` : parsed.stem;
      // A two-word name lends its first word: "Reka Core, Flash" names Reka Flash.
      const lent =
        read.state.compound && read.state.last === "stem" ? parsed.stem.split(" ")[0] : stemAndVersion;
      const implied = parseModelName(`${lent} ${tier.word}`);
      out.push({
        ...base,
        id: nextId(),
        start: elided.start,
        end: elided.end,
        raw: tier.word,
        parsed: implied,
        ellipsis: true,
      });
    }
    i = Math.max(i, consumed);
  }
  return out;
}

/**
 * "Continually pretrained from X, ...": a capitalised adverb opening a participle phrase is no name; nor is a
 * verb form ("Deriving 8B and 4B models ...").
 */
function frontedAdverb(tokens: Token[], i: number, read: { tokEnd: number; shape: Shape }): boolean {
  const head = dashSplit(wordAt(tokens, i))[0] ?? "";
  const spacedSize = isSize(wordAt(tokens, i + 1));
  if (read.shape === "capitalised" && spacedSize && /^\p{Lu}\p{Ll}{3,}(?:ing|ed)$/u.test(head)) return true;
  // "Recently, the Transformer model ...": an adverb set off by a comma opens the sentence.
  return (
    read.shape === "capitalised" &&
    read.tokEnd === i + 1 &&
    /^\p{Lu}\p{Ll}+ly$/u.test(wordAt(tokens, i)) &&
    (/^\p{Ll}+(?:ed|ing)$/u.test(wordAt(tokens, i + 1)) ||
      (wordAt(tokens, i + 1) === "," && i === firstWordIndex(tokens)))
  );
}

/** "X scores 8.09 on MT-Bench": "scores" is the model's verb, not a benchmark's score. */
function scoresVerb(tokens: Token[], k: number): boolean {
  return (
    wordAt(tokens, k) === "scores" &&
    /^(?:\d|on$|over$|above$|higher$|lower$|well$|highly$|best$|at$)/u.test(wordAt(tokens, k + 1))
  );
}

/** "Testing on advanced MATH reasoning and APPS coding benchmarks": names in a list headed by "benchmarks". */
function markBenchmarkLists(tokens: Token[], candidates: Candidate[]): void {
  for (const [i, tok] of tokens.entries()) {
    if (!/^(benchmarks?|datasets|suites)$/u.test(tok.text)) continue;
    // "as our benchmark models": the word modifies a model noun.
    if (MODEL_NOUNS.has(lower(wordAt(tokens, i + 1)))) continue;
    let lowercaseRun = 0;
    for (let k = i - 1; k >= 0; k--) {
      // "DVD (response classification) and SIMMC 2.1 (response generation) datasets": an aside in brackets.
      if (tokens[k]?.text === ")") {
        const open = tokens.findLastIndex((t, m) => m < k && t.text === "(");
        if (open >= 0 && k - open < 12) {
          k = open;
          continue;
        }
      }
      const t = tokens[k];
      if (!t) break;
      const cand = candidates.find((c) => c.start <= t.start && t.end <= c.end);
      if (cand) {
        cand.benchmark = true;
        lowercaseRun = 0;
        continue;
      }
      if (/^(on|in|across|for|from|with|using|of|to|by|at|over|than)$/u.test(t.text) || !t.word) {
        if (t.text !== ",") break;
        continue;
      }
      if (++lowercaseRun > 2) break;
    }
  }
}

const INTRODUCE_ONCE = new RegExp(INTRODUCE.source, "i");
const NAMED_OBJECT = new RegExp(
  `(?:${INTRODUCE.source}) (?:a|an|the) [^⟦.;]*?\\b(?:models?|family|series|collection|suite|version|variant)\\b[^⟦.;]*?, ⟦(\\d+)⟧`,
  "gi",
);

/** Marks the objects of "we introduce ..." (up to an appositive, relative clause or preposition). */
function markIntroduced(template: Template, byId: Map<number, Candidate>): void {
  if (!INTRODUCE_ONCE.test(template.text) && !/^Our\b/u.test(template.text)) return;
  const mark = (id: string | undefined) => {
    const cand = id === undefined ? undefined : byId.get(Number(id));
    if (cand) cand.introduced = true;
  };
  for (const m of allMatches(INTRODUCE, template.text)) {
    const rest = template.text.slice(m.index + m[0].length);
    let words = 0;
    let skip = 0;
    let marked = false;
    for (const piece of rest.matchAll(/⟦(\d+)⟧|[\p{L}\p{N}][\p{L}\p{N}.'’-]*|\S/gu)) {
      const token = piece[0];
      const ahead = rest.slice(piece.index + token.length);
      if (skip > 0) skip--;
      // "proposes a fine-tuned ⟦Mistral⟧-based model": what the new model is made from, not the new model.
      else if (piece[1] !== undefined && /^-(?:based|derived|initiali[sz]ed)\b/u.test(ahead)) continue;
      else if (piece[1] !== undefined) {
        mark(piece[1]);
        marked = true;
      } else if (token === "," && /^\s(?:a|an|the|two|three|both|which|one)\b/u.test(ahead)) break;
      // "we release ⟦X⟧, ⟦Y⟧ models finetuned on ...": Y is what X is made of.
      else if (token === "," && /^\s⟦\d+⟧ (?:[\p{L}\d-]+ )?models?\b/u.test(ahead)) break;
      else if (token === "as" && /^\swell as\b/u.test(ahead)) skip = 2;
      // "we introduce ⟦LLaVA⟧: Large Language and Vision Assistant": an expansion follows.
      else if (token === ":" && marked && /⟧$/u.test(rest.slice(0, piece.index))) break;
      else if (/^[;.()]$/u.test(token) || INTRODUCE_STOP.has(token) || ++words > 20) break;
    }
  }
  // "introduces a new family of multimodal models, ⟦Gemini⟧", "provide a model fine-tuned ..., ⟦X⟧".
  for (const m of allMatches(NAMED_OBJECT, template.text)) mark(m[1]);
  // "We introduce the LLM developed through this strategy as Advanced Language Model-based trAnslator (⟦ALMA⟧)".
  if (template.text.includes(" as ") && template.text.includes("(⟦"))
    for (const m of allMatches(INTRODUCED_AS, template.text)) mark(m[1]);
  // "We introduce a family called ⟦X⟧", "Our fine-tuned LLMs, called ⟦X⟧, ...".
  for (const m of template.text.matchAll(/\b(?:called|named|dubbed|termed) ["“]?⟦(\d+)⟧/gu)) {
    const slot = template.slots.findIndex((s) => s.id === Number(m[1]));
    for (const id of slot < 0 ? [Number(m[1])] : coordinated(template, slot)) mark(String(id));
  }
}

const INTRODUCED_AS =
  /\b(?:introduce|present|propose|release)s?\b [^.;⟦]{0,100}?\b(?:model|llm|lm|system|assistant)\b[^.;⟦]{0,60}? as [^.;()]{1,80}? \(⟦(\d+)⟧\)/giu;

const LINEAGE_CUES = [
  ...BASED_ON_CUES,
  ...DISTILLED_FROM_CUES,
  ...SUCCESSOR_CUES,
  ...VARIANT_CUES,
  REVERSE_DISTILL_CUE,
  RESULT_CUE,
  DISTILL_STUDENT_CUE,
  ...PAIR_CUES,
];

/** Objects of lineage cues are models ("derived from SigLIP"), unless followed by a data noun. */
function markLineageObjects(template: Template, byId: Map<number, Candidate>): void {
  const lower = template.text.toLowerCase();
  for (const cue of LINEAGE_CUES) {
    for (const m of cueMatches(cue, template.text, lower)) {
      const after = template.text.slice(m.index + m[0].length);
      if (
        DATA_NOUN_AFTER.test(after) &&
        !(DISTILLED_FROM_CUES.includes(cue) && OUTPUT_NOUN_AFTER.test(after))
      )
        continue;
      // "built on ⟦Mistral-7B⟧ and ⟦SigLIP-SO400M⟧": every coordinated object.
      for (const id of m.slice(1)) {
        const found = id === undefined ? -1 : template.slots.findIndex((s) => s.id === Number(id));
        const slot = found < 0 ? -1 : ownedSlot(template, found);
        for (const member of slot < 0 ? [] : coordinated(template, slot)) {
          const cand = byId.get(member);
          // "Prompt-based tuning is ...": any word opening a sentence is capitalised, and a plain one before
          // "-based" names a technique.
          if (
            cand &&
            !(cue.rule === "lineage.x-based" && cand.shape === "capitalised" && cand.sentenceInitial)
          )
            cand.lineageObject = true;
          // "a monolingual ⟦RoBERTa⟧ language representation model trained on": the name heads a model phrase.
          if (cand && cue.rule === "lineage.appositive-parent") cand.modelNoun = true;
        }
      }
    }
  }
  for (const m of cueMatches(FAMILY_LIST_CUE, template.text, lower)) {
    const first = template.slots.findIndex((s) => s.id === Number(m[2]));
    for (const id of first < 0 ? [] : coordinated(template, first)) {
      const cand = byId.get(id);
      // "consists of Ultra, Pro, and Nano sizes": a bare tier word is no name.
      if (cand && !isTierWord(cand.parsed.stem)) cand.lineageObject = true;
    }
  }
  for (const cue of USES_COMPONENT_CUES) {
    for (const m of cueMatches(cue, template.text, lower)) {
      const cand = m[1] === undefined ? undefined : byId.get(Number(m[1]));
      if (cand) cand.lineageObject = true;
    }
  }
}

// A plural model noun (or a pluralised acronym such as "LLMs") and an example marker, a comma before a
// possessive organisation ("closed LLMs, Anthropic's Claude and Google's Bard"), or "several variants of".
const EXAMPLES =
  /(?:\b(?:models|llms|lms|plms|vlms|mllms|slms|chatbots|assistants|agents|systems|architectures|counterparts|encoders|decoders|backbones|transformers|networks|(?:language|backbone|base) model)|\bmodel (?:types|families|classes)|⟦(\d+)⟧)\)?(?:,? (?:such as|like|including|e\.g\.,?) | (?:(?:studied|evaluated|tested|used|considered|compared|examined) )?\((?:(?:e\.g\.,?|such as|including|like) )?(?=⟦)|,(?= ⟦\d+⟧['’]s) )|\b(?:variants|versions|checkpoints) of (?:the )?(?=⟦)/giu;
// An owner may stand before the name, possessive or not: "Google's Bard", "OpenAI Codex".
const EXAMPLE = /(?:⟦(\d+)⟧(?:['’]s)? )?⟦(\d+)⟧/uy;
const EXAMPLE_SEPARATOR = /(?:,? (?:and|or|as well as) |, )/uy;

/**
 * Roles only a model plays: "we prompt ⟦Codex⟧ to solve ...", "We also include ⟦LLaMA⟧ as a baseline" (there a
 * plain capitalised name may be a method: "Self-Refine as the baseline").
 */
const MODEL_ROLES: { hint: string; re: RegExp; anyShape: boolean }[] = [
  { hint: "prompt", re: /\bprompt(?:s|ed|ing)? (?:the )?⟦(\d+)⟧ (?:to|with)\b/gu, anyShape: true },
  {
    hint: " baseline",
    re: /⟦(\d+)⟧ as (?:a|an|the|our|its|their) (?:[\w-]+ ){0,2}?baselines?\b/gu,
    anyShape: false,
  },
];

function markExamples(template: Template, byId: Map<number, Candidate>): void {
  for (const role of MODEL_ROLES) {
    if (!template.text.includes(role.hint)) continue;
    for (const m of template.text.matchAll(role.re)) {
      const cand = byId.get(Number(m[1]));
      if (cand && (role.anyShape || cand.shape !== "capitalised")) cand.example = true;
    }
  }
  if (!/such as|like|including|e\.g|['’]s| \(⟦|(?:variants|versions|checkpoints) of/u.test(template.text))
    return;
  for (const m of allMatches(EXAMPLES, template.text)) {
    const head = m[1] === undefined ? undefined : byId.get(Number(m[1]));
    if (m[1] !== undefined && !/^\p{Lu}{2,}s$/u.test(head?.parsed.stem ?? "")) continue;
    let at = m.index + m[0].length;
    for (;;) {
      EXAMPLE.lastIndex = at;
      const item = EXAMPLE.exec(template.text);
      if (!item) break;
      const owner = item[1] === undefined ? undefined : byId.get(Number(item[1]));
      if (owner && !NON_MODEL_PROPER.has(lower(owner.parsed.stem))) break;
      const cand = byId.get(Number(item[2]));
      if (cand) cand.example = true;
      EXAMPLE_SEPARATOR.lastIndex = at = EXAMPLE.lastIndex;
      if (!EXAMPLE_SEPARATOR.exec(template.text)) break;
      at = EXAMPLE_SEPARATOR.lastIndex;
    }
  }
}

// The object of training (not "on top of", not a teacher's "outputs", not "X's data" or "X-generated"), or
// where training tokens come from.
const TRAINING_DATA = [
  /\b(?:train(?:s|ed|ing)?|pre-?train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)|finetun(?:e|es|ed|ing)|tun(?:e|es|ed|ing))(?: ⟦\d+⟧(?: [\w-]+){0,2})? on (?!top of)(?:the |a |an |our )?(?:[\w-]+ ){0,3}?⟦(\d+)⟧(?![-'’]|\s+(?:outputs|generations|responses|completions|logits|samples)\b)/giu,
  /\b(?:tokens|data|text|examples|samples|documents) (?:sourced |collected |drawn |taken |scraped )?from (?:the )?⟦(\d+)⟧/giu,
];

const DERIVED =
  /⟦(\d+)⟧,? (?:which |that )?(?:is |was |are |were )?(?:further |then |continually )?(?:(?:fine-?tuned|finetuned|distilled|initiali[sz]ed|derived|adapted|pre-?trained|trained|upcycled) from|(?:built|based) (?:up)?on(?: top of)?|initiali[sz]ed with (?:the )?(?:weights|parameters|checkpoints?) of) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:models|LLMs|VLMs|LMs|MLLMs|backbones)?,? ?⟦/gu;

function markDerived(template: Template, byId: Map<number, Candidate>): void {
  for (const m of allMatches(DERIVED, template.text)) {
    const cand = byId.get(Number(m[1]));
    if (cand) cand.derived = true;
  }
}

/** "fine-tuned on Llama-2-7B", "on Llama 3.2": a size, a tuning or a point release is a model checkpoint's, not data's. */
export function checkpointShaped(parsed: ParsedName): boolean {
  return parsed.sizes.length > 0 || parsed.tuning !== null || /\d\.\d/u.test(parsed.version ?? "");
}

function markTrainingData(template: Template, byId: Map<number, Candidate>): void {
  const [trainedOn, sourcedFrom] = TRAINING_DATA;
  const text = template.text;
  for (const re of [
    / on /u.test(text) && /train|tun/iu.test(text) ? trainedOn : undefined,
    /from (?:the )?⟦/u.test(text) ? sourcedFrom : undefined,
  ]) {
    if (!re) continue;
    for (const m of allMatches(re, text)) {
      const cand = byId.get(Number(m[1]));
      if (cand && !checkpointShaped(cand.parsed)) cand.trainingData = true;
    }
  }
}

/** "the BLOOM and mT5 model families": a model noun after a list is said of every member. */
function shareModelNouns(template: Template, byId: Map<number, Candidate>): void {
  for (const [k, slot] of template.slots.entries()) {
    if (!byId.get(slot.id)?.modelNoun || k === 0) continue;
    for (const id of coordinated(template, k)) {
      const cand = byId.get(id);
      if (cand) cand.modelNoun = true;
    }
  }
}

/** The other side of a comparison when it is "our models", not a name. */
const MODEL_NOUN = -1;
const MODEL_NOUN_SUBJECT =
  /(?:^|[;:]\s*|\b(?:that|show|shows|showing) )(?:(?:both|our|the|these|all)? ?(?:[\w-]+ )?(?:models|model|llms|llm|variants|checkpoints) (?:are|were|is|was)? ?(?:[\w-]+ )?|it (?:also |further |even )?)$/iu;

/** Records, on the object of a comparison cue, the candidate on its left in the same clause. */
function markComparisons(template: Template, byId: Map<number, Candidate>): void {
  const lower = template.text.toLowerCase();
  for (const cue of [...COMPARISON_CUES, NEUTRAL_COMPARISON]) {
    for (const m of mayMatch(cue, lower) ? allMatches(cue.re, template.text) : []) {
      const cueEnd = m.index + m[0].length;
      const right = template.slots.findIndex((slot) => slot.start >= cueEnd);
      const rightSlot = template.slots[right];
      if (!rightSlot || !/^\s+(?:[\w-]+ ){0,3}$/u.test(template.text.slice(cueEnd, rightSlot.start)))
        continue;
      const left = template.slots.filter((slot) => slot.end <= m.index).pop();
      const between = left ? template.text.slice(left.end, m.index) : "";
      // "⟦Galactica⟧ also performs well on reasoning, outperforming Chinchilla": a participle after a comma is
      // said of the sentence's first name.
      // "Rho-1-1B and 7B achieved ... on ⟦MATH⟧ dataset, respectively - matching DeepSeekMath": the participle
      // after a comma or dash is said of the sentence's first name, not the nearest.
      const first = template.slots[0];
      const participle =
        first !== undefined &&
        /^\w+ing\b/u.test(m[0]) &&
        /(?:,| [-–—]) $/u.test(template.text.slice(0, m.index)) &&
        !template.text.slice(first.end, m.index).includes(";");
      let other = participle ? first.id : left && /^[^,;⟦]{0,80}$/u.test(between) ? left.id : undefined;
      // "Both models are compared with ChatGPT": the other side is a model noun, not a name.
      if (other === undefined && MODEL_NOUN_SUBJECT.test(template.text.slice(0, m.index))) other = MODEL_NOUN;
      if (other === undefined) continue;
      for (const id of coordinated(template, right)) {
        const cand = byId.get(id);
        if (!cand) continue;
        cand.comparedBy ??= [];
        cand.comparedBy.push(other);
      }
    }
  }
}

/** A name compared with a model is a model ("CodeGeeX outperforms Codex"), unless the text says otherwise. */
function comparedWithModel(
  occurrences: Candidate[],
  byId: Map<number, Candidate>,
  verdicts: Map<string, Verdict>,
) {
  if (!occurrences.some((c) => c.comparedBy !== undefined)) return false;
  if (occurrences.some((c) => isStoplisted(c) || c.concept || c.method || c.benchmark || c.benchmarkDefined))
    return false;
  return occurrences.some(
    (c) =>
      c.sentence >= 0 &&
      c.shape !== "lower" &&
      !c.citation &&
      !c.org &&
      !c.phrase &&
      (c.comparedBy ?? []).some((id) => {
        if (id === MODEL_NOUN) return c.shape !== "capitalised";
        const other = byId.get(id);
        return other !== undefined && other.stemKey !== c.stemKey && verdicts.get(other.stemKey) === "model";
      }),
  );
}

/** Title: "X: ...", "X Technical Report", "X Model Card", or the title is the name. */
function titleHead(candidates: Candidate[], tokens: Token[]): Candidate | undefined {
  const first = candidates[0];
  if (!first || first.start !== tokens[0]?.start) return undefined;
  const k = tokens.findIndex((t) => t.start >= first.end);
  const rest = tokens
    .slice(k < 0 ? tokens.length : k)
    .map((t) => t.text)
    .join(" ");
  if (
    rest === "" ||
    rest.startsWith(":") ||
    /^(?:Technical Report|Report|Model Card|System Card)\b/u.test(rest)
  )
    return first;
  return undefined;
}

function isStoplisted(c: Candidate): boolean {
  const stem = lower(c.parsed.stem);
  const parts = stem.split(/[\s\-‐‑‒–—―]+/u);
  // "an English model" is no model called English; "Chinese-Mixtral" adapts a named model to a language.
  if (parts.some((p) => LANGUAGE_WORDS.has(p)) && !c.languageAdapted) return true;
  // "Large", "Pro": a tier word alone (an ellipsis carries its stem).
  if (!c.ellipsis && isTierWord(c.parsed.stem)) return true;
  // "Code LLM", "Vision Transformer": a specialising word before a class noun names a class.
  const last = parts[parts.length - 1] ?? "";
  if (parts.length > 1 && MODIFIER_PREFIXES.has(parts[0] ?? "") && CONCEPT_WORDS.has(last)) return true;
  // "LLMs", "GPUs", "Code LLMs": a pluralised acronym names a class of things.
  if (/(?:^|[\s-])\p{Lu}{2,}s$/u.test(c.parsed.stem)) return true;
  // "GPUs", and hardware generations glued with a "v": "TPUv4".
  const bare = stem.replace(/[sv]$/u, "");
  if (CONCEPT_WORDS.has(stem) || CONCEPT_WORDS.has(bare) || NON_MODEL_PROPER.has(stem)) return true;
  // "INT4 quantization", "BF16": a number format alone.
  if (isFormatSuffix(c.raw)) return true;
  // A common word with a size or tuning written onto it is a name ("Lemma-7B", "Swift-Chat").
  const written = c.parsed.sizes.length > 0 || c.parsed.tuning !== null;
  if ((FUNCTION_WORDS.has(stem) || FUNCTION_WORDS.has(parts[0] ?? "")) && !written) return true;
  // "X-LLM", "CT-LLM": a short acronym written onto a model-class acronym names one model.
  if (/^\p{Lu}{1,3}-(?:LLM|VLM|MLLM|LM)$/u.test(c.parsed.stem)) return false;
  return parts.every((p) => CONCEPT_WORDS.has(p) || CONCEPT_WORDS.has(p.replace(/s$/u, "")));
}

/**
 * A dashed name with a language word is a model adapted to that language when its other piece is a name by its
 * shape ("EEVE-Korean-v1.0") or a name the paper uses on its own ("Chinese-Mixtral" beside "Mixtral-8x7B"); a
 * pair of languages ("Spanish–Guaraní") is not.
 */
function markLanguageAdapted(candidates: Candidate[], compounds: ReadonlySet<string>): void {
  const stems = new Set(candidates.map((c) => c.stemKey));
  for (const c of candidates) {
    // "Chinese-Mixtral", "Chinese LLaMA"; most stems are one word.
    if (!/[\s\-‐‑‒–—―]/u.test(c.parsed.stem)) continue;
    const pieces = c.parsed.stem.split(/[\s\-‐‑‒–—―]+/u).filter((p) => p.length > 0);
    if (pieces.length < 2 || !pieces.some((p) => LANGUAGE_WORDS.has(lower(p)))) continue;
    // A pair the paper says names models ("the resulting Chinese LLaMA and Chinese Alpaca models") is one.
    c.languageAdapted =
      compounds.has(lower(c.parsed.stem)) ||
      pieces.some(
        (p) =>
          !LANGUAGE_WORDS.has(lower(p)) &&
          (/\d|^\p{Lu}{2,}$|^\p{L}+\p{Ll}\p{Lu}/u.test(p) ||
            (stems.has(modelKey(p)) && modelKey(p) !== c.stemKey)),
      );
  }
}

type Verdict = "model" | "benchmark" | "method" | "none";

/** Decides, for all occurrences of one stem, what the stem names. */
function decide(occurrences: Candidate[]): Verdict {
  const abstract = occurrences.filter((c) => c.sentence >= 0 && !c.citation && !c.org && !c.phrase);
  if (occurrences.some(isStoplisted) || occurrences.some((c) => c.concept)) return "none";
  // Named only by the title that introduces it ("MiniLM: Deep Self-Attention Distillation ..."): a model when its
  // shape says so.
  if (abstract.length === 0)
    return occurrences.some((c) => c.introduced && c.shape === "strong" && !c.benchmark) ? "model" : "none";
  const strongContext = abstract.some((c) => c.introduced || c.appositive || c.lineageObject || c.derived);
  // What the text says a name is beats where the name stands ("we introduce X, a new benchmark").
  if (abstract.some((c) => c.benchmarkDefined)) return "benchmark";
  // A version is a model's ("BLIP-2, a generic and efficient pre-training strategy"), not a method's.
  // "Chronos, a framework for ... models" beside "Chronos models": a name with a model noun is a model's too.
  if (
    abstract.some((c) => c.method) &&
    !abstract.some((c) => c.appositive || c.derived || c.modelNoun || c.parsed.version !== null)
  )
    return "method";
  // "We release OPT-IML ..." beside "the OPT-IML Bench": the stem on its own is not the benchmark it heads.
  const alone = abstract.some(
    (c) => !c.benchmarkHead && (c.qualified || c.modelNoun || c.appositive || c.derived || c.lineageObject),
  );
  if (
    occurrences.some((c) => c.benchmark && !(c.benchmarkHead && c.sentence >= 0 && alone)) &&
    !abstract.some((c) => c.appositive || (c.introduced && c.qualified))
  )
    return "benchmark";
  // Trained on and said to be nothing else: data ("pretraining Code Llama on the Proof-Pile-2").
  if (
    abstract.some((c) => c.trainingData) &&
    !strongContext &&
    !abstract.some((c) => c.modelNoun || c.example)
  )
    return "none";
  const midSentence = abstract.some((c) => !c.sentenceInitial);
  // The strongest spelling speaks for the name ("TinyBERT" beside "Tiny-BERT").
  const shape = abstract.some((c) => c.shape === "strong") ? "strong" : (abstract[0]?.shape ?? "capitalised");
  const supported = abstract.some(
    (c) =>
      c.introduced ||
      c.appositive ||
      c.lineageObject ||
      c.derived ||
      c.example ||
      (c.modelNoun && (midSentence || shape === "strong" || c.qualified)) ||
      (c.qualified &&
        (midSentence || c.parsed.sizes.length > 0 || c.parsed.tiers.length > 0 || shape !== "capitalised")),
  );
  if (shape === "lower") {
    const tieredOrSized = abstract.some((c) => c.parsed.tiers.length > 0 || c.parsed.sizes.length > 0);
    return supported && (tieredOrSized || strongContext) ? "model" : "none";
  }
  if (supported) return "model";
  if (shape === "strong" && occurrences.filter((c) => !c.citation).length >= 2) return "model";
  // The title introduces it ("TinyBERT: Distilling BERT ...") and the abstract names it again.
  if (occurrences.some((c) => c.sentence < 0 && c.introduced)) return "model";
  return "none";
}

export function findMentions(
  abstract: string,
  sentences: Sentence[],
  title: string,
  titleTokens: Token[],
): MentionResult {
  let counter = 0;
  const nextId = () => counter++;
  const all: Candidate[] = [];
  const compounds = findCompounds(
    sentences.map((s) => s.tokens),
    titleTokens,
    abstract,
    title,
  );
  for (const s of sentences) {
    const found = scan(s.tokens, abstract, s.index, nextId, compounds);
    markBenchmarkLists(s.tokens, found);
    all.push(...found);
  }
  const byId = new Map(all.map((c) => [c.id, c]));
  const paired: Template[] = [];
  const named: Template[] = [];
  for (const s of sentences) {
    const template = buildTemplate(
      s,
      all.filter((c) => c.sentence === s.index),
    );
    if (template.slots.length === 0) continue;
    named.push(template);
    markIntroduced(template, byId);
    markLineageObjects(template, byId);
    markExamples(template, byId);
    markTrainingData(template, byId);
    // The rest relate two names.
    if (template.slots.length < 2) continue;
    shareModelNouns(template, byId);
    markDerived(template, byId);
    paired.push(template);
  }
  const titleCandidates = scan(titleTokens, title, -1, nextId, compounds);
  const head = titleHead(titleCandidates, titleTokens);
  if (head) head.introduced = true;

  markLanguageAdapted([...all, ...titleCandidates], compounds);
  const byStem = new Map<string, Candidate[]>();
  for (const c of [...all, ...titleCandidates]) {
    const occurrences = byStem.get(c.stemKey);
    if (occurrences) occurrences.push(c);
    else byStem.set(c.stemKey, [c]);
  }
  const verdicts = new Map([...byStem].map(([stem, occ]) => [stem, decide(occ)]));
  // Comparisons settle names nothing else decided: scan only the sentences that hold one.
  const open = new Set(
    all.filter((c) => c.shape !== "lower" && verdicts.get(c.stemKey) === "none").map((c) => c.sentence),
  );
  // One name may be compared with "our models": every sentence with a name counts.
  for (const template of named)
    if (template.slots.some((slot) => open.has(byId.get(slot.id)?.sentence ?? -1)))
      markComparisons(template, byId);
  for (const [stem, occ] of byStem)
    if (verdicts.get(stem) === "none" && comparedWithModel(occ, byId, verdicts)) verdicts.set(stem, "model");
  namedAfterModels(byStem, verdicts);
  const expanded = acronymExpansions(all, verdicts, abstract);
  // An acronym of a model is that model, for the lists it stands in too ("We evaluate SBERT and SRoBERTa").
  for (const stem of expanded.keys()) verdicts.set(stem, "model");
  coordinatedWithModels(paired, byId, verdicts);

  const mentions: Mention[] = [];
  const benchmarks: BenchmarkMention[] = [];
  for (const c of all) {
    const expansion = expanded.get(c.stemKey);
    const verdict = expansion ? "model" : verdicts.get(c.stemKey);
    if (verdict === "benchmark")
      benchmarks.push({ sentence: c.sentence, start: c.start, end: c.end, name: c.raw });
    // A word of a Title-Case phrase is not the model its stem names elsewhere ("Adversarial Diffusion Distillation"),
    // nor is the head of a benchmark's name, nor a tuned name followed by "dataset" ("our OWL-Instruct dataset"
    // beside the OWL model).
    if (verdict !== "model" || c.citation || c.org || c.phrase || c.benchmarkHead) continue;
    if (c.parsed.tuning !== null && /^(?:dataset|datasets|benchmark|corpus)$/u.test(c.follower)) continue;
    const parsed = expansion?.parsed ?? c.parsed;
    mentions.push({
      id: c.id,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      raw: c.raw,
      parsed,
      key: identityKey(parsed),
      sizes: [...c.parsed.sizes, ...c.extraSizes],
      generation: /X$/u.test(c.parsed.version ?? ""),
      ellipsis: c.ellipsis,
      introduced: c.introduced,
    });
  }
  for (const s of sentences) benchmarks.push(...lexiconBenchmarks(s, benchmarks));
  const fromTitle = head && verdicts.get(head.stemKey) === "model" && !head.parsed.version?.endsWith("X");
  return {
    mentions,
    benchmarks,
    titleIntroduced: fromTitle ? [head.parsed] : [],
    titleSpellings: fromTitle ? [head.raw] : [],
  };
}

/** "We evaluate SBERT and SRoBERTa", "Beginning with VisualGLM and CogVLM": a name listed with models is one. */
function coordinatedWithModels(
  templates: Template[],
  byId: Map<number, Candidate>,
  verdicts: Map<string, Verdict>,
) {
  for (const template of templates) {
    for (const [k, slot] of template.slots.entries()) {
      const c = byId.get(slot.id);
      if (!c || verdicts.get(c.stemKey) !== "none" || c.shape === "lower") continue;
      if (c.citation || c.org || c.phrase || c.concept) continue;
      // A name on its own in its sentence has no list to be in.
      if (template.slots.length < 2 || isStoplisted(c)) continue;
      const peers = coordinated(template, k).filter((id) => id !== slot.id);
      const models = peers.filter((id) => verdicts.get(byId.get(id)?.stemKey ?? "") === "model").length;
      // A plain capitalised word needs more company: "outperforms ⟦ChatGPT-3.5⟧, ⟦PaLM-2⟧ and Minerva".
      if (models >= (c.shape === "capitalised" ? 2 : 1) && !(c.shape === "capitalised" && c.sentenceInitial))
        verdicts.set(c.stemKey, "model");
    }
  }
}

/**
 * A name built on a model's name is a model ("SpanBERT" beside BERT, "Video-LLaVA" beside LLaVA), even where the
 * abstract calls it a method: the name says what it is made from.
 */
function namedAfterModels(byStem: Map<string, Candidate[]>, verdicts: Map<string, Verdict>): void {
  const models = new Set([...verdicts].filter(([, v]) => v === "model").map(([stem]) => stem));
  for (const [stem, occurrences] of byStem) {
    const verdict = verdicts.get(stem);
    const c = occurrences.find((o) => o.sentence >= 0 && !o.citation && !o.org && !o.phrase);
    if (!c || verdict === "model" || verdict === "benchmark" || c.shape !== "strong" || isStoplisted(c))
      continue;
    const tail = /(?<=\p{Ll})\p{Lu}[\p{Lu}\d][\p{L}\d]*$|(?<=[-‐‑‒–—―])\p{Lu}[\p{L}\d]*$/u.exec(
      c.parsed.stem,
    )?.[0];
    if (tail && tail.length >= 3 && models.has(modelKey(tail)) && modelKey(tail) !== stem)
      verdicts.set(stem, "model");
    // "SimVLM", "CodeLLM": a name that ends in a model-class acronym says what it is.
    else if (tail && /^(?:LLM|VLM|MLLM)$/u.test(tail) && !occurrences.some((o) => o.method || o.benchmark))
      verdicts.set(stem, "model");
  }
  // "GPT-J" beside "GPT-3": a dashed name headed by a model's stem, its other piece capitalised, is a model too.
  for (const [stem, occurrences] of byStem) {
    if (verdicts.get(stem) !== "none") continue;
    const c = occurrences.find((o) => o.sentence >= 0 && !o.citation && !o.org && !o.phrase);
    if (!c || c.shape === "lower" || c.shape === "capitalised") continue;
    const [head, second] = dashSplit(c.parsed.stem);
    if (!head || !second || !/^\p{Lu}/u.test(second) || !models.has(modelKey(head))) continue;
    if (modelKey(head) !== stem && !isStoplisted(c)) verdicts.set(stem, "model");
  }
  // "StarCoder" beside "StarCoderPlus": the name a model's name extends with a capitalised word is a model too,
  // and so is the name that extends a model's name.
  const modelStems = [...byStem]
    .filter(([stem]) => verdicts.get(stem) === "model")
    .map(([, occurrences]) => occurrences[0]?.parsed.stem ?? "");
  for (const [stem, occurrences] of byStem) {
    const c = occurrences.find((o) => o.sentence >= 0 && !o.citation && !o.org && !o.phrase);
    if (!c || verdicts.get(stem) !== "none" || c.shape !== "strong" || c.parsed.stem.length < 4) continue;
    const extendsOrExtended = (m: string) =>
      (m.startsWith(c.parsed.stem) && /^\p{Lu}\p{Ll}/u.test(m.slice(c.parsed.stem.length))) ||
      // "TowerBase" beside the Tower models.
      (m.length >= 4 &&
        c.parsed.stem.startsWith(m) &&
        /^\p{Lu}\p{Ll}+$/u.test(c.parsed.stem.slice(m.length)));
    if (modelStems.some(extendsOrExtended)) verdicts.set(stem, "model");
  }
  // "Alpha-CLIP, an enhanced version of CLIP" beside "Contrastive Language-Image Pre-training (CLIP)", "SPHINX-X
  // ... developed upon SPHINX" beside "the SPHINX framework": a parent a model's dashed name is built on is a model.
  for (const [stem, occurrences] of byStem) {
    const verdict = verdicts.get(stem);
    if (verdict !== "method" && verdict !== "none") continue;
    // The occurrence said to be the parent is not itself called a method ("based on the ORPO algorithm").
    const c = occurrences.find(
      (o) => o.sentence >= 0 && o.lineageObject && !o.method && !o.concept && !o.citation && !o.phrase,
    );
    if (!c || (c.shape !== "strong" && c.shape !== "acronym") || isStoplisted(c)) continue;
    if (occurrences.some((o) => o.benchmark || o.benchmarkDefined)) continue;
    const pieces = (m: string) => dashSplit(m).map(modelKey);
    if (modelStems.some((m) => modelKey(m) !== stem && pieces(m).includes(stem))) verdicts.set(stem, "model");
  }
}

/**
 * "Sentence-BERT (SBERT)", "Stable Diffusion XL (SDXL)": an acronym in brackets right after a model name,
 * spelling letters of it in order from its first, is that model wherever the paper uses it.
 */
function acronymExpansions(
  all: Candidate[],
  verdicts: Map<string, Verdict>,
  abstract: string,
): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const [k, c] of all.entries()) {
    const before = all[k - 1];
    if (!before || before.sentence !== c.sentence || verdicts.get(before.stemKey) !== "model") continue;
    if (!/^\s*\($/u.test(abstract.slice(before.end, c.start))) continue;
    if (!/^\s*(?:for brevity|for short|hereafter)?\s*\)/u.test(abstract.slice(c.end, c.end + 20))) continue;
    // "Mistral-NeMo-Minitron-8B (MN-Minitron-8B for brevity)": initials for the leading words, the rest as written.
    if (shortForm(c.raw, before.raw)) {
      out.set(c.stemKey, before);
      continue;
    }
    if (verdicts.get(c.stemKey) === "model" || c.qualified || isStoplisted(c)) continue;
    if (!/^\p{Lu}[\p{Lu}\p{Ll}\d]*$/u.test(c.raw) || (c.raw.match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
    const letters = lower(before.raw).replace(/[^\p{L}\d]/gu, "");
    const acronym = lower(c.raw);
    if (acronym.length >= letters.length || acronym[0] !== letters[0] || !inOrder(acronym, letters)) continue;
    out.set(c.stemKey, before);
  }
  return out;
}

function shortForm(short: string, long: string): boolean {
  const a = dashSplit(short);
  const b = dashSplit(long);
  let shared = 0;
  while (
    shared < a.length - 1 &&
    lower(a[a.length - 1 - shared] ?? "") === lower(b[b.length - 1 - shared] ?? "")
  )
    shared++;
  const head = a.slice(0, a.length - shared);
  const initials = b
    .slice(0, b.length - shared)
    .map((word) => word.charAt(0))
    .join("");
  return shared > 0 && head.length === 1 && initials.length > 1 && head[0] === initials;
}

function inOrder(letters: string, text: string): boolean {
  let at = 0;
  for (const ch of letters) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Known benchmark names the name grammar cannot read ("SWE-bench"). */
function lexiconBenchmarks(s: Sentence, found: BenchmarkMention[]): BenchmarkMention[] {
  return s.tokens
    .filter(
      (t) =>
        t.word && KNOWN_BENCHMARKS.has(t.text) && !found.some((b) => b.start <= t.start && t.end <= b.end),
    )
    .map((t) => ({ sentence: s.index, start: t.start, end: t.end, name: t.text }));
}
