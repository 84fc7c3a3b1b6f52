/**
 * What the executor puts on the wire for one read, from the driver's own debug log: a managed transaction
 * (BEGIN with the timeout, metadata and read mode; COMMIT), its BEGIN sent ahead of RUN + PULL rather than after
 * BEGIN's reply (one round trip less per read).
 */
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Graph } from "../../src/db/executor.ts";
import { readRows } from "../../src/db/statement.ts";

describe("a read", () => {
  const sent: string[] = [];
  let graph: Graph;
  beforeAll(() => {
    const uri = inject("neo4jUri");
    const driver = neo4j.driver(uri, undefined, {
      logging: { level: "debug", logger: (_level, message) => sent.push(message) },
    });
    graph = new Graph({ uri, database: "neo4j", queryTimeoutMs: 4_000, connectTimeoutMs: 3_000 }, driver);
  });
  afterAll(() => graph.close());

  it("is one managed transaction whose BEGIN is pipelined with RUN and PULL", async () => {
    await graph.run(readRows("RETURN 1 AS warm"));
    sent.length = 0;
    expect(await graph.run(readRows("RETURN $n AS n", { n: 7 }))).toEqual([{ n: 7 }]);
    const messages = sent.flatMap((line) => /\] ([CS]: [A-Z]+)/.exec(line)?.[1] ?? []);
    expect(messages.slice(0, 4)).toEqual(["C: BEGIN", "C: RUN", "C: PULL", "S: SUCCESS"]);
    expect(messages).toContain("C: COMMIT");
    const begin = sent.find((line) => line.includes("C: BEGIN")) ?? "";
    expect(begin).toMatch(/"tx_timeout":\{"low":4000/);
    expect(begin).toMatch(/"tx_metadata":\{"app":"modelgraph"\}/);
    expect(begin).toMatch(/"mode":"r"/);
  });
});
