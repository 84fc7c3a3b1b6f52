/**
 * Scoring one gold set: the extractor's output against a hand annotation, with the project's own name grammar
 * deciding when two spellings are one model. Pure: extractions and gold in, figures and their lists out.
 *
 * Matching rules (what makes the figures fair to the extractor and to the gold):
 * - Names are compared by `evalKey`: the model-identity key (case, spaces, hyphens and the spelling of a
 *   version folded, "Gemini-1.5-Pro" ≡ "Gemini 1.5 Pro") less sizes: "MAmmoTH-7B" is MAmmoTH, and
 *   "Gemma3-4B-IT" and "Gemma3-27B-IT" are one model ("Gemma 3 IT") to the scorer. Tuning stays identity.
 * - A gold model is all its spellings (name + aliases); an output model is its name + aliases. They match when
 *   any key of one is a key of the other. A gold edge end that is a listed gold model brings its aliases.
 * - Models: recall = gold models matched by some output model of the set (any paper). Precision is judged once
 *   per output name (its `evalKey`): right when it matches a gold model; names the gold accepts
 *   (`mentionsOnly`, `acceptedNonModels`) that are not gold models are left out of the count; the rest are
 *   spurious.
 * - Lineage recall: a required gold edge is found when an extracted relation of any type except COMPARED_WITH
 *   joins its ends in the gold direction (child → parent). The type does not count here: type accuracy, apart,
 *   is the share of found edges for which some extracted relation has a type the gold gives that pair
 *   (required or optional, so a pair annotated BASED_ON and optionally VARIANT_OF accepts either).
 * - A required gold edge whose two ends are one model by `evalKey` (two sizes of one model) is "folded": the
 *   model's sizes say it, no edge is due; it is reported, not counted.
 * - Lineage precision is over extracted ancestry edges (LINEAGE_TYPES). An edge whose two ends are one gold
 *   model (or share a key: "BERT-large" → BERT) is not judged. Judged edges are correct when the gold lists
 *   the pair in that direction, required or optional, with any type; otherwise false. Reversed = false.
 * - Evidence: share of all extracted relations whose evidence sentence is non-empty and is the paper's
 *   abstract at the offsets it claims.
 * - Calibration: the judged ancestry edges by their confidence band [low, high), with the share correct.
 */
import { keyOf, parseModelName } from "../src/domain/names.ts";
import {
  type ExtractedRelation,
  LINEAGE_TYPES,
  type Paper,
  type PaperExtraction,
  type RelationType,
} from "../src/domain/types.ts";

export interface GoldModel {
  name: string;
  aliases: string[];
}

export interface GoldEdge {
  child: string;
  parent: string;
  type: RelationType;
  /** Stated unambiguously: counts for recall. Optional edges are accepted without penalty. */
  required: boolean;
  /** The exact abstract span (one or more consecutive sentences) that states the edge. */
  sentence: string;
}

export interface GoldSet {
  /** How the set was made and annotated. */
  about?: string;
  papers: number;
  /** Titles of papers that name no model. */
  papersWithoutModels?: string[];
  models: GoldModel[];
  /** Names fine to output as models but not required (data sets, family phrases). */
  mentionsOnly?: string[];
  /** Methods, architectures and size names an extractor may output as models without penalty. */
  acceptedNonModels?: string[];
  edges: GoldEdge[];
}

/** Confidence bands of the calibration table: [low, high). The last one holds 1.0. */
export const BANDS: readonly (readonly [number, number])[] = [
  [0, 0.6],
  [0.6, 0.8],
  [0.8, 0.9],
  [0.9, 1.01],
];

/** The band label of [low, high): "0.9–1.0". */
export const bandLabel = ([low, high]: readonly [number, number]) =>
  `${low.toFixed(1)}–${Math.min(high, 1).toFixed(1)}`;

/**
 * A name as the evaluation compares it: the model-identity key less sizes (a size written into a name is the
 * model with that size, "MAmmoTH-7B" is MAmmoTH), so spellings and case never count as misses.
 */
export function evalKey(name: string): string {
  const parsed = parseModelName(name);
  return parsed.stem ? keyOf(parsed, { sizes: false }) : name.toLowerCase();
}

/** The keys of every spelling of one model. */
export const keysOf = (names: readonly string[]) => new Set(names.map(evalKey));
/** Whether two key sets share a key. */
export const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((k) => b.has(k));

interface OutputModel {
  name: string;
  keys: Set<string>;
}

