// The query shapes the HTTP benchmark measures: the GraphQL request our server gets and the request the
// @neo4j/graphql peer gets for the same data, where the peer can express it. The driver baseline is not written
// here: bench/driver-load.ts replays the statements the server's resolvers ran for the request.

import type { LineageRequest } from "../src/cypher/lineage.ts";
import type { ModelField } from "../src/cypher/rows.ts";
import { modelKey } from "../src/domain/names.ts";
import type { BenchTargets } from "./catalogue.ts";

export interface Shape {
  name: string;
  /** Our server: GraphQL query and variables. */
  query: string;
  variables: Record<string, unknown>;
  /** The peer's request for the same data; absent where the peer cannot express the shape. */
  peer?: { query: string; variables: Record<string, unknown> };
}

/** The lineage our `model` resolver's look-ahead asks for in these shapes (schema/traversals.ts). */
export const relativesPlan = (
  field: "ancestors" | "descendants",
  limit: number,
  modelFields: readonly ModelField[] = ["name"],
): LineageRequest => ({
  lists: [
    {
      direction: field === "ancestors" ? "up" : "down",
      relatives: { maxDepth: 10, limit, withPath: false, modelFields },
      next: null,
    },
  ],
});
export const childrenPlan = (levels: number): LineageRequest => ({
  lists: [{ direction: "down", next: levels > 1 ? childrenPlan(levels - 1) : null }],
});

export function shapes(targets: BenchTargets): Shape[] {
  const { deepLeaf, popularBase, pathTo, graphRoot, capability } = targets;
  return [
    {
      name: "model(name)",
      query: "query ($name: String!) { model(name: $name) { key name family version sizes aliases } }",
      variables: { name: deepLeaf },
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
    },
    {
      name: "models(filter: {capability})",
      query:
        "query ($capability: String!) { models(filter: { capability: $capability }, first: 20) { totalCount edges { node { key name } } } }",
      variables: { capability },
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
      peer: {
        query:
          "query ($key: String!) { modelByKey(key: $key) { name children { name children { name children { name } } } } }",
        variables: { key: modelKey(graphRoot) },
      },
    },
  ];
}
