import { MAX_DEPTH } from "../../cypher/fragments.ts";
import { lineageSubgraph } from "../../cypher/lineage.ts";
import { modelLookup } from "../../cypher/models.ts";
import { factKey } from "../../domain/facts.ts";
import { builder } from "../builder.ts";
import { minConfidenceArg } from "../errors.ts";
import { type GraphEdge, type GraphFormat, type GraphNode, renderGraph } from "../formats.ts";
import { MIN_CONFIDENCE_DESCRIPTION } from "./lineage.ts";
import { LineageType, requireModel } from "./model.ts";

interface LineageGraphShape {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  text: string | null;
}

const Direction = builder.enumType("Direction", {
  description: "Which way from the root a lineage graph reaches.",
  values: {
    UP: { description: "Ancestors only." },
    DOWN: { description: "Descendants only." },
    BOTH: { description: "Ancestors and descendants." },
  } as const,
});

const GraphFormatEnum = builder.enumType("GraphFormat", {
  description: "A text format for `LineageGraph.text`.",
  values: {
    CYTOSCAPE: { description: "Cytoscape.js elements JSON." },
    GRAPHML: { description: "GraphML XML (yEd, Gephi, NetworkX)." },
    DOT: { description: "Graphviz DOT." },
    MERMAID: { description: "A Mermaid flowchart (renders in GitHub Markdown)." },
  } as const,
});

const NodeKind = builder.enumType("LineageNodeKind", {
  description: "Where a node of a lineage graph stands relative to the root.",
  values: {
    ROOT: { description: "The model the graph was asked for." },
    ANCESTOR: { description: "A model the root descends from." },
    DESCENDANT: { description: "A model that descends from the root." },
  } as const,
});

const LineageGraphNode = builder.objectRef<GraphNode>("LineageGraphNode").implement({
  description: "A model in a lineage graph.",
  fields: (t) => ({
    id: t.exposeString("id", { description: "The model's key." }),
    label: t.exposeString("label", { description: "The model's name." }),
    kind: t.field({
      type: NodeKind,
      description: "Root, ancestor or descendant.",
      resolve: (node) => node.kind as "ROOT",
    }),
    family: t.exposeString("family", {
      nullable: true,
      description: "The model's family; null when unknown.",
    }),
    introduced: t.exposeString("introduced", {
      nullable: true,
      description: "ISO date of the earliest paper that introduces the model; null when only mentioned.",
    }),
  }),
});

const LineageGraphEdge = builder.objectRef<GraphEdge>("LineageGraphEdge").implement({
  description: "A lineage edge in a lineage graph: source (child) → target (parent).",
  fields: (t) => ({
    id: t.exposeString("id", { description: "TYPE:child->parent, stable across requests." }),
    source: t.exposeString("source", { description: "Child model id." }),
    target: t.exposeString("target", { description: "Parent model id." }),
    type: t.field({
      type: LineageType,
      description: "How the child descends from the parent.",
      resolve: (edge) => edge.type as "BASED_ON",
    }),
    confidence: t.float({
      nullable: true,
      description:
        "The best confidence of the edge's evidence, 0 to 1 (null only for an edge stored without).",
      resolve: (edge) => edge.confidence ?? null,
    }),
  }),
});

const LineageGraph = builder.objectRef<LineageGraphShape>("LineageGraph").implement({
  description: "Nodes and edges in the shape Cytoscape.js, D3 and vis-network take directly.",
  fields: (t) => ({
    nodes: t.field({
      type: [LineageGraphNode],
      description: "The root and the models reached from it.",
      resolve: (graph) => graph.nodes,
    }),
    edges: t.field({
      type: [LineageGraphEdge],
      description: "The lineage edges between those models.",
      resolve: (graph) => graph.edges,
    }),
    truncated: t.exposeBoolean("truncated", { description: "More models were reachable than the size cap." }),
    text: t.exposeString("text", {
      nullable: true,
      description: "The graph in the requested `format`, if any.",
    }),
  }),
});

builder.queryFields((t) => ({
  lineageGraph: t.field({
    type: LineageGraph,
    description: "The family tree around a model, for charts; with `format`, also as text for other tools.",
    args: {
      root: t.arg.string({
        required: true,
        description: "A model's name or alias (as `model(name:)` takes).",
      }),
      direction: t.arg({
        type: Direction,
        defaultValue: "BOTH",
        description: "Ancestors, descendants or both.",
      }),
      maxDepth: t.arg.int({ defaultValue: 3, description: `Clamped to 1..${MAX_DEPTH}.` }),
      types: t.arg({ type: [LineageType], description: "Only these lineage types (default: all)." }),
      format: t.arg({ type: GraphFormatEnum, description: "Also render the graph as text in this format." }),
      minConfidence: t.arg.float({ description: MIN_CONFIDENCE_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const minConfidence = minConfidenceArg(args.minConfidence, "lineageGraph");
      // One round trip: the look-up is part of the query; it runs again only to explain a missing name.
      const subgraph = await context.db.run(
        lineageSubgraph(modelLookup(args.root), {
          direction: args.direction ?? "BOTH",
          maxDepth: args.maxDepth ?? 3,
          types: args.types,
          minConfidence,
        }),
      );
      const root = subgraph?.root ?? (await requireModel(context, args.root, "root"));
      const above = new Set(subgraph?.ancestors ?? []);
      const nodes = (subgraph?.nodes ?? [{ ...root, introduced: null }]).map(
        (model): GraphNode => ({
          id: model.key,
          label: model.name,
          kind: model.key === root.key ? "ROOT" : above.has(model.key) ? "ANCESTOR" : "DESCENDANT",
          family: model.family,
          introduced: model.introduced,
        }),
      );
      const edges = (subgraph?.edges ?? []).map((edge) => ({
        id: factKey(edge.type, edge.child, edge.parent),
        source: edge.child,
        target: edge.parent,
        type: edge.type,
        confidence: edge.confidence,
      }));
      const format = args.format as GraphFormat | null | undefined;
      return {
        nodes,
        edges,
        truncated: subgraph?.truncated ?? false,
        text: format ? renderGraph(format, nodes, edges) : null,
      };
    },
  }),
}));
