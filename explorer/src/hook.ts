// The test and debugging hook `window.__explorer` that the dev entry (dev.ts) installs: what is drawn, in page
// coordinates, and timings.
// Pure types, shared with the browser tests.

import type { ViewState } from "./state.ts";
import type { Timings } from "./store.ts";

export interface DrawnBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the user sees, in page (CSS pixel) coordinates. */
export interface DrawnGraph {
  nodes: { id: string; label: string; kind: string; family: string | null; box: DrawnBox; inView: boolean }[];
  /** `x`, `y`: the edge's midpoint on screen, where a click selects it. */
  edges: { id: string; child: string; parent: string; type: string; x: number; y: number }[];
}

export interface SyntheticResult extends Timings {
  /** Mean frame interval while panning and zooming the drawn graph, ms. */
  frameMs: number;
  /** Worst frame interval in the same run, ms. */
  worstFrameMs: number;
  /** Click on a model to its selection drawn, ms. */
  selectMs: number;
}

export interface ExplorerHook {
  state(): ViewState;
  drawn(): DrawnGraph;
  /** Timings of the last lineage drawn, or null before one. */
  timings(): Timings | null;
  /** Draws a synthetic lineage of `size` models through the same rendering code, and measures it. */
  renderSynthetic(size: number): Promise<SyntheticResult>;
}
