// Relations between models: lineage cues in the text, variants written as names, and the succession of
// versions in one family. `from` is always the child (or subject), `to` the parent (or object).
import {
  isLetterVersion,
  isTierWord,
  modelKey,
  type ParsedName,
  parseModelName,
} from "../../domain/names.ts";
import {
  type ComparisonVerdict,
  type ExtractedRelation,
  LINEAGE_TYPES,
  type RelationType,
} from "../../domain/types.ts";
import { acrossSentences } from "./across.ts";
import { type Collector, collector } from "./collector.ts";
import { type Doc, keysOf } from "./discourse.ts";
import {
  ARCHITECTURE_CUE,
  allMatches,
  BASED_ON_CUES,
  COMPARED_TO,
  COMPARISON_CUES,
  type Cue,
  cueMatches,
  DATA_NOUN_AFTER,
  DISTILL_STUDENT_CUE,
  DISTILLED_FROM_CUES,
  FAMILY_LIST_CUE,
  FAMILY_MEMBER_CUE,
  GAIN_WORDS,
  LOSS_WORDS,
  MODEL_NOUN_BEFORE,
  mayMatch,
  OUTPUT_NOUN_AFTER,
  PAIR_CUES,
  RELATIVE_NOUNS,
  RESULT_CUE,
  REVERSE_COMPONENT_CUES,
  REVERSE_DISTILL_CUE,
  SHARES_ARCHITECTURE_CUES,
  SUCCESSOR_CUES,
  TRAINED_ON_DATA_CUES,
  USES_COMPONENT_CUES,
  VARIANT_CUES,
  VARIANT_TIERS,
} from "./lexicon.ts";
import { checkpointShaped, identityKey } from "./mentions.ts";
import { variantBase } from "./normalise.ts";
import { coordinated, isBracketAlias, ownedSlot, type Template } from "./template.ts";

const FORWARD: { type: RelationType; cues: Cue[]; coordinateParents: boolean }[] = [
  { type: "BASED_ON", cues: BASED_ON_CUES, coordinateParents: true },
  { type: "DISTILLED_FROM", cues: DISTILLED_FROM_CUES, coordinateParents: true },
  { type: "SUCCESSOR_OF", cues: SUCCESSOR_CUES, coordinateParents: false },
  { type: "VARIANT_OF", cues: VARIANT_CUES, coordinateParents: false },
  { type: "USES_ARCHITECTURE", cues: [ARCHITECTURE_CUE], coordinateParents: false },
  { type: "SHARES_ARCHITECTURE_WITH", cues: SHARES_ARCHITECTURE_CUES, coordinateParents: false },
  { type: "TRAINED_ON_DATA_OF", cues: TRAINED_ON_DATA_CUES, coordinateParents: false },
  { type: "USES_COMPONENT", cues: USES_COMPONENT_CUES, coordinateParents: false },
];

// "X, a ... model based on", "X, which ...", "X, distilled from", and a predicate noun: "X is a ... model based on";
// a list takes a bare plural: "X and Y, sequence models improving upon".
const APPOSITIVE =
  /^,\s+itself\s+$|^(?:\s*\([^()]*\))?,\s+(?:a|an|the|two|three|both|our|one|several)\b[^⟦;]*$|^(?:\s*\([^()]*\))?,\s+(?:[\w-]+ ){0,3}(?:models|llms|lms|networks|architectures|variants)\b[^⟦;]*$|^,?\s+(?:which|that|who)\b[^⟦;]*$|^,\s+$|^\s+(?:is|are|was|were) (?:a|an|the|our|one|two|three|several)\b[^⟦;,]*$/u;
/** After a coordinated object: the clause ends or a prepositional phrase follows. */
const CLAUSE_END = /^\s*(?:$|[,.;:)]|(?:and|or|on|in|across|at|for|with|by|over|while|when|under)\b)/u;
/** Between a comparison's subject and its cue: nothing but a relative clause. */
const SAME_CLAUSE = /^(?:,? (?:which|that|who)\b)?[^,;]*$/u;
const FAMILY_MEMBER = new RegExp(FAMILY_MEMBER_CUE.re.source, "i");

