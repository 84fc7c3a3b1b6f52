// The extraction engine on the 14 seed abstracts: required lineage, precision against a gold list of true
// ancestry edges, model-free papers, and sentence-level expectations.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { modelKey } from "../../../src/domain/names.ts";
import { LINEAGE_TYPES, type LineageType, type PaperExtraction } from "../../../src/domain/types.ts";
import { extractPaper } from "../../../src/ingest/extract/index.ts";
import { paper } from "./paper.ts";

// Titles by hand: in the listing the title runs into the author list.
const TITLES = [
  "Gemma 2: Improving Open Language Models at a Practical Size",
  "Levels of AGI for Operationalizing Progress on the Path to AGI",
  "Training Language Models on the Knowledge Graph: Insights on Hallucinations and Their Detectability",
  "MedGemma 1.5 Technical Report",
  "Gemini 2.5: Pushing the Frontier with Advanced Reasoning, Multimodality, Long Context, and Next Generation Agentic Capabilities",
  "Gemma: Open Models Based on Gemini Research and Technology",
  "Gemma 3 Technical Report",
  "Beyond Human Data: Scaling Self-Training for Problem-Solving with Language Models",
  "MedGemma Technical Report",
  "RecurrentGemma: Moving Past Transformers for Efficient Open Language Models",
  "EmbeddingGemma: Powerful and Lightweight Text Representations",
  "VaultGemma: A Differentially Private Gemma Model",
  "T5Gemma 2: Seeing, Reading, and Understanding Longer",
  "CodeGemma: Open Code Models Based on Gemma",
];

