// The table view: the same lineage as semantic tables, for keyboard and screen-reader users (and for copying).

import type { IntroductionDates } from "./dates.ts";
import { byId, h } from "./dom.ts";
import { generationsFrom, type LineageData, type NodeKind } from "./graph-model.ts";
import { EDGE_STYLES } from "./palette.ts";
import type { Store } from "./store.ts";

export interface TableActions {
  showModel(key: string, name: string): void;
  showEdge(id: string, childName: string): void;
}

const RELATION: Record<NodeKind, string> = {
  ROOT: "the model searched for",
  ANCESTOR: "ancestor",
  DESCENDANT: "descendant",
  RELATED: "added (expanded or compared)",
};

function generations(value: number | undefined): string {
  if (value === undefined) return "not in a direct line";
  if (value === 0) return "0";
  return value < 0 ? `${-value} up` : `${value} down`;
}

export function renderTable(
  target: HTMLElement,
  graph: LineageData,
  rootId: string | null,
  dates: IntroductionDates | null,
  actions: TableActions,
): void {
  const depth = rootId ? generationsFrom(graph, rootId) : new Map<string, number>();
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const rootLabel = rootId ? (labels.get(rootId) ?? rootId) : "the model";
  const nodes = [...graph.nodes].sort(
    (a, b) => (depth.get(a.id) ?? 99) - (depth.get(b.id) ?? 99) || a.label.localeCompare(b.label),
  );
  const parentsOf = (id: string) => graph.edges.filter((edge) => edge.source === id);
  const models = h(
    "table",
    { class: "lineage-table", id: "models-table" },
    h("caption", null, `Models in this lineage (${graph.nodes.length})`),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        ["Model", "Relation", `Generations from ${rootLabel}`, "Family", "Introduced", "Parents"].map(
          (title) => h("th", { scope: "col" }, title),
        ),
      ),
    ),
    h(
      "tbody",
      null,
      nodes.map((node) =>
        h(
          "tr",
          { "data-node-id": node.id, "data-kind": node.kind },
          h(
            "th",
            { scope: "row" },
            h(
              "button",
              { type: "button", class: "link", onclick: () => actions.showModel(node.id, node.label) },
              node.label,
            ),
          ),
          h("td", null, RELATION[node.kind]),
          h("td", null, generations(depth.get(node.id))),
          h("td", null, node.family ?? "—"),
          h("td", null, dates ? (dates.get(node.id) ?? "not introduced in a paper here") : "…"),
          h(
            "td",
            null,
            parentsOf(node.id)
              .map((edge) => `${EDGE_STYLES[edge.type].label} ${labels.get(edge.target) ?? edge.target}`)
              .join("; ") || "—",
          ),
        ),
      ),
    ),
  );
  const edges = h(
    "table",
    { class: "lineage-table", id: "edges-table" },
    h("caption", null, `Lineage edges (${graph.edges.length})`),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        ["Descendant", "Relation", "Parent", "Evidence"].map((title) => h("th", { scope: "col" }, title)),
      ),
    ),
    h(
      "tbody",
      null,
      graph.edges.map((edge) => {
        const child = labels.get(edge.source) ?? edge.source;
        const parent = labels.get(edge.target) ?? edge.target;
        return h(
          "tr",
          { "data-edge-id": edge.id },
          h("th", { scope: "row" }, child),
          h("td", null, `${EDGE_STYLES[edge.type].label} (${edge.type})`),
          h("td", null, parent),
          h(
            "td",
            null,
            h(
              "button",
              { type: "button", class: "link", onclick: () => actions.showEdge(edge.id, child) },
              `Evidence: ${child} ${EDGE_STYLES[edge.type].label} ${parent}`,
            ),
          ),
        );
      }),
    ),
  );
  target.replaceChildren(models, edges);
}

/** The table view: drawn from the store's lineage when shown, dates filled in once they are known. */
export class TableView {
  private readonly target = byId("table-view");

  constructor(
    private readonly store: Store,
    private readonly dates: IntroductionDates,
    private readonly actions: TableActions,
  ) {
    store.subscribe((state, _previous, action) => {
      if (action.type === "setView" && state.view.view === "table") {
        void this.render().then(() => this.target.focus());
      }
    });
  }

  async render(): Promise<void> {
    const first = this.store.get();
    renderTable(this.target, first.graph, first.rootId, null, this.actions);
    await this.dates.load(first.graph);
    const { graph, rootId } = this.store.get();
    renderTable(this.target, graph, rootId, this.dates, this.actions);
  }
}
