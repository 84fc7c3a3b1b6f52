// Hugging Face Hub repos in the graph: every statement that writes or reads them, as pure builders (src/db/statement.ts).
//
//   (:HfRepo {key, id, author, downloads, likes, pipelineTag, library, license, createdAt, lastModified, sha, tags, stub})
//   (:HfRepo)-[:CHECKPOINT_OF {rule, confidence, size, tuning}]->(:Model)
//   (:HfRepo)-[:DERIVED_FROM {relation, relationSource, declaredBy}]->(:HfRepo)      child repo → base repo
//   (:HfRepo)-[:RENAMED_TO]->(:HfRepo)                                               old id → the id the Hub answers
//   (:Model)-[:DECLARED_LINEAGE {type, cards, revisions, relations, repos, bases}]->(:Model)   what model cards say
//
// `key` is the id folded for case (the Hub resolves ids case-insensitively). DECLARED_LINEAGE is derived from the
// repo edges whose two ends are checkpoints of two different models, so it is rebuilt, never edited.
import { readBatch, readRows, type Statement, writeRows } from "../db/statement.ts";
import { type Evidence, LINEAGE_TYPES } from "../domain/types.ts";

/** The graph's identity of a repo id. */
export const repoKey = (id: string) => id.trim().toLowerCase();

export interface RepoWriteRow {
  key: string;
  id: string;
  author: string | null;
  downloads: number | null;
  likes: number | null;
  pipelineTag: string | null;
  library: string | null;
  license: string | null;
  createdAt: string | null;
  lastModified: string | null;
  sha: string | null;
  tags: string[];
}

/** Repos read from the input: created or updated, no longer stubs. */
export function writeRepos(repos: readonly RepoWriteRow[]): Statement<{ key: string }[]> {
  return writeRows(
    `UNWIND $repos AS row
     MERGE (r:HfRepo {key: row.key})
     SET r.id = row.id, r.author = row.author, r.downloads = row.downloads, r.likes = row.likes,
         r.pipelineTag = row.pipelineTag, r.library = row.library, r.license = row.license,
         r.createdAt = row.createdAt, r.lastModified = row.lastModified, r.sha = row.sha, r.tags = row.tags,
         r.stub = false
     RETURN r.key AS key`,
    { repos },
  );
}

/** Repos only named (as a base, a new version or an old id): created as stubs; a stored repo is left as it is. */
export function writeStubRepos(
  repos: readonly { key: string; id: string }[],
): Statement<{ created: number }> {
  return {
    ...writeRows(
      `UNWIND $repos AS row
       OPTIONAL MATCH (known:HfRepo {key: row.key})
       WITH row WHERE known IS NULL
       CREATE (:HfRepo {key: row.key, id: row.id, author: split(row.id, '/')[0], stub: true, tags: []})
       RETURN count(*) AS created`,
      { repos },
    ),
    decode: (rows) => ({ created: Number(rows[0]?.created ?? 0) }),
  };
}

/**
 * Renamed repos: the old id points at the new one, and what was declared against the old id moves to the new.
 * Returns the models of the repos whose edges moved, whose declared lineage must be rebuilt.
 */
export function writeRenames(renames: readonly { from: string; to: string }[]): Statement<string[]> {
  return {
    ...writeRows(
      `UNWIND $renames AS row
       MATCH (old:HfRepo {key: row.from}), (new:HfRepo {key: row.to})
       MERGE (old)-[:RENAMED_TO]->(new)
       WITH old, new
       CALL (old, new) {
         MATCH (child:HfRepo)-[d:DERIVED_FROM]->(old)
         MERGE (child)-[moved:DERIVED_FROM {declaredBy: d.declaredBy, relation: d.relation}]->(new)
         SET moved.relationSource = d.relationSource
         DELETE d
         WITH child
         OPTIONAL MATCH (child)-[:CHECKPOINT_OF]->(m:Model)
         RETURN collect(m.key) AS models
       }
       RETURN models`,
      { renames },
    ),
    decode: (rows) => rows.flatMap((row) => row.models as string[]),
  };
}

export interface DeclaredEdgeRow {
  child: string;
  base: string;
  relation: string;
  relationSource: string;
}

/**
 * What each repo's card declares replaces what it declared before (edges are filed under `declaredBy`, the repo
 * whose card says it: for `new_version` that is the older repo). A base stored as renamed is followed to its new
 * id. Returns the models of children whose declared edges went away, whose declared lineage must be rebuilt.
 */