export interface EdgeReport {
  child: string;
  parent: string;
  type: string;
  sentence: string;
  /** Extracted edges: the rule and confidence that produced it. */
  rule?: string;
  confidence?: number;
  /** Title of the paper the edge was (or should have been) read from. */
  paper?: string;
  /** Found edges of the wrong type: the types extracted for the pair. */
  extractedTypes?: string[];
}

export interface CalibrationBand {
  band: string;
  edges: number;
  correct: number;
  /** null when the band holds no edge. */
  precision: number | null;
}

export interface SetScore {
  records: { parsed: number; expected: number; skipped: string[] };
  models: {
    recall: number;
    precision: number;
    found: number;
    gold: number;
    /** Output names judged (right + spurious). */
    judged: number;
    right: number;
    missed: string[];
    /** Output as models, but neither gold models nor names the gold accepts. */
    spurious: string[];
  };
  lineage: {
    recall: number;
    precision: number;
    /** Of the required edges found, those with a type the gold gives the pair. */
    typeAccuracy: number;
    required: number;
    found: number;
    extracted: number;
    correct: number;
    /** Found required edges with a type the gold gives the pair. */
    typeRight: number;
    missed: EdgeReport[];
    false: EdgeReport[];
    wrongType: EdgeReport[];
    /** Required gold edges between two sizes of one model: the model's sizes say them, no edge is due. */
    folded: EdgeReport[];
  };
  /** Share of extracted relations whose evidence is a sentence of the paper, at the offsets it claims. */
  evidence: number;
  calibration: CalibrationBand[];
}

interface JudgedGoldEdge {
  edge: GoldEdge;
  child: Set<string>;
  parent: Set<string>;
}

