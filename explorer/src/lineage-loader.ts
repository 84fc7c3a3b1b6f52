// What the page does with the store's view: loads the lineage it names (with its expansions and the relation
// between two models), draws it, restores the selection, selects and expands models and edges. Answers for
// an older load are dropped.

import { fetchLineage, fetchRelation, type LineageFilter, type Relation } from "./api.ts";
import type { DetailsPanel } from "./details.ts";
import { nextFrame } from "./dom.ts";
import { type LineageData, mergeGraphs } from "./graph-model.ts";
import type { GraphView } from "./graph-view.ts";
import { labelOf, lineageFilter, lineageQuery, reloads, type Store, summary } from "./store.ts";

/** The relation between `a` and `b`, and the lineage that shows it: the path, and each side up to the common ancestors. */
async function loadRelation(
  a: string,
  b: string,
  filter: LineageFilter,
): Promise<{ result: Relation; extra: LineageData }> {
  const result = await fetchRelation(a, b, filter);
  let extra: LineageData = {
    nodes: (result.path ?? []).flatMap((step) => [
      { id: step.child.key, label: step.child.name, kind: "RELATED" as const, family: step.child.family },
      { id: step.parent.key, label: step.parent.name, kind: "RELATED" as const, family: step.parent.family },
    ]),
    edges: (result.path ?? []).map((step) => ({
      id: step.id,
      source: step.child.key,
      target: step.parent.key,
      type: step.type,
    })),
    truncated: false,
  };
  if (result.common.length) {
    // The common ancestors, linked: each side's ancestry up to the farthest one.
    const upA = Math.max(...result.common.map((common) => common.depthFromA));
    const upB = Math.max(...result.common.map((common) => common.depthFromB));
    const [fromA, fromB] = await Promise.all([
      fetchLineage({ root: a, direction: "UP", maxDepth: upA, ...filter }),
      fetchLineage({ root: b, direction: "UP", maxDepth: upB, ...filter }),
    ]);
    extra = mergeGraphs(mergeGraphs(extra, fromA).graph, fromB).graph;
  }
  return { result, extra };
}

export class LineageLoader {
  /** Bumped by every load: answers for an older one are dropped. */
  private generation = 0;

  constructor(
    private readonly store: Store,
    private readonly graphView: GraphView,
    private readonly details: DetailsPanel,
  ) {
    store.subscribe((_state, _previous, action) => {
      if (reloads(action)) void this.load();
    });
  }

  private setStatus(text: string): void {
    this.store.dispatch({ type: "setStatus", text });
  }

  /** Loads everything the view names (lineage, expansions, relation) and draws it. */
  async load(): Promise<void> {
    const token = ++this.generation;
    const { view } = this.store.get();
    this.graphView.showStart(!view.model);
    if (!view.model) {
      this.store.dispatch({ type: "clearGraph" });
      this.graphView.clear("empty");
      this.setStatus("");
      return;
    }
    this.graphView.setDrawState("loading");
    this.setStatus(`Loading the lineage of ${view.model}…`);
    const started = performance.now();
    try {
      const filter = lineageFilter(view);
      const relate = view.relate;
      const [base, expansions, related] = await Promise.all([
        fetchLineage(lineageQuery(view, view.model)),
        Promise.all(
          view.expanded.map((name) =>
            fetchLineage({ root: name, direction: "BOTH", maxDepth: 1, ...filter }).catch(() => null),
          ),
        ),
        relate ? loadRelation(relate[0], relate[1], filter).catch((error: unknown) => error) : null,
      ]);
      if (token !== this.generation) return;
      let graph = base;
      for (const extra of expansions) if (extra) graph = mergeGraphs(graph, extra).graph;
      let relation = null;
      let relationError = null;
      if (related instanceof Error || (related && !("result" in (related as object)))) {
        relationError = related instanceof Error ? related.message : "The relation could not be loaded.";
      } else if (related && relate) {
        const { result, extra } = related as { result: Relation; extra: LineageData };
        graph = mergeGraphs(graph, extra).graph;
        relation = { a: relate[0], b: relate[1], result };
      }
      const rootId = base.nodes.find((node) => node.kind === "ROOT")?.id ?? null;
      this.store.dispatch({ type: "showLineage", graph, rootId, relation, relationError });
      const fetched = performance.now();
      await this.graphView.draw(false);
      if (token !== this.generation) return;
      const drawn = performance.now();
      await nextFrame();
      const timings = {
        fetchMs: Math.round(fetched - started),
        layoutMs: Math.round(drawn - fetched),
        totalMs: Math.round(performance.now() - started),
        nodes: graph.nodes.length,
        edges: graph.edges.length,
      };
      this.store.dispatch({ type: "recordTimings", timings });
      this.setStatus(`${summary(graph)} · drawn in ${timings.totalMs} ms`);
      this.restoreSelection();
    } catch (error) {
      if (token !== this.generation) return;
      this.store.dispatch({ type: "clearGraph" });
      this.graphView.clear("error");
      this.setStatus(error instanceof Error ? error.message : String(error));
      this.details.showError(error, `Nothing to draw for “${view.model}”`);
    }
  }

