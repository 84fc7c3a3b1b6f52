// Blind probes: abstracts written in the style of arXiv for model families the engine was not developed on,
// with every ancestry edge a careful reader would draw from the text. Scored on lineage only.
import { parseModelName } from "../../../../src/domain/names.ts";
import { LINEAGE_TYPES, type PaperExtraction } from "../../../../src/domain/types.ts";
import { identityKey } from "../../../../src/ingest/extract/mentions.ts";

/** "BASED_ON|VARIANT_OF": the types that would be right for the edge. */
export type Edge = [types: string, child: string, parent: string];

export interface Probe {
  title: string;
  abstract: string;
  /** Edges the text states or names (recall is measured on these). */
  lineage: Edge[];
  /** Also true, but only implied: extracting them is not an error, missing them is not a miss. */
  alsoTrue?: Edge[];
  /** Names the text uses as models: each must be extracted as one (compared by identity). */
  models?: string[];
  /** Names that are data, methods or phrases: none may be extracted as a model. */
  notModels?: string[];
}

export interface Score {
  extracted: number;
  correct: number;
  gold: number;
  found: number;
  wrong: string[];
  missed: string[];
}

/** Names compare as the engine identifies them: sizes fold into the model. */
export const identity = (name: string) => identityKey(parseModelName(name));
const edgeId = (child: string, parent: string) => `${identity(child)} → ${identity(parent)}`;

/** Precision over every ancestry edge extracted; recall over the stated edges. */
export function score(probe: Probe, result: PaperExtraction): Score {
  const accepted = new Map<string, string[]>();
  for (const [types, child, parent] of [...probe.lineage, ...(probe.alsoTrue ?? [])])
    accepted.set(edgeId(child, parent), types.split("|"));
  const ancestry = result.relations.filter((r) => (LINEAGE_TYPES as readonly string[]).includes(r.type));
  const isRight = (r: (typeof ancestry)[number]) =>
    accepted.get(`${r.from} → ${r.to}`)?.includes(r.type) ?? false;
  const wrong = ancestry.filter((r) => !isRight(r)).map((r) => `${r.type} ${r.from} → ${r.to}`);
  const missed = probe.lineage
    .filter(([types, child, parent]) => {
      const id = edgeId(child, parent);
      return !ancestry.some((r) => `${r.from} → ${r.to}` === id && types.split("|").includes(r.type));
    })
    .map(([types, child, parent]) => `${types} ${child} → ${parent}`);
  return {
    extracted: ancestry.length,
    correct: ancestry.length - wrong.length,
    gold: probe.lineage.length,
    found: probe.lineage.length - missed.length,
    wrong,
    missed,
  };
}

export function total(scores: Score[]): { precision: number; recall: number } & Score {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  const extracted = sum((s) => s.extracted);
  const gold = sum((s) => s.gold);
  const correct = sum((s) => s.correct);
  const found = sum((s) => s.found);
  return {
    extracted,
    correct,
    gold,
    found,
    wrong: scores.flatMap((s) => s.wrong),
    missed: scores.flatMap((s) => s.missed),
    precision: extracted === 0 ? 1 : correct / extracted,
    recall: gold === 0 ? 1 : found / gold,
  };
}
