// The direct bulk path: the catalogue written as the graph the seeder would make of its papers (papers,
// authors, organisations, models with their names, lineage, capabilities, evidence), straight through the
// batched UNWIND writer, without text or extraction. For sizes where text is not the point (1M models).
import type { Graph } from "../src/db/executor.ts";
import { factKey } from "../src/domain/facts.ts";
import {
  createEvidence,
  createNodes,
  createRelationships,
  type EvidenceNodeRow,
  type NodeRow,
  type RelationshipRow,
  withIndexesDeferred,
} from "./bulk-writer.ts";
import { CAPABILITY_NAMES, type Catalogue, type GenModel, paperOf } from "./catalogue.ts";

export interface BulkResult {
  nodes: number;
  relationships: number;
  seconds: number;
}

const observation = (model: GenModel) => ({
  name: model.name,
  aliases: [],
  family: model.family,
  version: model.version,
  sizes: [],
  tuning: [],
  lookupKeys: [model.key],
});

/** Every sentence the bulk path cites has this confidence (the seeder's rules give 0.6 to 0.9). */
const CONFIDENCE = 0.9;

/** A fact relationship's support, as the seeder stores it (src/db/confidence.ts): one paper, its confidence. */
const support = (paperId: string) => ({
  papers: [paperId],
  confidences: [CONFIDENCE],
  confidence: CONFIDENCE,
});

export interface BulkOptions {
  /** Papers per chunk; each label and type of a chunk is one transaction. */
  chunk?: number;
  /** Build the secondary indexes after the load instead of updating them during it (default true). */
  deferIndexes?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Writes the catalogue in chunks; the time includes building the deferred indexes. */
export async function bulkLoadCatalogue(
  graph: Graph,
  catalogue: Catalogue,
  options: BulkOptions = {},
): Promise<BulkResult> {
  const started = performance.now();
  const load = () => loadChunks(graph, catalogue, options);
  const written = await (options.deferIndexes === false ? load() : withIndexesDeferred(graph, load));
  return { ...written, seconds: (performance.now() - started) / 1000 };
}

async function loadChunks(
  graph: Graph,
  catalogue: Catalogue,
  options: BulkOptions,
): Promise<Omit<BulkResult, "seconds">> {
  const chunk = options.chunk ?? 10_000;
  let nodes = await createNodes(
    graph,
    "Capability",
    CAPABILITY_NAMES.map((name) => ({ name })),
  );
  let relationships = 0;
  const authors = new Set<string>();
  const organizations = new Set<string>();
  const total = catalogue.models.length;
  for (let start = 0; start < total; start += chunk) {
    const papers: NodeRow[] = [];
    const newAuthors: NodeRow[] = [];
    const newOrganizations: NodeRow[] = [];
    const models: NodeRow[] = [];
    const names: NodeRow[] = [];
    const rels = new Map<
      string,
      { from: "Paper" | "Author" | "Model" | "ModelName"; to: string; rows: RelationshipRow[] }
    >();
    const rel = (
      type: string,
      from: "Paper" | "Author" | "Model" | "ModelName",
      to: string,
      row: RelationshipRow,
    ) => {
      const entry = rels.get(type) ?? { from, to, rows: [] };
      entry.rows.push(row);
      rels.set(type, entry);
    };
    const evidence: EvidenceNodeRow[] = [];
    for (let index = start; index < Math.min(total, start + chunk); index++) {
      const model = catalogue.models[index] as GenModel;
      const paper = paperOf(catalogue, index);
      papers.push({
        id: paper.id,
        title: paper.title,
        date: paper.date,
        yearInferred: false,
        category: paper.category,
        abstract: paper.abstract,
        authorsTruncated: false,
        sourceFile: "bulk",
        sourceLine: index + 1,
      });
      paper.authors.forEach((name, position) => {
        if (!authors.has(name)) {
          authors.add(name);
          newAuthors.push({ name });
        }
        rel("AUTHORED", "Author", "Paper", { from: name, to: paper.id, props: { position: position + 1 } });
      });
      for (const name of paper.organizations) {
        if (!organizations.has(name)) {
          organizations.add(name);
          newOrganizations.push({ name });
        }
        rel("AFFILIATED_WITH", "Paper", "Organization", { from: paper.id, to: name });
      }
      models.push({
        key: model.key,
        name: model.name,
        aliases: [],
        family: model.family,
        version: model.version,
        sizes: [],
        tuning: [],
        aliasText: model.name,
        introduced: paper.date,
      });
      names.push({ key: model.key });
      rel("NAMES", "ModelName", "Model", { from: model.key, to: model.key });
      rel("INTRODUCES", "Paper", "Model", { from: paper.id, to: model.key, props: observation(model) });
      let sentence = 0;
      const cite = (fact: string, rule: string) =>
        evidence.push({
          id: `${paper.id}#${++sentence}`,
          paperId: paper.id,
          fact,
          sentence: paper.abstract.slice(0, 120),
          start: 0,
          end: 120,
          rule,
          confidence: CONFIDENCE,
        });
      for (const edge of model.parents) {
        const parent = catalogue.models[edge.to] as GenModel;
        rel(edge.type, "Model", "Model", { from: model.key, to: parent.key, props: support(paper.id) });
        rel("MENTIONS", "Paper", "Model", { from: paper.id, to: parent.key, props: observation(parent) });
        cite(factKey(edge.type, model.key, parent.key), `lineage.${edge.type.toLowerCase()}`);
      }
      const compared = catalogue.models[model.comparedWith];
      if (compared) {
        rel("COMPARED_WITH", "Model", "Model", {
          from: model.key,
          to: compared.key,
          props: { ...support(paper.id), verdict: "outperforms" },
        });
        rel("MENTIONS", "Paper", "Model", { from: paper.id, to: compared.key, props: observation(compared) });
        cite(factKey("COMPARED_WITH", model.key, compared.key), "comparison.outperforms");
      }
      for (const capability of model.capabilities) {
        rel("HAS_CAPABILITY", "Model", "Capability", {
          from: model.key,
          to: capability,
          props: support(paper.id),
        });
        cite(factKey("HAS_CAPABILITY", model.key, capability), "capability");
      }
    }
    nodes += await createNodes(graph, "Author", newAuthors);
    nodes += await createNodes(graph, "Organization", newOrganizations);
    nodes += await createNodes(graph, "Paper", papers);
    nodes += await createNodes(graph, "Model", models);
    nodes += await createNodes(graph, "ModelName", names);
    for (const [type, { from, to, rows }] of rels) {
      relationships += await createRelationships(graph, type, from, to as "Model", rows);
    }
    const written = await createEvidence(graph, evidence);
    nodes += written;
    relationships += written;
    options.onProgress?.(Math.min(total, start + chunk), total);
  }
  return { nodes, relationships };
}
