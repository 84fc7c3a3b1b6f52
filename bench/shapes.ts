// The query shapes the HTTP benchmark measures: the GraphQL request our server gets, the same Cypher run
// straight through the driver (what the resolvers run for that request, in the same order), and the request
// the @neo4j/graphql peer gets for the same data, where the peer can express it.
import type { Graph } from "../src/db/graph.ts";
import { modelKey } from "../src/domain/names.ts";
import {
  type LineagePlan,
  lineagePathByNames,
  lineageSubgraph,
  modelWithLineage,
} from "../src/serve/data/lineage.ts";
import { findModelByName, listModels, type ModelField } from "../src/serve/data/models.ts";
import type { BenchTargets } from "./catalogue.ts";

export interface Shape {
  name: string;
  /** Our server: GraphQL query and variables. */
  query: string;
  variables: Record<string, unknown>;
  /** The Cypher our resolvers run for this request, through the driver. */
  driver: (db: Graph) => Promise<unknown>;
  /** The peer's request for the same data; absent where the peer cannot express the shape. */
  peer?: { query: string; variables: Record<string, unknown> };
}

const byName = (name: string) => ({ lookupKey: modelKey(name), rawKey: name.trim() });

/** The look-ahead plans our `model` resolver builds for these shapes (schema/traversals.ts). */
export const relativesPlan = (
  field: "ancestors" | "descendants",
  limit: number,
  modelFields: readonly ModelField[] = ["name"],
): LineagePlan => ({
  fields: [{ field, traversal: { maxDepth: 10, limit, withPath: false, modelFields }, next: null }],
});
export const childrenPlan = (levels: number): LineagePlan => ({
  fields: [{ field: "children", next: levels > 1 ? childrenPlan(levels - 1) : null }],
});

const lookup = async (db: Graph, name: string) => {
  const model = await findModelByName(db, modelKey(name), name.trim());
  if (!model) throw new Error(`no model ${name}`);
  return model;
};

export function shapes(targets: BenchTargets): Shape[] {
  const { deepLeaf, popularBase, pathTo, graphRoot, capability } = targets;
  return [
    {
      name: "model(name)",
      query: "query ($name: String!) { model(name: $name) { key name family version sizes aliases } }",
      variables: { name: deepLeaf },
      driver: (db) => lookup(db, deepLeaf),
      peer: {
        query: "query ($key: String!) { modelByKey(key: $key) { key name family version sizes aliases } }",
        variables: { key: modelKey(deepLeaf) },
      },
    },
    {
      name: "ancestors(maxDepth: 10)",
      query:
        "query ($name: String!) { model(name: $name) { name ancestors(maxDepth: 10) { depth model { key name } } } }",
      variables: { name: deepLeaf },
      driver: (db) => modelWithLineage(db, byName(deepLeaf), relativesPlan("ancestors", 1000)),
      peer: {
        query:
          "query ($key: String!) { modelByKey(key: $key) { name ancestors(maxDepth: 10) { key name } } }",
        variables: { key: modelKey(deepLeaf) },
      },
    },
    {
      name: "descendants(first: 100)",
      query:
        "query ($name: String!) { model(name: $name) { name descendants(maxDepth: 10, first: 100) { depth model { key name } } } }",
      variables: { name: popularBase },
      driver: (db) => modelWithLineage(db, byName(popularBase), relativesPlan("descendants", 100)),
      peer: {
        query:
          "query ($key: String!) { modelByKey(key: $key) { name descendants(maxDepth: 10, first: 100) { key name } } }",
        variables: { key: modelKey(popularBase) },
      },
    },
    {
      name: "lineagePath",
      query:
        "query ($from: String!, $to: String!) { lineagePath(from: $from, to: $to) { type child { key name } parent { key name } } }",
      variables: { from: deepLeaf, to: pathTo },
      driver: (db) => lineagePathByNames(db, byName(deepLeaf), byName(pathTo)),
      peer: {
        query: "query ($from: String!, $to: String!) { lineagePath(from: $from, to: $to) { key name } }",
        variables: { from: modelKey(deepLeaf), to: modelKey(pathTo) },
      },
    },
    {
      name: "lineageGraph(maxDepth: 3)",
      query:
        "query ($root: String!) { lineageGraph(root: $root, maxDepth: 3) { nodes { id label kind family } edges { id source target type } } }",
      variables: { root: graphRoot },
      driver: (db) => lineageSubgraph(db, byName(graphRoot), { direction: "BOTH", maxDepth: 3 }),
    },
    {
      name: "models(filter: {capability})",
      query:
        "query ($capability: String!) { models(filter: { capability: $capability }, first: 20) { totalCount edges { node { key name } } } }",
      variables: { capability },
      driver: (db) => listModels(db, { capability }, "NAME", { offset: 0, limit: 21 }),
      peer: {
        query:
          "query ($capability: String!) { modelsWithCapability(capability: $capability, first: 20) { key name } }",
        variables: { capability },
      },
    },
    {
      name: "nested lineage (3 levels of children)",
      query:
        "query ($name: String!) { model(name: $name) { name children { child { name children { child { name children { child { name } } } } } } } }",
      variables: { name: graphRoot },
      driver: (db) => modelWithLineage(db, byName(graphRoot), childrenPlan(3)),
      peer: {
        query:
          "query ($key: String!) { modelByKey(key: $key) { name children { name children { name children { name } } } } }",
        variables: { key: modelKey(graphRoot) },
      },
    },
  ];
}
