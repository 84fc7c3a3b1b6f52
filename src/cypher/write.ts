// The seeder's statements: what one batch of papers writes (retracting what earlier seeding wrote from them first),
// and the clean-up at the end of a run. src/ingest/write/store.ts runs them in one write transaction per batch.
//
// Relationship types and labels cannot be Cypher parameters: every statement that names one is built here, once,
// from the fixed vocabulary, and nothing from the input ever reaches a type or label position. One small statement
// per type: folding all types into one statement with a CALL each had the same plan and db hits, but measured
// slower (a 13-subquery statement is costly to plan, and Neo4j re-plans it as the statistics change during a load).
import { readRows, type Statement, writeRows } from "../db/statement.ts";
import { FACT_STORAGE, factKey } from "../domain/facts.ts";
import { modelKey } from "../domain/names.ts";
import { type PaperExtraction, RELATION_TYPES } from "../domain/types.ts";
import { greatest } from "./fragments.ts";

/**
 * Adds the row's paper to a fact relationship's support, with its confidence (a paper already listed can only be
 * from this batch, since stored papers are retracted first: it keeps the better of its sentences), and sets the
 * relationship's confidence to the best of its papers' (`greatest`). `confidences` is first brought to
 * the length of `papers`, so that the two lists stay aligned whatever an older writer left.
 */
const ADD_SUPPORT = `WITH r, row, coalesce(r.papers, []) AS before
     WITH r, row, before, [i IN range(0, size(before) - 1) | coalesce(r.confidences, [])[i]] AS confidencesBefore
     WITH r, row,
       CASE WHEN row.paperId IN before THEN before ELSE before + row.paperId END AS papers,
       CASE WHEN row.paperId IN before
         THEN [i IN range(0, size(before) - 1) |
               CASE WHEN before[i] = row.paperId
                     AND (confidencesBefore[i] IS NULL OR row.confidence > confidencesBefore[i])
                    THEN row.confidence ELSE confidencesBefore[i] END]
         ELSE confidencesBefore + [row.confidence] END AS confidences
     SET r.papers = papers, r.confidences = confidences, r.confidence = ${greatest("confidences")}`;

