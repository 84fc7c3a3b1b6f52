// The gold sets: a listing of real abstracts and its hand annotation. The seed listing is scored from `seed/`
// itself, so the set and what `npm run seed` stores can never differ.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFiles } from "../src/ingest/index.ts";
import { type GoldSet, type SetScore, scoreSet } from "./score.ts";

export const SETS_DIR = fileURLToPath(new URL("./sets/", import.meta.url));
const SEED_LISTING = fileURLToPath(new URL("../seed/gemma-family-abstracts.txt", import.meta.url));

/** The year given to listing dates that have none ("Apr 6"), as the integration tests seed the listing. */
export const LISTING_YEAR = 2026;

export interface EvalSet {
  name: string;
  /** The listing file the set's papers are read from. */
  listing: string;
  gold: GoldSet;
}

/** The names of every set: `seed` first, then each `<name>.gold.json` of eval/sets in name order. */
export async function setNames(): Promise<string[]> {
  return (await readdir(SETS_DIR))
    .filter((file) => file.endsWith(".gold.json"))
    .map((file) => file.slice(0, -".gold.json".length))
    .sort((a, b) => (a === "seed" ? -1 : b === "seed" ? 1 : a.localeCompare(b)));
}

/**
 * Every set (or only those named): each `<name>.gold.json` of eval/sets beside its `<name>.txt` listing; the
 * `seed` set's listing is seed/gemma-family-abstracts.txt. An unknown name fails.
 */
export async function loadSets(only: string[] = []): Promise<EvalSet[]> {
  const names = await setNames();
  const unknown = only.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new Error(`unknown set ${unknown.join(", ")} (the sets: ${names.join(", ")})`);
  }
  const sets: EvalSet[] = [];
  for (const name of names) {
    if (only.length > 0 && !only.includes(name)) continue;
    const gold = JSON.parse(await readFile(join(SETS_DIR, `${name}.gold.json`), "utf8")) as GoldSet;
    sets.push({ name, listing: name === "seed" ? SEED_LISTING : join(SETS_DIR, `${name}.txt`), gold });
  }
  return sets;
}

/** Runs the real extractor over the set's listing (bad records skipped and reported) and scores it. */
export async function scoreEvalSet(set: EvalSet): Promise<SetScore> {
  const run = await extractFiles([set.listing], { skipInvalid: true, year: LISTING_YEAR });
  return scoreSet(
    set.gold,
    run.extractions,
    run.skipped.map((error) => error.message),
  );
}
