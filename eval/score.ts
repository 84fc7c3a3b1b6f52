// Scoring one gold set: the extractor's output against a hand annotation, with the project's own name grammar
// deciding when two spellings are one model. Pure: extractions and gold in, figures and their lists out.
import { keyOf, parseModelName } from "../src/domain/names.ts";
import { LINEAGE_TYPES, type PaperExtraction, type RelationType } from "../src/domain/types.ts";

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
  sentence: string;
}

export interface GoldSet {
  papers: number;
  models: GoldModel[];
  /** Names fine to output as models but not required (data sets, family phrases). */
  mentionsOnly?: string[];
  /** Methods, architectures and size names an extractor may output as models without penalty. */
  acceptedNonModels?: string[];
  edges: GoldEdge[];
}

/** Confidence bands of the calibration table: [low, high). */
export const BANDS: readonly [number, number][] = [
  [0, 0.6],
  [0.6, 0.8],
  [0.8, 0.9],
  [0.9, 1.01],
];

/**
 * A name as the evaluation compares it: the model-identity key less sizes (a size written into a name is the
 * model with that size, "MAmmoTH-7B" is MAmmoTH), so spellings and case never count as misses.
 */
export function evalKey(name: string): string {
  const parsed = parseModelName(name);
  return parsed.stem ? keyOf(parsed, { sizes: false }) : name.toLowerCase();
}

const keysOf = (names: string[]) => new Set(names.map(evalKey));
const meets = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

interface OutputModel {
  name: string;
  keys: Set<string>;
  papers: string[];
}

export interface EdgeReport {
  child: string;
  parent: string;
  type: string;
  sentence: string;
  rule?: string;
  confidence?: number;
  paper?: string;
}

export interface SetScore {
  records: { parsed: number; expected: number; skipped: string[] };
  models: {
    recall: number;
    precision: number;
    found: number;
    gold: number;
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
    missed: EdgeReport[];
    false: EdgeReport[];
    wrongType: EdgeReport[];
    /** Required gold edges between two sizes of one model: the model's sizes say them, no edge is due. */
    folded: EdgeReport[];
  };
  /** Share of extracted relations whose evidence is a sentence of the paper, at the offsets it claims. */
  evidence: number;
  calibration: { band: string; edges: number; correct: number; precision: number | null }[];
}

