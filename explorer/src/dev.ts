// The dev entry: the page as main.ts starts it, plus the test and debugging hook `window.__explorer` (hook.ts)
// for the browser tests and for measuring by hand. Only a build or dev server in the "hooks" mode loads it
// (vite.config.ts); the production bundle ships neither the hook nor the synthetic graphs.

import type cytoscape from "cytoscape";
import { nextFrame } from "./dom.ts";
import { syntheticGraph } from "./graph-model.ts";
import type { DrawnBox, DrawnGraph, ExplorerHook, SyntheticResult } from "./hook.ts";
import { internals } from "./main.ts";

/** What the user sees of the drawn graph, in page coordinates. */
function drawnGraph(cy: cytoscape.Core): DrawnGraph {
  const container = cy.container();
  if (!container) throw new Error("the lineage canvas is not mounted");
  const rect = container.getBoundingClientRect();
  const inside = (box: DrawnBox) =>
    box.left >= rect.left - 1 &&
    box.right <= rect.right + 1 &&
    box.top >= rect.top - 1 &&
    box.bottom <= rect.bottom + 1;
  return {
    nodes: cy.nodes(".model").map((node) => {
      const bb = node.renderedBoundingBox({
        includeLabels: true,
        includeOverlays: false,
        includeUnderlays: false,
      });
      const box = {
        left: rect.left + bb.x1,
        top: rect.top + bb.y1,
        right: rect.left + bb.x2,
        bottom: rect.top + bb.y2,
      };
      return {
        id: node.id(),
        label: String(node.data("label")),
        kind: String(node.data("kind")),
        family: (node.data("family") as string | null) ?? null,
        box,
        inView: node.visible() && inside(box),
      };
    }),
    edges: cy.edges(".lineage").map((edge) => {
      const mid = edge.renderedMidpoint();
      return {
        id: edge.id(),
        child: String(edge.data("childKey")),
        parent: String(edge.data("parentKey")),
        type: String(edge.data("type")),
        x: rect.left + mid.x,
        y: rect.top + mid.y,
      };
    }),
  };
}

async function renderSynthetic(size: number): Promise<SyntheticResult> {
  const { canvas, loader, store } = internals;
  const started = performance.now();
  const graph = syntheticGraph(size);
  const built = performance.now();
  await loader.drawGraph(graph);
  const drawn = performance.now();
  await nextFrame();
  const painted = performance.now();
  // Responsiveness: pan and zoom for 40 frames, as a user dragging and scrolling would.
  const cy = canvas.cy;
  const frames: number[] = [];
  let last = performance.now();
  for (let i = 0; i < 40; i++) {
    cy.panBy({ x: i % 2 ? 9 : -7, y: 4 });
    cy.zoom({ level: cy.zoom() * (i % 4 < 2 ? 1.04 : 0.96), renderedPosition: { x: 300, y: 250 } });
    await nextFrame();
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  const middle = graph.nodes[Math.floor(graph.nodes.length / 2)];
  const selectStart = performance.now();
  if (middle) canvas.select({ kind: "node", id: middle.id });
  await nextFrame();
  const selectMs = performance.now() - selectStart;
  canvas.fit();
  store.dispatch({
    type: "setStatus",
    text: `Synthetic lineage: ${graph.nodes.length} models, ${graph.edges.length} edges`,
  });
  return {
    fetchMs: Math.round(built - started),
    layoutMs: Math.round(drawn - built),
    totalMs: Math.round(painted - started),
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    frameMs: Math.round((frames.reduce((sum, frame) => sum + frame, 0) / frames.length) * 10) / 10,
    worstFrameMs: Math.round(Math.max(...frames)),
    selectMs: Math.round(selectMs),
  };
}

const hook: ExplorerHook = {
  state: () => structuredClone(internals.store.get().view),
  drawn: () => drawnGraph(internals.canvas.cy),
  timings: () => internals.store.get().timings,
  renderSynthetic,
};
(window as unknown as { __explorer: ExplorerHook }).__explorer = hook;
