import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFile, parseInput, splitTitleAndAuthors } from "../../../src/ingest/parse/index.ts";
import { authorNameScore, matchDateLine } from "../../../src/ingest/parse/listing.ts";

const SEED = new URL("../../../seed/gemma-family-abstracts.txt", import.meta.url);
const OTHER = new URL("../../fixtures/inputs/other-families.txt", import.meta.url);

// title | first author | authors | truncated | organisations | date | yearInferred | category | line
type Row = [string, string, number, boolean, string[], string, boolean, string, number];

// The seed listing, read by hand. "AIApr 6" has no year: with `year: 2026` it becomes 2026-04-06.
// biome-ignore format: one row per paper reads best
const SEED_TABLE: Row[] = [
  ["Gemma 2: Improving Open Language Models at a Practical Size", "Gemma Team", 3, true, ["deepmind"], "2024-07-31", false, "CL", 1],
  ["Levels of AGI for Operationalizing Progress on the Path to AGI", "Meredith Ringel Morris", 3, true, ["anthropic"], "2023-11-04", false, "AI", 4],
  ["Training Language Models on the Knowledge Graph: Insights on Hallucinations and Their Detectability", "Jiri Hron", 3, true, ["anthropic", "deepmind"], "2024-08-14", false, "CL", 7],
  ["MedGemma 1.5 Technical Report", "Andrew Sellergren", 3, true, [], "2026-04-06", true, "AI", 10],
  ["Gemini 2.5: Pushing the Frontier with Advanced Reasoning, Multimodality, Long Context, and Next Generation Agentic Capabilities", "Gheorghe Comanici", 3, true, ["amazon-science", "baidu"], "2025-07-07", false, "CL", 13],
  ["Gemma: Open Models Based on Gemini Research and Technology", "Gemma Team", 3, true, ["deepmind"], "2024-03-13", false, "CL", 16],
  ["Gemma 3 Technical Report", "Gemma Team", 3, true, ["deepmind", "mit"], "2025-03-25", false, "CL", 19],
  ["Beyond Human Data: Scaling Self-Training for Problem-Solving with Language Models", "Avi Singh", 3, true, ["anthropic", "deepmind"], "2023-12-11", false, "LG", 22],
  ["MedGemma Technical Report", "Andrew Sellergren", 3, true, [], "2025-07-07", false, "AI", 25],
  ["RecurrentGemma: Moving Past Transformers for Efficient Open Language Models", "Aleksandar Botev", 3, true, ["deepmind"], "2024-04-11", false, "LG", 28],
  ["EmbeddingGemma: Powerful and Lightweight Text Representations", "Henrique Schechter Vera", 3, true, [], "2025-09-24", false, "CL", 31],
  ["VaultGemma: A Differentially Private Gemma Model", "Amer Sinha", 3, true, [], "2025-10-15", false, "CR", 34],
  ["T5Gemma 2: Seeing, Reading, and Understanding Longer", "Biao Zhang", 3, true, [], "2025-12-16", false, "CL", 37],
  ["CodeGemma: Open Code Models Based on Gemma", "CodeGemma Team", 3, true, [], "2024-06-17", false, "CL", 40],
];

