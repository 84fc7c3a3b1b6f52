// The explorer's one store: the view the URL holds (ViewState), the lineage drawn, the relation found and the
// status line. Pure (no DOM): controls dispatch actions, `reduce` says what each one does, and the views
// subscribe and render from the state; `historyEntry` and `reloads` say which actions write the URL and which
// load the lineage again.

import type { LineageFilter, LineageQuery, Relation } from "./api.ts";
import { emptyGraph, type LineageData } from "./graph-model.ts";
import {
  allTypes,
  type Direction,
  LINEAGE_TYPES,
  type LineageType,
  type Orientation,
  type Selection,
  type ViewName,
  type ViewState,
} from "./state.ts";

export interface Timings {
  /** GraphQL round trips for the view (lineage, expansions, relation), ms. */
  fetchMs: number;
  /** Building the elements and running the layout, ms. */
  layoutMs: number;
  /** From the request to the first frame painted after the layout, ms. */
  totalMs: number;
  nodes: number;
  edges: number;
}

/** "How are these related?" as loaded for the view's two models. */
export interface LoadedRelation {
  a: string;
  b: string;
  result: Relation;
}

export interface ExplorerState {
  /** What the URL holds. */
  view: ViewState;
  /** The lineage drawn: the model's, its expansions and the relation's path and common ancestors. */
  graph: LineageData;
  /** The node of the model the lineage was drawn around. */
  rootId: string | null;
  relation: LoadedRelation | null;
  /** Why the relation could not be loaded, when it could not. */
  relationError: string | null;
  status: string;
  /** Whether a click on a model adds its parents and children (the "Expand on click" box). */
  expandOnClick: boolean;
  /** Timings of the last lineage drawn, or null before one. */
  timings: Timings | null;
}

export type Action =
  /** Draw the lineage around another model: expansions, selection and relation start afresh. */
  | { type: "open"; model: string }
  /** The browser went back or forward to this view. */
  | { type: "navigate"; view: ViewState }
  | { type: "setFilters"; depth: number; direction: Direction; minConfidence: number | null }
  | { type: "setTypes"; types: readonly LineageType[] }
  | { type: "setOrientation"; orientation: Orientation }
  | { type: "setView"; view: ViewName }
  | { type: "select"; selection: Selection | null }
  /** A model's parents and children were added: `graph` is the drawn lineage with them. */
  | { type: "addExpansion"; name: string; graph: LineageData }
  | { type: "resetExpansions" }
  | { type: "relate"; a: string; b: string }
  | { type: "clearRelation" }
  | {
      type: "showLineage";
      graph: LineageData;
      rootId: string | null;
      relation: LoadedRelation | null;
      relationError: string | null;
    }
  | { type: "clearGraph" }
  | { type: "recordTimings"; timings: Timings }
  | { type: "setStatus"; text: string }
  | { type: "setExpandOnClick"; on: boolean };

export function initialState(view: ViewState): ExplorerState {
  return {
    view,
    graph: emptyGraph(),
    rootId: null,
    relation: null,
    relationError: null,
    status: "",
    expandOnClick: true,
    timings: null,
  };
}

export function reduce(state: ExplorerState, action: Action): ExplorerState {
  const view = state.view;
  switch (action.type) {
    case "open":
      return {
        ...state,
        view: { ...view, model: action.model, expanded: [], selected: null, relate: null },
        relation: null,
        relationError: null,
      };
    case "navigate":
      return { ...state, view: action.view };
    case "setFilters":
      return {
        ...state,
        view: {
          ...view,
          depth: action.depth,
          direction: action.direction,
          minConfidence: action.minConfidence,
        },
      };
    case "setTypes":
      // No type ticked would draw nothing: it means "all" instead.
      return {
        ...state,
        view: { ...view, types: action.types.length ? [...action.types] : [...LINEAGE_TYPES] },
      };
    case "setOrientation":
      return { ...state, view: { ...view, orientation: action.orientation } };
    case "setView":
      return { ...state, view: { ...view, view: action.view } };
    case "select":
      return { ...state, view: { ...view, selected: action.selection } };
    case "addExpansion":
      return { ...state, view: { ...view, expanded: [...view.expanded, action.name] }, graph: action.graph };
    case "resetExpansions":
      return { ...state, view: { ...view, expanded: [] } };
    case "relate":
      return { ...state, view: { ...view, relate: [action.a, action.b], model: view.model ?? action.a } };
    case "clearRelation":
      return { ...state, view: { ...view, relate: null }, relation: null, relationError: null };
    case "showLineage":
      return {
        ...state,
        graph: action.graph,
        rootId: action.rootId,
        relation: action.relation,
        relationError: action.relationError,
      };
    case "clearGraph":
      return { ...state, graph: emptyGraph(), rootId: null };
    case "recordTimings":
      return { ...state, timings: action.timings };
    case "setStatus":
      return { ...state, status: action.text };
    case "setExpandOnClick":
      return { ...state, expandOnClick: action.on };
  }
}

/**
 * The browser history entry an action makes: a new one for another model or relation (Back returns to the
 * previous), the current one rewritten for options and selection, none for what the URL does not hold.
 */
export function historyEntry(action: Action): "push" | "replace" | null {
  switch (action.type) {
    case "open":
    case "relate":
      return "push";
    case "setFilters":
    case "setTypes":
    case "setOrientation":
    case "setView":
    case "select":
    case "addExpansion":
    case "resetExpansions":
    case "clearRelation":
      return "replace";
    default:
      return null;
  }
}

const RELOADING = new Set<Action["type"]>([
  "open",
  "navigate",
  "setFilters",
  "setTypes",
  "resetExpansions",
  "relate",
  "clearRelation",
]);

/** Whether the lineage must be loaded again: the model, its filters, its expansions or the relation changed. */
export const reloads = (action: Action): boolean => RELOADING.has(action.type);

export type Listener = (state: ExplorerState, previous: ExplorerState, action: Action) => void;

export interface Store {
  get(): ExplorerState;
  dispatch(action: Action): void;
  /** Calls `listener` after every action, in the order of subscription. */
  subscribe(listener: Listener): void;
}

export function createStore(initial: ExplorerState): Store {
  let state = initial;
  const listeners: Listener[] = [];
  return {
    get: () => state,
    dispatch(action) {
      const previous = state;
      state = reduce(state, action);
      for (const listener of listeners) listener(state, previous, action);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}

/** Which edges every lineage request of the view counts: the types ticked and the minimum confidence. */
export const lineageFilter = (view: ViewState): LineageFilter => ({
  types: allTypes(view.types) ? null : [...view.types],
  minConfidence: view.minConfidence,
});

export const lineageQuery = (view: ViewState, root: string): LineageQuery => ({
  root,
  direction: view.direction,
  maxDepth: view.depth,
  ...lineageFilter(view),
});

export const labelOf = (graph: LineageData, id: string): string | undefined =>
  graph.nodes.find((node) => node.id === id)?.label;

/** The status line's count of what is drawn. */
export function summary(graph: LineageData): string {
  const truncated = graph.truncated ? " (cut: more were reachable)" : "";
  return `${graph.nodes.length} models, ${graph.edges.length} edges${truncated}`;
}
