// PROFILE of the canonical read statements: what src/cypher/ builds for a benchmark request, run under PROFILE
// to get its plan operators and database hits.
import neo4j from "neo4j-driver";
import { MODEL_FIELD_NAMES } from "../src/cypher/fragments.ts";
import {
  edgesOfModels,
  lineagePathByNames,
  lineageSubgraph,
  modelWithLineage,
  relativesOfModels,
} from "../src/cypher/lineage.ts";
import { findModelByName, listModels, modelLookup, modelsByKeys } from "../src/cypher/models.ts";
import { type Graph, toParams } from "../src/db/executor.ts";
import type { Statement } from "../src/db/statement.ts";
import { modelKey } from "../src/domain/names.ts";
import { childrenPlan, relativesPlan } from "./shapes.ts";

export interface PlanSummary {
  name: string;
  dbHits: number;
  rows: number;
  /** Every operator in the plan, depth first, e.g. "NodeUniqueIndexSeek", "ShortestPath". */
  operators: string[];
  /** The plan as an indented tree, one operator a line. */
  plan: string;
}

interface ProfiledPlan {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: ProfiledPlan[];
}

/** Runs one statement under PROFILE and summarises its plan. */
export async function profileQuery(
  graph: Graph,
  name: string,
  query: Statement<unknown>,
): Promise<PlanSummary> {
  const session = graph.driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`CYPHER replan=force PROFILE ${query.cypher}`, toParams(query.params));
    const root = result.summary.profile as unknown as ProfiledPlan | false;
    if (!root) throw new Error(`no profile for ${name}`);
    const operators: string[] = [];
    const lines: string[] = [];
    let dbHits = 0;
    const walk = (plan: ProfiledPlan, depth: number) => {
      const operator = plan.operatorType.replace(/@.*$/, "");
      operators.push(operator);
      dbHits += Number(plan.dbHits);
      lines.push(
        `${"  ".repeat(depth)}${operator} (rows ${Number(plan.rows)}, db hits ${Number(plan.dbHits)})`,
      );
      for (const child of plan.children) walk(child, depth + 1);
    };
    walk(root, 0);
    return { name, dbHits, rows: Number(root.rows), operators, plan: lines.join("\n") };
  } finally {
    await session.close();
  }
}

export interface CanonicalTargets {
  deepLeaf: string;
  popularBase: string;
  pathTo: string;
  graphRoot: string;
  capability: string;
}

/** The canonical read statements, as src/cypher/ builds them for these models. */
export function canonicalStatements(t: CanonicalTargets): Map<string, Statement<unknown>> {
  const key = (name: string) => modelKey(name);
  const window = { after: null, before: null, limit: 20, fromEnd: false };
  return new Map<string, Statement<unknown>>([
    ["findModelByName", findModelByName(modelLookup(t.deepLeaf))],
    ["modelsByKeys", modelsByKeys([key(t.deepLeaf), key(t.pathTo)])],
    // The `model` root field with its lineage selection, as one query (schema/traversals.ts) …
    ["ancestors", modelWithLineage(modelLookup(t.deepLeaf), relativesPlan("ancestors", 1000))],
    ["descendants", modelWithLineage(modelLookup(t.popularBase), relativesPlan("descendants", 100))],
    // … the same with every model field of each relative, as a selection asking for all of them gets …
    [
      "descendantsAllFields",
      modelWithLineage(modelLookup(t.popularBase), relativesPlan("descendants", 100, MODEL_FIELD_NAMES)),
    ],
    ["nestedChildren", modelWithLineage(modelLookup(t.graphRoot), childrenPlan(3))],
    // … and the batched loaders for lineage the look-ahead does not cover.
    [
      "relatives",
      relativesOfModels([key(t.deepLeaf)], "UP", { maxDepth: 10, withPath: true, modelFields: ["name"] }),
    ],
    ["children", edgesOfModels([key(t.graphRoot)], "down")],
    ["lineagePath", lineagePathByNames(modelLookup(t.deepLeaf), modelLookup(t.pathTo))],
    ["lineageGraph", lineageSubgraph(modelLookup(t.graphRoot), { direction: "BOTH", maxDepth: 3 })],
    ["modelsByCapability", listModels({ capability: t.capability }, "NAME", window)],
    ["modelsIntroducedAfter", listModels({ introducedAfter: "2025-06-01" }, "INTRODUCED", window)],
  ]);
}

export async function profileCanonical(graph: Graph, targets: CanonicalTargets): Promise<PlanSummary[]> {
  const summaries: PlanSummary[] = [];
  for (const [name, statement] of canonicalStatements(targets)) {
    summaries.push(await profileQuery(graph, name, statement));
  }
  return summaries;
}
