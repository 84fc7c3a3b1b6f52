// The live Hub, through the Hub's own client (@huggingface/hub): model infos by author, search term or id, page by
// page. Polite: a 429 (or a 5xx) waits for its Retry-After (or backs off) and tries again, ids are asked a few at a
// time. Resumable: after each page is handed over, the next page's address is kept in a state file, so an
// interrupted run started again with the same state file goes on from there.
import { readFile, rename, writeFile } from "node:fs/promises";
import { listModels, modelInfo } from "@huggingface/hub";
import { type PoliteOptions, politeFetch } from "../polite-fetch.ts";

/** What to fetch: the models of an author, those a search term finds, or these ids. */
export type HubQuery = { author: string } | { search: string } | { models: readonly string[] };

export interface HubClientOptions extends PoliteOptions {
  /** The Hub's address (default the Hub's own); tests point it at a local server. */
  hubUrl?: string;
  /** At most this many repos (author and search). */
  limit?: number;
  /** Keep the cursor here, and start from the one kept there. */
  statePath?: string;
  accessToken?: string;
  /** Requests in flight at once for `models`. */
  concurrency?: number;
}

/** A page of model infos, in the Hub API's own shape, handed over before the next is fetched. */
export type PageHandler = (infos: unknown[], fetchedSoFar: number) => Promise<void>;

interface HubState {
  query: HubQuery;
  /** The next page's address; null once the listing is complete. */
  next: string | null;
  fetched: number;
}

export interface HubFetchSummary {
  fetched: number;
  /** Ids the Hub does not know (404). */
  missing: string[];
  /** Whether this run started from a state file's cursor. */
  resumed: boolean;
}

const FIELDS = ["author", "cardData", "createdAt", "library_name", "tags", "sha"] as const;

/** Entries as @huggingface/hub yields them, back into the Hub API's shape, which the reader checks. */
function apiShape(
  entry: Awaited<ReturnType<typeof modelInfo<(typeof FIELDS)[number]>>>,
  askedAs?: string,
): unknown {
  return {
    id: entry.name,
    // Asked under an old id, the Hub answers with the repo's current one: the reader takes that as a rename.
    ...(askedAs && askedAs.toLowerCase() !== entry.name.toLowerCase() ? { modelId: askedAs } : {}),
    author: entry.author,
    downloads: entry.downloads,
    likes: entry.likes,
    pipeline_tag: entry.task ?? null,
    library_name: entry.library_name ?? null,
    createdAt: entry.createdAt,
    lastModified: Number.isNaN(entry.updatedAt.getTime()) ? null : entry.updatedAt.toISOString(),
    sha: entry.sha,
    tags: entry.tags,
    cardData: entry.cardData ?? null,
  };
}

async function readState(path: string, query: HubQuery): Promise<HubState | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const state = JSON.parse(text) as HubState;
  if (JSON.stringify(state.query) !== JSON.stringify(query)) {
    throw new Error(
      `${path} holds the state of another query (${JSON.stringify(state.query)}): use another state file`,
    );
  }
  return state;
}

/** Written whole and renamed into place, so an interruption leaves the old state or the new, never half. */
async function writeState(path: string, state: HubState): Promise<void> {
  await writeFile(`${path}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}

/**
 * Fetches the query's model infos page by page, handing each page to `onPage` before asking for the next one (and
 * keeping the cursor in the state file once it is handled).
 */
export async function fetchHubModels(
  query: HubQuery,
  onPage: PageHandler,
  options: HubClientOptions = {},
): Promise<HubFetchSummary> {
  if ("models" in query) return fetchByIds(query.models, onPage, options);
  const saved = options.statePath ? await readState(options.statePath, query) : null;
  if (saved && saved.next === null) return { fetched: 0, missing: [], resumed: true };
  const polite = politeFetch(options);
  let fetched = saved?.fetched ?? 0;
  let buffer: unknown[] = [];
  let requests = 0;
  const handOver = async (next: string | null) => {
    const page = buffer;
    buffer = [];
    fetched += page.length;
    await onPage(page, fetched);
    if (options.statePath) await writeState(options.statePath, { query, next, fetched });
  };
  // The client asks for the next page only once every entry of the previous one was taken: the moment to hand
  // the page over and keep the cursor. The first request goes to the saved cursor when resuming.
  const pageFetch: typeof fetch = async (input, init) => {
    let url = String(input);
    if (requests === 0 && saved?.next) url = saved.next;
    else if (requests > 0) await handOver(url);
    requests++;
    return polite(url, init);
  };
  const remaining = options.limit === undefined ? undefined : Math.max(0, options.limit - fetched);
  if (remaining !== 0) {
    for await (const entry of listModels({
      search: "author" in query ? { owner: query.author } : { query: query.search },
      additionalFields: [...FIELDS],
      ...(options.hubUrl ? { hubUrl: options.hubUrl } : {}),
      ...(remaining !== undefined ? { limit: remaining } : {}),
      ...(options.accessToken ? { accessToken: options.accessToken } : {}),
      fetch: pageFetch,
    })) {
      buffer.push(apiShape(entry));
    }
  }
  await handOver(null);
  return { fetched, missing: [], resumed: saved !== null };
}

/** Model infos by id, a few requests at a time; ids the Hub does not know are reported, not fatal. */
async function fetchByIds(
  ids: readonly string[],
  onPage: PageHandler,
  options: HubClientOptions,
): Promise<HubFetchSummary> {
  const polite = politeFetch(options);
  const infos: unknown[] = [];
  const missing: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const index = next++;
      const id = ids[index] as string;
      try {
        infos[index] = apiShape(
          await modelInfo({
            name: id,
            additionalFields: [...FIELDS],
            ...(options.hubUrl ? { hubUrl: options.hubUrl } : {}),
            ...(options.accessToken ? { accessToken: options.accessToken } : {}),
            fetch: polite,
          }),
          id,
        );
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 404) throw error;
        missing.push(id);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  const found = infos.filter((info) => info !== undefined);
  await onPage(found, found.length);
  return { fetched: found.length, missing, resumed: false };
}
