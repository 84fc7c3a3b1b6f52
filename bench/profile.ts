// PROFILE of the canonical read queries: the Cypher the data layer (src/serve/data) sends for a benchmark
// request is captured, then run again under PROFILE to get its plan operators and database hits.
import neo4j from "neo4j-driver";
import type { Graph } from "../src/db/graph.ts";
import { toParams } from "../src/db/graph.ts";
import { modelKey } from "../src/domain/names.ts";
import {
  edgesOfModels,
  lineagePathByNames,
  lineageSubgraph,
  modelWithLineage,
  relativesOfModels,
} from "../src/serve/data/lineage.ts";
import { findModelByName, listModels, MODEL_FIELD_NAMES, modelsByKeys } from "../src/serve/data/models.ts";
import { childrenPlan, relativesPlan } from "./shapes.ts";

export interface CapturedQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export interface PlanSummary {
  name: string;
  dbHits: number;
  rows: number;
  /** Every operator in the plan, depth first, e.g. "NodeUniqueIndexSeek", "ShortestPath". */
  operators: string[];
  /** The plan as an indented tree, one operator a line. */
  plan: string;
}

/** A Graph whose reads are recorded (and still run), so a data-layer function shows the Cypher it sends. */
export function capturingGraph(graph: Graph): { db: Graph; captured: CapturedQuery[] } {
  const captured: CapturedQuery[] = [];
  const db = new Proxy(graph, {
    get(target, property, receiver) {
      if (property === "read") {
        return (cypher: string, params: Record<string, unknown> = {}) => {
          captured.push({ cypher, params });
          return target.read(cypher, params);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return { db, captured };
}

interface ProfiledPlan {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: ProfiledPlan[];
}

/** Runs one query under PROFILE and summarises its plan. */
export async function profileQuery(graph: Graph, name: string, query: CapturedQuery): Promise<PlanSummary> {
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

/** The canonical read queries, as the data layer builds them for these models. */
export async function canonicalQueries(
  graph: Graph,
  t: CanonicalTargets,
): Promise<Map<string, CapturedQuery>> {
  const queries = new Map<string, CapturedQuery>();
  const record = async (name: string, run: (db: Graph) => Promise<unknown>) => {
    const { db, captured } = capturingGraph(graph);
    await run(db);
    const query = captured[captured.length - 1];
    if (query) queries.set(name, query);
  };
  const key = (name: string) => modelKey(name);
  await record("findModelByName", (db) => findModelByName(db, key(t.deepLeaf), t.deepLeaf));
  await record("modelsByKeys", (db) => modelsByKeys(db, [key(t.deepLeaf), key(t.pathTo)]));
  const byName = (name: string) => ({ lookupKey: key(name), rawKey: name });
  // The `model` root field with its lineage selection, as one query (schema/traversals.ts) …
  await record("ancestors", (db) =>
    modelWithLineage(db, byName(t.deepLeaf), relativesPlan("ancestors", 1000)),
  );
  await record("descendants", (db) =>
    modelWithLineage(db, byName(t.popularBase), relativesPlan("descendants", 100)),
  );
  // … the same with every model field of each relative, as a selection asking for all of them gets …
  await record("descendantsAllFields", (db) =>
    modelWithLineage(db, byName(t.popularBase), relativesPlan("descendants", 100, MODEL_FIELD_NAMES)),
  );
  await record("nestedChildren", (db) => modelWithLineage(db, byName(t.graphRoot), childrenPlan(3)));
  // … and the batched loaders for lineage the look-ahead does not cover.
  await record("relatives", (db) =>
    relativesOfModels(db, [key(t.deepLeaf)], "UP", { maxDepth: 10, withPath: true, modelFields: ["name"] }),
  );
  await record("children", (db) => edgesOfModels(db, [key(t.graphRoot)], "down"));
  await record("lineagePath", (db) => lineagePathByNames(db, byName(t.deepLeaf), byName(t.pathTo)));
  await record("lineageGraph", (db) =>
    lineageSubgraph(db, byName(t.graphRoot), { direction: "BOTH", maxDepth: 3 }),
  );
  await record("modelsByCapability", (db) =>
    listModels(db, { capability: t.capability }, "NAME", {
      after: null,
      before: null,
      limit: 20,
      fromEnd: false,
    }),
  );
  await record("modelsIntroducedAfter", (db) =>
    listModels(db, { introducedAfter: "2025-06-01" }, "INTRODUCED", {
      after: null,
      before: null,
      limit: 20,
      fromEnd: false,
    }),
  );
  return queries;
}

export async function profileCanonical(graph: Graph, targets: CanonicalTargets): Promise<PlanSummary[]> {
  const summaries: PlanSummary[] = [];
  for (const [name, query] of await canonicalQueries(graph, targets)) {
    summaries.push(await profileQuery(graph, name, query));
  }
  return summaries;
}
