import { loadConfig } from "../config.ts";
import { openDatabase } from "../database.ts";
import { type ArxivImportOptions, importArxiv } from "../ingest/arxiv.ts";
import { log, plural } from "./output.ts";

export type ImportArxivFlags = Pick<
  ArxivImportOptions,
  "query" | "since" | "apiUrl" | "pageSize" | "delayMs" | "maxPages"
>;

const STOPS = {
  stored: "reached papers already stored",
  since: "reached papers older than --since",
  end: "reached the end of the results",
  "max-pages": "made --max-pages requests",
} as const;

export async function importArxivCommand(flags: ImportArxivFlags): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, log);
  try {
    const report = await importArxiv(database.graph, {
      ...flags,
      onPage: (page, seeded) => log(`page ${page}: ${plural(seeded, "new paper")} so far`),
      onWait: (ms, url) => log(`arXiv asks to wait ${Math.ceil(ms / 1000)} s before ${url}`),
    });
    for (const warning of report.seed.warnings) log(`warning: ${warning}`);
    log(
      `${plural(report.requests, "request")}, ${plural(report.entries, "entry", "entries")} read, ` +
        `${plural(report.seeded, "new paper")} seeded (${plural(report.seed.models, "model observation")}, ` +
        `${plural(report.seed.relations, "relation")}); stopped: ${STOPS[report.stoppedAt]}`,
    );
  } finally {
    await database.close();
  }
}
