// The drawn graph: Cytoscape.js with the dagre layered layout, or preset positions for the timeline.
// Edges are drawn parent → child (arrows point to the descendant) so that dagre puts ancestors above.

import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import type { LineageData, LineageNode } from "./graph-model.ts";
import { EDGE_STYLES, type FamilyPalette } from "./palette.ts";
import type { Orientation } from "./state.ts";
import type { TimelineLayout } from "./timeline.ts";

cytoscape.use(dagre);

export const FONT_FAMILY =
  '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';
export const FONT_SIZE = 13;
const NODE_HEIGHT = 32;
const NODE_PADDING = 26;

export interface CanvasHandlers {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
}

const style: cytoscape.StylesheetJson = [
  {
    selector: "node.model",
    style: {
      shape: "round-rectangle",
      width: "data(w)",
      height: NODE_HEIGHT,
      label: "data(label)",
      "text-valign": "center",
      "text-halign": "center",
      "font-family": FONT_FAMILY,
      "font-size": FONT_SIZE,
      "font-weight": 600,
      color: "#111827",
      "background-color": "data(fill)",
      "border-width": 2,
      "border-color": "data(stroke)",
      "min-zoomed-font-size": 6,
    },
  },
  {
    selector: "node.model[kind = 'ROOT']",
    style: {
      "border-width": 4,
      "font-weight": 700,
      "underlay-color": "data(stroke)",
      "underlay-opacity": 0.22,
      "underlay-padding": 7,
      "underlay-shape": "round-rectangle",
    },
  },
  {
    selector: "node.model:selected",
    style: { "border-color": "#111827", "border-width": 4, "overlay-opacity": 0 },
  },
  {
    selector: "edge.lineage",
    style: {
      "curve-style": "bezier",
      width: "data(width)",
      "line-color": "data(colour)",
      "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle",
      "arrow-scale": 1.1,
      "font-family": FONT_FAMILY,
      "font-size": 11,
      color: "#1f2937",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
      "text-background-padding": "2px",
    },
  },
  {
    selector: "edge.lineage[lineStyle = 'dashed']",
    style: { "line-style": "dashed", "line-dash-pattern": [9, 5] },
  },
  { selector: "edge.lineage[lineStyle = 'dotted']", style: { "line-style": "dotted" } },
  {
    selector: "edge.lineage:selected, edge.lineage.hover",
    style: {
      label: "data(typeLabel)",
      width: 5,
      "underlay-color": "#fbbf24",
      "underlay-opacity": 0.55,
      "underlay-padding": 4,
      "overlay-opacity": 0,
    },
  },
  { selector: ".faded", style: { opacity: 0.22 } },
  {
    selector: "node.model.path, node.model.common",
    style: { "underlay-color": "#f59e0b", "underlay-opacity": 0.55, "underlay-padding": 8 },
  },
  { selector: "node.model.common", style: { "underlay-color": "#10b981" } },
  {
    selector: "edge.lineage.path",
    style: { width: 6, "underlay-color": "#f59e0b", "underlay-opacity": 0.45, "underlay-padding": 4 },
  },
  {
    selector: "node.mark",
    style: {
      shape: "rectangle",
      width: 1,
      height: 1,
      "background-opacity": 0,
      "border-width": 0,
      label: "data(label)",
      "font-family": FONT_FAMILY,
      "font-size": 13,
      "font-weight": 600,
      color: "#4b5563",
      "text-valign": "center",
      "text-halign": "center",
      events: "no",
    },
  },
  { selector: "node.mark[kind = 'lane']", style: { "text-halign": "left", color: "#111827" } },
  {
    selector: "node.mark[kind = 'note']",
    style: { "text-halign": "right", "font-weight": 400, "font-size": 12, color: "#6b7280" },
  },
  { selector: "node.model.estimated", style: { "border-style": "dashed" } },
  {
    selector: "node.anchor",
    style: { width: 1, height: 1, "background-opacity": 0, events: "no", label: "" },
  },
  {
    selector: "edge.guide",
    style: {
      width: 1,
      "line-color": "#d1d5db",
      "line-style": "dashed",
      "curve-style": "straight",
      events: "no",
    },
  },
];

