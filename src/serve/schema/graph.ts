import { MAX_DEPTH } from "../../cypher/fragments.ts";
import {
  collapseDerivatives,
  type GraphRepoRow,
  MAX_GRAPH_REPOS_PER_MODEL,
  type RepoLayerRow,
} from "../../cypher/hf.ts";
import { lineageSubgraph } from "../../cypher/lineage.ts";
import { modelLookup } from "../../cypher/models.ts";
import { factKey } from "../../domain/facts.ts";
import { builder } from "../builder.ts";
import { minConfidenceArg } from "../errors.ts";
import { type GraphEdge, type GraphFormat, type GraphNode, renderGraph } from "../formats.ts";
import { MIN_CONFIDENCE_DESCRIPTION } from "./lineage.ts";
import { LineageType, requireModel } from "./model.ts";
import { HfRelation } from "./repo.ts";

/** A drawn model, with how many repos are its checkpoints when repos were asked for. */
type LineageGraphNodeShape = GraphNode & { repoCount: number | null };

interface GraphRepoShape extends GraphRepoRow {
  /** The key of the model it is a checkpoint of. */
  model: string;
}

interface RepoEdgeShape {
  child: string;
  base: string;
  relation: string;
}

interface DerivativeGroupShape {
  base: string;
  relation: string;
  count: number;
}

interface LineageGraphShape {
  nodes: LineageGraphNodeShape[];
  edges: GraphEdge[];
  truncated: boolean;
  text: string | null;
  repos: GraphRepoShape[];
  repoEdges: RepoEdgeShape[];
  derivativeGroups: DerivativeGroupShape[];
}

/** The repo layer with repo ids where the statement has keys (every key it names is a drawn repo's). */
function repoShapes(layer: RepoLayerRow | undefined) {
  if (!layer) return { repos: [], repoEdges: [], derivativeGroups: [], counts: null };
  const repos = layer.models.flatMap((entry) => entry.repos.map((repo) => ({ ...repo, model: entry.model })));
  const idOf = new Map(repos.map((repo) => [repo.key, repo.id]));
  const id = (key: string) => idOf.get(key) ?? key;
  return {
    repos,
    repoEdges: layer.edges.map((edge) => ({ ...edge, child: id(edge.child), base: id(edge.base) })),
    derivativeGroups: collapseDerivatives(layer).map((group) => ({ ...group, base: id(group.base) })),
    counts: new Map(layer.models.map((entry) => [entry.model, entry.total])),
  };
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

const LineageGraphNode = builder.objectRef<LineageGraphNodeShape>("LineageGraphNode").implement({
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
    repoCount: t.int({
      nullable: true,
      resolve: (node) => node.repoCount,
      description:
        "Hub repos that are checkpoints of the model, all of them (`repos` draws the most downloaded); null " +
        "unless `repos` was asked for.",
    }),
  }),
});

const LineageGraphRepo = builder.objectRef<GraphRepoShape>("LineageGraphRepo").implement({
  description: "A Hugging Face repo drawn in a lineage graph, beside the model it is a checkpoint of.",
  fields: (t) => ({
    id: t.exposeID("id", {
      description: 'The repo id, "owner/name" (its page: https://huggingface.co/<id>).',
    }),
    model: t.exposeString("model", { description: "The id (key) of the drawn model it is a checkpoint of." }),
    downloads: t.exposeInt("downloads", { nullable: true, description: "Downloads in the last 30 days." }),
    likes: t.exposeInt("likes", { nullable: true, description: "Likes on the Hub." }),
    stub: t.exposeBoolean("stub", {
      description: "Only named by another repo; its metadata was not imported.",
    }),
  }),
});

const LineageGraphRepoEdge = builder.objectRef<RepoEdgeShape>("LineageGraphRepoEdge").implement({
  description: "A declared edge between two drawn repos: source (child repo) → target (base repo).",
  fields: (t) => ({
    source: t.exposeString("child", { description: "The child repo's id." }),
    target: t.exposeString("base", { description: "The base repo's id." }),
    relation: t.field({
      type: HfRelation,
      description: "What the child's card declares.",
      resolve: (edge) => edge.relation as "finetune",
    }),
  }),
});

const LineageGraphDerivativeGroup = builder
  .objectRef<DerivativeGroupShape>("LineageGraphDerivativeGroup")
  .implement({
    description:
      'A drawn repo\'s direct derivatives of one relation that are not drawn, as one node ("1,240 quantized"); ' +
      "page through them with `hfRepo(id: base) { derivatives(relations: [relation]) }`.",
    fields: (t) => ({
      id: t.string({
        description: "`derivatives:<base repo id>:<RELATION>`, stable across requests.",
        resolve: (group) => `derivatives:${group.base}:${group.relation.toUpperCase()}`,
      }),
      base: t.exposeString("base", { description: "The base repo's id." }),
      relation: t.field({
        type: HfRelation,
        description: "The relation the derivatives declare.",
        resolve: (group) => group.relation as "finetune",
      }),
      count: t.exposeInt("count", { description: "How many derivatives the node stands for." }),
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
      description:
        "The graph in the requested `format`, if any (the models and their lineage; not the repos).",
    }),
    repos: t.field({
      type: [LineageGraphRepo],
      description: "With `repos`: each drawn model's most downloaded Hub repos; empty otherwise.",
      resolve: (graph) => graph.repos,
    }),
    repoEdges: t.field({
      type: [LineageGraphRepoEdge],
      description: "With `repos`: the declared edges between drawn repos.",
      resolve: (graph) => graph.repoEdges,
    }),
    derivativeGroups: t.field({
      type: [LineageGraphDerivativeGroup],
      description:
        "With `repos`: each drawn repo's other direct derivatives, collapsed into one node per relation with a count.",
      resolve: (graph) => graph.derivativeGroups,
    }),
  }),
});

/** A node as the text formats draw it: the model alone. */
const drawnModel = ({ repoCount: _repoCount, ...node }: LineageGraphNodeShape): GraphNode => node;

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
      repos: t.arg.boolean({
        defaultValue: false,
        description:
          "Also each drawn model's Hub repos (`repos`, `repoEdges`) and their derivatives collapsed per relation " +
          "(`derivativeGroups`), in the same round trip.",
      }),
      reposPerModel: t.arg.int({
        defaultValue: 3,
        description: `With \`repos\`: the most downloaded repos drawn a model (clamped to 1..${MAX_GRAPH_REPOS_PER_MODEL}).`,
      }),
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
          repos: args.repos ? { perModel: args.reposPerModel ?? 3 } : null,
        }),
      );
      const root = subgraph?.root ?? (await requireModel(context, args.root, "root"));
      const above = new Set(subgraph?.ancestors ?? []);
      const { counts, ...repoLayer } = repoShapes(subgraph?.repos);
      const nodes = (subgraph?.nodes ?? [{ ...root, introduced: null }]).map(
        (model): LineageGraphNodeShape => ({
          id: model.key,
          label: model.name,
          kind: model.key === root.key ? "ROOT" : above.has(model.key) ? "ANCESTOR" : "DESCENDANT",
          family: model.family,
          introduced: model.introduced,
          repoCount: counts ? (counts.get(model.key) ?? 0) : null,
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
        text: format ? renderGraph(format, nodes.map(drawnModel), edges) : null,
        ...repoLayer,
      };
    },
  }),
}));
