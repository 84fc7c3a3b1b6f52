// Hub repos into the graph: records (from a file or the live API) → resolution by the name grammar → one write
// transaction per batch → the model-level declared lineage rebuilt. Importing the same records again changes nothing.

import { readFile } from "node:fs/promises";
import {
  type CheckpointLinkRow,
  type CheckpointMatch,
  type DeclaredEdgeRow,
  type DisagreementRow,
  lineageDisagreements,
  matchCheckpoints,
  matchCheckpointsThroughBase,
  type RepoWriteRow,
  rebuildDeclaredLineage,
  repoKey,
  writeCheckpoints,
  writeDeclaredEdges,
  writeRenames,
  writeRepos,
  writeStubRepos,
} from "../../cypher/hf.ts";
import type { Graph } from "../../db/executor.ts";
import { fetchHubModels, type HubClientOptions, type HubQuery } from "./client.ts";
import { readRepoName } from "./names.ts";
import {
  type HfInputError,
  type HfReadOptions,
  type HfRepoRecord,
  readHfInfos,
  readHfRecords,
} from "./record.ts";

export type { HubQuery } from "./client.ts";
export { HfInputError, isRepoId, readHfRecords } from "./record.ts";

export interface UnlinkedRepo {
  id: string;
  reason: string;
}

export interface HfImportReport {
  /** Repos read from the input. */
  read: number;
  /** Of those, linked to a model. */
  linked: number;
  unlinked: UnlinkedRepo[];
  /** Repos named (as a base or new version) but not in the input: stored as stubs, with who names them. */
  namedOnly: { id: string; namedBy: string[]; missing?: true }[];
  /** Repo → base repo edges the cards and tags declare. */
  declaredEdges: number;
  /** Models whose declared lineage was rebuilt. */
  modelsRebuilt: number;
  disagreements: DisagreementRow[];
  skipped: HfInputError[];
  warnings: string[];
}

export interface HfImportOptions {
  /** Repos per write transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Renames the input does not show (the live client asks the Hub about named-only repos): old id → new id. */
  renamed?: ReadonlyMap<string, string>;
  /** Named-only repos the Hub says do not exist, reported as such. */
  missing?: ReadonlySet<string>;
}

/** How many disagreements a report lists (the API pages through all of them). */
const REPORTED_DISAGREEMENTS = 100;
/** Import transactions get minutes, like seeding ones: a batch on a busy database may take long. */
const IMPORT_TRANSACTION_TIMEOUT_MS = 300_000;