export class LineageCanvas {
  readonly cy: cytoscape.Core;
  private readonly measure: CanvasRenderingContext2D | null;

  constructor(container: HTMLElement, handlers: CanvasHandlers) {
    this.cy = cytoscape({
      container,
      style,
      minZoom: 0.04,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    this.measure = document.createElement("canvas").getContext("2d");
    this.cy.on("tap", "node.model", (event) => handlers.onNodeTap(event.target.id()));
    this.cy.on("tap", "edge.lineage", (event) => handlers.onEdgeTap(event.target.id()));
    this.cy.on("tap", (event) => {
      if (event.target === this.cy) handlers.onBackgroundTap();
    });
    this.cy.on("mouseover", "edge.lineage", (event) => {
      event.target.addClass("hover");
      container.style.cursor = "pointer";
    });
    this.cy.on("mouseout", "edge.lineage", (event) => {
      event.target.removeClass("hover");
      container.style.cursor = "";
    });
    this.cy.on("mouseover", "node.model", () => {
      container.style.cursor = "pointer";
    });
    this.cy.on("mouseout", "node.model", () => {
      container.style.cursor = "";
    });
  }

  labelWidth(label: string): number {
    if (!this.measure) return label.length * 8 + NODE_PADDING;
    this.measure.font = `600 ${FONT_SIZE}px ${FONT_FAMILY}`;
    return Math.ceil(this.measure.measureText(label).width) + NODE_PADDING;
  }

  /** Replaces the drawn graph with `graph`; models already drawn keep their place until the next layout. */
  setGraph(graph: LineageData, palette: FamilyPalette, grewFrom?: string): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements(".mark, .anchor, .guide").remove();
      const keepNodes = new Set(graph.nodes.map((node) => node.id));
      const keepEdges = new Set(graph.edges.map((edge) => edge.id));
      cy.edges(".lineage")
        .filter((edge) => !keepEdges.has(edge.id()))
        .remove();
      cy.nodes(".model")
        .filter((node) => !keepNodes.has(node.id()))
        .remove();
      const origin = grewFrom ? cy.getElementById(grewFrom) : null;
      const start = origin?.nonempty() ? { ...origin.position() } : undefined;
      const additions: cytoscape.ElementDefinition[] = [];
      for (const node of graph.nodes) {
        const data = this.nodeData(node, palette);
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) existing.data(data);
        else
          additions.push({ group: "nodes", data, classes: "model", ...(start ? { position: start } : {}) });
      }
      for (const edge of graph.edges) {
        if (cy.getElementById(edge.id).nonempty()) continue;
        const look = EDGE_STYLES[edge.type];
        additions.push({
          group: "edges",
          classes: "lineage",
          data: {
            id: edge.id,
            // Drawn parent → child, so that a top-down layered layout puts ancestors above.
            source: edge.target,
            target: edge.source,
            childKey: edge.source,
            parentKey: edge.target,
            type: edge.type,
            typeLabel: look.label,
            colour: look.colour,
            width: look.width,
            lineStyle: look.lineStyle,
          },
        });
      }
      cy.add(additions);
    });
  }

  private nodeData(node: LineageNode, palette: FamilyPalette) {
    const colour = palette.colour(node.family);
    return {
      id: node.id,
      label: node.label,
      kind: node.kind,
      family: node.family,
      fill: colour.fill,
      stroke: colour.stroke,
      w: this.labelWidth(node.label),
    };
  }

  /** The layered (Sugiyama) layout: parents above children (TB) or to their left (LR). */
  async layoutDagre(orientation: Orientation, animate: boolean): Promise<void> {
    this.cy.elements(".mark, .anchor, .guide").remove();
    this.cy.nodes(".estimated").removeClass("estimated");
    // Edge labels (shown on hover and selection) sit beside the line, not on it.
    this.cy
      .style()
      .selector("edge.lineage")
      .style({
        "text-margin-x": orientation === "TB" ? 34 : 0,
        "text-margin-y": orientation === "TB" ? 0 : -12,
      })
      .update();
    const elements = this.cy.elements(".model, .lineage");
    const layout = elements.layout({
      name: "dagre",
      rankDir: orientation,
      nodeSep: orientation === "TB" ? 26 : 16,
      rankSep: orientation === "TB" ? 64 : 70,
      edgeSep: 10,
      fit: false,
      animate,
      animationDuration: 260,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn("layoutstop");
    layout.run();
    await done;
    this.fit();
  }

  /** The timeline: preset positions, year marks and guides, family lanes. */
  async layoutTimeline(timeline: TimelineLayout, animate: boolean): Promise<void> {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements(".mark, .anchor, .guide").remove();
      cy.add([
        ...timeline.marks.map(
          (mark): cytoscape.ElementDefinition => ({
            group: "nodes",
            classes: "mark",
            data: { id: mark.id, label: mark.label, kind: mark.kind },
            position: { x: mark.x, y: mark.y },
            selectable: false,
            grabbable: false,
          }),
        ),
        ...timeline.guides.flatMap((guide): cytoscape.ElementDefinition[] => [
          guideAnchor(`${guide.id}:top`, guide.x, guide.top),
          guideAnchor(`${guide.id}:bottom`, guide.x, guide.bottom),
          {
            group: "edges",
            classes: "guide",
            data: { id: guide.id, source: `${guide.id}:top`, target: `${guide.id}:bottom` },
            selectable: false,
          },
        ]),
      ]);
    });
    cy.nodes(".model").forEach((node) => {
      node.toggleClass("estimated", timeline.estimated.has(node.id()));
    });
    const layout = cy.nodes(".model").layout({
      name: "preset",
      positions: (node: cytoscape.NodeSingular) => timeline.positions.get(node.id()) ?? { x: 0, y: 0 },
      fit: false,
      animate,
      animationDuration: 260,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn("layoutstop");
    layout.run();
    await done;
    this.fit(0.75);
  }

  /** Fits everything in view, without blowing a three-node graph up to giant letters. */
  fit(minZoom = 0): void {
    const cy = this.cy;
    cy.resize();
    const elements = cy.elements();
    if (elements.empty()) return;
    cy.fit(elements, 32);
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center(elements);
    } else if (cy.zoom() < minZoom) {
      // Too wide to read whole: keep labels readable and start from the left (earliest); drag to see more.
      const box = elements.boundingBox();
      cy.zoom(minZoom);
      const height = box.h * minZoom;
      const top = height < cy.height() ? (cy.height() - height) / 2 : 24;
      cy.pan({ x: 24 - box.x1 * minZoom, y: top - box.y1 * minZoom });
    }
  }

  select(selection: { kind: "node" | "edge"; id: string } | null): void {
    const cy = this.cy;
    cy.$(":selected").unselect();
    if (!selection) return;
    const element = cy.getElementById(selection.id);
    if (element.nonempty()) element.select();
  }

  /** Marks a lineage path and common ancestors; everything else fades. Empty arguments clear it. */
  highlight(pathNodes: readonly string[], pathEdges: readonly string[], common: readonly string[]): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass("path common faded");
      if (!pathNodes.length && !common.length) return;
      const nodes = new Set(pathNodes);
      const edges = new Set(pathEdges);
      const shared = new Set(common);
      cy.nodes(".model").forEach((node) => {
        if (nodes.has(node.id())) node.addClass("path");
        if (shared.has(node.id())) node.addClass("common");
        if (!nodes.has(node.id()) && !shared.has(node.id())) node.addClass("faded");
      });
      cy.edges(".lineage").forEach((edge) => {
        edge.addClass(edges.has(edge.id()) ? "path" : "faded");
      });
    });
  }

  /** Centres the view on a model (from the table view or a shared link). */
  reveal(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    this.cy.animate({ center: { eles: element } }, { duration: 200 });
  }
}

/** An invisible, fixed end of a timeline guide line (Cytoscape draws edges between nodes only). */
function guideAnchor(id: string, x: number, y: number): cytoscape.ElementDefinition {
  return {
    group: "nodes",
    classes: "anchor",
    data: { id },
    position: { x, y },
    selectable: false,
    grabbable: false,
  };
}