  /** Draws `graph` in place of the lineage, through the same code as a load (the dev entry's synthetic graphs). */
  async drawGraph(graph: LineageData): Promise<void> {
    this.generation++;
    const rootId = graph.nodes[0]?.id ?? null;
    this.store.dispatch({ type: "showLineage", graph, rootId, relation: null, relationError: null });
    this.graphView.showStart(false);
    await this.graphView.draw(false);
  }

  async selectNode(id: string, fromCanvas: boolean): Promise<void> {
    const { graph, rootId } = this.store.get();
    const node = graph.nodes.find((candidate) => candidate.id === id);
    if (!node) return;
    this.store.dispatch({ type: "select", selection: { kind: "node", id } });
    const { view, expandOnClick } = this.store.get();
    if (!fromCanvas && view.view !== "table") this.graphView.canvas.reveal(id);
    void this.details.showModel(node.label);
    if (fromCanvas && expandOnClick && id !== rootId && !view.expanded.includes(node.label)) {
      await this.expand(node.label, id);
    }
  }

  async selectEdge(id: string, childName?: string): Promise<void> {
    const { graph } = this.store.get();
    const edge = graph.edges.find((candidate) => candidate.id === id);
    const child = childName ?? (edge ? labelOf(graph, edge.source) : undefined);
    if (!child) return;
    if (edge) this.store.dispatch({ type: "select", selection: { kind: "edge", id } });
    await this.details.showEdge(id, child);
  }

  clearSelection(): void {
    this.store.dispatch({ type: "select", selection: null });
  }

  /** Selects what the view names if it is drawn; otherwise nothing, and the root's details are shown. */
  private restoreSelection(): void {
    const { graph, rootId, view } = this.store.get();
    const selected = view.selected;
    if (selected?.kind === "node" && graph.nodes.some((node) => node.id === selected.id)) {
      void this.selectNode(selected.id, false);
    } else if (selected?.kind === "edge" && graph.edges.some((edge) => edge.id === selected.id)) {
      void this.selectEdge(selected.id);
    } else {
      this.clearSelection();
      const root = rootId ? labelOf(graph, rootId) : undefined;
      if (root) void this.details.showModel(root);
    }
  }

  /** Adds a model's direct parents and children (and their edges) to the drawn graph. */
  private async expand(name: string, id: string): Promise<void> {
    const token = this.generation;
    this.graphView.setDrawState("loading");
    try {
      const filter = lineageFilter(this.store.get().view);
      const extra = await fetchLineage({ root: name, direction: "BOTH", maxDepth: 1, ...filter });
      if (token !== this.generation) return;
      const merged = mergeGraphs(this.store.get().graph, extra);
      if (!merged.added) {
        this.graphView.setDrawState("ready");
        this.setStatus(`${name}: nothing more to add.`);
        return;
      }
      this.store.dispatch({ type: "addExpansion", name, graph: merged.graph });
      const started = performance.now();
      await this.graphView.draw(true, id);
      this.setStatus(
        `${summary(merged.graph)} · added ${name}'s parents and children in ${Math.round(performance.now() - started)} ms`,
      );
    } catch (error) {
      if (token !== this.generation) return;
      this.graphView.setDrawState("ready");
      this.setStatus(`Could not expand ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
