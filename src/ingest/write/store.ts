import type { ManagedTransaction } from "neo4j-driver";
import { type Graph, runInTx } from "../../db/graph.ts";
import { FACT_STORAGE, factKey } from "../../domain/facts.ts";
import { modelKey } from "../../domain/names.ts";
import type { FactKind, PaperExtraction, RelationType } from "../../domain/types.ts";
import { RELATION_TYPES } from "../../domain/types.ts";

// Relationship types cannot be Cypher parameters: every statement that names one is built here, once,
// from the fixed vocabulary, and nothing from the input ever reaches a type or label position.
const MERGE_RELATION: Record<RelationType, string> = Object.fromEntries(
  RELATION_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row
     MATCH (child:Model {key: row.from}), (parent:Model {key: row.to})
     MERGE (child)-[r:${type}]->(parent)
     SET r.papers = CASE WHEN row.paperId IN coalesce(r.papers, []) THEN r.papers
                         ELSE coalesce(r.papers, []) + row.paperId END,
         r.verdict = coalesce(row.verdict, r.verdict)`,
  ]),
) as Record<RelationType, string>;

const MERGE_FACT: Record<FactKind, string> = Object.fromEntries(
  Object.entries(FACT_STORAGE).map(([kind, { type, label }]) => [
    kind,
    `UNWIND $rows AS row
     MATCH (m:Model {key: row.model})
     MERGE (f:${label} {name: row.name})
     MERGE (m)-[r:${type}]->(f)
     SET r.papers = CASE WHEN row.paperId IN coalesce(r.papers, []) THEN r.papers
                         ELSE coalesce(r.papers, []) + row.paperId END,
         r.figure = coalesce(row.figure, r.figure)`,
  ]),
) as Record<FactKind, string>;

/**
 * Takes back everything earlier seeding wrote from these papers: their support of each fact (a fact
 * supported by no paper any more is deleted), their evidence and their links. The paper nodes stay, to be
 * rewritten. Returns the model keys it touched so that their derived properties can be recomputed.
 */
const RETRACT_PAPERS = `
UNWIND $paperIds AS pid
MATCH (p:Paper {id: pid})
OPTIONAL MATCH (p)-[:INTRODUCES|MENTIONS]->(m:Model)
WITH p, pid, collect(DISTINCT m) AS models
CALL (pid, models) {
  UNWIND models AS m
  MATCH (m)-[r]-()
  WHERE r.papers IS NOT NULL AND pid IN r.papers
  WITH DISTINCT r, pid
  SET r.papers = [x IN r.papers WHERE x <> pid]
  WITH r WHERE size(r.papers) = 0
  DELETE r
}
CALL (p) {
  OPTIONAL MATCH (p)-[:STATES]->(e:Evidence)
  DETACH DELETE e
}
CALL (p) {
  MATCH (p)-[link]-()
  DELETE link
}
RETURN [m IN models | m.key] AS keys`;

const WRITE_PAPERS = `
UNWIND $papers AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.date = date(row.date), p.yearInferred = row.yearInferred,
    p.category = row.category, p.abstract = row.abstract, p.arxivId = row.arxivId,
    p.authorsTruncated = row.authorsTruncated, p.sourceFile = row.sourceFile, p.sourceLine = row.sourceLine
WITH p, row
CALL (p, row) {
  UNWIND range(0, size(row.authors) - 1) AS i
  MERGE (a:Author {name: row.authors[i]})
  MERGE (a)-[w:AUTHORED]->(p)
  SET w.position = i + 1
}
CALL (p, row) {
  UNWIND row.organizations AS name
  MERGE (o:Organization {name: name})
  MERGE (p)-[:AFFILIATED_WITH]->(o)
}`;

/** A model as one paper saw it: kept on the paper's INTRODUCES/MENTIONS link, the model's fields derive from all. */
const WRITE_OBSERVATIONS = `
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MERGE (m:Model {key: row.key})
ON CREATE SET m.name = row.name
WITH p, m, row
CALL (p, m, row) {
  WITH * WHERE row.introduced
  CREATE (p)-[o:INTRODUCES]->(m)
  SET o += row.observation
}
CALL (p, m, row) {
  WITH * WHERE NOT row.introduced
  CREATE (p)-[o:MENTIONS]->(m)
  SET o += row.observation
}`;

const WRITE_EVIDENCE = `
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
CREATE (p)-[:STATES]->(e:Evidence)
SET e = row`;

/**
 * Recomputes each touched model from the papers that still observe it (the introducing paper's spelling
 * wins; `introduced` is the earliest introducing paper's date, stored so that lists order and filter by it
 * without reading papers), rebuilds its lookup names, and deletes models, names and vocabulary nodes no paper
 * supports.
 */
const RECOMPUTE_MODELS = `
UNWIND $keys AS key
MATCH (m:Model {key: key})
OPTIONAL MATCH (m)<-[o:INTRODUCES|MENTIONS]-(p:Paper)
WITH m, o, p ORDER BY CASE type(o) WHEN 'INTRODUCES' THEN 0 ELSE 1 END, p.date
WITH m, [x IN collect(o) WHERE x IS NOT NULL] AS obs, min(CASE type(o) WHEN 'INTRODUCES' THEN p.date END) AS introduced
CALL (m, obs, introduced) {
  WITH * WHERE size(obs) = 0
  DETACH DELETE m
}
CALL (m, obs) {
  WITH * WHERE size(obs) > 0
  SET m.name = obs[0].name,
      m.family = head([x IN obs WHERE x.family IS NOT NULL | x.family]),
      m.version = head([x IN obs WHERE x.version IS NOT NULL | x.version]),
      m.aliases = reduce(acc = [], x IN obs | acc + [a IN x.aliases WHERE NOT a IN acc AND a <> obs[0].name]),
      m.sizes = reduce(acc = [], x IN obs | acc + [s IN x.sizes WHERE NOT s IN acc]),
      m.tuning = reduce(acc = [], x IN obs | acc + [t IN x.tuning WHERE NOT t IN acc]),
      m.aliasText = reduce(text = obs[0].name, x IN obs | text + ' ' + reduce(s = '', a IN x.aliases | s + ' ' + a)),
      m.introduced = introduced
  WITH m, reduce(acc = [], x IN obs | acc + [k IN x.lookupKeys WHERE NOT k IN acc]) AS lookupKeys
  OPTIONAL MATCH (m)<-[old:NAMES]-()
  DELETE old
  WITH DISTINCT m, lookupKeys
  UNWIND lookupKeys AS lookupKey
  MERGE (n:ModelName {key: lookupKey})
  MERGE (n)-[:NAMES]->(m)
}`;

const DELETE_ORPHANS = `
CALL () {
  MATCH (n:ModelName) WHERE NOT (n)-[:NAMES]->() DELETE n
}
CALL () {
  MATCH (a:Author) WHERE NOT (a)-[:AUTHORED]->() DELETE a
}
CALL () {
  MATCH (o:Organization) WHERE NOT (o)<-[:AFFILIATED_WITH]-() DELETE o
}
CALL () {
  MATCH (f:Capability|Technique|Benchmark) WHERE NOT (f)<--() DELETE f
}`;

/**
 * Seeding transactions get minutes, not the request timeout (QUERY_TIMEOUT_MS): a batch on a cold or busy
 * database can take longer than a web request should, and cutting it would only make the seeder retry.
 */
const SEED_TRANSACTION_TIMEOUT_MS = 300_000;

/**
 * Removes names, authors, organisations and vocabulary nodes that no paper supports any more. One pass at the
 * end of a seeding run rather than per batch: the scans are global, and leftovers between batches are inert.
 */
export async function deleteOrphans(graph: Graph): Promise<void> {
  await graph.write((tx) => runInTx(tx, DELETE_ORPHANS), SEED_TRANSACTION_TIMEOUT_MS);
}

/** What one batch changed, for progress reporting. */
export interface BatchSummary {
  papers: number;
  models: number;
  relations: number;
  facts: number;
}

/**
 * Stores the extractions of a batch of papers in ONE write transaction: a failure leaves nothing of the
 * batch behind. Re-storing a paper replaces what was stored from it before, so running twice changes nothing.
 */
export async function storeBatch(graph: Graph, batch: PaperExtraction[]): Promise<BatchSummary> {
  return graph.write(async (tx) => {
    const paperIds = batch.map((extraction) => extraction.paper.id);
    const retracted = await runInTx<{ keys: string[] }>(tx, RETRACT_PAPERS, { paperIds });
    const touched = new Set(retracted.flatMap((row) => row.keys));

    await runInTx(tx, WRITE_PAPERS, { papers: batch.map(paperRow) });
    const observations = batch.flatMap(observationRows);
    observations.forEach((row) => touched.add(row.key));
    await runInTx(tx, WRITE_OBSERVATIONS, { rows: observations });
    const relations = await writeRelations(tx, batch);
    const facts = await writeFacts(tx, batch);
    await runInTx(tx, WRITE_EVIDENCE, { rows: batch.flatMap(evidenceRows) });
    await runInTx(tx, RECOMPUTE_MODELS, { keys: [...touched] });
    return { papers: batch.length, models: observations.length, relations, facts };
  }, SEED_TRANSACTION_TIMEOUT_MS);
}

async function writeRelations(tx: ManagedTransaction, batch: PaperExtraction[]): Promise<number> {
  let written = 0;
  for (const type of RELATION_TYPES) {
    const rows = batch.flatMap(({ paper, relations }) =>
      relations
        .filter((relation) => relation.type === type)
        .map((relation) => ({
          paperId: paper.id,
          from: relation.from,
          to: relation.to,
          verdict: relation.verdict ?? null,
        })),
    );
    if (rows.length === 0) continue;
    await runInTx(tx, MERGE_RELATION[type], { rows });
    written += rows.length;
  }
  return written;
}

async function writeFacts(tx: ManagedTransaction, batch: PaperExtraction[]): Promise<number> {
  let written = 0;
  for (const kind of Object.keys(FACT_STORAGE) as FactKind[]) {
    const rows = batch.flatMap(({ paper, facts }) =>
      facts
        .filter((fact) => fact.kind === kind)
        .map((fact) => ({
          paperId: paper.id,
          model: fact.model,
          name: fact.name,
          figure: fact.figure ?? null,
        })),
    );
    if (rows.length === 0) continue;
    await runInTx(tx, MERGE_FACT[kind], { rows });
    written += rows.length;
  }
  return written;
}

function paperRow({ paper }: PaperExtraction) {
  return {
    id: paper.id,
    title: paper.title,
    date: paper.date,
    yearInferred: paper.yearInferred,
    category: paper.category,
    abstract: paper.abstract,
    arxivId: paper.arxivId ?? null,
    authorsTruncated: paper.authorsTruncated,
    authors: paper.authors,
    organizations: paper.organizations,
    sourceFile: paper.source.file,
    sourceLine: paper.source.line,
  };
}

function observationRows({ paper, models, introduces }: PaperExtraction) {
  const introduced = new Set(introduces);
  return models.map((model) => ({
    paperId: paper.id,
    key: model.key,
    name: model.name,
    introduced: introduced.has(model.key),
    observation: {
      name: model.name,
      aliases: model.aliases,
      family: model.family,
      version: model.version,
      sizes: model.sizes,
      tuning: model.tuning,
      lookupKeys: [...new Set([model.key, modelKey(model.name), ...model.aliases.map(modelKey)])],
    },
  }));
}

function evidenceRows({ paper, relations, facts }: PaperExtraction) {
  const relationEvidence = relations.map((relation) => ({
    fact: factKey(relation.type, relation.from, relation.to),
    ...relation.evidence,
  }));
  const factEvidence = facts.map((fact) => ({
    fact: factKey(FACT_STORAGE[fact.kind].type, fact.model, fact.name),
    ...fact.evidence,
  }));
  return [...relationEvidence, ...factEvidence].map((evidence, index) => ({
    ...evidence,
    id: `${paper.id}#${index + 1}`,
    paperId: paper.id,
  }));
}

export async function storedPaperCount(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ count: number }>("MATCH (p:Paper) RETURN count(p) AS count");
  return row?.count ?? 0;
}