/** The child of a cue: an appositive head, else the sentence subject, else the nearest model before, else the main model. */
function children(
  doc: Doc,
  sentence: number,
  t: Template,
  cueStart: number,
  parents: string[],
): { keys: string[]; factor: number }[] {
  const before = t.slots.filter(
    (s) => s.end <= cueStart && !parents.some((p) => keysOf(doc, [s.id]).includes(p)),
  );
  const last = before[before.length - 1];
  // "⟦Eagle⟧ (⟦RWKV-5⟧), sequence models ...": the name before the alias heads the appositive.
  const lastIndex = last ? t.slots.indexOf(last) : -1;
  const nearest = isBracketAlias(t, lastIndex) ? t.slots[lastIndex - 1] : last;
  const options: { keys: string[]; factor: number }[] = [];
  const between = nearest ? t.text.slice(nearest.end, cueStart) : ";";
  // "based on ⟦OpenFlamingo⟧ (open-sourced version of ⟦Flamingo⟧)": a bracket says what the name before it is.
  if (nearest && /^ \([^()]*$/u.test(between)) return [{ keys: keysOf(doc, [nearest.id]), factor: 1 }];
  if (nearest && APPOSITIVE.test(between)) {
    options.push({ keys: keysOf(doc, coordinated(t, t.slots.indexOf(nearest))), factor: 1 });
  }
  // "into smaller dense models based on X": the child is that unnamed phrase, not the sentence subject.
  if (unnamedChildBefore(t.text.slice(0, cueStart))) return options;
  const subject = doc.subjects[sentence];
  if (subject && subject.keys.length > 0)
    options.push({ keys: subject.keys, factor: subject.explicit ? 1 : 0.9 });
  // "... of ⟦T⟧ and is trained from ⟦P⟧": a second verb of the sentence's subject, not of the model before it.
  // "The audio encoder of ⟦A⟧ is initialized from ⟦W⟧, and its language model is initialized from ⟦Q⟧": what
  // "its" points back to, not the name just before.
  const possessive = /\b(?:its|their)\b/u.test(between);
  // "By harnessing ⟦GPT-4⟧, we fine-tune a metric based on ⟦L⟧": a name before the clause of "we" is not its object.
  const weClause = /(?:^|[,;]) we\b/u.test(between);
  if (
    nearest &&
    !possessive &&
    !weClause &&
    // "1) we train ... dubbed ⟦FinGPT⟧, 2) we continue ...": the name belongs to another item of the enumeration.
    !/(?:^|\s)(?:\d|[ivx]+)\)\s/u.test(between) &&
    // "utilizes ⟦GPT-4⟧ generated captions ... to fine-tune ⟦R⟧": a name that made data is no child.
    !/^\s*-?(?:generated|produced|written|created|synthesi[sz]ed|annotated|labell?ed)\b/u.test(between) &&
    // "(⟦MentalRoBERTa⟧ and a variant of ⟦MPNet⟧)": the cue heads a conjunct of its own.
    !/^,? (?:and|or) (?:a|an|one|two)\b/u.test(between) &&
    !between.includes(";") &&
    !/\band (?:is|are|was|were|has|have|then)\b/u.test(between)
  ) {
    // "models such as ⟦Vicuna⟧ and ⟦Koala⟧ are fine-tuned from ...": a list right before the verb is its subject.
    const listed = /^ (?:are|were|have been) /u.test(between);
    const ids = listed ? coordinated(t, t.slots.indexOf(nearest)) : [nearest.id];
    options.push({ keys: keysOf(doc, ids), factor: 0.85 });
  }
  const main = doc.introduced[0];
  if (main && sentence >= doc.introducedAt && !subject?.foreign) options.push({ keys: [main], factor: 0.75 });
  return options;
}

/**
 * "six dense models (1.5B, 7B) distilled from ⟦A⟧ based on ⟦Q⟧": the cue describes an unnamed model phrase, not the
 * sentence's subject. Brackets and reduced relative clauses between the phrase and the cue are skipped.
 */
function unnamedChildBefore(text: string): boolean {
  let before = text;
  for (;;) {
    const stripped = before
      .replace(/\s*\([^()]*\)\s*$/u, " ")
      .replace(
        /\b(?:distilled|fine-?tuned|finetuned|trained|derived|built|initiali[sz]ed|adapted) (?:from|on|upon) (?:the )?⟦\d+⟧\s*$/u,
        "",
      );
    if (stripped === before) break;
    before = stripped;
  }
  // "the previous best approach in the literature, which is based on ⟦GPT-4⟧": the relative clause is said of a
  // noun, not of a name.
  if (/[\p{Ll}\d], (?:which|that) (?:is|are|was|were) (?:also )?$/u.test(before)) return true;
  // "Our approach extends ⟦BERT⟧": the paper's own work, said again.
  if (/\b(?:our|this) (?:[\w-]+ )?(?:approach|method|model|framework) $/iu.test(before)) return false;
  // "we fine-tune a text evaluation metric based on ⟦L⟧", "general QA tasks based on ⟦GPT⟧": a noun that is no
  // model heads the phrase the cue describes.
  if (
    /\b(?:metrics?|datasets?|benchmarks?|corpus|corpora|methods?|approach(?:es)?|algorithms?|techniques?|strateg(?:y|ies)|recipes?|loss(?:es)?|objectives?|scores?|scorers?|tasks?|research|stud(?:y|ies)|pipelines?|prompts?|evaluations?|experiments?) $/iu.test(
      before,
    )
  )
    return true;
  // "The model is fine-tuned on ...": the paper's own model, said again.
  if (/^\s*(?:the|this|our) (?:model|llm)\s+(?:is|was)?\s*$/iu.test(before)) return false;
  // "the ⟦PaliGemma⟧ open Vision-Language Model based on": a phrase headed by a name is that model.
  const phrase = MODEL_NOUN_BEFORE.exec(before);
  // "⟦X⟧ model is a 4.2B parameter model derived from": said of the subject, which the phrase names again.
  if (phrase && /\b(?:is|are|was|were) (?:a|an|the)\b[^⟦,;]*$/u.test(before.slice(0, phrase.index)))
    return false;
  return (
    phrase !== null &&
    !/⟧(?:\s+(?!(?:into|to|of|from|with|and|or|for|on|in|by|as|than)\b)\S+){0,3}\s*$/u.test(
      before.slice(0, phrase.index),
    )
  );
}

/** "surpasses even finetuned ⟦GPT-3⟧": a model named as the other side of a comparison, not as a parent. */
const COMPARED_BEFORE =
  /\b(?:outperform\w*|underperform\w*|surpass\w*|exceed\w*|beat\w*|than|versus|vs\.?|against|rival\w*|match\w*|compared (?:to|with))(?: [\w-]+){0,3},?\s*$/iu;

