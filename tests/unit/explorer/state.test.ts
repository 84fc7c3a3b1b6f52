import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, parseState, serializeState, type ViewState } from "../../../explorer/src/state.ts";

describe("the explorer's URL state", () => {
  it("reads an empty query as the default view, and writes the default view as an empty query", () => {
    expect(parseState("")).toEqual(DEFAULT_STATE);
    expect(serializeState(DEFAULT_STATE)).toBe("");
  });

  it("round-trips every field", () => {
    const state: ViewState = {
      model: "MedGemma 1.5",
      depth: 3,
      direction: "UP",
      types: ["BASED_ON", "SUCCESSOR_OF"],
      minConfidence: 0.7,
      orientation: "LR",
      view: "timeline",
      expanded: ["Gemma 3", "Gemma 3 4B IT"],
      selected: { kind: "edge", id: "BASED_ON:medgemma->gemma3" },
      relate: ["CodeGemma", "EmbeddingGemma"],
    };
    const query = serializeState(state);
    expect(query).toContain("model=MedGemma+1.5");
    expect(query).toContain("conf=0.7");
    expect(query).toContain("expand=Gemma+3&expand=Gemma+3+4B+IT");
    expect(parseState(query)).toEqual(state);
    expect(
      parseState(serializeState({ ...state, selected: { kind: "node", id: "gemma3" } })).selected,
    ).toEqual({
      kind: "node",
      id: "gemma3",
    });
  });

  it("falls back to defaults for anything unreadable, and clamps the depth", () => {
    const state = parseState(
      "?model=%20&depth=deep&dir=sideways&types=NOPE&layout=diagonal&view=3d&sel=x:1&a=Gemma",
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(parseState("?depth=0").depth).toBe(1);
    expect(parseState("?depth=99").depth).toBe(10);
    expect(parseState("?depth=abc").depth).toBe(DEFAULT_STATE.depth);
  });

  it("reads a minimum confidence from 0 to 1; 0, nonsense or out of range is every edge", () => {
    expect(parseState("?conf=0.9").minConfidence).toBe(0.9);
    expect(parseState("?conf=0.85").minConfidence).toBe(0.85);
    expect(parseState("?conf=1").minConfidence).toBe(1);
    for (const raw of ["0", "", "-0.5", "1.5", "NaN", "Infinity", "high", "0x1"]) {
      expect(parseState(`?conf=${raw}`).minConfidence, raw).toBeNull();
    }
    expect(serializeState({ ...DEFAULT_STATE, minConfidence: null })).toBe("");
  });

  it("reads lineage types case-insensitively, and an empty filter as every type", () => {
    expect(parseState("?types=based_on,variant_of").types).toEqual(["BASED_ON", "VARIANT_OF"]);
    expect(parseState("?types=").types).toEqual(DEFAULT_STATE.types);
  });
});