const MERGE_LINK: Record<string, string> = Object.fromEntries([
  ...RELATION_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row
     MATCH (child:Model {key: row.from}), (parent:Model {key: row.to})
     MERGE (child)-[r:${type}]->(parent)
     ${ADD_SUPPORT},
         r.verdict = coalesce(row.verdict, r.verdict)`,
  ]),
  ...Object.values(FACT_STORAGE).map(({ type, label }) => [
    type,
    `UNWIND $rows AS row
     MATCH (m:Model {key: row.from})
     MERGE (f:${label} {name: row.to})
     MERGE (m)-[r:${type}]->(f)
     ${ADD_SUPPORT},
         r.figure = coalesce(row.figure, r.figure)`,
  ]),
]);

/**
 * Takes back everything earlier seeding wrote from these papers: their support of each fact (with its
 * confidence: what remains is the best of the other papers'; a fact supported by no paper any more is deleted),
 * their evidence and their links. The paper nodes stay, to be
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
  WITH r, [i IN range(0, size(r.papers) - 1) WHERE r.papers[i] <> pid] AS kept
  WITH r, [i IN kept | r.papers[i]] AS papers, [i IN kept | coalesce(r.confidences, [])[i]] AS confidences
  SET r.papers = papers, r.confidences = confidences, r.confidence = ${greatest("confidences")}
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

/** The papers stored before, of those in hand: only they have anything to retract. */
const STORED_PAPERS = `
UNWIND $paperIds AS pid
MATCH (p:Paper {id: pid})
RETURN p.id AS id`;

/**
 * A paper with everything that hangs from it: authors, organisations, the models it observes (the observation is
 * kept on its INTRODUCES/MENTIONS link, the model's fields derive from all) and its evidence. The links are
 * created, not merged: a paper stored before had them all retracted, and authors and organisations come
 * deduplicated per paper.
 */
const WRITE_PAPERS = `
UNWIND $papers AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.date = date(row.date), p.yearInferred = row.yearInferred,
    p.category = row.category, p.abstract = row.abstract, p.arxivId = row.arxivId,
    p.authorsTruncated = row.authorsTruncated, p.sourceFile = row.sourceFile, p.sourceLine = row.sourceLine
WITH p, row
CALL (p, row) {
  UNWIND row.authors AS author
  MERGE (a:Author {name: author.name})
  CREATE (a)-[:AUTHORED {position: author.position}]->(p)
}
CALL (p, row) {
  UNWIND row.organizations AS name
  MERGE (o:Organization {name: name})
  CREATE (p)-[:AFFILIATED_WITH]->(o)
}
CALL (p, row) {
  UNWIND row.models AS model
  MERGE (m:Model {key: model.key})
  ON CREATE SET m.name = model.name
  WITH p, m, model
  CALL (p, m, model) {
    WITH * WHERE model.introduced
    CREATE (p)-[o:INTRODUCES]->(m)
    SET o = model.observation
  }
  CALL (p, m, model) {
    WITH * WHERE NOT model.introduced
    CREATE (p)-[o:MENTIONS]->(m)
    SET o = model.observation
  }
}
CALL (p, row) {
  UNWIND row.evidence AS evidence
  CREATE (p)-[:STATES]->(e:Evidence)
  SET e = evidence
}`;

/**
 * Recomputes each touched model from the papers that still observe it (the introducing paper's spelling
 * wins; `introduced` is the earliest introducing paper's date, stored so that lists order and filter by it
 * without reading papers), rebuilds its lookup names, and deletes models, names and vocabulary nodes no paper
 * supports. The observations are read introducing papers first, then by date, then by paper id (a total order:
 * the same observations give the same fields whichever batches brought them).
 */
const RECOMPUTE_MODELS = `
UNWIND $keys AS key
MATCH (m:Model {key: key})
OPTIONAL MATCH (m)<-[o:INTRODUCES|MENTIONS]-(p:Paper)
WITH m, o, p ORDER BY CASE type(o) WHEN 'INTRODUCES' THEN 0 ELSE 1 END, p.date, p.id
WITH m, [x IN collect(o) WHERE x IS NOT NULL] AS obs, min(CASE type(o) WHEN 'INTRODUCES' THEN p.date END) AS introduced
CALL (m, obs) {
  WITH * WHERE size(obs) = 0
  DETACH DELETE m
}
CALL (m, obs, introduced) {
  WITH * WHERE size(obs) > 0
  SET m.name = obs[0].name,
      m.sortName = toLower(obs[0].name),
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

/** The ids of the papers, of those given, that earlier seeding stored: only they have anything to retract. */
export function storedPapers(paperIds: readonly string[]): Statement<string[]> {
  return {
    ...writeRows(STORED_PAPERS, { paperIds }),
    decode: (rows) => rows.map((row) => row.id as string),
  };
}

/** Retracts what earlier seeding wrote from these papers (RETRACT_PAPERS); answers the model keys it touched. */
export function retractPapers(paperIds: readonly string[]): Statement<string[]> {
  return {
    ...writeRows(RETRACT_PAPERS, { paperIds }),
    decode: (rows) => rows.flatMap((row) => row.keys as string[]),
  };
}

/** Writes a batch's papers with their authors, organisations, model observations and evidence. */
export function writePapers(batch: readonly PaperExtraction[]): Statement {
  return writeRows(WRITE_PAPERS, { papers: batch.map(paperRow) });
}

/** A batch's relations and facts: one statement per relationship type in it. */
export function mergeLinks(batch: readonly PaperExtraction[]): Statement[] {
  return [...groupByType(batch.flatMap(linkRows))].map(([type, rows]) =>
    writeRows(MERGE_LINK[type] as string, { rows }),
  );
}

/** Recomputes the touched models from the papers that still observe them (RECOMPUTE_MODELS). */
export function recomputeModels(keys: readonly string[]): Statement {
  return writeRows(RECOMPUTE_MODELS, { keys });
}

/** Deletes names, authors, organisations and vocabulary nodes that no paper supports any more. */
export function deleteOrphans(): Statement {
  return writeRows(DELETE_ORPHANS);
}

export function countPapers(): Statement<number> {
  return {
    ...readRows("MATCH (p:Paper) RETURN count(p) AS count"),
    decode: (rows) => (rows[0]?.count as number | undefined) ?? 0,
  };
}

/** A paper's relations and facts, as rows of MERGE_LINK for their relationship type. */
function linkRows({ paper, relations, facts }: PaperExtraction) {
  return [
    ...relations.map((relation) => ({
      type: relation.type,
      paperId: paper.id,
      from: relation.from,
      to: relation.to,
      verdict: relation.verdict ?? null,
      figure: null,
      confidence: relation.evidence.confidence,
    })),
    ...facts.map((fact) => ({
      type: FACT_STORAGE[fact.kind].type,
      paperId: paper.id,
      from: fact.model,
      to: fact.name,
      verdict: null,
      figure: fact.figure ?? null,
      confidence: fact.evidence.confidence,
    })),
  ];
}

function groupByType(rows: ReturnType<typeof linkRows>): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>();
  for (const row of rows) {
    const group = groups.get(row.type) ?? [];
    group.push(row);
    groups.set(row.type, group);
  }
  return groups;
}

function paperRow(extraction: PaperExtraction) {
  const { paper } = extraction;
  // An author named twice keeps one AUTHORED link, at the last position (what merging the link did).
  const positions = new Map(paper.authors.map((name, index) => [name, index + 1]));
  return {
    id: paper.id,
    title: paper.title,
    date: paper.date,
    yearInferred: paper.yearInferred,
    category: paper.category,
    abstract: paper.abstract,
    arxivId: paper.arxivId ?? null,
    authorsTruncated: paper.authorsTruncated,
    authors: [...positions].map(([name, position]) => ({ name, position })),
    organizations: [...new Set(paper.organizations)],
    sourceFile: paper.source.file,
    sourceLine: paper.source.line,
    models: observationRows(extraction),
    evidence: evidenceRows(extraction),
  };
}

function observationRows({ models, introduces }: PaperExtraction) {
  const introduced = new Set(introduces);
  return models.map((model) => ({
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
