// TCK-style snapshots of the canonical statements, as @neo4j/graphql's tck/ keeps them: the Cypher and the
// parameters each builder returns for fixed arguments, with no database. A change to a statement's text shows
// here as a snapshot diff to review (and to keep the query plans of tests/integration/query-plans in mind).
import { describe, expect, it } from "vitest";
import { searchText } from "../../../src/cypher/catalogue.ts";
import {
  commonAncestors,
  edgesOfModels,
  lineagePathByNames,
  lineageSubgraph,
  modelWithLineage,
  relativesOfModels,
} from "../../../src/cypher/lineage.ts";
import { findModelByName, listModels, modelLookup, modelsByKeys } from "../../../src/cypher/models.ts";
import { findPaper } from "../../../src/cypher/papers.ts";
import { mergeLinks, recomputeModels, retractPapers, writePapers } from "../../../src/cypher/write.ts";
import type { Statement } from "../../../src/db/statement.ts";
import type { PaperExtraction } from "../../../src/domain/types.ts";

/** What a snapshot holds of a statement: its text (indentation evened out), parameters and mode. */
const shown = (statement: Statement<unknown> | null) =>
  statement && {
    mode: statement.mode,
    params: statement.params,
    cypher: statement.cypher
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join("\n"),
  };

const evidence = (sentence: string, rule: string) => ({
  paperId: "medgemma-technical-report",
  sentence,
  start: 0,
  end: sentence.length,
  rule,
  confidence: 0.9,
});

/** One paper that introduces MedGemma, based on Gemma 3, with one capability. */
const EXTRACTION: PaperExtraction = {
  paper: {
    id: "medgemma-technical-report",
    title: "MedGemma Technical Report",
    authors: ["A. Author", "B. Author"],
    authorsTruncated: false,
    organizations: ["Google"],
    date: "2025-07-07",
    yearInferred: false,
    category: "cs.CL",
    abstract: "We introduce MedGemma, based on Gemma 3. MedGemma answers medical questions.",
    source: { file: "papers.txt", line: 1 },
  },
  models: [
    {
      key: "medgemma",
      name: "MedGemma",
      aliases: [],
      family: "Gemma",
      version: null,
      sizes: ["4B"],
      tuning: ["instruction-tuned"],
    },
    { key: "gemma3", name: "Gemma 3", aliases: [], family: "Gemma", version: "3", sizes: [], tuning: [] },
  ],
  introduces: ["medgemma"],
  mentions: ["gemma3"],
  relations: [
    {
      type: "BASED_ON",
      from: "medgemma",
      to: "gemma3",
      evidence: evidence("We introduce MedGemma, based on Gemma 3.", "lineage.based-on"),
    },
  ],
  facts: [
    {
      kind: "capability",
      model: "medgemma",
      name: "medical question answering",
      evidence: evidence("MedGemma answers medical questions.", "capability.verb"),
    },
  ],
};

describe("the canonical statements", () => {
  it.each<[string, Statement<unknown> | null]>([
    ["model look-up by name", findModelByName(modelLookup(" MedGemma "))],
    ["models by key (batch)", modelsByKeys(["medgemma", "gemma3"])],
    [
      "ancestors (look-ahead)",
      modelWithLineage(modelLookup("MedGemma"), {
        lists: [
          {
            direction: "up",
            relatives: { maxDepth: 10, limit: 1000, withPath: true, modelFields: ["name"] },
            next: null,
          },
        ],
      }),
    ],
    [
      "descendants with minConfidence (batch)",
      relativesOfModels(["gemma3"], "DOWN", {
        maxDepth: 50,
        types: ["BASED_ON", "VARIANT_OF"],
        limit: 100,
        withPath: false,
        modelFields: ["name", "family"],
        minConfidence: 0.5,
      }),
    ],
    [
      "nested lineage: children of children, and parents",
      modelWithLineage(modelLookup("Gemma 3"), {
        lists: [
          {
            direction: "down",
            modelFields: ["name"],
            next: { lists: [{ direction: "down", minConfidence: 0.7, next: null }] },
          },
          { direction: "up", next: null },
        ],
      }),
    ],
    ["children (batch)", edgesOfModels(["gemma3", { key: "gemma2", minConfidence: 0.5 }], "down")],
    ["lineagePath", lineagePathByNames(modelLookup("MedGemma"), modelLookup("Gemma"), ["BASED_ON"], 0.5)],
    [
      "lineageGraph",
      lineageSubgraph(modelLookup("Gemma 3"), { direction: "BOTH", maxDepth: 3, minConfidence: 0.5 }),
    ],
    [
      "lineageGraph with repos",
      lineageSubgraph(modelLookup("Gemma 3"), { direction: "UP", maxDepth: 2, repos: { perModel: 50 } }),
    ],
    ["commonAncestors", commonAncestors("medgemma", "codegemma", 0.5)],
    [
      "models by capability, second page",
      listModels({ capability: "code completion" }, "NAME", {
        after: ["gemma", "gemma"],
        before: null,
        limit: 20,
        fromEnd: false,
      }),
    ],
    ["paper by title", findPaper({ title: "MedGemma Technical Report" })],
    ["search", searchText('medge "OR" *', 10)],
    ["retracting a paper stored before", retractPapers(["medgemma-technical-report"])],
    ["writing a batch of papers", writePapers([EXTRACTION])],
    ["recomputing the touched models", recomputeModels(["medgemma", "gemma3"])],
  ])("%s", (_name, statement) => {
    expect(shown(statement)).toMatchSnapshot();
  });

  it("writes a batch's relations and facts with one statement per relationship type", () => {
    expect(mergeLinks([EXTRACTION]).map(shown)).toMatchSnapshot();
  });

  it("searches nothing for text without a term", () => {
    expect(searchText(' "*" ~ ', 10)).toBeNull();
  });

  it("clamps depths and limits to literal bounds", () => {
    const walk = relativesOfModels(["gemma3"], "UP", {
      maxDepth: 1000,
      limit: 1e9,
      withPath: false,
      modelFields: [],
    });
    expect(walk.cypher).toContain("{1,20}");
    expect(walk.params.limit).toBe(1000);
  });
});

describe("batch statements answer in the order of their keys", () => {
  it("with what is missing where no row came", () => {
    const statement = modelsByKeys(["a", "b", "c"]);
    const model = (key: string) => ({
      key,
      name: key,
      aliases: [],
      family: null,
      version: null,
      sizes: [],
      tuning: [],
    });
    expect(statement.decode([{ model: model("c") }, { model: model("a") }])).toEqual([
      model("a"),
      null,
      model("c"),
    ]);
  });

  it("keyed by start and minConfidence for edges", () => {
    const statement = edgesOfModels([{ key: "a", minConfidence: 0.5 }, "a"], "up");
    const edge = { type: "BASED_ON", child: "a", parent: "p", verdict: null, confidence: 0.9 };
    expect(statement.decode([{ key: "a", min: 0.5, edges: [edge] }])).toEqual([[edge], []]);
  });
});
