// Splits an evidence sentence into plain and highlighted runs: the models' names (any of their spellings) and the
// words that state the lineage ("based on", "expands on", ...). Pure: the panel turns the runs into <mark>s.

export type MarkKind = "model" | "cue";

export interface Segment {
  text: string;
  mark?: MarkKind;
}

/** Phrases that carry a lineage claim, longest first where one contains another. */
export const LINEAGE_CUES = [
  "a new addition to",
  "the next generation of",
  "next generation of",
  "successor to",
  "successor of",
  "built upon",
  "built on top of",
  "builds on",
  "built on",
  "based on",
  "derived from",
  "distilled from",
  "distillation of",
  "expands on",
  "extends",
  "fine-tuned from",
  "fine-tuned",
  "initialized from",
  "initialised from",
  "adapted from",
  "adapts",
  "improves on",
  "upgrade of",
  "variant of",
  "variants of",
  "version of",
  "versions of",
  "family of",
] as const;

const DASHES = "\\s\\-\\u2010\\u2011\\u2012\\u2013\\u2014";
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern for a name that tolerates case, and spaces, hyphens or dashes (or none) between its parts. */
function namePattern(name: string): string | null {
  const parts = name.split(new RegExp(`[${DASHES}]+`, "u")).filter(Boolean);
  if (!parts.length) return null;
  return parts.map(escapeRegExp).join(`[${DASHES}]*`);
}

interface Hit {
  start: number;
  end: number;
  mark: MarkKind;
}

function findAll(sentence: string, pattern: string, mark: MarkKind): Hit[] {
  // Whole words only: "Gemma" is not highlighted inside "MedGemma".
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, "giu");
  const hits: Hit[] = [];
  for (const match of sentence.matchAll(regex)) {
    const start = match.index ?? 0;
    if (match[0].length) hits.push({ start, end: start + match[0].length, mark });
  }
  return hits;
}

/**
 * Highlights every spelling in `names` (a model's name and aliases, for both ends of an edge) and the lineage
 * cues. Overlaps go to the earliest, then the longest match, so "MedGemma 1.5" wins over "MedGemma".
 */
export function highlightEvidence(
  sentence: string,
  names: readonly string[],
  cues: readonly string[] = LINEAGE_CUES,
): Segment[] {
  const hits: Hit[] = [];
  for (const name of new Set(names.map((n) => n.trim()).filter(Boolean))) {
    const pattern = namePattern(name);
    if (pattern) hits.push(...findAll(sentence, pattern, "model"));
  }
  for (const cue of cues) {
    const pattern = namePattern(cue);
    if (pattern) hits.push(...findAll(sentence, pattern, "cue"));
  }
  hits.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || (a.mark === "model" ? -1 : 1),
  );
  const segments: Segment[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    if (hit.start > at) segments.push({ text: sentence.slice(at, hit.start) });
    segments.push({ text: sentence.slice(hit.start, hit.end), mark: hit.mark });
    at = hit.end;
  }
  if (at < sentence.length) segments.push({ text: sentence.slice(at) });
  return segments;
}
