// The gold sets: a listing of real abstracts and its hand annotation. The seed listing is scored from `seed/`
// itself, so the set and what `npm start` seeds can never differ.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { GoldSet } from "./score.ts";

export const SETS_DIR = new URL("./sets/", import.meta.url).pathname;
const SEED_LISTING = new URL("../seed/gemma-family-abstracts.txt", import.meta.url).pathname;

export interface EvalSet {
  name: string;
  listing: string;
  gold: GoldSet;
}

/** Every set: `seed` first, then each `<name>.gold.json` of eval/sets beside its `<name>.txt`. */
export async function loadSets(only?: string[]): Promise<EvalSet[]> {
  const names = (await readdir(SETS_DIR))
    .filter((file) => file.endsWith(".gold.json"))
    .map((file) => file.slice(0, -".gold.json".length))
    .sort((a, b) => (a === "seed" ? -1 : b === "seed" ? 1 : a.localeCompare(b)));
  const sets: EvalSet[] = [];
  for (const name of names) {
    if (only && only.length > 0 && !only.includes(name)) continue;
    const gold = JSON.parse(await readFile(join(SETS_DIR, `${name}.gold.json`), "utf8")) as GoldSet;
    sets.push({ name, listing: name === "seed" ? SEED_LISTING : join(SETS_DIR, `${name}.txt`), gold });
  }
  return sets;
}
