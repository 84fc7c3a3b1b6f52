// The evaluation's scorer on small hand-built extractions: each rule of eval/score.ts, so that a broken
// scorer cannot report figures the extractor did not earn (or hide a drop).
import { describe, expect, it } from "vitest";
import { evalKey, scoreSet } from "../../../eval/score.ts";
import { edge, extraction, goldSet } from "./synthetic.ts";

const ABSTRACT =
  "We introduce Alpha, a model built on Beta. Alpha is distilled from Gamma. Delta is a variant of Alpha. " +
  "We compare Alpha with Epsilon. Alpha uses the Zeta encoder.";
const S = {
  beta: "We introduce Alpha, a model built on Beta.",
  gamma: "Alpha is distilled from Gamma.",
  delta: "Delta is a variant of Alpha.",
  epsilon: "We compare Alpha with Epsilon.",
  zeta: "Alpha uses the Zeta encoder.",
};
const MODELS = [["Alpha"], ["Beta"], ["Gamma"], ["Delta"], ["Epsilon"], ["Zeta"]];
const GOLD_MODELS = MODELS.map(([name = ""]) => ({ name, aliases: [] }));

describe("lineage recall", () => {
  it("counts a required edge found in the gold direction", () => {
    const gold = goldSet({ models: GOLD_MODELS, edges: [edge("Alpha", "Beta", "BASED_ON", true, S.beta)] });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "BASED_ON", from: "Alpha", to: "Beta", sentence: S.beta },
    ]);
    const score = scoreSet(gold, [run]);
    expect(score.lineage).toMatchObject({ recall: 1, found: 1, required: 1, missed: [] });
  });

  it("lists a missed required edge with its sentence and paper", () => {
    const gold = goldSet({
      models: GOLD_MODELS,
      edges: [
        edge("Alpha", "Beta", "BASED_ON", true, S.beta),
        edge("Alpha", "Gamma", "DISTILLED_FROM", true, S.gamma),
      ],
    });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "BASED_ON", from: "Alpha", to: "Beta", sentence: S.beta },
    ]);
    const score = scoreSet(gold, [run]);
    expect(score.lineage.recall).toBe(0.5);
    expect(score.lineage.missed).toEqual([
      { child: "Alpha", parent: "Gamma", type: "DISTILLED_FROM", sentence: S.gamma, paper: "P" },
    ]);
  });

  it("does not find a required edge read in the wrong direction, from another child, or by a comparison", () => {
    const gold = goldSet({ models: GOLD_MODELS, edges: [edge("Alpha", "Beta", "BASED_ON", true, S.beta)] });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "BASED_ON", from: "Beta", to: "Alpha", sentence: S.beta },
      { type: "BASED_ON", from: "Delta", to: "Beta", sentence: S.beta },
      { type: "COMPARED_WITH", from: "Alpha", to: "Beta", sentence: S.beta },
    ]);
    const score = scoreSet(gold, [run]);
    expect(score.lineage.recall).toBe(0);
    expect(score.lineage.false.map((e) => `${e.child}→${e.parent}`)).toEqual(["Beta→Alpha", "Delta→Beta"]);
  });

  it("accepts any type for recall and reports type accuracy apart", () => {
    const gold = goldSet({
      models: GOLD_MODELS,
      edges: [
        edge("Alpha", "Beta", "BASED_ON", true, S.beta),
        edge("Alpha", "Gamma", "DISTILLED_FROM", true, S.gamma),
        edge("Delta", "Alpha", "VARIANT_OF", true, S.delta),
        // A second, optional type for the pair: extracting it is a right type.
        edge("Delta", "Alpha", "BASED_ON", false, S.delta),
      ],
    });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "BASED_ON", from: "Alpha", to: "Beta", sentence: S.beta },
      { type: "BASED_ON", from: "Alpha", to: "Gamma", sentence: S.gamma },
      { type: "BASED_ON", from: "Delta", to: "Alpha", sentence: S.delta },
    ]);
    const score = scoreSet(gold, [run]);
    expect(score.lineage.recall).toBe(1);
    expect(score.lineage.typeRight).toBe(2);
    expect(score.lineage.typeAccuracy).toBeCloseTo(2 / 3, 12);
    expect(score.lineage.wrongType).toEqual([
      expect.objectContaining({
        child: "Alpha",
        parent: "Gamma",
        type: "DISTILLED_FROM",
        extractedTypes: ["BASED_ON"],
      }),
    ]);
  });

  it("finds a required edge by an association but counts its type wrong unless the gold gives it", () => {
    const gold = goldSet({
      models: GOLD_MODELS,
      edges: [
        edge("Alpha", "Zeta", "BASED_ON", true, S.zeta),
        edge("Alpha", "Beta", "BASED_ON", true, S.beta),
      ],
    });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "USES_COMPONENT", from: "Alpha", to: "Zeta", sentence: S.zeta },
      { type: "USES_ARCHITECTURE", from: "Alpha", to: "Beta", sentence: S.beta },
    ]);
    const accepted = goldSet({
      models: GOLD_MODELS,
      edges: [...gold.edges, edge("Alpha", "Zeta", "USES_COMPONENT", false, S.zeta)],
    });
    expect(scoreSet(gold, [run]).lineage).toMatchObject({ recall: 1, typeAccuracy: 0, extracted: 0 });
    expect(scoreSet(accepted, [run]).lineage).toMatchObject({ recall: 1, typeAccuracy: 0.5 });
  });
});

