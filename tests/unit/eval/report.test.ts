// What `npm run eval` prints: tables line up, long sentences wrap, the README's figures land between its markers.
import { describe, expect, it } from "vitest";
import {
  calibrationTable,
  detailsText,
  scoreTable,
  table,
  withReadmeBlock,
  wrap,
} from "../../../eval/report.ts";
import { scoreSet } from "../../../eval/score.ts";
import { edge, extraction, goldSet } from "./synthetic.ts";

const ABSTRACT = "Alpha is built on Beta. Alpha extends Gamma.";
const score = scoreSet(
  goldSet({
    models: [
      { name: "Alpha", aliases: [] },
      { name: "Beta", aliases: [] },
      { name: "Delta", aliases: [] },
    ],
    edges: [
      edge("Alpha", "Beta", "BASED_ON", true, "Alpha is built on Beta."),
      edge("Alpha", "Delta", "BASED_ON", true),
    ],
  }),
  [
    extraction(
      "Paper One",
      ABSTRACT,
      [["Alpha"], ["Beta"], ["Gamma"]],
      [
        {
          type: "BASED_ON",
          from: "Alpha",
          to: "Beta",
          sentence: "Alpha is built on Beta.",
          confidence: 0.95,
        },
        {
          type: "BASED_ON",
          from: "Alpha",
          to: "Gamma",
          sentence: "Alpha extends Gamma.",
          rule: "lineage.extends",
          confidence: 0.92,
        },
      ],
    ),
  ],
);

describe("eval report", () => {
  it("pads and right-aligns table columns", () => {
    expect(
      table(
        ["set", "n"],
        [
          ["seed", "1"],
          ["dev-a", "10"],
        ],
        [1],
      ).split("\n"),
    ).toEqual(["| set   |  n |", "|-------|---:|", "| seed  |  1 |", "| dev-a | 10 |"]);
  });

  it("prints each set's figures with their counts, and flags a low top band", () => {
    expect(scoreTable([["x", score]])).toContain("| 0.50 (1/2) |");
    expect(calibrationTable([["x", score]])).toMatch(/0\.9–1\.0 +\| +2 \| +1 \| +0\.50 LOW \|/u);
  });

  it("lists missed and false edges with their sentences, rules and confidences", () => {
    const text = detailsText("x", score);
    expect(text).toContain("Missed required edges (1):\n- Alpha → Delta [BASED_ON]");
    expect(text).toContain(
      "- Alpha → Gamma [BASED_ON, lineage.extends, 0.92]  (Paper One)\n      Alpha extends Gamma.",
    );
    expect(text).toContain("Models spurious (1):\n  Gamma");
    expect(text).toContain("Models missed (1):\n  Delta");
  });

  it("wraps long sentences by words", () => {
    expect(wrap("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });

  it("replaces only the text between the README's eval-table markers", () => {
    const readme = "intro\n<!-- eval-table -->\nold\n<!-- /eval-table -->\nrest\n";
    expect(withReadmeBlock(readme, "new")).toBe(
      "intro\n<!-- eval-table -->\nnew\n<!-- /eval-table -->\nrest\n",
    );
    expect(withReadmeBlock("no markers", "new")).toBeUndefined();
  });
});