export function writeDeclaredEdges(
  declarations: readonly { key: string; edges: DeclaredEdgeRow[] }[],
): Statement<string[]> {
  return {
    ...writeRows(
      `UNWIND $declarations AS row
       MATCH (card:HfRepo {key: row.key})
       CALL (card) {
         // A card's edges touch the card: its bases go out of it, its new version points back at it.
         OPTIONAL MATCH (card)-[d:DERIVED_FROM]-(:HfRepo)
         WHERE d.declaredBy = card.key
         WITH d, startNode(d) AS child
         OPTIONAL MATCH (child)-[:CHECKPOINT_OF]->(m:Model)
         DELETE d
         RETURN collect(DISTINCT m.key) AS formerModels
       }
       CALL (card, row) {
         UNWIND row.edges AS edge
         MATCH (child:HfRepo {key: edge.child}), (named:HfRepo {key: edge.base})
         OPTIONAL MATCH (named)-[:RENAMED_TO]->(renamed:HfRepo)
         WITH card, edge, child, coalesce(renamed, named) AS base
         WHERE child <> base
         MERGE (child)-[d:DERIVED_FROM {declaredBy: card.key, relation: edge.relation}]->(base)
         SET d.relationSource = edge.relationSource
       }
       RETURN formerModels`,
      { declarations },
    ),
    decode: (rows) => rows.flatMap((row) => row.formerModels as string[]),
  };
}

export interface CheckpointCandidateRow {
  key: string;
  rule: string;
  confidence: number;
}

export interface CheckpointMatch {
  repo: string;
  model: string;
  rule: string;
  confidence: number;
}

/**
 * For each repo, the first of its candidate keys (in order) that names a stored model, by key or by any spelling
 * (ModelName). Repos none of whose candidates names a model are absent from the answer.
 */
export function matchCheckpoints(
  repos: readonly { repo: string; candidates: CheckpointCandidateRow[] }[],
): Statement<CheckpointMatch[]> {
  return readRows<CheckpointMatch & Record<string, unknown>>(
    `UNWIND $repos AS row
     CALL (row) {
       UNWIND range(0, size(row.candidates) - 1) AS i
       WITH i, row.candidates[i] AS candidate
       CALL (candidate) {
         MATCH (m:Model {key: candidate.key}) RETURN m
         UNION
         MATCH (:ModelName {key: candidate.key})-[:NAMES]->(m:Model) RETURN m
       }
       RETURN i, candidate, m ORDER BY i, m.key LIMIT 1
     }
     RETURN row.repo AS repo, m.key AS model, candidate.rule AS rule, candidate.confidence AS confidence`,
    { repos },
  );
}

/** A quantised repo that names no model by itself is a checkpoint of the model its base is one of. */
export function matchCheckpointsThroughBase(repos: readonly string[]): Statement<CheckpointMatch[]> {
  return readRows<CheckpointMatch & Record<string, unknown>>(
    `UNWIND $repos AS key
     MATCH (:HfRepo {key: key})-[:DERIVED_FROM {relation: 'quantized'}]->(:HfRepo)-[c:CHECKPOINT_OF]->(m:Model)
     WITH key, m, c ORDER BY c.confidence DESC, m.key
     WITH key, head(collect({ model: m.key, confidence: c.confidence })) AS best
     RETURN key AS repo, best.model AS model, 'hf.quantized-of-base' AS rule, best.confidence * 0.9 AS confidence`,
    { repos },
  );
}

export interface CheckpointLinkRow {
  repo: string;
  /** null: the repo names no stored model (any former link is removed). */
  model: string | null;
  rule: string | null;
  confidence: number | null;
  size: string | null;
  tuning: string | null;
}

/** Links each repo to the model it is a checkpoint of (replacing any former link); returns the former models. */
export function writeCheckpoints(links: readonly CheckpointLinkRow[]): Statement<string[]> {
  return {
    ...writeRows(
      `UNWIND $links AS row
       MATCH (r:HfRepo {key: row.repo})
       CALL (r) {
         OPTIONAL MATCH (r)-[old:CHECKPOINT_OF]->(was:Model)
         DELETE old
         RETURN collect(was.key) AS former
       }
       CALL (r, row) {
         MATCH (m:Model {key: row.model})
         MERGE (r)-[c:CHECKPOINT_OF]->(m)
         SET c.rule = row.rule, c.confidence = row.confidence, c.size = row.size, c.tuning = row.tuning
       }
       RETURN former`,
      { links },
    ),
    decode: (rows) => rows.flatMap((row) => row.former as string[]),
  };
}