function seedPapers() {
  const lines = readFileSync(new URL("../../../seed/gemma-family-abstracts.txt", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  expect(lines).toHaveLength(TITLES.length * 3);
  return TITLES.map((title, i) => paper(title, lines[i * 3 + 2] ?? ""));
}

const ANY: readonly LineageType[] = LINEAGE_TYPES;

/** child → parent edges the engine must find (the brief's list). */
const REQUIRED: [child: string, parent: string, types: readonly LineageType[]][] = [
  ["Gemma", "Gemini", ANY],
  ["Gemma 2", "Gemma", ANY],
  ["Gemma 3", "Gemma 2", ANY],
  ["CodeGemma", "Gemma", ANY],
  ["MedGemma", "Gemma 3", ANY],
  ["MedGemma 1.5", "MedGemma", ANY],
  ["MedSigLIP", "SigLIP", ANY],
  ["EmbeddingGemma", "Gemma 3", ANY],
  ["T5Gemma 2", "Gemma 3", ANY],
  ["T5Gemma 2", "T5Gemma", ANY],
  ["Gemma3-4B-IT", "Gemma 3", ["VARIANT_OF"]],
  ["Gemma3-27B-IT", "Gemma 3", ["VARIANT_OF"]],
  ["Gemma2-27B-IT", "Gemma 2", ["VARIANT_OF"]],
];

/** Every ancestry edge that is true of the seed abstracts, with the types that would be right for it. */
const GOLD: [child: string, parent: string, types: readonly LineageType[]][] = [
  ...REQUIRED,
  ["Gemma 2", "Gemma", ["SUCCESSOR_OF", "BASED_ON"]],
  ["Gemma 3", "Gemma", ["SUCCESSOR_OF", "BASED_ON"]],
  ["MedGemma 1.5", "MedGemma", ["SUCCESSOR_OF", "BASED_ON"]],
  ["MedGemma 1.5", "Gemma 3", ["BASED_ON"]],
  ["T5Gemma 2", "T5Gemma", ["SUCCESSOR_OF", "BASED_ON"]],
  ["T5Gemma", "Gemma", ["BASED_ON"]],
  ["VaultGemma", "Gemma", ["BASED_ON", "VARIANT_OF"]],
  ["VaultGemma", "Gemma 2", ["BASED_ON"]],
  ["RecurrentGemma", "Gemma", ["BASED_ON"]],
  ["RecurrentGemma", "Griffin", ["BASED_ON"]],
  ["EmbeddingGemma", "Gemma", ["BASED_ON"]],
  ["CodeGemma", "Gemma", ["BASED_ON", "VARIANT_OF"]],
  ["MedGemma", "Gemma", ["BASED_ON"]],
  ["Gemini 2.5 Pro", "Gemini 2.5", ["VARIANT_OF"]],
  ["Gemini 2.5 Flash", "Gemini 2.5", ["VARIANT_OF"]],
  ["Gemini 2.5 Flash", "Gemini 2.0 Flash", ["SUCCESSOR_OF"]],
  ["Gemini 2.5 Pro", "Gemini 1.5 Pro", ["SUCCESSOR_OF"]],
  ["Gemini 2.0 Flash-Lite", "Gemini 2.0 Flash", ["VARIANT_OF"]],
];

const edgeId = (child: string, parent: string) => `${modelKey(child)} → ${modelKey(parent)}`;

let results: PaperExtraction[];

beforeAll(() => {
  results = seedPapers().map(extractPaper);
});

const byTitle = (start: string) => {
  const found = results.find((r) => r.paper.title.startsWith(start));
  if (!found) throw new Error(`no paper ${start}`);
  return found;
};
const ancestry = () =>
  results.flatMap((r) =>
    r.relations.filter((rel) => (LINEAGE_TYPES as readonly string[]).includes(rel.type)),
  );

describe("seed lineage", () => {
  it.each(REQUIRED)("%s → %s is extracted with evidence", (child, parent, types) => {
    const found = ancestry().filter(
      (r) => r.from === modelKey(child) && r.to === modelKey(parent) && (types as string[]).includes(r.type),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) {
      const source = results.find((p) => p.paper.id === r.evidence.paperId);
      expect(source?.paper.abstract.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    }
  });

  it("has precision ≥ 0.95 against the gold list and recall 1 on the required list", () => {
    const gold = new Map(GOLD.map(([c, p, types]) => [edgeId(c, p), types as readonly string[]]));
    const extracted = ancestry();
    const correct = extracted.filter((r) => gold.get(`${r.from} → ${r.to}`)?.includes(r.type));
    const wrong = extracted.filter((r) => !correct.includes(r)).map((r) => `${r.type} ${r.from} → ${r.to}`);
    const precision = correct.length / extracted.length;
    const requiredFound = REQUIRED.filter(([c, p]) =>
      extracted.some((r) => `${r.from} → ${r.to}` === edgeId(c, p)),
    );
    expect(wrong).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(requiredFound.length / REQUIRED.length).toBe(1);
  });

  it("has no ancestry edge in both directions", () => {
    const ids = new Set(ancestry().map((r) => `${r.from}|${r.to}`));
    for (const r of ancestry()) expect(ids.has(`${r.to}|${r.from}`)).toBe(false);
  });
});

describe("seed models", () => {
  it.each(["Levels of AGI", "Training Language Models on the Knowledge Graph"])(
    "%s yields no models, relations or facts",
    (title) => {
      const r = byTitle(title);
      expect(r.models).toEqual([]);
      expect(r.relations).toEqual([]);
      expect(r.facts).toEqual([]);
    },
  );

  // paper → models it introduces, models it only mentions
  it.each([
    ["Gemma 2:", ["Gemma 2"], ["Gemma"]],
    ["MedGemma 1.5", ["MedGemma 1.5"], ["MedGemma"]],
    [
      "Gemini 2.5",
      ["Gemini 2.5 Pro", "Gemini 2.5 Flash", "Gemini 2.0 Flash", "Gemini 2.0 Flash-Lite", "Gemini 2.5"],
      [],
    ],
    ["Gemma: Open", ["Gemma"], ["Gemini"]],
    [
      "Gemma 3",
      ["Gemma 3"],
      // "Gemma3-4B-IT" and "Gemma3-27B-IT" are one instruction-tuned variant in two sizes.
      ["Gemma", "Gemma 2", "Gemma3-4B-IT", "Gemma2-27B-IT", "Gemini 1.5 Pro"],
    ],
    ["Beyond Human Data", [], ["PaLM 2"]],
    ["MedGemma Technical", ["MedGemma", "MedSigLIP"], ["Gemma 3", "SigLIP"]],
    ["RecurrentGemma", ["RecurrentGemma"], ["Griffin", "Gemma"]],
    ["EmbeddingGemma", ["EmbeddingGemma"], ["Gemma 3"]],
    ["VaultGemma", ["VaultGemma"], ["Gemma", "Gemma 2"]],
    ["T5Gemma 2", ["T5Gemma 2"], ["T5Gemma", "Gemma 3"]],
    ["CodeGemma", ["CodeGemma"], ["Gemma"]],
  ])("%s introduces %j and mentions %j", (title, introduces, mentions) => {
    const r = byTitle(title);
    expect(r.introduces).toEqual(introduces.map(modelKey));
    expect([...r.mentions].sort()).toEqual(mentions.map(modelKey).sort());
  });

  // Words that look like names but are concepts, methods, benchmarks, citations or organisations.
  it.each([
    "AGI",
    "LMs",
    "KG",
    "ReST",
    "UL2",
    "MedQA",
    "EHRQA",
    "MTEB",
    "MATH",
    "APPS",
    "SoTA",
    "Transformer",
    "Google",
    "Hoffmann",
    "Beltagy",
    "MRI",
    "Foundation",
    "Intersection",
    "Mendeley",
  ])("%s is not a model", (word) => {
    for (const r of results) expect(r.models.map((m) => m.key)).not.toContain(modelKey(word));
  });

  // model → canonical name, family, version, sizes, tuning, aliases (as extracted by its own paper)
  it.each([
    ["Gemma 2:", "Gemma 2", "Gemma", "2", ["2B", "27B", "9B"], [], []],
    ["Gemma: Open", "Gemma", "Gemma", null, ["2B", "7B"], ["pretrained", "instruction-tuned"], []],
    ["Gemma 3", "Gemma 3", "Gemma", "3", ["27B", "1B"], ["pretrained", "instruction-tuned"], []],
    // One variant for "Gemma3-4B-IT" and "Gemma3-27B-IT": canonical name, since no spelling is written without a size.
    [
      "Gemma 3",
      "Gemma 3 IT",
      "Gemma",
      "3",
      ["4B", "27B"],
      ["instruction-tuned"],
      ["Gemma3-4B-IT", "Gemma3-27B-IT"],
    ],
    ["Gemma 3", "Gemini-1.5-Pro", "Gemini", "1.5", [], [], []],
    ["MedGemma 1.5", "MedGemma 1.5", "Gemma", "1.5", ["4B"], [], ["MedGemma 1.5 4B"]],
    ["MedGemma 1.5", "MedGemma", "Gemma", null, ["4B"], [], ["MedGemma 1", "MedGemma 1 4B"]],
    ["MedGemma Technical", "MedSigLIP", "SigLIP", null, [], [], []],
    [
      "RecurrentGemma",
      "RecurrentGemma",
      "Gemma",
      null,
      ["2B", "9B"],
      ["pretrained", "instruction-tuned"],
      [],
    ],
    ["EmbeddingGemma", "EmbeddingGemma", "Gemma", null, ["300M"], [], []],
    ["VaultGemma", "VaultGemma", "Gemma", null, ["1B"], [], ["VaultGemma 1B"]],
    ["T5Gemma 2", "T5Gemma 2", "Gemma", "2", ["270M-270M", "1B-1B", "4B-4B"], ["pretrained"], []],
    [
      "CodeGemma",
      "CodeGemma",
      "Gemma",
      null,
      ["7B", "2B"],
      ["pretrained", "instruction-tuned"],
      ["CodeGemma 7B", "CodeGemma 2B"],
    ],
    ["Gemini 2.5", "Gemini 2.0 Flash-Lite", "Gemini", "2.0", [], [], []],
    ["Beyond Human Data", "PaLM-2", "PaLM", "2", [], [], []],
  ])("%s: %s", (title, name, family, version, sizes, tuning, aliases) => {
    const model = byTitle(title).models.find((m) => m.key === modelKey(name));
    expect(model).toMatchObject({ name, family, version, sizes, tuning, aliases });
  });
});

describe("seed sentences → facts", () => {
  // sentence (start) → [relation type, from, to, verdict?]
  it.each([
    ["Pretrained on the identical data mixture", "TRAINED_ON_DATA_OF", "VaultGemma", "Gemma 2", undefined],
    ["MedSigLIP powers the visual understanding", "USES_COMPONENT", "MedGemma", "MedSigLIP", undefined],
    ["We introduce RecurrentGemma", "USES_ARCHITECTURE", "RecurrentGemma", "Griffin", undefined],
    ["Our models achieve comparable performance", "COMPARED_WITH", "RecurrentGemma", "Gemma", "comparable"],
    [
      "In particular, our novel post-training",
      "COMPARED_WITH",
      "Gemma3-4B-IT",
      "Gemma2-27B-IT",
      "competitive",
    ],
    [
      "In particular, our novel post-training",
      "COMPARED_WITH",
      "Gemma3-27B-IT",
      "Gemini-1.5-Pro",
      "comparable",
    ],
    ["The Gemma 3 models are trained", "COMPARED_WITH", "Gemma 3", "Gemma 2", "outperforms"],
    ["Beyond its improved multimodal", "COMPARED_WITH", "MedGemma 1.5", "MedGemma", "outperforms"],
  ])("%s… → %s %s → %s %s", (start, type, from, to, verdict) => {
    const relation = results
      .flatMap((r) => r.relations)
      .find(
        (r) =>
          r.evidence.sentence.startsWith(start) &&
          r.type === type &&
          r.from === modelKey(from) &&
          r.to === modelKey(to),
      );
    expect(relation).toMatchObject({ to: modelKey(to), ...(verdict ? { verdict } : {}) });
  });

  // sentence (start) → model, kind, name, figure?
  it.each([
    ["Beyond its improved multimodal", "MedGemma 1.5", "benchmark", "MedQA", "5%"],
    ["Beyond its improved multimodal", "MedGemma 1.5", "benchmark", "EHRQA", "22%"],
    ["Evaluated on the Massive Text Embedding", "EmbeddingGemma", "benchmark", "MTEB", undefined],
    ["Testing on advanced MATH", "PaLM 2", "benchmark", "MATH", undefined],
    ["Testing on advanced MATH", "PaLM 2", "benchmark", "APPS", undefined],
    ["In this new version, we apply", "Gemma 2", "technique", "local-global attention", undefined],
    ["In this new version, we apply", "Gemma 2", "technique", "grouped-query attention", undefined],
    ["We also train the 2B and 9B", "Gemma 2", "technique", "knowledge distillation", undefined],
    ["This version introduces vision", "Gemma 3", "capability", "vision understanding", undefined],
    ["This version introduces vision", "Gemma 3", "capability", "long context", undefined],
    ["This version introduces vision", "Gemma 3", "capability", "multilingual", undefined],
    ["In particular, our novel post-training", "Gemma 3", "capability", "mathematical reasoning", undefined],
    ["In particular, our novel post-training", "Gemma 3", "capability", "instruction following", undefined],
    ["MedGemma 1.5 expands on", "MedGemma 1.5", "capability", "medical imaging", undefined],
    ["MedGemma 1.5 expands on", "MedGemma 1.5", "capability", "anatomical localization", undefined],
    ["MedGemma 1.5 expands on", "MedGemma 1.5", "capability", "document understanding", undefined],
    ["In addition to its incredible", "Gemini 2.5 Pro", "capability", "video understanding", undefined],
    ["Its unique combination", "Gemini 2.5 Pro", "capability", "agentic", undefined],
    ["Taken together, the Gemini 2.X", "Gemini 2.0 Flash", "capability", "agentic", undefined],
    ["Griffin combines linear", "Griffin", "technique", "linear recurrence", undefined],
    ["We introduce EmbeddingGemma", "EmbeddingGemma", "capability", "text embedding", undefined],
    ["Remarkably, this lead persists", "EmbeddingGemma", "technique", "quantization", undefined],
    ["This makes EmbeddingGemma", "EmbeddingGemma", "capability", "on-device", undefined],
    ["We introduce VaultGemma 1B", "VaultGemma", "technique", "differential privacy", undefined],
    ["We further propose two methods", "T5Gemma 2", "technique", "tied embeddings", undefined],
    ["We further propose two methods", "T5Gemma 2", "technique", "merged attention", undefined],
    ["CodeGemma 2B is a state-of-the-art", "CodeGemma", "capability", "code completion", undefined],
    ["CodeGemma 2B is a state-of-the-art", "CodeGemma", "capability", "code infilling", undefined],
    ["CodeGemma 7B pretrained", "CodeGemma", "capability", "mathematical reasoning", undefined],
    ["MedGemma demonstrates advanced", "MedGemma", "capability", "medical understanding", undefined],
    ["For out-of-distribution tasks", "MedGemma", "capability", "agentic", undefined],
  ])("%s… → %s has %s %s %s", (start, model, kind, name, figure) => {
    const fact = results
      .flatMap((r) => r.facts)
      .find(
        (f) =>
          f.evidence.sentence.startsWith(start) &&
          f.model === modelKey(model) &&
          f.kind === kind &&
          f.name === name,
      );
    expect(fact).toBeDefined();
    expect(fact?.figure).toBe(figure);
  });

  it("gives every relation and fact evidence that points at its sentence", () => {
    for (const r of results) {
      for (const { evidence } of [...r.relations, ...r.facts]) {
        expect(evidence.paperId).toBe(r.paper.id);
        expect(r.paper.abstract.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
        expect(evidence.rule).toMatch(/^[a-z]+(\.[a-z-]+)+$/u);
        expect(evidence.confidence).toBeGreaterThan(0);
        expect(evidence.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it("rates an inferred family succession below a stated one", () => {
    const inferred = ancestry().find((r) => r.evidence.rule === "lineage.successor.family-version");
    const stated = ancestry().find((r) => r.evidence.rule === "lineage.successor.next-generation");
    expect(inferred?.evidence.confidence).toBeLessThan(stated?.evidence.confidence ?? 0);
  });
});
