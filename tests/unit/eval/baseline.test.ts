// The quality gate of `npm test`: the real extractor over every gold set (no Neo4j), scored, and held to the
// seed set's fixed floor and to every set's figures in the committed eval/baseline.json. A drop fails here,
// naming the set, the metric, the figure and the baseline; `npm run eval` shows what was missed.
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Baseline,
  EPSILON,
  figuresOf,
  readBaseline,
  regressions,
  seedGateFailures,
  updatedBaseline,
} from "../../../eval/baseline.ts";
import type { SetScore } from "../../../eval/score.ts";
import { loadSets, scoreEvalSet, setNames } from "../../../eval/sets.ts";

const NAMES = await setNames();
let scores: Map<string, SetScore>;
let baseline: Baseline | undefined;

beforeAll(async () => {
  scores = new Map();
  for (const set of await loadSets()) scores.set(set.name, await scoreEvalSet(set));
  baseline = await readBaseline();
});

describe("the gold sets against the baseline", () => {
  it("scores every set, the seed set among them, and has a baseline for each", () => {
    expect(NAMES[0]).toBe("seed");
    expect([...scores.keys()]).toEqual(NAMES);
    expect(Object.keys(baseline?.sets ?? {}).sort()).toEqual([...NAMES].sort());
  });

  it("keeps the seed set at lineage recall 1.0 and precision ≥ 0.95", () => {
    const seed = scores.get("seed");
    expect(seed).toBeDefined();
    if (seed) expect(seedGateFailures(seed)).toEqual([]);
  });

  it.each(NAMES)("%s parses every record of its listing", (name) => {
    const score = scores.get(name);
    expect(score?.records.skipped).toEqual([]);
    expect(score?.records.parsed).toBe(score?.records.expected);
  });

  it("keeps every set at or above its baseline figures", () => {
    const below = [...scores].flatMap(([name, score]) => regressions(name, score, baseline));
    expect(below, `below the baseline:\n${below.join("\n")}`).toEqual([]);
  });
});

describe("the gate itself", () => {
  const score = (lineageRecall: number, lineagePrecision: number) =>
    ({
      records: { parsed: 10, expected: 10, skipped: [] },
      models: { recall: 0.8, precision: 0.9 },
      lineage: { recall: lineageRecall, precision: lineagePrecision, typeAccuracy: 1 },
    }) as unknown as SetScore;

  it("names the set, metric, figure and baseline of a drop, and forgives only rounding noise", () => {
    const recorded = updatedBaseline(undefined, [["dev-x", score(0.5, 0.75)]], undefined);
    expect(regressions("dev-x", score(0.5 - EPSILON / 10, 0.75), recorded)).toEqual([]);
    expect(regressions("dev-x", score(0.45, 0.8), recorded)).toEqual([
      "dev-x: lineageRecall 0.4500 is below its baseline 0.5000",
    ]);
    expect(regressions("dev-y", score(1, 1), recorded)).toEqual([
      "dev-y: no baseline recorded for this set (run: npm run eval -- --update-baseline)",
    ]);
  });

  it("holds the seed set to recall 1.0 and precision 0.95 whatever the baseline", () => {
    expect(seedGateFailures(score(1, 0.95))).toEqual([]);
    expect(seedGateFailures(score(12 / 13, 0.9))).toEqual([
      "seed: lineageRecall 0.9231 is below the gate 1",
      "seed: lineagePrecision 0.9000 is below the gate 0.95",
    ]);
  });

  it("updates the sets run and keeps the others and the resolution counts", () => {
    const before = updatedBaseline(undefined, [["a", score(0.5, 0.5)]], undefined);
    before.resolution = { splitModels: 3, splitFamilies: 1 };
    const after = updatedBaseline(before, [["b", score(0.7, 0.7)]], undefined);
    expect(after.sets).toEqual({ a: figuresOf(score(0.5, 0.5)), b: figuresOf(score(0.7, 0.7)) });
    expect(after.resolution).toEqual({ splitModels: 3, splitFamilies: 1 });
  });
});
