/** `lineagePath` prefers a line of descent: searched child to parent either way, in the order asked, and only
 * without one the shortest path ignoring direction (which may be shorter, through a shared ancestor). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { extractText } from "../../src/ingest/index.ts";
import { storeBatch } from "../../src/ingest/write/store.ts";
import { graphql, resetDatabase, testGraph } from "../support/index.ts";

// Quail-Child descends from Quail-Root through two models (three edges); both are also built on Heron, so the
// undirected shortest path between them (Child → Heron ← Root) has two edges only.
const LISTING = [
  ["Quail-Root", "We introduce Quail-Root, a language model fine-tuned from Heron-7B on legal text."],
  ["Quail-Mid", "We introduce Quail-Mid, a language model fine-tuned from Quail-Root on contracts."],
  ["Quail-Low", "We introduce Quail-Low, a language model fine-tuned from Quail-Mid on court rulings."],
  [
    "Quail-Child",
    "We introduce Quail-Child, a language model fine-tuned from Quail-Low. Quail-Child is also built on Heron-7B.",
  ],
  ["Wren-7B", "We introduce Wren-7B, a language model fine-tuned from Heron-7B on poetry."],
]
  .map(([title, abstract]) => JSON.stringify({ title, abstract, date: "2025-01-01", authors: ["A. Author"] }))
  .join("\n");

const PATH = `query ($from: String!, $to: String!) {
  lineagePath(from: $from, to: $to) { type child { key } parent { key } } }`;
type Step = { type: string; child: { key: string }; parent: { key: string } };
const steps = (path: Step[] | null | undefined) => path?.map((s) => `${s.child.key}->${s.parent.key}`);

describe("lineagePath", () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = testGraph();
    await resetDatabase(graph);
    await storeBatch(graph, extractText(LISTING, "quail.jsonl").extractions);
  });
  afterAll(() => graph.close());

  it("follows the line of descent, though a path through a shared ancestor is shorter", async () => {
    const { data, errors, extensions } = await graphql<{ lineagePath: Step[] | null }>(graph, PATH, {
      from: "Quail-Child",
      to: "Quail-Root",
    });
    expect(errors).toBeUndefined();
    expect(extensions?.neo4jQueries).toBe(1);
    expect(steps(data?.lineagePath)).toEqual([
      "quailchild->quaillow",
      "quaillow->quailmid",
      "quailmid->quailroot",
    ]);
  });

  it("finds it from the ancestor's side too, in order from `from` to `to`", async () => {
    const { data } = await graphql<{ lineagePath: Step[] | null }>(graph, PATH, {
      from: "Quail-Root",
      to: "Quail-Child",
    });
    expect(steps(data?.lineagePath)).toEqual([
      "quailmid->quailroot",
      "quaillow->quailmid",
      "quailchild->quaillow",
    ]);
  });

  it("falls back to the shortest path ignoring direction between relatives of no line", async () => {
    const { data } = await graphql<{ lineagePath: Step[] | null }>(graph, PATH, {
      from: "Quail-Child",
      to: "Wren-7B",
    });
    expect(steps(data?.lineagePath)).toEqual(["quailchild->heron", "wren->heron"]);
  });
});