/** The lineage type a declared relation stands for at the model level. */
const DECLARED_TYPE = `CASE d.relation WHEN 'quantized' THEN 'VARIANT_OF' WHEN 'successor' THEN 'SUCCESSOR_OF'
  ELSE 'BASED_ON' END`;

/**
 * Rebuilds the declared lineage of every model these repos touch (the models they and their derivatives are
 * checkpoints of) and of the models given: one DECLARED_LINEAGE per parent model and type, with every card that
 * declares it (the declaring repo, its revision, the relation, and the child and base repos), aligned lists.
 */
export function rebuildDeclaredLineage(
  repos: readonly string[],
  models: readonly string[],
): Statement<{ models: number }> {
  return {
    ...writeRows(
      `CALL () {
         UNWIND $repos AS key
         MATCH (r:HfRepo {key: key})
         CALL (r) {
           MATCH (r)-[:CHECKPOINT_OF]->(m:Model) RETURN m
           UNION
           MATCH (r)<-[:DERIVED_FROM]-(:HfRepo)-[:CHECKPOINT_OF]->(m:Model) RETURN m
         }
         RETURN m
         UNION
         UNWIND $models AS key
         MATCH (m:Model {key: key})
         RETURN m
       }
       WITH DISTINCT m AS c
       CALL (c) {
         MATCH (c)-[old:DECLARED_LINEAGE]->()
         DELETE old
       }
       CALL (c) {
         MATCH (c)<-[:CHECKPOINT_OF]-(r:HfRepo)-[d:DERIVED_FROM]->(b:HfRepo)-[:CHECKPOINT_OF]->(p:Model)
         WHERE p <> c
         MATCH (card:HfRepo {key: d.declaredBy})
         WITH p, ${DECLARED_TYPE} AS type, card, d, r, b ORDER BY card.key, r.key, b.key
         WITH p, type, collect(DISTINCT { card: card.id, revision: coalesce(card.sha, card.lastModified, ''),
           relation: d.relation, repo: r.id, base: b.id }) AS sources
         CREATE (c)-[l:DECLARED_LINEAGE {type: type}]->(p)
         SET l.cards = [s IN sources | s.card], l.revisions = [s IN sources | s.revision],
             l.relations = [s IN sources | s.relation], l.repos = [s IN sources | s.repo],
             l.bases = [s IN sources | s.base]
       }
       RETURN count(c) AS models`,
      { repos, models },
    ),
    decode: (rows) => ({ models: Number(rows[0]?.models ?? 0) }),
  };
}

/** A card's word for a model-level lineage fact: which repo's card, at which revision, and the repo edge. */
export interface ModelCardRow {
  card: string;
  revision: string;
  relation: string;
  repo: string;
  base: string;
}

export interface DeclaredEdgeSummary {
  type: string;
  child: string;
  parent: string;
  cards: ModelCardRow[];
}

const CARDS = (l: string) =>
  `[i IN range(0, size(${l}.cards) - 1) | { card: ${l}.cards[i], revision: ${l}.revisions[i],
    relation: ${l}.relations[i], repo: ${l}.repos[i], base: ${l}.bases[i] }]`;

const EXTRACTED = LINEAGE_TYPES.join("|");

export interface DisagreementRow {
  model: string;
  declared: DeclaredEdgeSummary[];
  extracted: { type: string; child: string; parent: string; confidence: number | null }[];
}

/**
 * Models whose model cards declare a parent the papers do not state, while the papers do state parents: both
 * sides, each edge with what supports it. In model-name order, at most `limit`.
 */
export function lineageDisagreements(limit: number): Statement<DisagreementRow[]> {
  return readRows<DisagreementRow & Record<string, unknown>>(
    `MATCH (c:Model)-[:DECLARED_LINEAGE]->()
     WITH DISTINCT c
     WITH c, COLLECT { MATCH (c)-[:${EXTRACTED}]->(p:Model) RETURN DISTINCT p.key } AS stated
     WHERE size(stated) > 0
       AND EXISTS { MATCH (c)-[:DECLARED_LINEAGE]->(p:Model) WHERE NOT p.key IN stated }
     WITH c ORDER BY c.sortName, c.key LIMIT $limit
     RETURN c.key AS model,
       COLLECT { MATCH (c)-[l:DECLARED_LINEAGE]->(p:Model) WITH l, p ORDER BY p.name, l.type
                 RETURN { type: l.type, child: c.key, parent: p.key, cards: ${CARDS("l")} } } AS declared,
       COLLECT { MATCH (c)-[r:${EXTRACTED}]->(p:Model) WITH r, p ORDER BY p.name, type(r)
                 RETURN { type: type(r), child: c.key, parent: p.key, confidence: r.confidence } } AS extracted`,
    { limit },
  );
}