/** Stores the records (and stubs for the repos they name), links repos to models and rebuilds declared lineage. */
export async function importHfRecords(
  graph: Graph,
  records: readonly HfRepoRecord[],
  options: HfImportOptions = {},
): Promise<Omit<HfImportReport, "skipped" | "warnings">> {
  const renamed = new Map<string, string>();
  for (const [from, to] of options.renamed ?? []) renamed.set(repoKey(from), to);
  for (const record of records) if (record.renamedFrom) renamed.set(repoKey(record.renamedFrom), record.id);
  const current = (id: string) => renamed.get(repoKey(id)) ?? id;

  const inInput = new Set(records.map((record) => repoKey(record.id)));
  const namedBy = new Map<string, { id: string; namedBy: string[] }>();
  const name = (id: string, by: string) => {
    const key = repoKey(id);
    if (inInput.has(key)) return;
    const entry = namedBy.get(key) ?? { id, namedBy: [] };
    entry.namedBy.push(by);
    namedBy.set(key, entry);
  };
  const declarations = records.map((record) => {
    const edges: DeclaredEdgeRow[] = record.bases.map((base) => {
      name(current(base.id), record.id);
      return {
        child: repoKey(record.id),
        base: repoKey(current(base.id)),
        relation: base.relation,
        relationSource: base.relationSource,
      };
    });
    if (record.newVersion) {
      name(current(record.newVersion), record.id);
      edges.push({
        child: repoKey(current(record.newVersion)),
        base: repoKey(record.id),
        relation: "successor",
        relationSource: "card",
      });
    }
    return { key: repoKey(record.id), edges };
  });
  for (const record of records) if (record.renamedFrom) name(record.renamedFrom, record.id);
  for (const [from, to] of options.renamed ?? []) name(from, to);

  const allIds = [...records.map((record) => record.id), ...[...namedBy.values()].map((entry) => entry.id)];
  const matches = await resolveCheckpoints(graph, allIds);
  const links = new Map<string, CheckpointLinkRow>(
    allIds.map((id) => {
      const key = repoKey(id);
      const read = readRepoName(id);
      const match = matches.get(key);
      return [
        key,
        {
          repo: key,
          model: match?.model ?? null,
          rule: match?.rule ?? null,
          confidence: match?.confidence ?? null,
          size: read.size,
          tuning: read.tuning,
        },
      ];
    }),
  );

  const batchSize = options.batchSize ?? 500;
  const stubs = [...namedBy.entries()].map(([key, entry]) => ({ key, id: entry.id }));
  const renames = [...renamed.entries()].map(([from, to]) => ({ from, to: repoKey(to) }));
  const formerModels = new Set<string>();
  let declaredEdges = 0;
  await graph.write(async (tx) => {
    await tx.run(writeStubRepos(stubs));
  }, IMPORT_TRANSACTION_TIMEOUT_MS);
  // Every repo first, so that an edge finds its base whichever batch holds it.
  for (let offset = 0; offset < records.length; offset += batchSize) {
    const batch = records.slice(offset, offset + batchSize);
    await graph.write(async (tx) => {
      await tx.run(writeRepos(batch.map(repoRow)));
    }, IMPORT_TRANSACTION_TIMEOUT_MS);
  }
  for (let offset = 0; offset < records.length; offset += batchSize) {
    const batch = records.slice(offset, offset + batchSize);
    const batchDeclarations = declarations.slice(offset, offset + batchSize);
    await graph.write(async (tx) => {
      for (const model of await tx.run(writeDeclaredEdges(batchDeclarations))) formerModels.add(model);
      const batchLinks = batch.map((record) => links.get(repoKey(record.id)) as CheckpointLinkRow);
      for (const model of await tx.run(writeCheckpoints(batchLinks))) formerModels.add(model);
    }, IMPORT_TRANSACTION_TIMEOUT_MS);
    declaredEdges += batchDeclarations.reduce((sum, declaration) => sum + declaration.edges.length, 0);
    options.onProgress?.(Math.min(offset + batchSize, records.length), records.length);
  }

  // Named-only repos, renames, and quantised repos that name no model themselves but whose base is one.
  const unlinkedKeys = [...links.values()].filter((link) => link.model === null).map((link) => link.repo);
  const touched = [...inInput, ...namedBy.keys()];
  let modelsRebuilt = 0;
  await graph.write(async (tx) => {
    const namedLinks = stubs.map((stub) => links.get(stub.key) as CheckpointLinkRow);
    for (const model of await tx.run(writeCheckpoints(namedLinks))) formerModels.add(model);
    for (const model of await tx.run(writeRenames(renames))) formerModels.add(model);
    for (const match of await tx.run(matchCheckpointsThroughBase(unlinkedKeys))) {
      const link = links.get(match.repo);
      if (!link) continue;
      Object.assign(link, { model: match.model, rule: match.rule, confidence: match.confidence });
      await tx.run(writeCheckpoints([link]));
    }
    const rebuilt = await tx.run(rebuildDeclaredLineage(touched, [...formerModels]));
    modelsRebuilt = rebuilt.models;
  }, IMPORT_TRANSACTION_TIMEOUT_MS);

  const unlinked = records
    .filter((record) => links.get(repoKey(record.id))?.model == null)
    .map((record) => ({ id: record.id, reason: unlinkedReason(record.id) }));
  const missing = new Set([...(options.missing ?? [])].map(repoKey));
  return {
    read: records.length,
    linked: records.length - unlinked.length,
    unlinked,
    namedOnly: [...namedBy.entries()]
      .filter(([key]) => !renamed.has(key))
      .map(([key, entry]) => ({
        id: entry.id,
        namedBy: entry.namedBy,
        ...(missing.has(key) ? { missing: true as const } : {}),
      })),
    declaredEdges,
    modelsRebuilt,
    disagreements: await graph.run(lineageDisagreements(REPORTED_DISAGREEMENTS)),
  };
}

/** Reads are batched too: one statement resolves this many repos. */
const RESOLVE_BATCH = 1_000;

