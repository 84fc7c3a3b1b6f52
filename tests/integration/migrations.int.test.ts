// Upgrading keeps what is stored: a graph written before a migration is brought up to date at start-up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { migrate, SCHEMA_VERSION } from "../../src/db/migrations.ts";
import { writeRows } from "../../src/db/statement.ts";
import { census, resetDatabase, seededTestGraph, seedTheSeedListing } from "../support/index.ts";

const introducedDates = (graph: Graph) =>
  graph.read<{ key: string; introduced: string | null }>(
    "MATCH (m:Model) RETURN m.key AS key, toString(m.introduced) AS introduced ORDER BY key",
  );

const sortNames = (graph: Graph) =>
  graph.read<{ key: string; sortName: string | null }>(
    "MATCH (m:Model) RETURN m.key AS key, m.sortName AS sortName ORDER BY key",
  );

/** Every fact relationship's papers and their confidences, as stored. */
const confidences = (graph: Graph) =>
  graph.read<{ id: string; papers: string[]; confidences: number[] | null; confidence: number | null }>(
    `MATCH (m:Model)-[r]->(o) WHERE r.papers IS NOT NULL
     RETURN type(r) + ':' + m.key + '->' + coalesce(o.key, o.name) AS id, r.papers AS papers,
            r.confidences AS confidences, r.confidence AS confidence
     ORDER BY id`,
  );

const schemaVersion = async (graph: Graph) =>
  (await graph.read<{ version: number }>("MATCH (s:ModelgraphSchema) RETURN s.version AS version"))[0]
    ?.version;

describe("data migrations", () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = await seededTestGraph();
  });
  afterAll(() => graph.close());

  it("gives a graph stored before Model.introduced, Model.sortName and fact confidences the values the seeder would have written, once", async () => {
    const seeded = await introducedDates(graph);
    expect(seeded.filter((row) => row.introduced !== null).length).toBeGreaterThan(5);
    const seededSortNames = await sortNames(graph);
    expect(seededSortNames.every((row) => row.sortName !== null)).toBe(true);
    expect(seededSortNames.some((row) => row.sortName !== row.key)).toBe(true);
    const seededConfidences = await confidences(graph);
    expect(seededConfidences.length).toBeGreaterThan(20);
    for (const row of seededConfidences) {
      expect(row.confidences, row.id).toHaveLength(row.papers.length);
      expect(row.confidence, row.id).toBe(Math.max(...(row.confidences ?? [])));
    }
    // Seeded by this version: recorded as already migrated.
    expect(await schemaVersion(graph)).toBe(SCHEMA_VERSION);
    expect(await migrate(graph, 7)).toEqual([]);
    const before = await census(graph);

    // What an older modelgraph left behind: no dates, no folded names, no confidences, no schema version.
    await graph.run(writeRows("MATCH (m:Model) REMOVE m.introduced, m.sortName"));
    await graph.run(writeRows("MATCH ()-[r]->() REMOVE r.confidences, r.confidence"));
    expect((await confidences(graph)).every((row) => row.confidence === null)).toBe(true);
    await graph.run(writeRows("MATCH (s:ModelgraphSchema) DELETE s"));

    // A small batch, so that the walk over the models crosses several transactions.
    const applied = await migrate(graph, 7);
    expect(applied).toHaveLength(SCHEMA_VERSION);
    expect(await introducedDates(graph)).toEqual(seeded);
    expect(await sortNames(graph)).toEqual(seededSortNames);
    expect(await confidences(graph)).toEqual(seededConfidences);
    expect(await schemaVersion(graph)).toBe(SCHEMA_VERSION);

    expect(await migrate(graph, 7)).toEqual([]);
    expect(await census(graph)).toEqual(before);
  });

  it("writes nothing to an empty database", async () => {
    await resetDatabase(graph);
    expect(await migrate(graph)).toEqual([]);
    expect(await census(graph)).toEqual({});
    await seedTheSeedListing(graph);
  });
});