/**
 * What other work does is no lineage of the paper's model: "Unlike prior work that merges X and Y, we ...",
 * "methods which fine-tune X".
 */
const OTHERS_DO =
  /(?:^(?:unlike|in contrast to|contrary to|whereas|while)\b[^,;]*|\b(?:work|works|methods?|approaches|studies|efforts|techniques|pipelines|researchers|others) (?:that|which|who) (?:[\w-]+ )?)$/iu;

function firstChild(doc: Doc, sentence: number, t: Template, cueStart: number, parents: string[]) {
  // "..., and ⟦Guardian⟧ is fine-tuned from ⟦X⟧": a name right before the verb is its clause's own subject.
  const clauseSubject = [...t.slots].reverse().find((s) => s.end <= cueStart);
  if (
    clauseSubject &&
    /^ (?:is|are|was|were)(?: further| then| additionally| also)? $/u.test(
      t.text.slice(clauseSubject.end, cueStart),
    )
  ) {
    const keys = keysOf(doc, coordinated(t, t.slots.indexOf(clauseSubject))).filter(
      (k) => !parents.includes(k),
    );
    if (keys.length > 0) return { keys, factor: 1 };
  }
  // "Tern is evaluated ..., and we further train Tern on code": a sentence about the parent names no other child.
  const subject = doc.subjects[sentence]?.keys ?? [];
  if (subject.length > 0 && subject.every((k) => parents.includes(k))) return { keys: [], factor: 0 };
  for (const option of children(doc, sentence, t, cueStart, parents)) {
    const keys = option.keys.filter((k) => !parents.includes(k));
    if (keys.length > 0) return { keys, factor: option.factor };
  }
  return { keys: [], factor: 0 };
}

/** Between a cue and its object: results something was judged on ("based on their performance on X"). */
const JUDGED_ON = /\b(?:performance|results?|scores?|accuracy|rankings?|evaluations?)\b/u;

/** After a teacher: "to a small BERT-based summarizer", the student an unnamed phrase. */
const UNNAMED_STUDENT_AFTER = /^\s+(?:to|into) (?:a|an|the|our|smaller|small|compact|student|lightweight)\b/u;

/** Model nouns a phrase an "X-based" compound modifies may end in (singular). */
const COMPOUND_HEADS =
  "(?:language |foundation |vision-language |multimodal |base )?model|llm|lm|vlm|mllm|lmm|chatbot|assistant|encoder|decoder|hypermodel|summari[sz]er|evaluator|ranker|reranker|retriever|generator|classifier|detector|tagger|parser|translator|transformer";
/** A singular or plural model noun heading that phrase. */
const COMPOUND_NOUN = `(?:(?:${COMPOUND_HEADS})s?)`;
/** A singular one: a plural before a bracket lists examples ("ViT-based encoders (SigLIP, ...)"). */
const COMPOUND_NOUN_ONE = `(?:${COMPOUND_HEADS})`;

/** Words inside that phrase: not a preposition, conjunction or article (the phrase would have ended). */
const PHRASE_WORD =
  "(?:(?!(?:and|or|in|on|of|to|for|with|from|by|as|at|than|the|a|an|that|which)\\b)[^\\s⟦⟧,;:.()]+ )";

/** The phrase an "X-based" compound modifies, headed by a model noun. */
const COMPOUND_PHRASE = new RegExp(`^ ${PHRASE_WORD}{0,4}?${COMPOUND_NOUN}\\b`, "iu");

/** "⟦P⟧-based ⟦C⟧", "⟦P⟧-based evaluator ⟦C⟧", "⟦P⟧-based model, named ⟦C⟧", "⟦P⟧-based model (called ⟦C⟧)". */
const COMPOUND_NAMES = new RegExp(
  `^ (?:${PHRASE_WORD}{0,2}?⟦(\\d+)⟧|${PHRASE_WORD}{0,4}?${COMPOUND_NOUN_ONE}(?: (?:for|of|in|on|with)(?: [^\\s⟦⟧,;:.()]+){1,4}?)?(?:,? (?:\\((?:called |named )?|(?:named|called|dubbed|termed|namely) )|, )⟦(\\d+)⟧)`,
  "iu",
);

/** "⟦C⟧, a novel ", "⟦C⟧), which is a ", "⟦C⟧ is a ": the phrase is apposed or predicated to the child. */
const COMPOUND_APPOSED =
  /⟦(\d+)⟧\)?(?: \([^()⟦]*\))?(?: model)?(?:,? (?:which|that) (?:is|are|was|were) (?:a|an|the|two|three|our)\b[^⟦;]*| (?:is|are|was|were) (?:a|an|the|two|three|our)\b[^⟦;,]*|, (?:a|an|the|two|three|both|our)\b(?:(?!\b(?:that|which|who)\b)[^⟦;,])*)$/u;

/**
 * The child of an "X-based" compound: the model the phrase it modifies names ("the Mamba-2-based ML-Mamba",
 * "a CLIP-based model, named CLIPmapper") or is said of ("BianQue, a ChatGLM-based LLM"). A phrase that names no
 * model ("GPT-based evaluation", "BERT-based models", "a Gisting-based hypernetwork") gives no child.
 */
function compoundChild(t: Template, parentStart: number, cueEnd: number): number | undefined {
  const named = COMPOUND_NAMES.exec(t.text.slice(cueEnd));
  if (named) return Number(named[1] ?? named[2]);
  if (!COMPOUND_PHRASE.test(t.text.slice(cueEnd))) return undefined;
  const apposed = COMPOUND_APPOSED.exec(t.text.slice(0, parentStart));
  return apposed ? Number(apposed[1]) : undefined;
}