async function resolveCheckpoints(
  graph: Graph,
  ids: readonly string[],
): Promise<Map<string, CheckpointMatch>> {
  const found = new Map<string, CheckpointMatch>();
  for (let offset = 0; offset < ids.length; offset += RESOLVE_BATCH) {
    const rows = ids.slice(offset, offset + RESOLVE_BATCH).map((id) => ({
      repo: repoKey(id),
      candidates: readRepoName(id).candidates,
    }));
    for (const match of await graph.run(matchCheckpoints(rows))) found.set(match.repo, match);
  }
  return found;
}

function unlinkedReason(id: string): string {
  const read = readRepoName(id);
  if (read.candidates.length === 0) return `the name grammar reads no model name in "${read.modelName}"`;
  return `no stored model is named "${read.modelName}" (keys tried: ${read.candidates.map((c) => c.key).join(", ")})`;
}

function repoRow(record: HfRepoRecord): RepoWriteRow {
  const {
    renamedFrom: _renamedFrom,
    bases: _bases,
    newVersion: _newVersion,
    source: _source,
    ...fields
  } = record;
  return { key: repoKey(record.id), ...fields };
}

/** Imports a file of model infos (a JSON array or JSON Lines). */
export async function importHfFile(
  graph: Graph,
  path: string,
  options: HfImportOptions & HfReadOptions = {},
): Promise<HfImportReport> {
  const read = readHfRecords(await readFile(path, "utf8"), path, options);
  const report = await importHfRecords(graph, read.records, options);
  return { ...report, skipped: read.skipped, warnings: read.warnings };
}

/**
 * Imports what the live Hub answers to a query, page by page (each page stored before the next is fetched, so a
 * resumed run loses nothing). Repos the pages name but do not hold are then asked for once by id: a renamed one
 * answers under its new id, one the Hub does not know is reported as missing.
 */
export async function importHfLive(
  graph: Graph,
  query: HubQuery,
  options: HfImportOptions & HfReadOptions & HubClientOptions = {},
): Promise<HfImportReport & { resumed: boolean }> {
  const total: HfImportReport = {
    read: 0,
    linked: 0,
    unlinked: [],
    namedOnly: [],
    declaredEdges: 0,
    modelsRebuilt: 0,
    disagreements: [],
    skipped: [],
    warnings: [],
  };
  const source = `hub:${JSON.stringify(query)}`;
  // `counted`: the query's repos count in the report; bases fetched after it only store what they say.
  const importPage = async (infos: unknown[], counted: boolean) => {
    const read = readHfInfos(infos, source, options);
    // Progress is per page here, not per batch of the page.
    const report = await importHfRecords(graph, read.records, { ...options, onProgress: undefined });
    if (counted) {
      total.read += report.read;
      total.linked += report.linked;
      total.unlinked.push(...report.unlinked);
    }
    total.declaredEdges += report.declaredEdges;
    total.modelsRebuilt += report.modelsRebuilt;
    total.disagreements = report.disagreements;
    total.skipped.push(...read.skipped);
    total.warnings.push(...read.warnings);
    return report;
  };
  const named = new Map<string, { id: string; namedBy: string[] }>();
  const read = new Set<string>();
  const summary = await fetchHubModels(
    query,
    async (infos, fetched) => {
      const report = await importPage(infos, true);
      for (const info of infos) read.add(repoKey(String((info as { id?: unknown }).id ?? "")));
      for (const entry of report.namedOnly) named.set(repoKey(entry.id), entry);
      options.onProgress?.(fetched, options.limit ?? fetched);
    },
    options,
  );
  const unread = [...named.entries()].filter(([key]) => !read.has(key)).map(([, entry]) => entry);
  const missing = new Set(summary.missing.map(repoKey));
  if (unread.length > 0) {
    const asked = await fetchHubModels(
      { models: unread.map((entry) => entry.id) },
      async (infos) => {
        await importPage(infos, false);
      },
      { ...options, statePath: undefined },
    );
    for (const id of asked.missing) missing.add(repoKey(id));
  }
  total.namedOnly = unread
    .filter((entry) => missing.has(repoKey(entry.id)))
    .map((entry) => ({ ...entry, missing: true as const }));
  if ("models" in query) {
    for (const id of summary.missing)
      total.unlinked.push({ id, reason: "the Hub does not know this repo (404)" });
  }
  return { ...total, resumed: summary.resumed };
}