/** Each model's declared parents (child → parent edges from model cards), in the order of `keys`. */
export function declaredParentsOfModels(keys: readonly string[]): Statement<DeclaredEdgeSummary[][]> {
  return readBatch<{ key: string; edges: DeclaredEdgeSummary[] }, DeclaredEdgeSummary[]>(
    `UNWIND $keys AS key
     MATCH (c:Model {key: key})-[l:DECLARED_LINEAGE]->(p:Model)
     WITH key, l, p ORDER BY p.name, l.type
     RETURN key, collect({ type: l.type, child: key, parent: p.key, cards: ${CARDS("l")} }) AS edges`,
    { keys },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.edges, missing: [] },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Reads for the API

/** A repo as the API reads it: what the import wrote, and whether it is only a stub. */
export interface RepoRow extends RepoWriteRow {
  stub: boolean;
}

const REPO = (r: string) =>
  `${r} { .key, .id, .author, .downloads, .likes, .pipelineTag, .library, .license, .createdAt, .lastModified,
     .sha, tags: coalesce(${r}.tags, []), stub: coalesce(${r}.stub, false) }`;

export function reposByKeys(keys: readonly string[]): Statement<(RepoRow | null)[]> {
  return readBatch<{ key: string; repo: RepoRow }, RepoRow | null>(
    `UNWIND $keys AS key MATCH (r:HfRepo {key: key}) RETURN key, ${REPO("r")} AS repo`,
    { keys },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.repo, missing: null },
  );
}

export interface CheckpointRow {
  model: string;
  rule: string;
  confidence: number;
  size: string | null;
  tuning: string | null;
}

/** The model each repo is a checkpoint of, with how it was read; null for an unlinked repo. */
export function checkpointsOfRepos(keys: readonly string[]): Statement<(CheckpointRow | null)[]> {
  return readBatch<{ key: string; checkpoint: CheckpointRow }, CheckpointRow | null>(
    `UNWIND $keys AS key
     MATCH (:HfRepo {key: key})-[c:CHECKPOINT_OF]->(m:Model)
     RETURN key, { model: m.key, rule: c.rule, confidence: c.confidence, size: c.size, tuning: c.tuning } AS checkpoint`,
    { keys },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.checkpoint, missing: null },
  );
}

/** Each model's repos, most downloaded first, at most `limit` a model. */
export function reposOfModels(keys: readonly string[], limit: number): Statement<RepoRow[][]> {
  return readBatch<{ key: string; repos: RepoRow[] }, RepoRow[]>(
    `UNWIND $keys AS key
     MATCH (:Model {key: key})<-[:CHECKPOINT_OF]-(r:HfRepo)
     WITH key, r ORDER BY r.downloads DESC, r.key
     RETURN key, collect(${REPO("r")})[..$limit] AS repos`,
    { keys, limit },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.repos, missing: [] },
  );
}

/** A repo reached from another through declared edges: how far, and the relation of the step that reached it. */
export interface RepoRelativeRow {
  repo: RepoRow;
  depth: number;
  relation: string;
}

/** A step along declared repo edges, only through the relations given (a literal list is never built from input). */
const repoStep = (direction: "up" | "down", relations: readonly string[] | null, depth: number) => {
  const inner = `e:DERIVED_FROM${relations ? " WHERE e.relation IN $relations" : ""}`;
  return `${direction === "up" ? `-[${inner}]->` : `<-[${inner}]-`}{1,${depth}}`;
};

/** Each repo's bases, all the way up to `depth`, nearest first, each with one shortest path's last relation. */
export function baseReposOf(
  keys: readonly string[],
  depth: number,
  relations: readonly string[] | null,
  limit: number,
): Statement<RepoRelativeRow[][]> {
  return readBatch<{ key: string; bases: RepoRelativeRow[] }, RepoRelativeRow[]>(
    `UNWIND $keys AS key
       MATCH (start:HfRepo {key: key})
       CALL (start) {
         MATCH p = ANY SHORTEST (start)${repoStep("up", relations, depth)}(b:HfRepo)
         WHERE b <> start
         RETURN b, length(p) AS depth, last(relationships(p)).relation AS relation
         ORDER BY depth, b.key LIMIT $limit
       }
       RETURN key, collect({ repo: ${REPO("b")}, depth: depth, relation: relation }) AS bases`,
    { keys, relations, limit },
    keys,
    { rowKey: (row) => row.key, value: (row) => row.bases, missing: [] },
  );
}

