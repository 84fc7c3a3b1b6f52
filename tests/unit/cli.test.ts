import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  execFileSync(process.execPath, ["bin/modelgraph.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, NEO4J_URI: "" },
  });

describe("the modelgraph command", () => {
  it("lists its commands in --help", () => {
    const help = run("--help");
    for (const command of ["start", "serve", "seed", "extract", "neo4j", "print-schema"]) {
      expect(help).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
    }
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