describe("lineage precision", () => {
  it("counts an ancestry edge the gold does not list as false, with its rule and confidence", () => {
    const gold = goldSet({ models: GOLD_MODELS, edges: [edge("Alpha", "Beta", "BASED_ON", true, S.beta)] });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "BASED_ON", from: "Alpha", to: "Beta", sentence: S.beta },
      {
        type: "VARIANT_OF",
        from: "Alpha",
        to: "Epsilon",
        sentence: S.epsilon,
        rule: "lineage.x",
        confidence: 0.7,
      },
    ]);
    const score = scoreSet(gold, [run]);
    expect(score.lineage).toMatchObject({ precision: 0.5, correct: 1, extracted: 2 });
    expect(score.lineage.false).toEqual([
      {
        child: "Alpha",
        parent: "Epsilon",
        type: "VARIANT_OF",
        sentence: S.epsilon,
        rule: "lineage.x",
        confidence: 0.7,
        paper: "P",
      },
    ]);
  });

  it("accepts an optional gold edge without counting it for recall", () => {
    const gold = goldSet({
      models: GOLD_MODELS,
      edges: [
        edge("Alpha", "Beta", "BASED_ON", true, S.beta),
        edge("Alpha", "Gamma", "BASED_ON", false, S.gamma),
      ],
    });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "DISTILLED_FROM", from: "Alpha", to: "Gamma", sentence: S.gamma },
    ]);
    const score = scoreSet(gold, [run]);
    expect(score.lineage).toMatchObject({ precision: 1, correct: 1, extracted: 1, recall: 0, required: 1 });
  });

  it("judges only ancestry types: associations are neither right nor false", () => {
    const gold = goldSet({ models: GOLD_MODELS, edges: [] });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "USES_COMPONENT", from: "Alpha", to: "Zeta", sentence: S.zeta },
      { type: "COMPARED_WITH", from: "Alpha", to: "Epsilon", sentence: S.epsilon },
    ]);
    expect(scoreSet(gold, [run]).lineage).toMatchObject({ extracted: 0, precision: 1, false: [] });
  });
});

describe("names", () => {
  it("folds sizes and spellings: a sized, hyphenated edge is the gold edge", () => {
    expect(evalKey("Llama-2-70B")).toBe(evalKey("Llama 2"));
    const abstract = "MAmmoTH-7B is fine-tuned from Llama-2-7B.";
    const gold = goldSet({
      models: [
        { name: "MAmmoTH", aliases: [] },
        { name: "Llama 2", aliases: ["LLaMA-2"] },
      ],
      edges: [edge("MAmmoTH", "LLaMA-2", "BASED_ON", true, abstract)],
    });
    const run = extraction(
      "P",
      abstract,
      [["MAmmoTH-7B"], ["Llama-2-7B"]],
      [{ type: "BASED_ON", from: "MAmmoTH-7B", to: "Llama-2-7B", sentence: abstract }],
    );
    const score = scoreSet(gold, [run]);
    expect(score.lineage).toMatchObject({ recall: 1, precision: 1, typeAccuracy: 1 });
    expect(score.models).toMatchObject({ recall: 1, precision: 1 });
  });

  it("does not judge an edge between two spellings or sizes of one gold model, nor require one", () => {
    const abstract = "Omega-70B is the larger Omega-7B. Omega-7B is based on Beta.";
    const gold = goldSet({
      models: [
        { name: "Omega", aliases: ["Omega Large"] },
        { name: "Beta", aliases: [] },
      ],
      edges: [
        edge("Omega-70B", "Omega-7B", "VARIANT_OF", true, "Omega-70B is the larger Omega-7B."),
        edge("Omega", "Beta", "BASED_ON", true, "Omega-7B is based on Beta."),
      ],
    });
    const run = extraction(
      "P",
      abstract,
      [["Omega-70B"], ["Omega-7B"], ["Omega Large"], ["Beta"]],
      [
        {
          type: "VARIANT_OF",
          from: "Omega-70B",
          to: "Omega-7B",
          sentence: "Omega-70B is the larger Omega-7B.",
        },
        {
          type: "VARIANT_OF",
          from: "Omega Large",
          to: "Omega-7B",
          sentence: "Omega-70B is the larger Omega-7B.",
        },
        { type: "BASED_ON", from: "Omega-7B", to: "Beta", sentence: "Omega-7B is based on Beta." },
      ],
    );
    const score = scoreSet(gold, [run]);
    expect(score.lineage).toMatchObject({ required: 1, found: 1, extracted: 1, correct: 1, precision: 1 });
    expect(score.lineage.folded.map((e) => `${e.child}→${e.parent}`)).toEqual(["Omega-70B→Omega-7B"]);
  });

  it("does not judge an edge between two sizes of a model the gold does not list", () => {
    const abstract = "Foo-70B extends Foo-7B.";
    const gold = goldSet({ models: GOLD_MODELS, edges: [] });
    const run = extraction(
      "P",
      abstract,
      [["Foo-70B"], ["Foo-7B"]],
      [{ type: "VARIANT_OF", from: "Foo-70B", to: "Foo-7B", sentence: abstract }],
    );
    expect(scoreSet(gold, [run]).lineage).toMatchObject({ extracted: 0, false: [] });
  });

  it("matches a gold model through its aliases, and an output model through its own", () => {
    const abstract = "We present SBERT, a Sentence-BERT network.";
    const gold = goldSet({
      models: [{ name: "Sentence-BERT", aliases: ["SBERT"] }],
      edges: [],
    });
    const score = scoreSet(gold, [extraction("P", abstract, [["SBERT"]])]);
    expect(score.models).toMatchObject({ recall: 1, precision: 1, missed: [], spurious: [] });
  });
});

