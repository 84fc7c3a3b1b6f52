// Fresh papers from arXiv's API (Atom): newest submissions first, a page at a time, waiting between requests as
// arXiv asks (3 s), each page's new papers seeded through the normal pipeline. Paging stops at the first paper
// already stored or older than `since`: the graph is the state, so a second run fetches only what is new.
import { storedArxivIds } from "../cypher/arxiv.ts";
import type { Graph } from "../db/executor.ts";
import { type SeedReport, seedPapers } from "./index.ts";
import { parseInput } from "./parse/index.ts";
import { isoDateProblem } from "./parse/text.ts";
import { type PoliteOptions, politeFetch, realSleep } from "./polite-fetch.ts";

export const ARXIV_API_URL = "https://export.arxiv.org/api/query";
/** arXiv's terms of use: no more than one request every three seconds. */
export const ARXIV_DELAY_MS = 3_000;

export interface ArxivImportOptions extends PoliteOptions {
  /** An arXiv search query, e.g. `cat:cs.CL AND abs:model`. */
  query: string;
  /** Only papers submitted on or after this date (YYYY-MM-DD). */
  since: string;
  apiUrl?: string;
  /** Entries per request. */
  pageSize?: number;
  /** Pause between two requests. */
  delayMs?: number;
  /** At most this many requests. */
  maxPages?: number;
  onPage?: (page: number, stored: number) => void;
}

export type ArxivStop = "stored" | "since" | "end" | "max-pages";

export interface ArxivImportReport {
  requests: number;
  /** Entries read from the feed. */
  entries: number;
  /** Papers seeded (new ones). */
  seeded: number;
  /** Why paging stopped: a paper already stored, one older than `since`, the end of the results, or max pages. */
  stoppedAt: ArxivStop;
  seed: Pick<SeedReport, "models" | "relations" | "facts" | "warnings">;
}

/** A refusal of import-arxiv's options: says which and why. */
export class ArxivOptionError extends Error {
  constructor(
    readonly option: string,
    reason: string,
  ) {
    super(`--${option}: ${reason}`);
    this.name = "ArxivOptionError";
  }
}

function checkOptions(options: ArxivImportOptions): void {
  if (options.query.trim() === "") throw new ArxivOptionError("query", "empty");
  const problem = isoDateProblem(options.since);
  if (problem) throw new ArxivOptionError("since", problem);
  if (options.apiUrl && !/^https?:\/\//u.test(options.apiUrl)) {
    throw new ArxivOptionError("api-url", `not an http(s) address: ${options.apiUrl}`);
  }
}

/** The address of one page of results, newest submissions first. */
export function arxivPageUrl(apiUrl: string, query: string, start: number, pageSize: number): string {
  const params = new URLSearchParams({
    search_query: query,
    start: String(start),
    max_results: String(pageSize),
    sortBy: "submittedDate",
    sortOrder: "descending",
  });
  return `${apiUrl}?${params.toString()}`;
}

export async function importArxiv(graph: Graph, options: ArxivImportOptions): Promise<ArxivImportReport> {
  checkOptions(options);
  const fetchPolitely = politeFetch(options);
  const sleep = options.sleep ?? realSleep;
  const pageSize = options.pageSize ?? 100;
  const apiUrl = options.apiUrl ?? ARXIV_API_URL;
  const report: ArxivImportReport = {
    requests: 0,
    entries: 0,
    seeded: 0,
    stoppedAt: "end",
    seed: { models: 0, relations: 0, facts: 0, warnings: [] },
  };
  for (let start = 0; ; start += pageSize) {
    if (options.maxPages !== undefined && report.requests >= options.maxPages) {
      report.stoppedAt = "max-pages";
      break;
    }
    if (report.requests > 0) await sleep(options.delayMs ?? ARXIV_DELAY_MS);
    const url = arxivPageUrl(apiUrl, options.query, start, pageSize);
    const response = await fetchPolitely(url);
    report.requests++;
    if (!response.ok) throw new Error(`arXiv answered ${response.status} to ${url}`);
    const parsed = parseInput(await response.text(), { file: url, format: "atom" });
    report.seed.warnings.push(
      ...parsed.warnings.filter((warning) => !warning.endsWith("the feed has no entries")),
    );
    const papers = parsed.papers;
    report.entries += papers.length;
    const stored = await graph.run(storedArxivIds(papers.flatMap((paper) => paper.arxivId ?? [])));
    // Newest first: everything after the first stored or too old paper was seen by an earlier run, or is too old.
    const cut = papers.findIndex(
      (paper) => (paper.arxivId && stored.has(paper.arxivId)) || paper.date < options.since,
    );
    const fresh = cut === -1 ? papers : papers.slice(0, cut);
    if (fresh.length > 0) {
      const seeded = await seedPapers(graph, fresh);
      report.seeded += seeded.papers;
      report.seed.models += seeded.models;
      report.seed.relations += seeded.relations;
      report.seed.facts += seeded.facts;
      report.seed.warnings.push(...seeded.warnings);
    }
    options.onPage?.(report.requests, report.seeded);
    if (cut !== -1) {
      const first = papers[cut];
      report.stoppedAt = first?.arxivId && stored.has(first.arxivId) ? "stored" : "since";
      break;
    }
    if (papers.length < pageSize) break;
  }
  return report;
}
