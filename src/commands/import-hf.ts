import { loadConfig } from "../config.ts";
import { openDatabase } from "../database.ts";
import { type HfImportReport, type HubQuery, importHfFile, importHfLive } from "../ingest/hf/index.ts";
import { log, plural, progressBar } from "./output.ts";

export interface ImportHfFlags {
  author?: string;
  search?: string;
  model?: string[];
  hubUrl?: string;
  limit?: number;
  resume?: string;
  skipInvalid?: boolean;
}

/** The one query the flags name; none with a file, exactly one without. */
export function hubQueryOf(file: string | undefined, flags: ImportHfFlags): HubQuery | null {
  const given = [flags.author, flags.search, flags.model?.length ? flags.model : undefined].filter(
    (value) => value !== undefined,
  );
  if (file !== undefined) {
    if (given.length > 0)
      throw new Error("import-hf takes a FILE or one of --author, --search, --model, not both");
    return null;
  }
  if (given.length !== 1)
    throw new Error("import-hf needs a FILE, or exactly one of --author, --search, --model");
  if (flags.author) return { author: flags.author };
  if (flags.search) return { search: flags.search };
  return { models: flags.model ?? [] };
}

export async function importHfCommand(file: string | undefined, flags: ImportHfFlags): Promise<void> {
  const query = hubQueryOf(file, flags);
  const config = loadConfig();
  const database = await openDatabase(config, log);
  try {
    const bar = progressBar("importing", "repos");
    const options = {
      skipInvalid: flags.skipInvalid,
      onProgress: bar.update,
      onWait: (ms: number, url: string) =>
        log(`rate limited: waiting ${Math.ceil(ms / 1000)} s before ${url}`),
      ...(flags.hubUrl ? { hubUrl: flags.hubUrl } : {}),
      ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
      ...(flags.resume ? { statePath: flags.resume } : {}),
      ...(config.HF_TOKEN ? { accessToken: config.HF_TOKEN } : {}),
    };
    const report =
      query === null
        ? await importHfFile(database.graph, file as string, options)
        : await importHfLive(database.graph, query, options);
    bar.stop();
    printImportReport(report);
  } finally {
    await database.close();
  }
}

export function printImportReport(report: HfImportReport): void {
  for (const warning of report.warnings) log(`warning: ${warning}`);
  for (const skipped of report.skipped) log(`skipped: ${skipped.message}`);
  for (const repo of report.unlinked) log(`unlinked: ${repo.id}: ${repo.reason}`);
  for (const named of report.namedOnly) {
    const what = named.missing ? "does not exist on the Hub" : "is not in the input: stored as a stub";
    log(`base: ${named.id} (named by ${named.namedBy.join(", ")}) ${what}`);
  }
  for (const row of report.disagreements) {
    const side = (edges: { type: string; parent: string }[]) =>
      edges.map((edge) => `${edge.type} ${edge.parent}`).join(", ");
    log(
      `disagreement: ${row.model}: the papers say ${side(row.extracted)}; model cards say ${side(row.declared)}`,
    );
  }
  const share = report.read === 0 ? 0 : Math.round((100 * report.linked) / report.read);
  log(
    `read ${plural(report.read, "repo")}: ${report.linked} linked to models (${share}%), ` +
      `${report.unlinked.length} unlinked; ${plural(report.declaredEdges, "declared edge")}, ` +
      `${plural(report.namedOnly.length, "base")} not in the input, ` +
      `${plural(report.disagreements.length, "disagreement")} with the papers` +
      (report.skipped.length ? `; ${plural(report.skipped.length, "record")} skipped` : ""),
  );
}