describe("models", () => {
  it("ignores accepted non-models and mentions in precision, and counts the rest as spurious", () => {
    const gold = goldSet({
      models: [
        { name: "Alpha", aliases: [] },
        { name: "Beta", aliases: [] },
      ],
      mentionsOnly: ["MMLU"],
      acceptedNonModels: ["LoRA", "Transformer"],
      edges: [],
    });
    const run = extraction("P", "Alpha uses LoRA on MMLU with a Transformer, unlike Foo.", [
      ["Alpha"],
      ["LoRA"],
      ["MMLU"],
      ["Transformer"],
      ["Foo"],
    ]);
    const score = scoreSet(gold, [run]);
    expect(score.models).toMatchObject({
      recall: 0.5,
      found: 1,
      gold: 2,
      missed: ["Beta"],
      judged: 2,
      right: 1,
      precision: 0.5,
      spurious: ["Foo"],
    });
  });

  it("judges a name output by several papers once", () => {
    const gold = goldSet({ papers: 2, models: [{ name: "Alpha", aliases: [] }], edges: [] });
    const score = scoreSet(gold, [
      extraction("P1", "Alpha and Foo.", [["Alpha"], ["Foo"]]),
      extraction("P2", "Alpha and Foo again.", [["Alpha"], ["Foo"]]),
    ]);
    expect(score.models).toMatchObject({ judged: 2, right: 1, precision: 0.5, spurious: ["Foo"] });
    expect(score.records).toEqual({ parsed: 2, expected: 2, skipped: [] });
  });
});

describe("calibration and evidence", () => {
  it("bands the judged ancestry edges by confidence, the top band holding 1.0", () => {
    const gold = goldSet({
      models: GOLD_MODELS,
      edges: [
        edge("Alpha", "Beta", "BASED_ON", true, S.beta),
        edge("Alpha", "Gamma", "DISTILLED_FROM", true, S.gamma),
        edge("Delta", "Alpha", "VARIANT_OF", true, S.delta),
      ],
    });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "BASED_ON", from: "Alpha", to: "Beta", sentence: S.beta, confidence: 0.55 },
      { type: "DISTILLED_FROM", from: "Alpha", to: "Gamma", sentence: S.gamma, confidence: 0.6 },
      { type: "VARIANT_OF", from: "Delta", to: "Alpha", sentence: S.delta, confidence: 1 },
      { type: "BASED_ON", from: "Alpha", to: "Epsilon", sentence: S.epsilon, confidence: 0.9 },
      { type: "USES_COMPONENT", from: "Alpha", to: "Zeta", sentence: S.zeta, confidence: 0.85 },
    ]);
    expect(scoreSet(gold, [run]).calibration).toEqual([
      { band: "0.0–0.6", edges: 1, correct: 1, precision: 1 },
      { band: "0.6–0.8", edges: 1, correct: 1, precision: 1 },
      { band: "0.8–0.9", edges: 0, correct: 0, precision: null },
      { band: "0.9–1.0", edges: 2, correct: 1, precision: 0.5 },
    ]);
  });

  it("checks that every relation's evidence sits at its offsets", () => {
    const gold = goldSet({ models: GOLD_MODELS, edges: [] });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "BASED_ON", from: "Alpha", to: "Beta", sentence: S.beta },
      { type: "COMPARED_WITH", from: "Alpha", to: "Epsilon", sentence: S.epsilon, badOffsets: true },
    ]);
    expect(scoreSet(gold, [run]).evidence).toBe(0.5);
    expect(scoreSet(gold, [extraction("P", ABSTRACT, MODELS)]).evidence).toBe(1);
  });

  it("counts an empty evidence sentence as no evidence", () => {
    const gold = goldSet({ models: GOLD_MODELS, edges: [] });
    const run = extraction("P", ABSTRACT, MODELS, [
      { type: "BASED_ON", from: "Alpha", to: "Beta", sentence: S.beta },
    ]);
    const [relation] = run.relations;
    if (relation) relation.evidence = { ...relation.evidence, sentence: "", end: relation.evidence.start };
    expect(scoreSet(gold, [run]).evidence).toBe(0);
  });
});