/** Scores the extractions of one set's papers against its gold annotation. */
export function scoreSet(gold: GoldSet, extractions: PaperExtraction[], skipped: string[] = []): SetScore {
  // What the extractor output: each model with every spelling it was written in.
  const output = new Map<string, OutputModel>();
  for (const { paper, models } of extractions) {
    for (const model of models) {
      const id = `${paper.id}|${model.key}`;
      const entry: OutputModel = {
        name: model.name,
        keys: keysOf([model.name, ...model.aliases]),
        papers: [paper.id],
      };
      output.set(id, entry);
    }
  }
  const goldKeys = gold.models.map((m) => ({ model: m, keys: keysOf([m.name, ...m.aliases]) }));
  const accepted = keysOf([...(gold.mentionsOnly ?? []), ...(gold.acceptedNonModels ?? [])]);
  const outputs = [...output.values()];

  const foundModels = goldKeys.filter((g) => outputs.some((o) => meets(o.keys, g.keys)));
  const judged = dedupeByName(outputs).filter(
    (o) => goldKeys.some((g) => meets(o.keys, g.keys)) || !meets(o.keys, accepted),
  );
  const rightModels = judged.filter((o) => goldKeys.some((g) => meets(o.keys, g.keys)));
  const spurious = judged.filter((o) => !rightModels.includes(o)).map((o) => o.name);

  // Gold edges keyed by the spellings of both ends (a gold end named in the model list brings its aliases).
  const spellings = (name: string) => {
    const listed = goldKeys.find((g) => g.keys.has(evalKey(name)));
    return listed ? listed.keys : keysOf([name]);
  };
  const goldEdges = gold.edges.map((e) => ({ edge: e, child: spellings(e.child), parent: spellings(e.parent) }));
  const folded = goldEdges.filter((g) => g.edge.required && meets(g.child, g.parent));
  const required = goldEdges.filter((g) => g.edge.required && !folded.includes(g));

  const extracted = extractions.flatMap(({ paper, relations }) =>
    relations
      .filter((r) => r.type !== "COMPARED_WITH")
      .map((r) => ({
        relation: r,
        paper,
        child: output.get(`${paper.id}|${r.from}`),
        parent: output.get(`${paper.id}|${r.to}`),
      })),
  );
  const between = (g: (typeof goldEdges)[number], x: (typeof extracted)[number]) =>
    x.child !== undefined && x.parent !== undefined && meets(g.child, x.child.keys) && meets(g.parent, x.parent.keys);

  const found = required.filter((g) => extracted.some((x) => between(g, x)));
  const typeRight = found.filter((g) => {
    const types = goldEdges.filter((o) => o.edge.child === g.edge.child && o.edge.parent === g.edge.parent);
    return extracted.some((x) => between(g, x) && types.some((o) => o.edge.type === x.relation.type));
  });
  const wrongType = found.filter((g) => !typeRight.includes(g));

  // Two spellings of one gold model ("BERT-large" of BERT) or two sizes of one model: no lineage to judge.
  const goldOf = (o: OutputModel | undefined) =>
    o ? goldKeys.filter((g) => meets(o.keys, g.keys)) : [];
  const sameModel = (x: (typeof extracted)[number]) =>
    x.child !== undefined &&
    x.parent !== undefined &&
    (meets(x.child.keys, x.parent.keys) || goldOf(x.child).some((g) => goldOf(x.parent).includes(g)));
  const ancestry = extracted.filter(
    (x) => (LINEAGE_TYPES as readonly string[]).includes(x.relation.type) && !sameModel(x),
  );
  const isCorrect = (x: (typeof extracted)[number]) => goldEdges.some((g) => between(g, x));
  const correct = ancestry.filter(isCorrect);
  const report = (x: (typeof extracted)[number]): EdgeReport => ({
    child: x.child?.name ?? x.relation.from,
    parent: x.parent?.name ?? x.relation.to,
    type: x.relation.type,
    sentence: x.relation.evidence.sentence,
    rule: x.relation.evidence.rule,
    confidence: x.relation.evidence.confidence,
    paper: x.paper.title,
  });
  const goldReport = (g: (typeof goldEdges)[number]): EdgeReport => ({
    child: g.edge.child,
    parent: g.edge.parent,
    type: g.edge.type,
    sentence: g.edge.sentence,
  });

  const evidenced = extractions.flatMap(({ paper, relations }) =>
    relations.map((r) => paper.abstract.slice(r.evidence.start, r.evidence.end) === r.evidence.sentence),
  );

  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    records: { parsed: extractions.length, expected: gold.papers, skipped },
    models: {
      recall: ratio(foundModels.length, goldKeys.length),
      precision: ratio(rightModels.length, judged.length),
      found: foundModels.length,
      gold: goldKeys.length,
      missed: goldKeys.filter((g) => !foundModels.includes(g)).map((g) => g.model.name),
      spurious,
    },
    lineage: {
      recall: ratio(found.length, required.length),
      precision: ratio(correct.length, ancestry.length),
      typeAccuracy: ratio(typeRight.length, found.length),
      required: required.length,
      found: found.length,
      extracted: ancestry.length,
      correct: correct.length,
      missed: required.filter((g) => !found.includes(g)).map(goldReport),
      false: ancestry.filter((x) => !isCorrect(x)).map(report),
      wrongType: wrongType.map(goldReport),
      folded: folded.map(goldReport),
    },
    evidence: ratio(evidenced.filter(Boolean).length, evidenced.length),
    calibration: BANDS.map(([low, high]) => {
      const inBand = ancestry.filter((x) => x.relation.evidence.confidence >= low && x.relation.evidence.confidence < high);
      const right = inBand.filter(isCorrect).length;
      return {
        band: `${low.toFixed(1)}–${Math.min(high, 1).toFixed(1)}`,
        edges: inBand.length,
        correct: right,
        precision: inBand.length === 0 ? null : right / inBand.length,
      };
    }),
  };
}

/** One entry per output model name: a model named by several papers is judged once. */
function dedupeByName(outputs: OutputModel[]): OutputModel[] {
  const byKey = new Map<string, OutputModel>();
  for (const o of outputs) {
    const key = [...o.keys].sort()[0] ?? o.name;
    if (!byKey.has(key)) byKey.set(key, o);
  }
  return [...byKey.values()];
}
