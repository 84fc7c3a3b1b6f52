// A sentence with each name replaced by ⟦id⟧, so cue patterns can be plain regular expressions over
// words and placeholders ("based on the ⟦4⟧ models") instead of walking tokens.

export interface Span {
  id: number;
  /** Offsets in the abstract. */
  start: number;
  end: number;
}

export interface Template {
  text: string;
  /** Placeholders in template coordinates, in order. */
  slots: { id: number; start: number; end: number }[];
}

export function buildTemplate(sentence: { text: string; start: number }, spans: Span[]): Template {
  const sorted = spans.map((span) => withExpansion(sentence, span)).sort((a, b) => a.start - b.start);
  const cites = sentence.text.includes("et al") || sentence.text.includes("[");
  const plain = (piece: string) => (cites ? withoutCitations(piece) : piece);
  let text = "";
  let cursor = sentence.start;
  const slots: Template["slots"] = [];
  for (const span of sorted) {
    if (span.start < cursor) continue;
    text += plain(sentence.text.slice(cursor - sentence.start, span.start - sentence.start));
    const mark = `⟦${span.id}⟧`;
    slots.push({ id: span.id, start: text.length, end: text.length + mark.length });
    text += mark;
    cursor = span.end;
  }
  text += plain(sentence.text.slice(cursor - sentence.start));
  return { text, slots };
}

// "⟦PaLM-2⟧ [Anil et al., 2023] and ⟦AudioLM⟧ [Borsos et al., 2022]": a reference says who, not what, so the
// words around it read as if it were not there.
const CITATION =
  / ?(?:\[(?:\d+(?:[,–-] ?\d+)*|[^[\]⟦]*?\bet al\.?,? \d{4}[a-z]?(?:[;,][^[\]⟦]*)?)\]|\([^()⟦]*?\bet al\.?,? \d{4}[a-z]?(?:[;,][^()⟦]*)?\))/gu;

function withoutCitations(text: string): string {
  return text.replace(CITATION, "");
}

/** Title-case words then "(" right before a name: the words it may abbreviate. */
const EXPANSION_BEFORE = /((?:\p{Lu}[\p{L}\d]*[- ]){1,7}\p{Lu}[\p{L}\d]*) ?\($/u;

/**
 * "adapted from the Segment Anything Model (⟦SAM⟧)": an acronym in brackets after the words it abbreviates
 * stands for them, so the placeholder takes their place and cues read "adapted from the ⟦SAM⟧".
 */
function withExpansion(sentence: { text: string; start: number }, span: Span): Span {
  const at = span.start - sentence.start;
  // Most names stand after no bracket: skip the (unanchored, so costly) look-back for them.
  const open =
    sentence.text.charAt(at - 1) === "(" ? at - 1 : sentence.text.slice(at - 2, at) === "( " ? at - 2 : -1;
  if (open < 0) return span;
  const before = EXPANSION_BEFORE.exec(sentence.text.slice(Math.max(0, open - 120), at));
  const after = /^ ?\)/u.exec(sentence.text.slice(span.end - sentence.start));
  if (!before?.[1] || !after) return span;
  const acronym = sentence.text
    .slice(span.start - sentence.start, span.end - sentence.start)
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");
  const letters = before[1].toLowerCase().replace(/[^\p{L}]/gu, "");
  if (
    !acronym ||
    letters.length <= acronym.length ||
    letters[0] !== acronym[0] ||
    !isSubsequence(letters, acronym)
  )
    return span;
  return { ...span, start: span.start - before[0].length, end: span.end + after[0].length };
}

/** Every letter of `inner` appears in `outer`, in order. */
function isSubsequence(outer: string, inner: string): boolean {
  let at = 0;
  for (const ch of outer) if (ch === inner[at]) at++;
  return at === inner.length;
}