export interface DerivativesPage {
  /** The page, each with its sort key (the repo's key). */
  rows: (RepoRelativeRow & { sortKey: string })[];
  total: number;
  byRelation: { relation: string; count: number }[];
  more: boolean;
  beyond: boolean;
}

/**
 * One page of each repo's derivatives (repos declared from it, down to `depth`), in key order, with how many there
 * are in all and per relation: for many repos at once (a GraphQL level), the same window each. `page` and `other`
 * are the keyset conditions on `x.repo.key` (src/cypher/keyset.ts), their values in `window`.
 */
export function derivativesOf(
  keys: readonly string[],
  options: {
    depth: number;
    relations: readonly string[] | null;
    limit: number;
    fromEnd: boolean;
    page: string | null;
    other: string | null;
    window: Record<string, string | null>;
  },
): Statement<DerivativesPage[]> {
  const order = options.fromEnd ? "DESC" : "";
  return {
    ...readRows(
      `UNWIND $keys AS key
       MATCH (start:HfRepo {key: key})
       CALL (start) {
         MATCH p = ANY SHORTEST (start)${repoStep("down", options.relations, options.depth)}(d:HfRepo)
         WHERE d <> start
         RETURN collect({ key: d.key, node: d, depth: length(p), relation: last(relationships(p)).relation }) AS reached
       }
       CALL (reached) {
         UNWIND reached AS x
         WITH x.relation AS relation, count(*) AS count ORDER BY relation
         RETURN collect({ relation: relation, count: count }) AS byRelation
       }
       CALL (reached) {
         UNWIND reached AS x
         WITH x ${options.page ? `WHERE ${options.page}` : ""}
         WITH x ORDER BY x.key ${order} LIMIT $limit
         WITH x, x.node AS d
         RETURN collect({ repo: ${REPO("d")}, depth: x.depth, relation: x.relation, sortKey: x.key }) AS page
       }
       RETURN key, size(reached) AS total, byRelation, page,
         ${options.other ? `any(x IN reached WHERE ${options.other})` : "false"} AS beyond`,
      { keys, relations: options.relations, limit: options.limit + 1, ...options.window },
    ),
    decode: (rows) => {
      const found = new Map(rows.map((row) => [row.key as string, row]));
      return keys.map((key) => {
        const row = found.get(key);
        const page = (row?.page ?? []) as DerivativesPage["rows"];
        const rowsOfPage = page.slice(0, options.limit);
        if (options.fromEnd) rowsOfPage.reverse();
        return {
          rows: rowsOfPage,
          total: Number(row?.total ?? 0),
          byRelation: (row?.byRelation ?? []) as DerivativesPage["byRelation"],
          more: page.length > options.limit,
          beyond: Boolean(row?.beyond),
        };
      });
    },
  };
}

export interface EdgeSourcesRow {
  /** The papers' sentences, as stored (filed under the edge's fact key). */
  evidence: (Evidence & { fact: string })[];
  cards: ModelCardRow[];
}

/**
 * What supports each model-level lineage edge, in one query: the paper sentences filed under its fact key and the
 * model cards that declare the same child, parent and type.
 */
