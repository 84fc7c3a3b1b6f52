// The lineage graph as the page holds it: what `lineageGraph` returns, merged as the user expands it. Pure.

import { LINEAGE_TYPES, type LineageType } from "./state.ts";

export type NodeKind = "ROOT" | "ANCESTOR" | "DESCENDANT" | "RELATED";

export interface LineageNode {
  /** The model's key. */
  id: string;
  label: string;
  kind: NodeKind;
  family: string | null;
}

/** child → parent, as the API says it: `source` descends from `target`. */
export interface LineageLink {
  /** `TYPE:child->parent`. */
  id: string;
  source: string;
  target: string;
  type: LineageType;
  /** The best confidence of the edge's evidence, 0..1 (absent where the page made the edge up). */
  confidence?: number | null;
}

export interface LineageData {
  nodes: LineageNode[];
  edges: LineageLink[];
  truncated: boolean;
}

export const emptyGraph = (): LineageData => ({ nodes: [], edges: [], truncated: false });

/**
 * Adds `extra` to `base`; nodes already there keep their kind (the first view of a model wins), new ones from
 * an expansion count as RELATED unless the extra graph says they are the root's ancestors or descendants.
 */
export function mergeGraphs(
  base: LineageData,
  extra: LineageData,
  kindOfNew: (node: LineageNode) => NodeKind = () => "RELATED",
): { graph: LineageData; added: number } {
  const nodes = new Map(base.nodes.map((node) => [node.id, node]));
  const edges = new Map(base.edges.map((edge) => [edge.id, edge]));
  let added = 0;
  for (const node of extra.nodes) {
    if (nodes.has(node.id)) continue;
    nodes.set(node.id, { ...node, kind: kindOfNew(node) });
    added++;
  }
  for (const edge of extra.edges) {
    if (edges.has(edge.id) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    edges.set(edge.id, edge);
    added++;
  }
  return {
    graph: {
      nodes: [...nodes.values()],
      edges: [...edges.values()],
      truncated: base.truncated || extra.truncated,
    },
    added,
  };
}

/**
 * Generations from the root in a straight line: negative for ancestors (parents of parents...), positive for
 * descendants. Models reached sideways (a sibling, a cousin added by an expansion) are left out.
 */
export function generationsFrom(graph: LineageData, rootId: string): Map<string, number> {
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const edge of graph.edges) {
    parents.set(edge.source, [...(parents.get(edge.source) ?? []), edge.target]);
    children.set(edge.target, [...(children.get(edge.target) ?? []), edge.source]);
  }
  const result = new Map<string, number>([[rootId, 0]]);
  const walk = (next: Map<string, string[]>, step: number) => {
    const queue: string[] = [rootId];
    while (queue.length) {
      const id = queue.shift() as string;
      for (const other of next.get(id) ?? []) {
        if (result.has(other)) continue;
        result.set(other, (result.get(id) ?? 0) + step);
        queue.push(other);
      }
    }
  };
  walk(parents, -1);
  walk(children, 1);
  return result;
}

/** A deterministic pseudo-random number generator (mulberry32), so synthetic graphs are reproducible. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic family tree of `size` models for load tests: a root with ancestors above and a branching
 * tree of descendants below, some models with two parents, six families and all four lineage types.
 */
export function syntheticGraph(size: number, seed = 7): LineageData {
  const next = random(seed);
  const families = ["Aurora", "Borealis", "Cirrus", "Delta", "Ember", "Fjord"];
  const nodes: LineageNode[] = [];
  const edges: LineageLink[] = [];
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const link = (child: LineageNode, parent: LineageNode) => {
    const type = pick(LINEAGE_TYPES);
    edges.push({ id: `${type}:${child.id}->${parent.id}`, source: child.id, target: parent.id, type });
  };
  const ancestors = Math.min(5, Math.max(0, size - 1));
  const root: LineageNode = { id: "m0", label: "Model 0", kind: "ROOT", family: families[0] as string };
  nodes.push(root);
  let previous = root;
  for (let i = 1; i <= ancestors; i++) {
    const node: LineageNode = { id: `m${i}`, label: `Model ${i}`, kind: "ANCESTOR", family: pick(families) };
    nodes.push(node);
    link(previous, node);
    previous = node;
  }
  // Descendants: each new model picks a parent among the recent ones, which gives a bushy, deep tree.
  const descendants: LineageNode[] = [root];
  for (let i = ancestors + 1; i < size; i++) {
    const window = descendants.slice(Math.max(0, descendants.length - 40));
    const parent = pick(window);
    const node: LineageNode = {
      id: `m${i}`,
      label: `${parent.family ?? "Model"} ${i}${next() < 0.3 ? " Instruct" : ""}`,
      kind: "DESCENDANT",
      family: next() < 0.8 ? parent.family : pick(families),
    };
    nodes.push(node);
    link(node, parent);
    if (next() < 0.1 && window.length > 1) {
      const second = pick(window);
      if (second.id !== parent.id) link(node, second);
    }
    descendants.push(node);
  }
  return { nodes, edges, truncated: false };
}
