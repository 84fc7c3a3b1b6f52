// What each sentence is about: its subject model(s), with pronouns ("it", "our models", "we") resolved to the
// previous named subject or to the models the paper introduces.
import { modelKey, type ParsedName } from "../../domain/names.ts";
import type { Paper } from "../../domain/types.ts";
import { INTRODUCE } from "./lexicon.ts";
import { type BenchmarkMention, identityKey, type Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import { buildTemplate, coordinated, type Template } from "./template.ts";

export interface Doc {
  paper: Paper;
  sentences: Sentence[];
  /** Accepted model mentions in text order. */
  mentions: Mention[];
  byId: Map<number, Mention>;
  benchmarks: BenchmarkMention[];
  /** Per sentence, with model mentions as ⟦id⟧. */
  templates: Template[];
  /** Keys of the models the paper introduces; the first is the paper's main model. */
  introduced: string[];
  /** Title-only introductions, parsed ("Gemini 2.5: ..."). */
  titleModels: ParsedName[];
  /** The same, as the title writes them. */
  titleSpellings: string[];
  /** Sentence that first introduces a model; earlier sentences are background. */
  introducedAt: number;
  /** Per sentence: model keys the sentence is about, and whether the subject is named in it. */
  subjects: Subject[];
}

export interface Subject {
  keys: string[];
  explicit: boolean;
  /** The subject is a name the paper does not take for a model ("Aya Expanse builds on ..."): not the main model. */
  foreign?: boolean;
}

// A sentence opening with one of these (or any -ed/-ing word) has a fronted phrase before its subject.
const FRONTED =
  /^(?:in|on|for|with|without|after|before|during|beyond|compared|relative|similar|unlike|like|despite|although|while|when|because|as|by|through|using|given|following|across|among|at|to|taken|overall|notably|remarkably|importantly|additionally|furthermore|moreover|however|finally|specifically|here|thus|hence|together|instead|also|then|first|second|lastly|third|thanks|due|under|over|from|since|unlike|building|[a-z-]+ed|[a-z-]+ing|[a-z]+ly)$/iu;

const DETERMINERS = /^(?:the|this|these|our|its|their|both|all|each)\s+/iu;
const PLURAL_SELF =
  /^(?:we|they|our (?:\S+ ){0,2}?(?:models|variants|checkpoints)|these models|the (?:resulting |two |three )?models|all (?:of )?(?:our |the )?models|both (?:models|variants|sizes))\b/iu;
const SINGULAR_SELF = /^(?:it|its|this model|the model|this version|the resulting model|our model)\b/iu;
const OTHER_WORK =
  /^(?:the |these |such |most |many |some )?(?:previous|prior|existing|other|earlier|recent|current|conventional|traditional|related|competing|popular|proprietary|closed)\b/iu;
const INTRODUCING = new RegExp(`^(?:${INTRODUCE.source})`, "i");
const APPOSED_SUBJECT =
  /^(?:an? )?(?:[\p{L}\d-]+ ){0,3}?(?:model|student|variant|version|checkpoint|system|result|release|member|llm)s?(?:, ⟦(\d+)⟧(?:(?:, ⟦\d+⟧)*,? (?:and|or) ⟦\d+⟧)?,| ⟦\d+⟧ (?=[a-z]))/iu;
// A name-shaped subject that is not a model: two capitalised words ("Aya Expanse builds"), a mixed-case or an
// all-capitals word ("SimPO improves", "RLHF aligns").
const FOREIGN_SUBJECT =
  /^(?:\p{Lu}[\p{Ll}\d]+ \p{Lu}[\p{L}\d-]*|\p{L}[\p{L}\d-]*\p{Ll}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*|\p{Lu}{2,}[\p{L}\d-]*)(?=[\s,.;:]|$)/u;

/** The models a generation placeholder ("Gemini 2.X") stands for. */
function generationMembers(doc: Pick<Doc, "mentions">, m: Mention): string[] {
  const prefix = (m.parsed.version ?? "").replace(/X$/u, "");
  const stem = modelKey(m.parsed.stem);
  const members = doc.mentions.filter(
    (o) => !o.generation && o.parsed.version?.startsWith(prefix) && modelKey(o.parsed.stem) === stem,
  );
  return [...new Set(members.map((o) => o.key))];
}

export function keysOf(doc: Pick<Doc, "mentions" | "byId">, ids: number[]): string[] {
  const keys: string[] = [];
  for (const id of ids) {
    const m = doc.byId.get(id);
    if (!m) continue;
    for (const k of m.generation ? generationMembers(doc, m) : [m.key]) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

/** Strips a fronted phrase ("Compared to X, ...", "In this work, ...") so the subject comes first. */
function mainClause(text: string): string {
  // Two fronted phrases may stand before the subject: "Based on ⟦X⟧, in this paper, we propose ⟦Y⟧".
  let clause = text;
  for (let k = 0; k < 2; k++) {
    const first = /^[^\p{L}⟦]*([\p{L}-]+)/u.exec(clause)?.[1] ?? "";
    let comma = clause.indexOf(", ");
    // "By training over base LLMs including ⟦A⟧, ⟦B⟧, and ⟦C⟧, we obtain ...": the phrase's list goes on.
    while (comma >= 0 && LIST_GOES_ON.test(clause.slice(comma + 2))) comma = clause.indexOf(", ", comma + 2);
    if (comma < 0 || !FRONTED.test(first)) break;
    clause = clause.slice(comma + 2);
  }
  return clause;
}

const THEY = /^(?:They|These models)\b/u;

/** The models of a template's last list of two or more names ("includes ⟦A⟧, ⟦B⟧, and ⟦C⟧"). */
function lastList(doc: Pick<Doc, "mentions" | "byId">, template: Template): string[] {
  const last = template.slots.length - 1;
  if (last < 1) return [];
  const ids = coordinated(template, last);
  return ids.length > 1 ? keysOf(doc, ids) : [];
}

const PURPOSE =
  /^To (?:train|build|develop|obtain|create|pre-?train|fine-?tune|construct) (?:the |our )?⟦(\d+)⟧(?: models?)?, we\b/u;

/** After a comma: more items of a list that a comma closes ("⟦B⟧, and ⟦C⟧, we ..."). */
const LIST_GOES_ON = /^(?:(?:and|or) ⟦\d+⟧,|⟦\d+⟧(?:(?:, | (?:and|or) |, (?:and|or) )⟦\d+⟧)+,)/u;

function subjectOf(
  doc: Pick<Doc, "mentions" | "byId" | "introduced">,
  template: Template,
  focus: string[],
): Subject {
  // "To train ⟦MaLA-500⟧, we employ ...": what the purpose clause makes is what the sentence is about.
  const purpose = PURPOSE.exec(template.text);
  if (purpose) return { keys: keysOf(doc, [Number(purpose[1])]), explicit: true };
  const clause = mainClause(template.text);
  const offset = template.text.length - clause.length;
  const stripped = clause.replace(DETERMINERS, "");
  const lead = /^⟦(\d+)⟧/u.exec(stripped);
  if (lead) {
    const index = template.slots.findIndex((s) => s.start === offset + clause.length - stripped.length);
    const ids = index >= 0 ? coordinated(template, index) : [Number(lead[1])];
    return { keys: keysOf(doc, ids), explicit: true };
  }
  // "A second student, ⟦X⟧, is ...", "Our models, ⟦X⟧ and ⟦Y⟧, are ...".
  const apposed = APPOSED_SUBJECT.exec(stripped);
  if (apposed) {
    const ids = [...apposed[0].matchAll(/⟦(\d+)⟧/gu)].map((m) => Number(m[1]));
    return { keys: keysOf(doc, ids), explicit: true };
  }
  if (FOREIGN_SUBJECT.test(stripped)) return { keys: [], explicit: false, foreign: true };
  if (INTRODUCING.test(clause)) {
    const introduced = template.slots
      .filter((s) => s.start > offset)
      .map((s) => doc.byId.get(s.id))
      .filter((m): m is Mention => m?.introduced === true);
    if (introduced.length > 0)
      return {
        keys: keysOf(
          doc,
          introduced.map((m) => m.id),
        ),
        explicit: true,
      };
  }
  if (PLURAL_SELF.test(clause)) return { keys: [...doc.introduced], explicit: false };
  if (SINGULAR_SELF.test(clause)) {
    const fallback = doc.introduced[0];
    return { keys: focus.length > 0 ? focus : fallback ? [fallback] : [], explicit: false };
  }
  // "Previous methods learn from ...": other work is the subject, not the paper's model.
  if (OTHER_WORK.test(clause)) return { keys: [], explicit: false, foreign: true };
  return { keys: [], explicit: false };
}

export function buildDoc(
  paper: Paper,
  sentences: Sentence[],
  mentions: Mention[],
  benchmarks: BenchmarkMention[],
  titleModels: ParsedName[],
  titleSpellings: string[] = [],
): Doc {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const templates = sentences.map((s) =>
    buildTemplate(
      s,
      mentions.filter((m) => m.sentence === s.index),
    ),
  );
  const introduced: string[] = [];
  for (const m of mentions)
    if (m.introduced && !m.generation && !introduced.includes(m.key)) introduced.push(m.key);
  for (const parsed of titleModels) {
    const key = identityKey(parsed);
    if (!introduced.includes(key)) introduced.push(key);
  }
  const doc: Doc = {
    paper,
    sentences,
    mentions,
    byId,
    benchmarks,
    templates,
    introduced,
    titleModels,
    titleSpellings,
    introducedAt: mentions.find((m) => m.introduced)?.sentence ?? 0,
    subjects: [],
  };
  let focus: string[] = [];
  let listed: string[] = [];
  for (const template of templates) {
    let subject = subjectOf(doc, template, focus);
    // "... the GLM-4 series, which includes ⟦GLM-4⟧, ⟦GLM-4-Air⟧, and ⟦GLM-4-9B⟧. They represent our most capable
    // models": "They" are the models the sentence before listed.
    if (THEY.test(template.text) && listed.length > 1) subject = { keys: listed, explicit: true };
    if (subject.explicit && subject.keys.length > 0) focus = subject.keys;
    doc.subjects.push(subject);
    listed = lastList(doc, template);
  }
  return doc;
}

/** Models a sentence's facts belong to: its subject, else its only model, else the paper's main model. */
export function aboutModels(doc: Doc, sentence: number): { keys: string[]; explicit: boolean } {
  const subject = doc.subjects[sentence];
  if (subject && subject.keys.length > 0) return subject;
  if (subject?.foreign) return { keys: [], explicit: false };
  const named = [
    ...new Set(doc.mentions.filter((m) => m.sentence === sentence && !m.generation).map((m) => m.key)),
  ];
  if (named.length === 1) return { keys: named, explicit: true };
  // "We evaluate ⟦A⟧ and ⟦B⟧ on ⟦bench⟧": one list names every model of the sentence.
  const template = doc.templates[sentence];
  const first = template?.slots.findIndex((slot) => doc.byId.get(slot.id)?.generation === false) ?? -1;
  if (template && first >= 0 && named.length > 1) {
    const listed = keysOf(doc, coordinated(template, first));
    if (named.every((k) => listed.includes(k))) return { keys: listed, explicit: false };
  }
  // Sentences before the paper introduces its model are background ("AI has potential in healthcare").
  const main = doc.introduced[0];
  return { keys: main && sentence >= doc.introducedAt ? [main] : [], explicit: false };
}