describe("listing: the seed file", async () => {
  const result = await parseFile(SEED.pathname, { year: 2026 });

  it("yields 14 papers, no warnings, nothing skipped", () => {
    expect(result.papers).toHaveLength(14);
    expect(result.warnings).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it.each(SEED_TABLE.map((row, i) => [i + 1, ...row] as const))(
    "paper %i: %s",
    (i, title, firstAuthor, authorCount, truncated, orgs, date, yearInferred, category, line) => {
      const paper = result.papers[i - 1];
      expect(paper?.title).toBe(title);
      expect(paper?.authors[0]).toBe(firstAuthor);
      expect(paper?.authors).toHaveLength(authorCount);
      expect(paper?.authorsTruncated).toBe(truncated);
      expect(paper?.organizations).toEqual(orgs);
      expect(paper?.date).toBe(date);
      expect(paper?.yearInferred).toBe(yearInferred);
      expect(paper?.category).toBe(category);
      expect(paper?.source).toEqual({ file: SEED.pathname, line });
      expect(paper?.abstract).toMatch(/^\S.{200,}\S$/);
      expect(paper?.abstract).not.toContain("\n");
    },
  );

  it("keeps every author as written, including non-ASCII letters, initials and hyphens", () => {
    const authors = result.papers.map((p) => p.authors.join(" | "));
    expect(authors).toContain("Meredith Ringel Morris | Jascha Sohl-Dickstein | Noah Fiedel");
    expect(authors).toContain("Avi Singh | John D. Co-Reyes | Rishabh Agarwal");
    expect(authors).toContain("Aleksandar Botev | Soham De | Samuel L Smith");
    expect(authors).toContain("Biao Zhang | Paul Suganthan | Gaël Liu");
    expect(authors).toContain("Amer Sinha | Thomas Mesnard | Ryan McKenna");
  });

  it("slugs titles into ids", () => {
    expect(result.papers.map((p) => p.id).slice(0, 4)).toEqual([
      "gemma-2-improving-open-language-models-at-a-practical-size",
      "levels-of-agi-for-operationalizing-progress-on-the-path-to-agi",
      "training-language-models-on-the-knowledge-graph-insights-on-hallucinations-and-their-detectability",
      "medgemma-1-5-technical-report",
    ]);
    expect(new Set(result.papers.map((p) => p.id)).size).toBe(14);
  });

  it("infers the current year when no year option is given", () => {
    const text = readFileSync(SEED, "utf8");
    const paper = parseInput(text, { file: "seed.txt" }).papers[3];
    expect(paper?.date).toBe(`${new Date().getFullYear()}-04-06`);
    expect(paper?.yearInferred).toBe(true);
  });
});

describe("listing: splitting the title from the first author", () => {
  // line → [title, authors, truncated]
  const cases: [string, string, string[], boolean][] = [
    [
      "LLaMA: Open and Efficient Foundation Language ModelsHugo Touvron, Thibaut Lavril, Gautier Izacard et al.",
      "LLaMA: Open and Efficient Foundation Language Models",
      ["Hugo Touvron", "Thibaut Lavril", "Gautier Izacard"],
      true,
    ],
    [
      "Mixtral of ExpertsAlbert Q. Jiang, Alexandre Sablayrolles, Antoine Roux et al.",
      "Mixtral of Experts",
      ["Albert Q. Jiang", "Alexandre Sablayrolles", "Antoine Roux"],
      true,
    ],
    [
      "Qwen2.5 Technical ReportAn Yang, Baosong Yang, Beichen Zhang et al.",
      "Qwen2.5 Technical Report",
      ["An Yang", "Baosong Yang", "Beichen Zhang"],
      true,
    ],
    [
      "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement LearningDeepSeek-AI, Daya Guo, Dejian Yang et al.",
      "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning",
      ["DeepSeek-AI", "Daya Guo", "Dejian Yang"],
      true,
    ],
    [
      "OLMo: Accelerating the Science of Language ModelsDirk Groeneveld, Iz Beltagy, Pete Walsh et al.",
      "OLMo: Accelerating the Science of Language Models",
      ["Dirk Groeneveld", "Iz Beltagy", "Pete Walsh"],
      true,
    ],
    [
      "Phi-3 Technical Report: A Highly Capable Language Model Locally on Your PhoneMarah Abdin, Jyoti Aneja, Hany Awadalla et al.",
      "Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone",
      ["Marah Abdin", "Jyoti Aneja", "Hany Awadalla"],
      true,
    ],
    // Single author: the rule applies to the whole line.
    ["Attention Is All You NeedAshish Vaswani", "Attention Is All You Need", ["Ashish Vaswani"], false],
    ["GPT-4 Technical ReportOpenAI", "GPT-4 Technical Report", ["OpenAI"], false],
    // Digit, acronym and closing-mark joins.
    [
      "Mistral 7BAlbert Q. Jiang, Alexandre Sablayrolles",
      "Mistral 7B",
      ["Albert Q. Jiang", "Alexandre Sablayrolles"],
      false,
    ],
    ["A Survey of LLMsWayne Xin Zhao, Kun Zhou", "A Survey of LLMs", ["Wayne Xin Zhao", "Kun Zhou"], false],
    ["Is Attention All You Need?Jane Doe", "Is Attention All You Need?", ["Jane Doe"], false],
    [
      "Sparks of AGI: Early Experiments with GPT-4Sébastien Bubeck, Varun Chandrasekaran",
      "Sparks of AGI: Early Experiments with GPT-4",
      ["Sébastien Bubeck", "Varun Chandrasekaran"],
      false,
    ],
    // A camel-case word at the end of the title stays in the title...
    ["Scaling Laws for NeMoJohn Smith", "Scaling Laws for NeMo", ["John Smith"], false],
    // ...and names with inner capitals, particles, suffixes and apostrophes are still names.
    [
      "On Private TrainingRyan McKenna, Daniel O'Brien",
      "On Private Training",
      ["Ryan McKenna", "Daniel O'Brien"],
      false,
    ],
    [
      "Notes on (LLMs)Jean-Pierre de la Fontaine, Ludwig van Beethoven Jr.",
      "Notes on (LLMs)",
      ["Jean-Pierre de la Fontaine", "Ludwig van Beethoven Jr."],
      false,
    ],
    [
      "Visual Instruction TuningHaotian Liu, Chunyuan Li, Qingyang Wu, Yong Jae Lee",
      "Visual Instruction Tuning",
      ["Haotian Liu", "Chunyuan Li", "Qingyang Wu", "Yong Jae Lee"],
      false,
    ],
    // Commas in the title; a title segment that looks like a name ("Long Context") does not end the title.
    [
      "Seeing, Reading, Long Context, and Writing BetterAda Lovelace, Alan Turing",
      "Seeing, Reading, Long Context, and Writing Better",
      ["Ada Lovelace", "Alan Turing"],
      false,
    ],
    // Team authors.
    [
      "Gemini: A Family of Highly Capable Multimodal ModelsGemini Team, Rohan Anil",
      "Gemini: A Family of Highly Capable Multimodal Models",
      ["Gemini Team", "Rohan Anil"],
      false,
    ],
  ];

  it.each(cases)("%s", (line, title, authors, truncated) => {
    expect(splitTitleAndAuthors(line)).toEqual({
      title,
      authors,
      authorsTruncated: truncated,
      organizations: [],
    });
  });

  it("takes organisations after ' · '", () => {
    expect(
      splitTitleAndAuthors(
        "Kosmos-2: Grounding Models to the WorldZhiliang Peng, Wenhui Wang · microsoft, msra",
      ),
    ).toEqual({
      title: "Kosmos-2: Grounding Models to the World",
      authors: ["Zhiliang Peng", "Wenhui Wang"],
      authorsTruncated: false,
      organizations: ["microsoft", "msra"],
    });
  });

  it("returns null when there is no glued author", () => {
    expect(splitTitleAndAuthors("Just a title with no authors")).toBeNull();
    expect(splitTitleAndAuthors("Title Ends Here Jane Doe")).toBeNull();
    expect(
      splitTitleAndAuthors(
        "In this work, we introduce Gemma 2, a new addition to the Gemma family of open models.",
      ),
    ).toBeNull();
  });

  // Speed is the bench's; a regular expression that backtracked on these would hit the test timeout.
  it("splits huge lines", () => {
    const abstract = readFileSync(SEED, "utf8").split("\n")[2] ?? "";
    expect(splitTitleAndAuthors(abstract.repeat(2_000))).toBeNull();
    expect(splitTitleAndAuthors(`${"X".repeat(200_000)}Ada Lovelace`)?.authors).toEqual(["Ada Lovelace"]);
  });

  it("scores author-like strings", () => {
    expect(authorNameScore("Samuel L Smith")).toBe(2);
    expect(authorNameScore("John D. Co-Reyes")).toBe(2);
    expect(authorNameScore("CodeGemma Team")).toBe(2);
    expect(authorNameScore("DeepSeek-AI")).toBe(2);
    expect(authorNameScore("OpenAI")).toBe(2);
    expect(authorNameScore("HuggingFace")).toBe(2);
    expect(authorNameScore("BcDaBcD")).toBe(0);
    expect(authorNameScore("J. Doe")).toBe(2);
    expect(authorNameScore("O Tail")).toBe(0);
    expect(authorNameScore("DeAndre Jordan")).toBe(1);
    expect(authorNameScore("IMeredith Ringel Morris")).toBe(0);
    expect(authorNameScore("Gemma 2: Seeing")).toBe(0);
    expect(authorNameScore("Gemma")).toBe(0);
    expect(authorNameScore("One Two Three Four Five")).toBe(0);
  });
});

describe("listing: date lines", () => {
  it.each([
    ["CLJul 31, 2024", { category: "CL", month: "Jul", day: 31, year: 2024 }],
    ["AIApr 6", { category: "AI", month: "Apr", day: 6, year: null }],
    ["cs.CLJanuary 5, 2024", { category: "cs.CL", month: "January", day: 5, year: 2024 }],
    ["hep-thSept 9 2021", { category: "hep-th", month: "Sept", day: 9, year: 2021 }],
    ["Mar 3, 2020", { category: null, month: "Mar", day: 3, year: 2020 }],
  ])("%s", (line, expected) => {
    expect(matchDateLine(line)).toEqual(expected);
  });

  it("does not take a title or an abstract for a date line", () => {
    expect(matchDateLine("Gemma 2")).toBeNull();
    expect(matchDateLine("Gemma 3 Technical ReportGemma Team, Aishwarya Kamath")).toBeNull();
    expect(matchDateLine("We introduce Gemma 3, a multimodal addition")).toBeNull();
  });
});

describe("listing: other families fixture (full month names, cs.CL, blank lines, no final newline)", async () => {
  const { papers, warnings } = await parseFile(OTHER.pathname, { year: 2024 });

  it("parses all six records", () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.title, p.authors[0], p.date, p.category, p.source.line])).toEqual([
      ["LLaMA: Open and Efficient Foundation Language Models", "Hugo Touvron", "2024-01-05", "cs.CL", 1],
      ["Mixtral of Experts", "Albert Q. Jiang", "2023-12-11", "LG", 6],
      ["Qwen2.5 Technical Report", "An Yang", "2024-09-19", "CL", 9],
      [
        "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning",
        "DeepSeek-AI",
        "2025-01-22",
        "AI",
        13,
      ],
      ["OLMo: Accelerating the Science of Language Models", "Dirk Groeneveld", "2024-02-01", "CL", 16],
      [
        "Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone",
        "Marah Abdin",
        "2024-04-22",
        "CL",
        19,
      ],
    ]);
  });

  it("keeps organisations and the truncation flag", () => {
    expect(papers[4]?.organizations).toEqual(["allenai", "uw"]);
    expect(papers[5]?.authors).toEqual(["Marah Abdin"]);
    expect(papers[5]?.authorsTruncated).toBe(false);
    expect(papers[5]?.yearInferred).toBe(true);
    expect(papers[5]?.abstract).toBe(
      "We introduce phi-3-mini, a 3.8 billion parameter language model trained on 3.3 trillion tokens.",
    );
  });
});
