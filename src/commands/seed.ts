import { loadConfig } from "../config.ts";
import { openDatabase } from "../database.ts";
import { type InputFormat, listSeedFiles, type SeedFilesReport, seedFiles } from "../ingest/index.ts";
import { log, plural, progressBar } from "./output.ts";

export interface SeedFlags {
  format?: InputFormat;
  year?: number;
  skipInvalid?: boolean;
}

export async function seedCommand(files: string[], flags: SeedFlags): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, log);
  try {
    const inputs = files.length > 0 ? files : await listSeedFiles();
    const bar = progressBar("seeding");
    const report = await seedFiles(database.graph, inputs, { ...flags, onProgress: bar.update });
    bar.stop();
    printSeedReport(report);
  } finally {
    await database.close();
  }
}

export function printSeedReport(report: SeedFilesReport): void {
  for (const warning of report.warnings) log(`warning: ${warning}`);
  for (const skipped of report.skipped) log(`skipped: ${skipped.message}`);
  log(
    `seeded ${plural(report.papers, "paper")}: ${plural(report.models, "model observation")}, ` +
      `${plural(report.relations, "relation")}, ${plural(report.facts, "fact")}` +
      (report.skipped.length ? `; ${plural(report.skipped.length, "record")} skipped` : ""),
  );
}
