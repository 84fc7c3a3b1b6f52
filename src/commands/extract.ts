import { extractFiles, toExtractionDocument } from "../ingest/index.ts";
import { log, plural } from "./output.ts";
import type { SeedFlags } from "./seed.ts";

export async function extractCommand(files: string[], flags: SeedFlags & { json?: boolean }): Promise<void> {
  const run = await extractFiles(files, flags);
  for (const warning of run.warnings) log(`warning: ${warning}`);
  for (const skipped of run.skipped) log(`skipped: ${skipped.message}`);
  const document = toExtractionDocument(run.extractions);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  for (const paper of document.papers) {
    console.log(`${paper.date}  ${paper.title}`);
    if (paper.introduces.length) console.log(`  introduces: ${paper.introduces.join(", ")}`);
    if (paper.mentions.length) console.log(`  mentions:   ${paper.mentions.join(", ")}`);
    for (const relation of document.relations.filter((r) => r.paper === paper.id)) {
      const verdict = relation.verdict ? ` (${relation.verdict})` : "";
      console.log(`  ${relation.from} -[${relation.type}${verdict}]-> ${relation.to}   [${relation.rule}]`);
    }
    const capabilities = document.capabilities.filter((c) => c.paper === paper.id);
    if (capabilities.length) {
      console.log(
        `  capabilities: ${[...new Set(capabilities.map((c) => `${c.model}: ${c.capability}`))].join("; ")}`,
      );
    }
  }
  console.log(
    `\n${plural(document.papers.length, "paper")}, ${plural(document.models.length, "model")}, ` +
      `${plural(document.relations.length, "relation")}, ${plural(document.capabilities.length, "capability fact")}, ` +
      `${plural(document.techniques.length, "technique fact")}, ${plural(document.benchmarks.length, "benchmark fact")}`,
  );
}
