/**
 * `npm run eval [-- [set…] [--no-graph] [--update-baseline]]`: the real extractor over every gold set (or the
 * sets named), scored and printed; then every set seeded together into one throwaway Neo4j to see which gold
 * models and families resolution split. Writes eval/results/<set>.json and eval/results/summary.json;
 * --update-baseline rewrites eval/baseline.json from the run. Figures below the baseline are printed, and
 * fail `npm test`, not this command: it exits non-zero only when it cannot run.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  readBaseline,
  regressions,
  resolutionRegressions,
  seedGateFailures,
  updatedBaseline,
  writeBaseline,
} from "./baseline.ts";
import {
  calibrationTable,
  detailsText,
  readmeBlock,
  resolutionText,
  type Scored,
  scoreTable,
  summaryOf,
  withReadmeBlock,
} from "./report.ts";
import { type ResolutionReport, resolveSets, withEvalGraph } from "./resolution.ts";
import { loadSets, scoreEvalSet } from "./sets.ts";

const RESULTS_DIR = fileURLToPath(new URL("./results/", import.meta.url));
const README = fileURLToPath(new URL("../README.md", import.meta.url));

const USAGE = `usage: npm run eval -- [set…] [--no-graph] [--update-baseline] [--update-readme]
  set…               only these sets (default: all of eval/sets, seed first)
  --no-graph         skip resolution (no Neo4j is started)
  --update-baseline  write eval/baseline.json from this run
  --update-readme    write this run's figures between README.md's eval-table markers
  EVAL_NEO4J_URI     an empty throwaway Neo4j to seed into instead of starting one (emptied afterwards)`;

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values["update-readme"] && (positionals.length > 0 || values["no-graph"])) {
    console.error("--update-readme takes a run of every set with the graph (no set names, no --no-graph)");
    return 2;
  }
  const sets = await loadSets(positionals);
  // Resolution figures of a subset are not comparable with the baseline's (every set seeded together).
  const allSets = positionals.length === 0;

  const scores: Scored[] = [];
  for (const set of sets) scores.push([set.name, await scoreEvalSet(set)]);

  let resolution: ResolutionReport | undefined;
  if (!values["no-graph"]) {
    resolution = await withEvalGraph(
      (graph) => resolveSets(graph, sets),
      (message) => console.error(message),
    );
  }

  const baseline = await readBaseline();
  const seed = scores.find(([name]) => name === "seed")?.[1];
  const below = [
    ...(seed ? seedGateFailures(seed) : []),
    ...scores.flatMap(([name, score]) => regressions(name, score, baseline)),
    ...(resolution && allSets ? resolutionRegressions(resolution, baseline) : []),
  ];

  // Files first: a reader that closes the pipe early (`| head`) must not cost the results.
  const notes: string[] = [];
  await mkdir(RESULTS_DIR, { recursive: true });
  for (const [name, score] of scores) {
    await writeFile(`${RESULTS_DIR}${name}.json`, `${JSON.stringify({ set: name, ...score }, null, 2)}\n`);
  }
  await writeFile(
    `${RESULTS_DIR}summary.json`,
    `${JSON.stringify(summaryOf(scores, resolution, below), null, 2)}\n`,
  );
  notes.push(`Wrote eval/results/{${scores.map(([name]) => name).join(",")},summary}.json`);
  if (values["update-baseline"]) {
    const recorded = allSets ? resolution : undefined;
    await writeBaseline(updatedBaseline(baseline, scores, recorded));
    notes.push(
      `Updated eval/baseline.json (${scores.map(([name]) => name).join(", ")}` +
        `${recorded ? ", resolution" : "; resolution kept"}).`,
    );
  }
  if (values["update-readme"]) {
    const updated = withReadmeBlock(await readFile(README, "utf8"), readmeBlock(scores, resolution));
    if (!updated) throw new Error("README.md has no <!-- eval-table --> … <!-- /eval-table --> markers");
    await writeFile(README, updated);
    notes.push("Updated the figures in README.md (How good is the extraction?).");
  }

  console.log("# Extraction quality (npm run eval)\n");
  console.log(scoreTable(scores));
  console.log(
    "\nmodel R/P: gold models found / output names that are gold; lineage R: required edges found (any type);" +
      "\nlineage P: extracted ancestry edges the gold lists (required or optional); type acc: found edges with a" +
      "\ngold type; evidence: relations whose sentence sits at its offsets in the abstract.\n",
  );
  console.log("## Calibration: precision of the extracted ancestry edges by confidence band\n");
  console.log(calibrationTable(scores));
  console.log();
  console.log(resolutionText(resolution, values["no-graph"] ? "not run (--no-graph)" : "not run"));
  for (const [name, score] of scores) console.log(`\n${detailsText(name, score)}`);

  console.log(`\n## Baseline (eval/baseline.json)`);
  if (below.length === 0) console.log("No figure below its gate or baseline.");
  for (const line of below) console.log(`- BELOW: ${line}`);
  console.log(`\n${notes.join("\n")}`);
  return 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      "no-graph": { type: "boolean", default: false },
      "update-baseline": { type: "boolean", default: false },
      "update-readme": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      // Misses are always listed now; kept so that old habits (`-v`) still run.
      verbose: { type: "boolean", short: "v", default: false },
    },
  });
}

// `npm run eval | head`: a closed pipe ends the printing, not with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