export function sourcesOfEdges(
  edges: readonly { fact: string; type: string; child: string; parent: string }[],
): Statement<EdgeSourcesRow[]> {
  return readBatch<EdgeSourcesRow & { key: string }, EdgeSourcesRow, (typeof edges)[number]>(
    `UNWIND $edges AS edge
       RETURN edge.fact AS key,
         COLLECT { MATCH (e:Evidence {fact: edge.fact}) WITH e ORDER BY e.confidence DESC, e.paperId, e.start
                   RETURN e { .fact, .paperId, .sentence, .start, .end, .rule, .confidence } } AS evidence,
         COLLECT { MATCH (:Model {key: edge.child})-[l:DECLARED_LINEAGE {type: edge.type}]->(:Model {key: edge.parent})
                   UNWIND ${CARDS("l")} AS card RETURN card } AS cards`,
    { edges },
    edges,
    {
      rowKey: (row) => row.key,
      value: ({ evidence, cards }) => ({ evidence, cards }),
      missing: { evidence: [], cards: [] },
      keyOf: (edge) => edge.fact,
    },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Repos in a lineage graph: each drawn model's most downloaded repos, the declared edges among them, and each
// drawn repo's direct derivatives counted per relation (collapsed: "1,240 quantized" until paged through).

/** A lineage graph draws at most this many repos a model (the others are counted): never thousands of boxes. */
export const MAX_GRAPH_REPOS_PER_MODEL = 10;

export const clampReposPerModel = (perModel: number) =>
  Math.max(1, Math.min(MAX_GRAPH_REPOS_PER_MODEL, Math.trunc(perModel)));

/** A repo drawn in a lineage graph. */
export interface GraphRepoRow {
  key: string;
  id: string;
  downloads: number | null;
  likes: number | null;
  stub: boolean;
}

export interface RepoLayerRow {
  /** Per drawn model: how many repos are its checkpoints, and the most downloaded of them (drawn). */
  models: { model: string; total: number; repos: GraphRepoRow[] }[];
  /** Declared edges between two drawn repos, child → base (repo keys). */
  edges: { child: string; base: string; relation: string }[];
  /** Every drawn repo's direct derivatives, drawn or not, counted per relation. */
  derivatives: { base: string; relation: string; count: number }[];
}

/**
 * CALL subqueries that bind `repoLayer` (a RepoLayerRow) for the models in the list `nodes`: `$reposPerModel`
 * repos a model. For a statement that already holds the models (the lineage graph), so they share its round trip.
 */
export function repoLayer(nodes: string): string {
  return `CALL (${nodes}) {
       UNWIND ${nodes} AS m
       CALL (m) {
         MATCH (m)<-[:CHECKPOINT_OF]-(r:HfRepo)
         WITH r ORDER BY coalesce(r.downloads, -1) DESC, r.key LIMIT $reposPerModel
         RETURN collect(r) AS shown
       }
       RETURN collect({ model: m.key, total: COUNT { (m)<-[:CHECKPOINT_OF]-(:HfRepo) }, shown: shown }) AS perModel
     }
     WITH *, reduce(acc = [], x IN perModel | acc + x.shown) AS drawnRepos
     CALL (drawnRepos) {
       UNWIND drawnRepos AS r
       MATCH (r)-[d:DERIVED_FROM]->(b:HfRepo)
       WHERE b IN drawnRepos
       WITH DISTINCT r.key AS child, b.key AS base, d.relation AS relation ORDER BY child, base, relation
       RETURN collect({ child: child, base: base, relation: relation }) AS repoEdges
     }
     CALL (drawnRepos) {
       UNWIND drawnRepos AS r
       MATCH (r)<-[d:DERIVED_FROM]-(c:HfRepo)
       WITH r.key AS base, d.relation AS relation, count(DISTINCT c) AS count ORDER BY base, relation
       RETURN collect({ base: base, relation: relation, count: count }) AS derivativeCounts
     }
     WITH *, { models: [x IN perModel | { model: x.model, total: x.total,
                 repos: [r IN x.shown | r { .key, .id, .downloads, .likes, stub: coalesce(r.stub, false) }] }],
               edges: repoEdges, derivatives: derivativeCounts } AS repoLayer`;
}

/** A drawn repo's derivatives of one relation that are not drawn themselves, as one node until expanded. */
export interface DerivativeGroup {
  /** The base repo's key. */
  base: string;
  relation: string;
  count: number;
}

/**
 * The collapsed derivative groups of a repo layer: per drawn repo and relation, its direct derivatives less those
 * drawn (they are nodes of their own, linked by a repo edge). Groups with nothing left are dropped.
 */
export function collapseDerivatives(layer: RepoLayerRow): DerivativeGroup[] {
  const drawnChildren = new Map<string, Set<string>>();
  for (const edge of layer.edges) {
    const group = JSON.stringify([edge.base, edge.relation]);
    drawnChildren.set(group, (drawnChildren.get(group) ?? new Set()).add(edge.child));
  }
  return layer.derivatives
    .map((entry) => ({
      base: entry.base,
      relation: entry.relation,
      count: entry.count - (drawnChildren.get(JSON.stringify([entry.base, entry.relation]))?.size ?? 0),
    }))
    .filter((group) => group.count > 0);
}
