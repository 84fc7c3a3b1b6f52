// `npm run eval`: the real extractor over every gold set, scored and printed, results in eval/results/.
import { writeFile, mkdir } from "node:fs/promises";
import { extractFiles } from "../src/ingest/index.ts";
import { loadSets } from "./sets.ts";
import { scoreSet, type SetScore } from "./score.ts";

const RESULTS_DIR = new URL("./results/", import.meta.url).pathname;

const pct = (x: number) => x.toFixed(2);

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose") || args.includes("-v");
  const only = args.filter((a) => !a.startsWith("-"));
  const sets = await loadSets(only);
  const scores: [string, SetScore][] = [];
  for (const set of sets) {
    const run = await extractFiles([set.listing], { skipInvalid: true });
    const score = scoreSet(set.gold, run.extractions, run.skipped.map((e) => e.message));
    scores.push([set.name, score]);
  }
  await mkdir(RESULTS_DIR, { recursive: true });
  for (const [name, score] of scores) {
    await writeFile(`${RESULTS_DIR}${name}.json`, `${JSON.stringify(score, null, 2)}\n`);
  }
  console.log("set      records  models R  models P  lineage R  lineage P  type acc  evidence");
  for (const [name, s] of scores)
    console.log(
      `${name.padEnd(8)} ${`${s.records.parsed}/${s.records.expected}`.padEnd(8)} ${pct(s.models.recall).padEnd(9)} ${pct(s.models.precision).padEnd(9)} ${`${pct(s.lineage.recall)} ${s.lineage.found}/${s.lineage.required}`.padEnd(10)} ${`${pct(s.lineage.precision)} ${s.lineage.correct}/${s.lineage.extracted}`.padEnd(10)} ${pct(s.lineage.typeAccuracy).padEnd(9)} ${pct(s.evidence)}`,
    );
  if (verbose)
    for (const [name, s] of scores) {
      console.log(`\n## ${name}`);
      for (const e of s.lineage.missed) console.log(`  MISSED ${e.child} -> ${e.parent} [${e.type}]\n     ${e.sentence.slice(0, 300)}`);
      for (const e of s.lineage.false)
        console.log(`  FALSE  ${e.child} -> ${e.parent} [${e.type} ${e.rule} ${e.confidence}]\n     ${e.sentence.slice(0, 300)}`);
      for (const e of s.lineage.wrongType) console.log(`  TYPE   ${e.child} -> ${e.parent} gold ${e.type}`);
      console.log(`  models missed: ${s.models.missed.join(", ")}`);
      console.log(`  models spurious: ${s.models.spurious.join(", ")}`);
      for (const c of s.calibration) console.log(`  band ${c.band}: ${c.correct}/${c.edges}`);
    }
}

await main();