interface OutputEdge {
  relation: ExtractedRelation;
  paper: Paper;
  child: OutputModel | undefined;
  parent: OutputModel | undefined;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Scores the extractions of one set's papers against its gold annotation. */
export function scoreSet(gold: GoldSet, extractions: PaperExtraction[], skipped: string[] = []): SetScore {
  // What the extractor output: each model of each paper with every spelling it was written in.
  const output = new Map<string, OutputModel>();
  for (const { paper, models } of extractions) {
    for (const model of models) {
      output.set(`${paper.id}|${model.key}`, {
        name: model.name,
        keys: keysOf([model.name, ...model.aliases]),
      });
    }
  }
  const outputs = [...output.values()];
  const goldModels = gold.models.map((m) => ({ model: m, keys: keysOf([m.name, ...m.aliases]) }));
  const accepted = keysOf([...(gold.mentionsOnly ?? []), ...(gold.acceptedNonModels ?? [])]);
  const isGold = (o: OutputModel) => goldModels.some((g) => meets(o.keys, g.keys));

  // Models.
  const foundModels = goldModels.filter((g) => outputs.some((o) => meets(o.keys, g.keys)));
  const judgedModels = oncePerName(outputs).filter((o) => isGold(o) || !meets(o.keys, accepted));
  const rightModels = judgedModels.filter(isGold);

  // Gold edges keyed by the spellings of both ends (a gold end named in the model list brings its aliases).
  const spellings = (name: string) =>
    goldModels.find((g) => g.keys.has(evalKey(name)))?.keys ?? keysOf([name]);
  const goldEdges: JudgedGoldEdge[] = gold.edges.map((edge) => ({
    edge,
    child: spellings(edge.child),
    parent: spellings(edge.parent),
  }));
  const folded = goldEdges.filter((g) => g.edge.required && meets(g.child, g.parent));
  const required = goldEdges.filter((g) => g.edge.required && !folded.includes(g));

  const extracted: OutputEdge[] = extractions.flatMap(({ paper, relations }) =>
    relations
      .filter((r) => r.type !== "COMPARED_WITH")
      .map((relation) => ({
        relation,
        paper,
        child: output.get(`${paper.id}|${relation.from}`),
        parent: output.get(`${paper.id}|${relation.to}`),
      })),
  );
  const between = (g: JudgedGoldEdge, x: OutputEdge) =>
    x.child !== undefined &&
    x.parent !== undefined &&
    meets(g.child, x.child.keys) &&
    meets(g.parent, x.parent.keys);
  const samePair = (a: JudgedGoldEdge, b: JudgedGoldEdge) =>
    meets(a.child, b.child) && meets(a.parent, b.parent);

  // Recall and type accuracy.
  const found = required.filter((g) => extracted.some((x) => between(g, x)));
  const typesOf = (g: JudgedGoldEdge) =>
    new Set(goldEdges.filter((o) => samePair(o, g)).map((o) => o.edge.type));
  const typeRight = found.filter((g) => {
    const types = typesOf(g);
    return extracted.some((x) => between(g, x) && types.has(x.relation.type));
  });

  // Precision: ancestry edges between two different gold models (or names outside the gold).
  const goldOf = (o: OutputModel | undefined) => (o ? goldModels.filter((g) => meets(o.keys, g.keys)) : []);
  const sameModel = (x: OutputEdge) =>
    x.child !== undefined &&
    x.parent !== undefined &&
    (meets(x.child.keys, x.parent.keys) || goldOf(x.child).some((g) => goldOf(x.parent).includes(g)));
  const ancestry = extracted.filter(
    (x) => (LINEAGE_TYPES as readonly string[]).includes(x.relation.type) && !sameModel(x),
  );
  const isCorrect = (x: OutputEdge) => goldEdges.some((g) => between(g, x));
  const correct = ancestry.filter(isCorrect);

  const report = (x: OutputEdge): EdgeReport => ({
    child: x.child?.name ?? x.relation.from,
    parent: x.parent?.name ?? x.relation.to,
    type: x.relation.type,
    sentence: x.relation.evidence.sentence,
    rule: x.relation.evidence.rule,
    confidence: x.relation.evidence.confidence,
    paper: x.paper.title,
  });
  const goldReport = (g: JudgedGoldEdge): EdgeReport => {
    const paper = extractions.find((e) => e.paper.abstract.includes(g.edge.sentence))?.paper.title;
    return {
      child: g.edge.child,
      parent: g.edge.parent,
      type: g.edge.type,
      sentence: g.edge.sentence,
      ...(paper ? { paper } : {}),
    };
  };

  const evidenced = extractions.flatMap(({ paper, relations }) =>
    relations.map(
      ({ evidence }) =>
        evidence.sentence.length > 0 &&
        paper.abstract.slice(evidence.start, evidence.end) === evidence.sentence,
    ),
  );

  return {
    records: { parsed: extractions.length, expected: gold.papers, skipped },
    models: {
      recall: ratio(foundModels.length, goldModels.length),
      precision: ratio(rightModels.length, judgedModels.length),
      found: foundModels.length,
      gold: goldModels.length,
      judged: judgedModels.length,
      right: rightModels.length,
      missed: goldModels.filter((g) => !foundModels.includes(g)).map((g) => g.model.name),
      spurious: judgedModels.filter((o) => !rightModels.includes(o)).map((o) => o.name),
    },
    lineage: {
      recall: ratio(found.length, required.length),
      precision: ratio(correct.length, ancestry.length),
      typeAccuracy: ratio(typeRight.length, found.length),
      required: required.length,
      found: found.length,
      extracted: ancestry.length,
      correct: correct.length,
      typeRight: typeRight.length,
      missed: required.filter((g) => !found.includes(g)).map(goldReport),
      false: ancestry.filter((x) => !isCorrect(x)).map(report),
      wrongType: found
        .filter((g) => !typeRight.includes(g))
        .map((g) => ({
          ...goldReport(g),
          extractedTypes: [...new Set(extracted.filter((x) => between(g, x)).map((x) => x.relation.type))],
        })),
      folded: folded.map(goldReport),
    },
    evidence: ratio(evidenced.filter(Boolean).length, evidenced.length),
    calibration: BANDS.map((band) => {
      const [low, high] = band;
      const inBand = ancestry.filter(
        (x) => x.relation.evidence.confidence >= low && x.relation.evidence.confidence < high,
      );
      const right = inBand.filter(isCorrect).length;
      return {
        band: bandLabel(band),
        edges: inBand.length,
        correct: right,
        precision: inBand.length === 0 ? null : right / inBand.length,
      };
    }),
  };
}

/** One entry per output name (its `evalKey`), with the spellings of all its papers: judged once. */
function oncePerName(outputs: OutputModel[]): OutputModel[] {
  const byName = new Map<string, OutputModel>();
  for (const o of outputs) {
    const key = evalKey(o.name);
    const seen = byName.get(key);
    if (seen) for (const k of o.keys) seen.keys.add(k);
    else byName.set(key, { name: o.name, keys: new Set(o.keys) });
  }
  return [...byName.values()];
}
