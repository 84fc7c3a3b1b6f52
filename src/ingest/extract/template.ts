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
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let text = "";
  let cursor = sentence.start;
  const slots: Template["slots"] = [];
  for (const span of sorted) {
    if (span.start < cursor) continue;
    text += sentence.text.slice(cursor - sentence.start, span.start - sentence.start);
    const mark = `⟦${span.id}⟧`;
    slots.push({ id: span.id, start: text.length, end: text.length + mark.length });
    text += mark;
    cursor = span.end;
  }
  text += sentence.text.slice(cursor - sentence.start);
  return { text, slots };
}

// Nouns may sit between list items: "the ⟦A⟧ vision encoder and the ⟦B⟧ language model".
const JOINER =
  /^(?: (?:vision|language|text|image|audio|speech|code|embedding|base|foundation|encoder|decoder|model|models|series|family|backbone|tower)){0,3}(?:,? (?:and|or|as well as|as well as our earlier|together with) (?:the |our |a |an )?|, )$/u;
const CONJUNCTION = /\b(?:and|or|as well as|together with)\b/u;

/** "⟦Acme⟧'s ⟦Finch⟧": a cue pointing at the owner means the name it owns; the slot itself otherwise. */
export function ownedSlot(template: Template, index: number): number {
  const slot = template.slots[index];
  return slot && /^['’]s ⟦/u.test(template.text.slice(slot.end)) ? index + 1 : index;
}

/**
 * Ids coordinated with the slot at `index` ("⟦1⟧, ⟦2⟧ and ⟦3⟧", "⟦1⟧ as well as ⟦2⟧"), left to right.
 * A list must close with a conjunction: "Compared to ⟦1⟧, ⟦2⟧ improves" is not a list.
 */
export function coordinated(template: Template, index: number): number[] {
  const joiner = (a: number, b: number) => {
    const left = template.slots[a];
    const right = template.slots[b];
    return left && right ? template.text.slice(left.end, right.start) : "";
  };
  let first = index;
  while (first > 0 && JOINER.test(joiner(first - 1, first))) first--;
  let last = index;
  while (last < template.slots.length - 1 && JOINER.test(joiner(last, last + 1))) last++;
  while (last > first && !CONJUNCTION.test(joiner(last - 1, last))) {
    // Drop a trailing ", ⟦n⟧" that no conjunction closes, keeping the side that holds `index`.
    if (last > index) last--;
    else first = last;
  }
  const ids = template.slots.slice(first, last + 1).map((s) => s.id);
  return ids.length > 0 ? ids : template.slots.slice(index, index + 1).map((s) => s.id);
}
