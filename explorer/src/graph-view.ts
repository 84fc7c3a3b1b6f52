// The graph view: the lineage drawn by the canvas, as a layered family tree or a timeline by introduction date,
// with the family legend. Renders the store's lineage, selection, relation and layout; `#cy`'s data-state
// says when a drawing is ready (the browser tests wait for it).

import { type CanvasHandlers, LineageCanvas } from "./canvas.ts";
import type { IntroductionDates } from "./dates.ts";
import { byId, h, nextFrame } from "./dom.ts";
import { FamilyPalette } from "./palette.ts";
import type { Store } from "./store.ts";
import type { TableView } from "./table.ts";
import { timelineLayout } from "./timeline.ts";

export type DrawState = "empty" | "loading" | "ready" | "error";

export class GraphView {
  readonly canvas: LineageCanvas;
  /** Family colours, shared with the panels and the exports so that a family looks the same everywhere. */
  readonly palette = new FamilyPalette();
  private readonly el = {
    cy: byId("cy"),
    empty: byId("empty"),
    graphView: byId("graph-view"),
    familyLegend: byId<HTMLUListElement>("family-legend"),
  };

  constructor(
    private readonly store: Store,
    private readonly dates: IntroductionDates,
    private readonly table: TableView,
    handlers: CanvasHandlers,
  ) {
    this.canvas = new LineageCanvas(this.el.cy, handlers);
    store.subscribe((state, _previous, action) => {
      const drawn = state.graph.nodes.length > 0;
      if (action.type === "select") this.canvas.select(state.view.selected);
      else if (action.type === "setOrientation" && state.view.view === "graph" && drawn)
        void this.relayout(true);
      else if (action.type === "setView" && state.view.view !== "table" && drawn) void this.showAgain();
    });
    window.addEventListener("resize", () => {
      const { view } = store.get().view;
      if (view !== "table") this.canvas.fit(view === "timeline" ? 0.75 : 0);
    });
  }

  setDrawState(value: DrawState): void {
    this.el.cy.dataset.state = value;
    this.el.graphView.setAttribute("aria-busy", value === "loading" ? "true" : "false");
  }

  /** Shows the start page (examples to try) instead of a lineage, or hides it. */
  showStart(shown: boolean): void {
    this.el.empty.hidden = !shown;
  }

  /** Draws the store's lineage; `grewFrom`: the model whose neighbours were added, where they start from. */
  async draw(animate: boolean, grewFrom?: string): Promise<void> {
    const { graph, rootId } = this.store.get();
    this.setDrawState("loading");
    this.canvas.setGraph(graph, this.palette, grewFrom);
    this.el.cy.dataset.nodes = String(graph.nodes.length);
    this.el.cy.dataset.edges = String(graph.edges.length);
    this.el.cy.dataset.root = rootId ?? "";
    this.renderLegend();
    await this.layout(animate);
    const { relation, view } = this.store.get();
    if (relation) {
      const path = relation.result.path ?? [];
      this.canvas.highlight(
        path.flatMap((step) => [step.child.key, step.parent.key]),
        path.map((step) => step.id),
        relation.result.common.map((common) => common.model.key),
      );
    } else this.canvas.highlight([], [], []);
    if (view.selected) this.canvas.select(view.selected);
    if (view.view === "table") await this.table.render();
    this.setDrawState("ready");
  }

  /** Draws nothing (the store's lineage is empty): the start page or a failed load. */
  clear(state: "empty" | "error"): void {
    this.canvas.setGraph(this.store.get().graph, this.palette);
    this.renderLegend();
    this.setDrawState(state);
  }

  fit(): void {
    this.canvas.fit();
  }

  private async layout(animate: boolean): Promise<void> {
    if (this.store.get().view.view === "timeline") {
      await this.dates.load(this.store.get().graph);
      const { graph } = this.store.get();
      const items = graph.nodes.map((node) => ({
        id: node.id,
        family: node.family,
        date: this.dates.get(node.id) ?? null,
        width: this.canvas.labelWidth(node.label),
        parents: graph.edges.filter((edge) => edge.source === node.id).map((edge) => edge.target),
      }));
      await this.canvas.layoutTimeline(timelineLayout(items), animate);
    } else {
      await this.canvas.layoutDagre(this.store.get().view.orientation, animate);
    }
  }

  /** Lays the drawn graph out again (orientation or view changed), with the same ready signal as a load. */
  private async relayout(animate: boolean): Promise<void> {
    this.setDrawState("loading");
    await this.layout(animate);
    this.setDrawState(this.store.get().graph.nodes.length ? "ready" : "empty");
  }

  /** Back from the table: the graph is laid out again once its section is shown. */
  private async showAgain(): Promise<void> {
    this.setDrawState("loading");
    await nextFrame();
    await this.relayout(false);
  }

  private renderLegend(): void {
    const families = [...new Set(this.store.get().graph.nodes.map((node) => node.family))].sort((a, b) =>
      (a ?? "\uffff").localeCompare(b ?? "\uffff"),
    );
    this.el.familyLegend.replaceChildren(
      ...families.map((family) => {
        const colour = this.palette.colour(family);
        return h(
          "li",
          { class: "family-item", "data-family": family ?? "" },
          h("span", {
            class: "swatch",
            style: `--fill:${colour.fill};--stroke:${colour.stroke}`,
            "aria-hidden": "true",
          }),
          family ?? "no family",
        );
      }),
    );
  }
}
