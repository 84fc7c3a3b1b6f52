import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  execFileSync(process.execPath, ["bin/modelgraph.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, NEO4J_URI: "" },
  });

describe("the modelgraph command", () => {
  it("lists its commands in --help", () => {
    const help = run("--help");
    for (const command of [
      "start",
      "serve",
      "seed",
      "import-hf",
      "import-arxiv",
      "extract",
      "neo4j",
      "print-schema",
    ]) {
      expect(help).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
    }
  });

  it("prints its version, and the neo4j command's actions", () => {
    expect(run("--version").trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run("neo4j", "--help");
    for (const action of ["start", "stop", "status"])
      expect(help).toMatch(new RegExp(`^\\s+${action}\\s`, "m"));
  });

  it("counts in the right number (1 paper, 2 papers)", () => {
    const summary = execFileSync(
      process.execPath,
      ["bin/modelgraph.js", "extract", "tests/fixtures/inputs/papers.jsonl"],
      { encoding: "utf8", env: { ...process.env, NEO4J_URI: "" } },
    );
    expect(summary).not.toMatch(/\b1 (papers|models|relations)\b/);
    expect(summary).toMatch(/\d+ papers?, \d+ models?, \d+ relations?/);
  });

  it("extracts the seed listing to JSON without a database", () => {
    const document = JSON.parse(
      run("extract", "seed/gemma-family-abstracts.txt", "--json", "--year", "2026"),
    ) as {
      papers: { title: string; introduces: string[] }[];
      relations: { type: string; from: string; to: string; evidence: string }[];
    };
    expect(document.papers).toHaveLength(14);
    const codeGemma = document.relations.find((r) => r.from === "CodeGemma" && r.to === "Gemma");
    expect(codeGemma?.evidence).toContain("built on top of Gemma");
  });

  it("fails with the file and line of a bad record", () => {
    expect(() => run("extract", "tests/fixtures/cli/truncated.txt")).toThrow(/truncated\.txt:\d+/);
  });
});

describe("the compiled build (what `npm start` runs)", () => {
  // Compiled into a folder of its own beside dist/ (same depth, so its paths to schema/ and seed/ hold), to test
  // the build of these sources without touching the dist/ that other processes may be running.
  const outDir = `dist-test-${process.pid}`;
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("compiles src/ to JavaScript that extracts exactly what the sources do", () => {
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", outDir], {
      encoding: "utf8",
    });
    const args = ["extract", "seed/gemma-family-abstracts.txt", "--json", "--year", "2026"];
    const compiled = execFileSync(process.execPath, [`${outDir}/cli.js`, ...args], { encoding: "utf8" });
    expect(JSON.parse(compiled).papers).toHaveLength(14);
    const sources = execFileSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
      encoding: "utf8",
    });
    expect(compiled).toBe(sources);
  }, 60_000);
});
