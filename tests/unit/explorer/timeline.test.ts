import { describe, expect, it } from "vitest";
import { type TimelineItem, timelineLayout } from "../../../explorer/src/timeline.ts";

const item = (id: string, date: string | null, parents: string[] = [], family = "Gemma"): TimelineItem => ({
  id,
  family,
  date,
  width: 110,
  parents,
});

describe("the timeline layout", () => {
  const items = [
    item("gemini", null, [], "Gemini"),
    item("gemma", "2024-03-13", ["gemini"]),
    item("codegemma", "2024-06-17", ["gemma"]),
    item("gemma2", "2024-07-31", ["gemma"]),
    item("gemma2_27bit", null, ["gemma2"]),
    item("gemma3", "2025-03-25", ["gemma2"]),
    item("medgemma", "2025-07-07", ["gemma3"]),
  ];
  const layout = timelineLayout(items);
  const at = (id: string) => layout.positions.get(id) ?? { x: Number.NaN, y: Number.NaN };

  it("orders models by introduction date, left to right", () => {
    expect(at("gemma").x).toBeLessThan(at("codegemma").x);
    expect(at("codegemma").x).toBeLessThan(at("gemma2").x);
    expect(at("gemma2").x).toBeLessThan(at("gemma3").x);
    expect(at("gemma3").x).toBeLessThan(at("medgemma").x);
  });

  it("shows an undated model at its parent's date, marked as estimated; one without any in a 'no date' column", () => {
    expect(at("gemma2_27bit").x).toBe(at("gemma2").x);
    expect(layout.estimated).toEqual(new Set(["gemini", "gemma2_27bit"]));
    expect(at("gemini").x).toBeLessThan(at("gemma").x);
    expect(layout.marks.find((mark) => mark.kind === "undated")?.label).toBe("no date");
  });

  it("never overlaps two models, and gives each family its own band", () => {
    const boxes = items.map((entry) => ({ ...at(entry.id), id: entry.id }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= 110 || Math.abs(a.y - b.y) >= 32;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    }
    expect(at("gemini").y).toBeLessThan(at("gemma").y);
    expect(layout.marks.filter((mark) => mark.kind === "lane").map((mark) => mark.label)).toEqual([
      "Gemini",
      "Gemma",
    ]);
  });

  it("marks each year, the first at its first model", () => {
    expect(layout.marks.filter((mark) => mark.kind === "year").map((mark) => mark.label)).toEqual([
      "2024-03",
      "2025",
    ]);
    expect(layout.guides).toHaveLength(2);
  });
});
