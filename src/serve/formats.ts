// Text renderings of a lineage graph for tools that read files rather than GraphQL.

export interface GraphNode {
  id: string;
  label: string;
  kind: string;
  family: string | null;
  /** ISO date of the earliest paper that introduces the model. */
  introduced: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** The best confidence of the edge's evidence, 0..1 (null when none was recorded). */
  confidence?: number | null;
}

export type GraphFormat = "CYTOSCAPE" | "GRAPHML" | "DOT" | "MERMAID";

export function renderGraph(format: GraphFormat, nodes: GraphNode[], edges: GraphEdge[]): string {
  switch (format) {
    case "CYTOSCAPE":
      return JSON.stringify({
        elements: {
          nodes: nodes.map((node) => ({ data: node })),
          edges: edges.map((edge) => ({ data: edge })),
        },
      });
    case "GRAPHML":
      return graphml(nodes, edges);
    case "DOT":
      return dot(nodes, edges);
    case "MERMAID":
      return mermaid(nodes, edges);
  }
}

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function graphml(nodes: GraphNode[], edges: GraphEdge[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="family" for="node" attr.name="family" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <graph id="lineage" edgedefault="directed">',
    ...nodes.map(
      (node) =>
        `    <node id="${xml(node.id)}"><data key="label">${xml(node.label)}</data><data key="kind">${node.kind}</data>` +
        `<data key="family">${xml(node.family ?? "")}</data></node>`,
    ),
    ...edges.map(
      (edge) =>
        `    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">` +
        `<data key="type">${edge.type}</data></edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

const dotString = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

function dot(nodes: GraphNode[], edges: GraphEdge[]): string {
  return [
    "digraph lineage {",
    "  rankdir=BT;",
    ...nodes.map((node) => `  ${dotString(node.id)} [label=${dotString(node.label)}];`),
    ...edges.map(
      (edge) => `  ${dotString(edge.source)} -> ${dotString(edge.target)} [label=${dotString(edge.type)}];`,
    ),
    "}",
    "",
  ].join("\n");
}

function mermaid(nodes: GraphNode[], edges: GraphEdge[]): string {
  // Mermaid ids must be plain words: number the nodes, keep names as quoted labels.
  const ids = new Map(nodes.map((node, index) => [node.id, `n${index}`]));
  const label = (text: string) => `"${text.replace(/"/g, "#quot;")}"`;
  return [
    "graph BT",
    ...nodes.map((node) => `  ${ids.get(node.id)}[${label(node.label)}]`),
    ...edges.map((edge) => `  ${ids.get(edge.source)} -->|${edge.type}| ${ids.get(edge.target)}`),
    "",
  ].join("\n");
}
