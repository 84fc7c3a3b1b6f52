import { describe, expect, it } from "vitest";
import type { Relation } from "../../../explorer/src/api.ts";
import { emptyGraph, type LineageData } from "../../../explorer/src/graph-model.ts";
import { LINEAGE_TYPES, parseState, serializeState } from "../../../explorer/src/state.ts";
import {
  type Action,
  createStore,
  type ExplorerState,
  historyEntry,
  initialState,
  lineageFilter,
  lineageQuery,
  reduce,
  reloads,
} from "../../../explorer/src/store.ts";

const GEMMA: LineageData = {
  nodes: [
    { id: "gemma3", label: "Gemma 3", kind: "ROOT", family: "Gemma" },
    { id: "gemma2", label: "Gemma 2", kind: "ANCESTOR", family: "Gemma" },
  ],
  edges: [{ id: "SUCCESSOR_OF:gemma3->gemma2", source: "gemma3", target: "gemma2", type: "SUCCESSOR_OF" }],
  truncated: false,
};
const RELATION: Relation = { path: [], common: [] };

const run = (state: ExplorerState, ...actions: Action[]) => actions.reduce(reduce, state);
const from = (query: string) => initialState(parseState(query));

describe("the explorer's store: what each action does to the state", () => {
  it("opening a model starts afresh: no expansion, selection or relation, a new history entry, a load", () => {
    const before = run(from("?model=Gemma+3&depth=3&expand=Gemma+2&sel=n:gemma2&a=Gemma&b=Gemma+2"), {
      type: "showLineage",
      graph: GEMMA,
      rootId: "gemma3",
      relation: { a: "Gemma", b: "Gemma 2", result: RELATION },
      relationError: null,
    });
    const action: Action = { type: "open", model: "MedGemma" };
    const after = reduce(before, action);
    expect(after.view).toEqual({
      ...before.view,
      model: "MedGemma",
      expanded: [],
      selected: null,
      relate: null,
    });
    expect(after.view.depth).toBe(3);
    expect(after.relation).toBeNull();
    expect(historyEntry(action)).toBe("push");
    expect(reloads(action)).toBe(true);
  });

  it("unticking every lineage type means all of them, as a link without `types` does", () => {
    const state = reduce(from("?model=Gemma&types=BASED_ON"), { type: "setTypes", types: [] });
    expect(state.view.types).toEqual([...LINEAGE_TYPES]);
    expect(serializeState(state.view)).toBe("?model=Gemma");
    const some = reduce(state, { type: "setTypes", types: ["VARIANT_OF", "BASED_ON"] });
    expect(some.view.types).toEqual(["VARIANT_OF", "BASED_ON"]);
    expect(lineageFilter(some.view).types).toEqual(["VARIANT_OF", "BASED_ON"]);
    expect(lineageFilter(state.view).types).toBeNull();
  });

  it("comparing two models draws around the first when no model is drawn, and keeps the model otherwise", () => {
    const relate: Action = { type: "relate", a: "CodeGemma", b: "EmbeddingGemma" };
    expect(reduce(from(""), relate).view).toMatchObject({
      model: "CodeGemma",
      relate: ["CodeGemma", "EmbeddingGemma"],
    });
    expect(reduce(from("?model=Gemini"), relate).view.model).toBe("Gemini");
    expect(historyEntry(relate)).toBe("push");
    const cleared = run(
      from("?model=Gemini&a=CodeGemma&b=EmbeddingGemma"),
      {
        type: "showLineage",
        graph: GEMMA,
        rootId: null,
        relation: null,
        relationError: "No model named CodeGemma.",
      },
      { type: "clearRelation" },
    );
    expect(cleared.view.relate).toBeNull();
    expect(cleared.relationError).toBeNull();
    expect(cleared.view.model).toBe("Gemini");
  });

  it("an expansion adds the model's name and its grown lineage, rewriting the URL without a new load", () => {
    const action: Action = { type: "addExpansion", name: "Gemma 2", graph: GEMMA };
    const state = run(from("?model=Gemma+3&expand=Gemini"), action);
    expect(state.view.expanded).toEqual(["Gemini", "Gemma 2"]);
    expect(state.graph).toBe(GEMMA);
    expect(historyEntry(action)).toBe("replace");
    expect(reloads(action)).toBe(false);
    expect(reduce(state, { type: "resetExpansions" }).view.expanded).toEqual([]);
    expect(reloads({ type: "resetExpansions" })).toBe(true);
  });

  it("a failed load empties the drawing but keeps the view, so the link still names what was asked", () => {
    const state = run(
      from("?model=Nope&depth=2"),
      { type: "showLineage", graph: GEMMA, rootId: "gemma3", relation: null, relationError: null },
      { type: "clearGraph" },
    );
    expect(state.graph).toEqual(emptyGraph());
    expect(state.rootId).toBeNull();
    expect(serializeState(state.view)).toBe("?model=Nope&depth=2");
  });

  it("what the URL does not hold writes no history and loads nothing", () => {
    const actions: Action[] = [
      { type: "showLineage", graph: GEMMA, rootId: "gemma3", relation: null, relationError: null },
      { type: "clearGraph" },
      { type: "setStatus", text: "2 models" },
      { type: "setExpandOnClick", on: false },
      { type: "recordTimings", timings: { fetchMs: 1, layoutMs: 2, totalMs: 3, nodes: 2, edges: 1 } },
      { type: "navigate", view: parseState("?model=Gemma") },
    ];
    for (const action of actions) expect(historyEntry(action), action.type).toBeNull();
    expect(actions.filter(reloads).map((action) => action.type)).toEqual(["navigate"]);
    expect(historyEntry({ type: "setOrientation", orientation: "LR" })).toBe("replace");
    expect(reloads({ type: "setOrientation", orientation: "LR" })).toBe(false);
    expect(reloads({ type: "setView", view: "table" })).toBe(false);
  });
});