/**
 * "fine-tuned ⟦BERT⟧" as a modifier ("the basic SLM, fine-tuned BERT", "(e.g., fine-tuned BERT)", "a GPT-3
 * fine-tuned model"): an unnamed fine-tune of the model, a child only where the phrase is said of a name.
 */
function premodified(t: Template, m: RegExpExecArray): boolean {
  return (
    /^(?:fine-?tuned|finetuned) (?!(?:from|of|on|with|using|upon)\b)(?:[\w-]+ ){0,3}⟦/iu.test(m[0]) &&
    /(?:^|\b(?:a|an|the|our|their|its|and|or|e\.g\.,?|i\.e\.,?|with|of|to|on|than|versus|vs\.?|including|like)(?: [\w-]+){0,2}|[,(])\s*$/iu.test(
      t.text.slice(0, m.index),
    )
  );
}

/** "⟦Vicuna⟧, a fine-tuned ⟦LLaMA⟧", "⟦X⟧ is a fine-tuned ⟦Y⟧": the name the modified phrase is said of. */
function apposedChild(t: Template, cueStart: number, parentEnd: number): number | undefined {
  const apposed = COMPOUND_APPOSED.exec(t.text.slice(0, cueStart));
  if (apposed) return Number(apposed[1]);
  // "a fine-tuned ⟦LLaMA 2⟧-based model for Portuguese prompts named ⟦Bode⟧".
  const named = COMPOUND_NAMES.exec(t.text.slice(parentEnd).replace(/^-based\b/u, ""));
  return named?.[2] === undefined ? undefined : Number(named[2]);
}

function cueRelations(doc: Doc, sentence: number, t: Template, out: Collector): void {
  const lower = t.text.toLowerCase();
  // "we continue the pretraining of ⟦BLOOM⟧ ..., resulting in a model we call ⟦BLUUMI⟧": the result names the
  // child of the parents it holds, and no other cue guesses one for them.
  const results = cueMatches(RESULT_CUE, t.text, lower);
  const namedResult = new Set(
    results.flatMap((m) =>
      coordinated(
        t,
        t.slots.findIndex((s) => s.id === Number(m[1])),
      ),
    ),
  );
  for (const { type, cues, coordinateParents } of FORWARD) {
    for (const cue of cues) {
      for (const m of cueMatches(cue, t.text, lower)) {
        const id = m.slice(1).find((g) => g !== undefined);
        if (id === undefined) continue;
        const slot = ownedSlot(
          t,
          t.slots.findIndex((s) => s.id === Number(id)),
        );
        const parentSlot = t.slots[slot];
        const after = t.text.slice(parentSlot?.end ?? 0);
        const teacherOutputs = type === "DISTILLED_FROM" && OUTPUT_NOUN_AFTER.test(after);
        if (!parentSlot || (DATA_NOUN_AFTER.test(after) && !teacherOutputs)) continue;
        if (type === "BASED_ON" && namedResult.has(parentSlot.id)) continue;
        // "chosen based on their performance on ⟦LMSYS⟧ chatbot arena": a judgement made on results, not lineage.
        if (type === "BASED_ON" && JUDGED_ON.test(t.text.slice(m.index, parentSlot.start))) continue;
        // "distillation from ⟦L⟧ to a small ⟦B⟧-based summarizer": the student is a phrase, not the subject.
        if (type === "DISTILLED_FROM" && UNNAMED_STUDENT_AFTER.test(after)) continue;
        const parentMention = doc.byId.get(parentSlot.id);
        if (cue.checkpointParent && !(parentMention && checkpointShaped(parentMention.parsed))) continue;
        // "outperforms its base model, X" names the parent all the same.
        // "compared to an advanced ⟦BERT⟧-based model, ⟦RoBERTa⟧": the phrase compared holds its own lineage.
        const compared = !cue.namesBase && !cue.compound && COMPARED_BEFORE.test(t.text.slice(0, m.index));
        if ((type === "BASED_ON" || type === "DISTILLED_FROM") && compared) continue;
        if (OTHERS_DO.test(t.text.slice(0, m.index))) continue;
        const parents = keysOf(doc, coordinateParents ? coordinated(t, slot) : [parentSlot.id]);
        const modifier = !cue.compound && premodified(t, m);
        const namedId = cue.compound
          ? compoundChild(t, parentSlot.start, m.index + m[0].length)
          : modifier
            ? apposedChild(t, m.index, parentSlot.end)
            : undefined;
        if ((cue.compound || modifier) && namedId === undefined) continue;
        const child =
          namedId === undefined
            ? firstChild(doc, sentence, t, cue.atParent ? parentSlot.start : m.index, parents)
            : { keys: keysOf(doc, [namedId]).filter((k) => !parents.includes(k)), factor: 1 };
        // "⟦A⟧ and ⟦B⟧ are tuned versions of ⟦C⟧ and ⟦D⟧": lists of one length pair up in order.
        const inOrder = child.keys.length > 1 && child.keys.length === parents.length;
        for (const [k, from] of child.keys.entries())
          for (const to of inOrder ? [parents[k] ?? from] : parents)
            if (!cue.sameLine || sameLine(doc, from, to))
              out.add(type, from, to, sentence, cue.rule, cue.confidence * child.factor);
      }
    }
  }
  for (const cue of REVERSE_COMPONENT_CUES) {
    for (const m of cueMatches(cue, t.text, lower)) {
      for (const from of keysOf(doc, [Number(m[2])]))
        for (const to of keysOf(doc, [Number(m[1])]))
          out.add("USES_COMPONENT", from, to, sentence, cue.rule, cue.confidence);
    }
  }
  for (const m of results) {
    const parents = coordinated(
      t,
      t.slots.findIndex((s) => s.id === Number(m[1])),
    );
    const children = coordinated(
      t,
      t.slots.findIndex((s) => s.id === Number(m[2])),
    );
    // "apply MTF to ⟦BLOOM⟧ and ⟦mT5⟧ to produce ⟦BLOOMZ⟧ and ⟦mT0⟧": lists of one length pair up in order.
    const pairs =
      parents.length > 1 && parents.length === children.length
        ? children.map((c, k) => [[c], [parents[k] ?? c]])
        : [[children.slice(0, 1), parents]];
    for (const [kids, sources] of pairs)
      for (const from of keysOf(doc, kids ?? []))
        for (const to of keysOf(doc, sources ?? []))
          out.add("BASED_ON", from, to, sentence, RESULT_CUE.rule, RESULT_CUE.confidence);
  }
  for (const m of cueMatches(DISTILL_STUDENT_CUE, t.text, lower)) {
    for (const from of keysOf(doc, [Number(m[1])]))
      for (const to of keysOf(doc, [Number(m[2])]))
        out.add(
          "DISTILLED_FROM",
          from,
          to,
          sentence,
          DISTILL_STUDENT_CUE.rule,
          DISTILL_STUDENT_CUE.confidence,
        );
  }
  for (const m of cueMatches(REVERSE_DISTILL_CUE, t.text, lower)) {
    const studentSlot = t.slots.findIndex((s) => s.id === Number(m[2]));
    // "distill X into Qwen2.5" makes a new student from Qwen2.5; only a student this paper introduces is named.
    const students = keysOf(doc, coordinated(t, studentSlot)).filter((k) => doc.introduced.includes(k));
    for (const from of students)
      for (const to of keysOf(doc, [Number(m[1])]))
        out.add(
          "DISTILLED_FROM",
          from,
          to,
          sentence,
          REVERSE_DISTILL_CUE.rule,
          REVERSE_DISTILL_CUE.confidence,
        );
  }
  for (const m of cueMatches(FAMILY_LIST_CUE, t.text, lower)) {
    const family = doc.byId.get(Number(m[1]));
    const first = t.slots.findIndex((s) => s.id === Number(m[2]));
    if (!family || first < 0) continue;
    for (const id of coordinated(t, first)) {
      const member = doc.byId.get(id);
      // Generations of one line are successors, not variants ("the Gemma family, including Gemma 2").
      if (
        !member ||
        (modelKey(member.parsed.stem) === modelKey(family.parsed.stem) &&
          member.parsed.version !== family.parsed.version)
      )
        continue;
      out.add(
        "VARIANT_OF",
        member.key,
        family.key,
        sentence,
        FAMILY_LIST_CUE.rule,
        FAMILY_LIST_CUE.confidence,
      );
    }
  }
  if (!mayMatch(FAMILY_MEMBER_CUE, lower)) return;
  for (const slot of t.slots) {
    // The cue opens an appositive: most slots are not followed by ", ".
    const m = t.text.startsWith(", ", slot.end) ? FAMILY_MEMBER.exec(t.text.slice(slot.end)) : null;
    const member = doc.byId.get(slot.id);
    const family = m ? doc.byId.get(Number(m[1])) : undefined;
    if (!member || !family || modelKey(member.parsed.stem) === modelKey(family.parsed.stem)) continue;
    out.add(
      "BASED_ON",
      member.key,
      family.key,
      sentence,
      FAMILY_MEMBER_CUE.rule,
      FAMILY_MEMBER_CUE.confidence,
    );
  }
}

/** Cues that name the child and the parent: "PaLM and its instruction-tuned variant, Flan-PaLM". */
function pairRelations(doc: Doc, sentence: number, t: Template, out: Collector): void {
  const lower = t.text.toLowerCase();
  for (const cue of PAIR_CUES) {
    for (const m of cueMatches(cue, t.text, lower)) {
      const groups = m.groups ?? {};
      const { noun } = groups;
      const c = groups.c ?? groups.c2;
      const p = groups.p ?? groups.p2;
      const type = cue.type === "by-noun" ? RELATIVE_NOUNS[(noun ?? "").toLowerCase()] : cue.type;
      const childSlot = t.slots.findIndex((s) => s.id === Number(c));
      if (!type || childSlot < 0) continue;
      for (const from of keysOf(doc, coordinated(t, childSlot)))
        for (const to of keysOf(doc, [Number(p)]))
          out.add(type, from, to, sentence, cue.rule, cue.confidence);
    }
  }
}

/** Two models of one line: their names share a stem ("Aya 23", "Aya 101"). */
function sameLine(doc: Doc, a: string, b: string): boolean {
  const stemOf = (key: string) => {
    const m = doc.mentions.find((o) => o.key === key);
    return m ? modelKey(m.parsed.stem) : null;
  };
  const stem = stemOf(a);
  return stem !== null && stem === stemOf(b);
}

interface CueHit {
  start: number;
  end: number;
  verdict: ComparisonVerdict;
}

function comparisonHits(text: string): CueHit[] {
  const hits: CueHit[] = [];
  const lower = text.toLowerCase();
  for (const cue of COMPARISON_CUES)
    for (const m of mayMatch(cue, lower) ? allMatches(cue.re, text) : [])
      hits.push({ start: m.index, end: m.index + m[0].length, verdict: cue.verdict });
  hits.sort((a, b) => a.start - b.start);
  return hits.filter((h, i) => !hits.slice(0, i).some((o) => o.end > h.start));
}

function comparisons(doc: Doc, sentence: number, t: Template, out: Collector): void {
  const hits = comparisonHits(t.text);
  let previousObjects: number[] = [];
  for (const [i, hit] of hits.entries()) {
    const nextHit = hits[i + 1];
    const prevHit = hits[i - 1];
    const rightIndex = t.slots.findIndex((s) => s.start >= hit.end);
    const right = t.slots[rightIndex];
    if (!right || (nextHit && right.start > nextHit.start)) continue;
    const between = t.text.slice(hit.end, right.start);
    if (/[;]|, (?:while|whereas|but)\b/u.test(between) || between.split(/\s+/u).length > 15) continue;
    // A coordinated object that opens a new clause ("..., and ⟦X⟧ is competitive") is not an object.
    const objects = coordinated(t, rightIndex).filter((id, k) => {
      const slot = t.slots.find((s) => s.id === id);
      return k === 0 || (slot !== undefined && CLAUSE_END.test(t.text.slice(slot.end)));
    });
    const inClause = (s: { id: number; start: number }) =>
      (!prevHit || s.start >= prevHit.end) && !previousObjects.includes(s.id);
    const leftSlots = t.slots.filter((s) => s.end <= hit.start && inClause(s));
    const left = leftSlots[leftSlots.length - 1];
    const leftIds = left
      ? coordinated(t, t.slots.indexOf(left)).filter((id) => leftSlots.some((s) => s.id === id))
      : [];
    const subjects =
      left && SAME_CLAUSE.test(t.text.slice(left.end, hit.start).replace(/^\s*\([^()]*\)/u, ""))
        ? keysOf(doc, leftIds)
        : (doc.subjects[sentence]?.keys ?? []);
    const rights = keysOf(doc, objects);
    previousObjects = objects;
    for (const from of subjects)
      for (const to of rights)
        if (!rights.includes(from))
          out.add("COMPARED_WITH", from, to, sentence, `comparison.${hit.verdict}`, 0.8, hit.verdict);
  }
  for (const m of allMatches(COMPARED_TO, t.text)) {
    const rest = t.text.slice(0, m.index) + t.text.slice(m.index + m[0].length);
    const verdict = GAIN_WORDS.test(rest) ? "outperforms" : LOSS_WORDS.test(rest) ? "underperforms" : null;
    if (!verdict) continue;
    const objects = keysOf(doc, [Number(m[1])]);
    for (const from of doc.subjects[sentence]?.keys ?? [])
      for (const to of objects)
        out.add("COMPARED_WITH", from, to, sentence, "comparison.compared-to", 0.7, verdict);
  }
}

function compareVersions(a: string | null, b: string | null): number {
  const nums = (v: string | null) => (v === null ? [1] : (v.match(/\d+/gu) ?? []).map(Number));
  const [x, y] = [nums(a), nums(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Variants written as names, tier variants of a named base, and version succession within a family. */
function nameRelations(doc: Doc, out: Collector): void {
  const named = new Map<string, { parsed: ParsedName; sentence: number }>();
  // One mention per model (its first): the name rules below read names, not occurrences.
  const firsts: Doc["mentions"] = [];
  for (const m of doc.mentions) {
    if (m.generation || named.has(m.key)) continue;
    named.set(m.key, m);
    firsts.push(m);
  }
  for (const m of firsts) {
    // A tuned name ("Qwen2-72B-Instruct") is a variant of its untuned name when the paper names that too; a
    // pretrained name ("phi-1-base") may be the parent or the variant, so the name alone says nothing.
    const base = variantBase(m.parsed);
    const baseKey = base && m.parsed.tuning !== "pretrained" ? identityKey(base) : null;
    if (baseKey && (named.has(baseKey) || doc.titleModels.some((p) => identityKey(p) === baseKey)))
      out.add("VARIANT_OF", m.key, baseKey, m.sentence, "lineage.variant.name", 0.9);
    // "Gemini 2.5 Pro" of a named "Gemini 2.5"; but a paper introducing "LLaMA Pro" and not LLaMA presents a model
    // of its own.
    else if (m.parsed.tiers.length > 0 && m.parsed.tiers.every((t) => VARIANT_TIERS.has(t.toLowerCase()))) {
      const untiered = identityKey(
        parseModelName(m.parsed.version ? `${m.parsed.stem} ${m.parsed.version}` : m.parsed.stem),
      );
      const known = named.has(untiered) || doc.titleModels.some((p) => identityKey(p) === untiered);
      const ownModel = doc.introduced.includes(m.key) && !doc.introduced.includes(untiered);
      if (known && untiered !== m.key && !(ownModel && m.parsed.version === null))
        out.add("VARIANT_OF", m.key, untiered, m.sentence, "lineage.variant.tier", 0.6);
    }
    // Derivatives named after their base: "Llama-3.1-Minitron" when Llama 3.1 is named, "Mistral-NeMo-Minitron"
    // when Mistral NeMo is.
    const derived = base ?? m.parsed;
    const source = derivedFrom(derived);
    const sourceKey = source ? identityKey(parseModelName(source)) : null;
    if (sourceKey && named.has(sourceKey) && sourceKey !== identityKey(derived))
      out.add("BASED_ON", identityKey(derived), sourceKey, m.sentence, "lineage.based-on.derived-name", 0.6);
    // A student named after its teacher: "DistilBERT", "Distil-Whisper", "DistilGPT2" when BERT, Whisper, GPT-2
    // are named.
    const teacher = namedTail(DISTILLED_NAME.exec(m.parsed.stem)?.[1], m.parsed, named);
    if (teacher && teacher !== m.key)
      out.add("DISTILLED_FROM", m.key, teacher, m.sentence, "lineage.distilled.name", 0.8);
  }
  // "Flan-PaLM 540B instruction-finetuned on ...": a compound said to be tuned is tuned from the model it ends with.
  for (const m of doc.mentions) {
    if (m.generation || !COMPOUND_TAIL.test(m.parsed.stem)) continue;
    const template = doc.templates[m.sentence];
    const slot = template?.slots.find((s) => s.id === m.id);
    if (!template || !slot || !TUNED_AFTER.test(template.text.slice(slot.end))) continue;
    const tail = namedTail(COMPOUND_TAIL.exec(m.parsed.stem)?.[1], m.parsed, named);
    if (tail && tail !== m.key)
      out.add("BASED_ON", m.key, tail, m.sentence, "lineage.based-on.tuned-compound", 0.75);
  }
  seriesMembers(doc, firsts, out);
  const all = new Map(named);
  for (const p of doc.titleModels)
    if (!all.has(identityKey(p))) all.set(identityKey(p), { parsed: p, sentence: -1 });
  for (const key of doc.introduced) {
    const child = all.get(key);
    const version = generation(child?.parsed.version ?? null);
    if (!child || version === null || isLetterVersion(version) || /X$/u.test(version) || child.parsed.tuning)
      continue;
    const tiers = child.parsed.tiers.join(" ").toLowerCase();
    const stem = modelKey(child.parsed.stem);
    let best: { key: string; version: string | null; sentence: number } | null = null;
    for (const [otherKey, other] of all) {
      const p = other.parsed;
      if (
        otherKey === key ||
        p.tuning ||
        modelKey(p.stem) !== stem ||
        p.tiers.join(" ").toLowerCase() !== tiers
      )
        continue;
      const otherVersion = generation(p.version);
      if (otherVersion !== null && (isLetterVersion(otherVersion) || /X$/u.test(otherVersion))) continue;
      if (compareVersions(otherVersion, version) >= 0) continue;
      if (!best || compareVersions(otherVersion, best.version) > 0)
        best = { key: otherKey, version: otherVersion, sentence: other.sentence };
    }
    // The unversioned root only counts when named as a family ("a new addition to the Gemma family").
    // An unversioned root is the first generation ("CogVLM" before "CogVLM2"), surest when named as the family.
    if (!best) continue;
    const confidence = best.version !== null || namedAsFamily(doc, best.key) ? 0.6 : 0.55;
    const parentKey = best.key;
    const together = doc.sentences.find((s) => {
      const keys = doc.mentions.filter((m) => m.sentence === s.index).map((m) => m.key);
      return keys.includes(key) && keys.includes(parentKey);
    });
    const sentence = together?.index ?? (child.sentence >= 0 ? child.sentence : best.sentence);
    out.add("SUCCESSOR_OF", key, parentKey, sentence, "lineage.successor.family-version", confidence);
  }
}

/** "ConvNeXt V2", "LayoutLMv2": a "V" before the number marks a generation, as a bare number does (not "R1"). */
function generation(version: string | null): string | null {
  return version !== null && /^[vV]\d/u.test(version) ? version.slice(1) : version;
}

/** "we present MiniCPM-V, a series of efficient MLLMs ... the latest MiniCPM-Llama3-V 2.5": a series and its members. */
const SERIES =
  /^,? (?:a|an|the|our) (?:[\w-]+ ){0,3}?(?:series|family|suite|collection|line) of\b|^ (?:series|family)\b/u;

/**
 * Members of a series the paper introduces, told by their names: every word of the series' name, in order, with
 * the same first word ("MiniCPM-Llama3-V 2.5" of "MiniCPM-V").
 */
function seriesMembers(doc: Doc, firsts: Doc["mentions"], out: Collector): void {
  const words = (raw: string) => raw.toLowerCase().split(/[\s\-‐‑‒–—―]+/u);
  for (const series of firsts) {
    if (!doc.introduced.includes(series.key)) continue;
    const slot = doc.templates[series.sentence]?.slots.find((s) => s.id === series.id);
    const after = slot ? (doc.templates[series.sentence]?.text.slice(slot.end) ?? "") : "";
    if (!SERIES.test(after)) continue;
    const own = words(series.raw);
    for (const m of firsts) {
      const theirs = words(m.raw);
      if (m.key === series.key || theirs[0] !== own[0] || theirs.length <= own.length) continue;
      let at = 0;
      for (const word of theirs) if (word === own[at]) at++;
      if (at === own.length)
        out.add(
          "VARIANT_OF",
          m.key,
          series.key,
          m.sentence,
          "lineage.variant.series-member",
          0.7,
          undefined,
          series.sentence,
        );
    }
  }
}

/**
 * The base a derivative's name is built on: a versioned name followed by dashed capitalised words that are no
 * tier of the lexicon ("Llama-3.1-Minitron" → "Llama 3.1"), or a dashed stem whose head is mixed-case
 * ("Mistral-NeMo-Minitron" → "Mistral-NeMo", "LLaVA-Med" → "LLaVA").
 */
function derivedFrom(p: ParsedName): string | null {
  const tiers = p.parts.filter((part) => part.kind === "tier");
  if (p.version !== null && !isLetterVersion(p.version) && tiers.length > 0) {
    const named = tiers.every((t) => t.hyphen && DERIVATIVE_WORD.test(t.text) && !isTierWord(t.text));
    return named ? `${p.stem} ${p.version}` : null;
  }
  if (p.version !== null || tiers.length > 0) return null;
  const pieces = p.stem.split("-");
  for (let k = pieces.length - 1; k >= 1; k--) {
    const head = pieces.slice(0, k);
    const tail = pieces.slice(k);
    if (
      head.some((h) => MIXED_CASE.test(h)) &&
      tail.every((t) => DERIVATIVE_WORD.test(t)) &&
      !/\d/u.test(tail.join(""))
    )
      return head.join("-");
  }
  return null;
}

/** The key of a name's tail ("BERT" of "DistilBERT"), with the name's version if that is named, else bare. */
function namedTail(tail: string | undefined, p: ParsedName, named: Map<string, unknown>): string | null {
  if (!tail) return null;
  for (const parent of p.version ? [`${tail} ${p.version}`, tail] : [tail]) {
    const key = identityKey(parseModelName(parent));
    if (named.has(key)) return key;
  }
  return null;
}

function namedAsFamily(doc: Doc, key: string): boolean {
  return doc.templates.some((t) =>
    t.slots.some(
      (s) =>
        keysOf(doc, [s.id]).includes(key) &&
        /^\s+(?:model\s+)?(?:family|series|lineup)\b/u.test(t.text.slice(s.end)),
    ),
  );
}

const ANCESTRY = new Set<RelationType>(LINEAGE_TYPES);
/** A capitalised word a derivative adds to its base's name ("Minitron", "Med", "XComposer"). */
// "MoE" names an architecture of the same series ("phi-3.5-MoE"), not a derivative of "phi-3.5".
const DERIVATIVE_WORD = /^(?!(?:LLM|LM|VLM|MLLM|VL|Base|Chat|Instruct|MoE)$)\p{Lu}[\p{L}]+$/u;
const MIXED_CASE = /^\p{L}+\p{Ll}\p{L}*\p{Lu}|^\p{Lu}+\p{Ll}+\p{Lu}/u;
/** The named tail of a dashed compound: "Flan-PaLM" → "PaLM". */
const COMPOUND_TAIL = /^\p{L}[\p{L}\d]*-(\p{Lu}[\p{L}\d-]*)$/u;
const TUNED_AFTER =
  /^\s*(?:,\s*)?(?:is |was |are |were )?(?:then )?(?:(?:further|continually) pre-?trained|(?:instruction[- ])?(?:fine-?tuned|finetuned|tuned)|adapted)\b/u;
/** "Distil" / "Distill" before a capitalised name, glued or dashed. */
const DISTILLED_NAME = /^Distill?-?(\p{Lu}[\p{L}\d-]*)$/u;

export function extractRelations(doc: Doc): ExtractedRelation[] {
  const stated: ExtractedRelation[] = [];
  const out = collector(doc, stated);
  for (const [i, t] of doc.templates.entries()) {
    if (t.slots.length === 0) continue;
    cueRelations(doc, i, t, out);
    pairRelations(doc, i, t, out);
    comparisons(doc, i, t, out);
  }
  acrossSentences(doc, out);
  const named: ExtractedRelation[] = [];
  nameRelations(doc, collector(doc, named));
  return dedupe([...stated, ...named.filter((r) => !statedOtherwise(r, stated))]);
}

/**
 * A name only says that two models are related ("X Lite" and X); when the text states how, at least as
 * confidently ("X Lite, distilled from X"), the name's guess of the type would be a second, weaker edge.
 */
function statedOtherwise(inferred: ExtractedRelation, stated: ExtractedRelation[]): boolean {
  return (
    ANCESTRY.has(inferred.type) &&
    stated.some(
      (r) =>
        ANCESTRY.has(r.type) &&
        r.type !== inferred.type &&
        r.from === inferred.from &&
        r.to === inferred.to &&
        r.evidence.confidence >= inferred.evidence.confidence,
    )
  );
}

/** One relation per (type, from, to, verdict), the most confident; no ancestry cycles between two models. */
function dedupe(relations: ExtractedRelation[]): ExtractedRelation[] {
  const best = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    const id = `${r.type}|${r.from}|${r.to}|${r.verdict ?? ""}`;
    const seen = best.get(id);
    if (!seen || r.evidence.confidence > seen.evidence.confidence) best.set(id, r);
  }
  const kept = [...best.values()];
  const architecture = new Set(
    kept.filter((r) => r.type === "USES_ARCHITECTURE").map((r) => `${r.from}|${r.to}`),
  );
  return kept.filter((r) => {
    if (r.type === "BASED_ON" && architecture.has(`${r.from}|${r.to}`)) return false;
    if (!ANCESTRY.has(r.type)) return true;
    const reverse = kept.filter((o) => ANCESTRY.has(o.type) && o.from === r.to && o.to === r.from);
    return reverse.every((o) => o.evidence.confidence < r.evidence.confidence);
  });
}
