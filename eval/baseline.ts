/**
 * The committed quality baseline (eval/baseline.json) and the gates `npm test` applies with it:
 * - the seed set must keep lineage recall 1.0 and lineage precision ≥ 0.95 (SEED_GATE);
 * - no set may fall below its recorded figure on any BASELINE_METRICS metric (1e-9 of slack for rounding only);
 * - seeding every set together must not split more gold models, nor more families by spelling, than recorded.
 * `npm run eval -- --update-baseline` rewrites the file from the run (keeping the entries of sets not run, and the
 * resolution counts when the graph was not run).
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ResolutionReport } from "./resolution.ts";
import type { SetScore } from "./score.ts";

export const BASELINE_PATH = fileURLToPath(new URL("./baseline.json", import.meta.url));

/** Slack for floating-point noise only: any real drop fails. */
export const EPSILON = 1e-9;

/** The figures a set must keep, and where each is read from its score. */
export const BASELINE_METRICS = {
  recordsParsed: (s: SetScore) => s.records.parsed,
  modelRecall: (s: SetScore) => s.models.recall,
  modelPrecision: (s: SetScore) => s.models.precision,
  lineageRecall: (s: SetScore) => s.lineage.recall,
  lineagePrecision: (s: SetScore) => s.lineage.precision,
  typeAccuracy: (s: SetScore) => s.lineage.typeAccuracy,
} as const;

export type Metric = keyof typeof BASELINE_METRICS;
export type SetBaseline = Record<Metric, number>;

export interface Baseline {
  about: string;
  sets: Record<string, SetBaseline>;
  /** Counts from seeding every set together; null until a run with the graph recorded them. */
  resolution: { splitModels: number; splitFamilies: number } | null;
}

/** The seed set's fixed floor, whatever the baseline says. */
export const SEED_GATE = { lineageRecall: 1, lineagePrecision: 0.95 } as const;

const ABOUT =
  "Quality floor of the extraction, checked by tests/unit/eval/baseline.test.ts (per set) and " +
  "tests/integration/eval-resolution.int.test.ts (resolution): a set whose figure falls below its entry here " +
  "fails npm test. Regenerate with `npm run eval -- --update-baseline` after an improvement (never to hide a drop).";

export const figuresOf = (score: SetScore): SetBaseline =>
  Object.fromEntries(
    Object.entries(BASELINE_METRICS).map(([metric, read]) => [metric, read(score)]),
  ) as SetBaseline;

export async function readBaseline(path = BASELINE_PATH): Promise<Baseline | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as Baseline;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The baseline after a run: the run's sets replaced, the others kept; resolution replaced when it ran. */
export function updatedBaseline(
  previous: Baseline | undefined,
  scores: [name: string, score: SetScore][],
  resolution: ResolutionReport | undefined,
): Baseline {
  const sets = { ...(previous?.sets ?? {}) };
  for (const [name, score] of scores) sets[name] = figuresOf(score);
  return {
    about: ABOUT,
    sets,
    resolution: resolution
      ? { splitModels: resolution.splitModels.length, splitFamilies: resolution.splitFamilies.length }
      : (previous?.resolution ?? null),
  };
}

export async function writeBaseline(baseline: Baseline, path = BASELINE_PATH): Promise<void> {
  await writeFile(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Where a set falls below its baseline: one message per metric, naming set, metric, figure and baseline. */
export function regressions(name: string, score: SetScore, baseline: Baseline | undefined): string[] {
  const recorded = baseline?.sets[name];
  if (!recorded) {
    return [`${name}: no baseline recorded for this set (run: npm run eval -- --update-baseline)`];
  }
  const figures = figuresOf(score);
  return (Object.keys(BASELINE_METRICS) as Metric[])
    .filter((metric) => typeof recorded[metric] === "number" && figures[metric] < recorded[metric] - EPSILON)
    .map(
      (metric) =>
        `${name}: ${metric} ${show(figures[metric])} is below its baseline ${show(recorded[metric])}`,
    );
}

/** Where the seed set misses its fixed floor (lineage recall 1.0, precision 0.95). */
export function seedGateFailures(score: SetScore): string[] {
  const failures: string[] = [];
  const { recall, precision } = score.lineage;
  if (recall < SEED_GATE.lineageRecall - EPSILON) {
    failures.push(`seed: lineageRecall ${show(recall)} is below the gate ${SEED_GATE.lineageRecall}`);
  }
  if (precision < SEED_GATE.lineagePrecision - EPSILON) {
    failures.push(
      `seed: lineagePrecision ${show(precision)} is below the gate ${SEED_GATE.lineagePrecision}`,
    );
  }
  return failures;
}

/** Where seeding all sets together splits more than the baseline records. */
export function resolutionRegressions(report: ResolutionReport, baseline: Baseline | undefined): string[] {
  const recorded = baseline?.resolution;
  if (!recorded) return ["resolution: no baseline recorded (run: npm run eval -- --update-baseline)"];
  const failures: string[] = [];
  if (report.splitModels.length > recorded.splitModels) {
    failures.push(
      `resolution: ${report.splitModels.length} split models exceed the baseline ${recorded.splitModels} ` +
        `(${report.splitModels.map((s) => s.gold).join(", ")})`,
    );
  }
  if (report.splitFamilies.length > recorded.splitFamilies) {
    failures.push(
      `resolution: ${report.splitFamilies.length} families split by spelling exceed the baseline ` +
        `${recorded.splitFamilies} (${report.splitFamilies.map((s) => s.spellings.map((x) => x.family).join("/")).join(", ")})`,
    );
  }
  return failures;
}

const show = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(4));
