// The view a URL holds: which model, how deep, which lineage types and how sure, which way, what is expanded and
// selected.
// Pure (no DOM): parsed from and written to `location.search`, so a shared link reopens the same view.

export const LINEAGE_TYPES = ["BASED_ON", "DISTILLED_FROM", "SUCCESSOR_OF", "VARIANT_OF"] as const;
export type LineageType = (typeof LINEAGE_TYPES)[number];

export const DIRECTIONS = ["BOTH", "UP", "DOWN"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ORIENTATIONS = ["TB", "LR"] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const VIEWS = ["graph", "timeline", "table"] as const;
export type ViewName = (typeof VIEWS)[number];

export type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string };

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 10;

/** The minimum confidences the page offers besides "any" (a link may carry another value from 0 to 1). */
export const CONFIDENCE_LEVELS = [0.7, 0.9] as const;

/** How the page names a minimum confidence (in its control and its exports). */
export const confidenceLabel = (value: number): string => `≥ ${value}`;

export interface ViewState {
  /** The model the lineage is drawn around (a name or alias), or null for the start page. */
  model: string | null;
  depth: number;
  direction: Direction;
  /** Lineage types followed; all four when none is filtered out. */
  types: LineageType[];
  /** Only lineage edges at least this confident are drawn and followed (`minConfidence`); null: every edge. */
  minConfidence: number | null;
  orientation: Orientation;
  view: ViewName;
  /** Names of the models whose direct neighbours were added by a click (names: keys are not always names). */
  expanded: string[];
  selected: Selection | null;
  /** "How are these related?": the two models compared. */
  relate: [string, string] | null;
}

export const DEFAULT_STATE: ViewState = Object.freeze({
  model: null,
  depth: 6,
  direction: "BOTH",
  types: [...LINEAGE_TYPES],
  minConfidence: null,
  orientation: "TB",
  view: "graph",
  expanded: [],
  selected: null,
  relate: null,
}) as ViewState;

const oneOf = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T => {
  const upper = raw?.toUpperCase();
  return values.find((value) => value.toUpperCase() === upper) ?? fallback;
};

/** A minimum confidence from a URL: a number in (0, 1]; anything else (0 included) means every edge. */
function confidence(raw: string | null): number | null {
  // Plain decimals only (Number() would also read "0x1", "1e-1" or " 1 ").
  if (raw === null || !/^\d*\.?\d+$/.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : null;
}

const list = (raw: string | null): string[] =>
  (raw ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads a query string (`?model=…&depth=…`); anything unreadable falls back to the default. */
export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const depth = Number.parseInt(params.get("depth") ?? "", 10);
  const types = params.has("types")
    ? LINEAGE_TYPES.filter((type) => list(params.get("types")).some((raw) => raw.toUpperCase() === type))
    : [...LINEAGE_TYPES];
  const sel = params.get("sel");
  let selected: Selection | null = null;
  if (sel?.startsWith("n:") && sel.length > 2) selected = { kind: "node", id: sel.slice(2) };
  else if (sel?.startsWith("e:") && sel.length > 2) selected = { kind: "edge", id: sel.slice(2) };
  const a = params.get("a")?.trim();
  const b = params.get("b")?.trim();
  return {
    model: params.get("model")?.trim() || null,
    depth: Number.isFinite(depth) ? Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, depth)) : DEFAULT_STATE.depth,
    direction: oneOf(DIRECTIONS, params.get("dir"), DEFAULT_STATE.direction),
    // Filtering every type out would draw nothing: an empty list reads as "all".
    types: types.length ? types : [...LINEAGE_TYPES],
    minConfidence: confidence(params.get("conf")),
    orientation: oneOf(ORIENTATIONS, params.get("layout"), DEFAULT_STATE.orientation),
    view: oneOf(VIEWS, params.get("view"), DEFAULT_STATE.view),
    expanded: [...new Set(params.getAll("expand").map((name) => name.trim()))].filter(Boolean),
    selected,
    relate: a && b ? [a, b] : null,
  };
}

/** Writes the state as a query string, leaving defaults out so links stay short. */
export function serializeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.model) params.set("model", state.model);
  if (state.depth !== DEFAULT_STATE.depth) params.set("depth", String(state.depth));
  if (state.direction !== DEFAULT_STATE.direction) params.set("dir", state.direction.toLowerCase());
  if (!allTypes(state.types)) params.set("types", state.types.join(","));
  if (state.minConfidence !== null) params.set("conf", String(state.minConfidence));
  if (state.orientation !== DEFAULT_STATE.orientation) params.set("layout", state.orientation.toLowerCase());
  if (state.view !== DEFAULT_STATE.view) params.set("view", state.view);
  for (const name of state.expanded) params.append("expand", name);
  if (state.selected) params.set("sel", `${state.selected.kind === "node" ? "n" : "e"}:${state.selected.id}`);
  if (state.relate) {
    params.set("a", state.relate[0]);
    params.set("b", state.relate[1]);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function allTypes(types: readonly LineageType[]): boolean {
  return LINEAGE_TYPES.every((type) => types.includes(type));
}