describe("the explorer's store and the URL", () => {
  it("every view the actions make survives the trip through the URL and back (a shared link, Back)", () => {
    const steps: Action[] = [
      { type: "open", model: "MedGemma 1.5" },
      { type: "setFilters", depth: 2, direction: "UP", minConfidence: 0.7 },
      { type: "setTypes", types: ["BASED_ON", "SUCCESSOR_OF"] },
      { type: "setOrientation", orientation: "LR" },
      { type: "setView", view: "timeline" },
      { type: "addExpansion", name: "Gemma 3", graph: GEMMA },
      { type: "select", selection: { kind: "edge", id: "BASED_ON:medgemma->gemma3" } },
      { type: "relate", a: "CodeGemma", b: "EmbeddingGemma" },
      { type: "select", selection: { kind: "node", id: "gemma3" } },
      { type: "clearRelation" },
      { type: "select", selection: null },
    ];
    let state = from("");
    for (const step of steps) {
      state = reduce(state, step);
      const link = serializeState(state.view);
      expect(parseState(link), `${step.type}: ${link}`).toEqual(state.view);
      expect(reduce(from(""), { type: "navigate", view: parseState(link) }).view).toEqual(state.view);
    }
    expect(serializeState(state.view)).toBe(
      "?model=MedGemma+1.5&depth=2&dir=up&types=BASED_ON%2CSUCCESSOR_OF&conf=0.7&layout=lr&view=timeline&expand=Gemma+3",
    );
  });

  it("the lineage request follows the URL's options", () => {
    const view = parseState("?model=Gemma&depth=3&dir=down&conf=0.9&types=VARIANT_OF");
    expect(lineageQuery(view, "Gemma 3")).toEqual({
      root: "Gemma 3",
      direction: "DOWN",
      maxDepth: 3,
      types: ["VARIANT_OF"],
      minConfidence: 0.9,
    });
  });
});

describe("createStore", () => {
  it("tells each subscriber, in order, the new state, the one before and the action", () => {
    const store = createStore(from("?model=Gemma"));
    const first = store.get();
    const heard: string[] = [];
    store.subscribe((state, previous, action) => {
      heard.push(`a:${action.type}:${previous.view.depth}->${state.view.depth}`);
      expect(previous).toBe(first);
    });
    store.subscribe((state, _previous, action) => {
      heard.push(`b:${action.type}`);
      expect(state).toBe(store.get());
    });
    store.dispatch({ type: "setFilters", depth: 4, direction: "BOTH", minConfidence: null });
    expect(heard).toEqual(["a:setFilters:6->4", "b:setFilters"]);
    expect(store.get().view.depth).toBe(4);
    expect(first.view.depth).toBe(6);
  });
});