// Nouns may sit between list items: "the ⟦A⟧ vision encoder and the ⟦B⟧ language model", and an adjective after
// the article: "and the concurrent ⟦TinyLlama⟧ models".
// A short bracket may too: "GPT-Neo (small) or GPT-2 (small)".
const JOINER =
  /^(?: \([^()]{1,60}\))?(?: (?:vision|language|text|image|audio|speech|code|embedding|base|foundation|encoder|decoder|model|models|series|family|backbone|tower)){0,3}(?:,? (?:and|or|as well as|as well as our earlier|together with) (?:the |our |a |an )?(?:concurrent |recent |latest |original |popular )?|, )(?:(?:Base|Large|Small|Tiny|Mini) )?$/u;
const CONJUNCTION = /\b(?:and|or|as well as|together with)\b/u;

/** "⟦Acme⟧'s ⟦Finch⟧": a cue pointing at the owner means the name it owns; the slot itself otherwise. */
export function ownedSlot(template: Template, index: number): number {
  const slot = template.slots[index];
  return slot && /^['’]s ⟦/u.test(template.text.slice(slot.end)) ? index + 1 : index;
}

/** "⟦1⟧ (⟦2⟧)": the slot at `index` is the bracketed alias of the name before it. */
export function isBracketAlias({ slots, text }: Template, index: number): boolean {
  const slot = slots[index];
  const before = slots[index - 1];
  return (
    slot !== undefined &&
    before !== undefined &&
    text.slice(before.end, slot.start) === " (" &&
    text.startsWith(")", slot.end)
  );
}

/**
 * Ids coordinated with the slot at `index` ("⟦1⟧, ⟦2⟧ and ⟦3⟧", "⟦1⟧ as well as ⟦2⟧"), left to right.
 * A list must close with a conjunction: "Compared to ⟦1⟧, ⟦2⟧ improves" is not a list. A name's bracketed alias
 * ("⟦1⟧ (⟦2⟧) and ⟦3⟧ (⟦4⟧)") rides with its name and is not an item of its own.
 */
export function coordinated(template: Template, index: number): number[] {
  const { slots, text } = template;
  // Most lists hold no bracketed alias: skip the look for one then.
  const aliases = text.includes(" (⟦");
  const isAlias = (i: number) => aliases && isBracketAlias(template, i);
  /** The item before `i`, stepping over an alias. */
  const previous = (i: number) => (isAlias(i - 1) ? i - 2 : i - 1);
  const next = (i: number) => (isAlias(i + 1) ? i + 2 : i + 1);
  const joiner = (a: number, b: number) => {
    const left = slots[isAlias(a + 1) ? a + 1 : a];
    const right = slots[b];
    if (!left || !right) return "";
    const between = text.slice(left.end, right.start);
    return left === slots[a] ? between : between.replace(/^\)/u, "");
  };
  const start = isAlias(index) ? index - 1 : index;
  let first = start;
  while (first > 0 && JOINER.test(joiner(previous(first), first))) first = previous(first);
  let last = start;
  while (next(last) < slots.length && JOINER.test(joiner(last, next(last)))) last = next(last);
  // A bracketed list needs no conjunction: "SOTA methods (i.e. ⟦BERT⟧, ⟦BioBERT⟧, ⟦T5⟧)".
  const bracketed =
    /\((?:(?:i\.e\.|e\.g\.),? )?$/u.test(text.slice(0, slots[first]?.start ?? 0)) &&
    text.startsWith(")", slots[isAlias(last + 1) ? last + 1 : last]?.end ?? 0);
  while (!bracketed && last > first && !CONJUNCTION.test(joiner(previous(last), last))) {
    // Drop a trailing ", ⟦n⟧" that no conjunction closes, keeping the side that holds `index`.
    if (last > start) last = previous(last);
    else first = last;
  }
  const items: number[] = [];
  for (let i = first; i <= last && i < slots.length; i = next(i)) items.push(i);
  const ids = items.map((i) => slots[i]?.id).filter((id): id is number => id !== undefined);
  return ids.length > 0 ? ids : slots.slice(index, index + 1).map((s) => s.id);
}
