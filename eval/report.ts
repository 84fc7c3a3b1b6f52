// What `npm run eval` prints and writes: markdown-ish tables a terminal and the README can both show. Pure.
import type { ResolutionReport } from "./resolution.ts";
import { BANDS, bandLabel, type EdgeReport, type SetScore } from "./score.ts";

export type Scored = [name: string, score: SetScore];

/** Confidence from which edges are promised to be at least HIGH_PRECISION right. */
export const HIGH_CONFIDENCE = 0.9;
export const HIGH_PRECISION = 0.9;

const fixed = (x: number) => x.toFixed(2);
const figure = (x: number, n: number, d: number) => `${fixed(x)} (${n}/${d})`;

/** A markdown table with padded columns; columns listed in `right` are right-aligned. */
export function table(header: string[], rows: string[][], right: number[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const cell = (text: string, i: number) =>
    right.includes(i) ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (right.includes(i) ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** The score table: one row per set. */
export function scoreTable(scores: Scored[]): string {
  return table(
    ["set", "records", "model R", "model P", "lineage R", "lineage P", "type acc", "evidence"],
    scores.map(([name, s]) => [
      name,
      `${s.records.parsed}/${s.records.expected}`,
      figure(s.models.recall, s.models.found, s.models.gold),
      figure(s.models.precision, s.models.right, s.models.judged),
      figure(s.lineage.recall, s.lineage.found, s.lineage.required),
      figure(s.lineage.precision, s.lineage.correct, s.lineage.extracted),
      figure(s.lineage.typeAccuracy, s.lineage.typeRight, s.lineage.found),
      fixed(s.evidence),
    ]),
    [1, 2, 3, 4, 5, 6, 7],
  );
}

/** Calibration: per set and band, the extracted ancestry edges, the correct ones and their share. */
export function calibrationTable(scores: Scored[]): string {
  const rows: string[][] = [];
  for (const [name, s] of scores) {
    for (const band of s.calibration) {
      const high = BANDS.find((b) => bandLabel(b) === band.band)?.[0] === HIGH_CONFIDENCE;
      const mark = high && band.precision !== null ? (band.precision >= HIGH_PRECISION ? " ok" : " LOW") : "";
      rows.push([
        name,
        band.band,
        String(band.edges),
        String(band.correct),
        band.precision === null ? "–" : `${fixed(band.precision)}${mark}`,
      ]);
    }
  }
  return table(["set", "confidence", "edges", "correct", "precision"], rows, [2, 3, 4]);
}

/** Calibration in one row per set: each band's correct / extracted ancestry edges. */
export function calibrationSummary(scores: Scored[]): string {
  const bands = scores[0]?.[1].calibration.map((band) => band.band) ?? [];
  return table(
    ["set", ...bands.map((band) => `conf ${band}`)],
    scores.map(([name, s]) => [
      name,
      ...s.calibration.map((band) =>
        band.edges === 0 ? "–" : `${band.correct}/${band.edges} (${fixed(band.precision ?? 0)})`,
      ),
    ]),
    bands.map((_, i) => i + 1),
  );
}

/** The README's figures (between its eval-table markers): scores, calibration and resolution in brief. */
export function readmeBlock(scores: Scored[], resolution: ResolutionReport | undefined): string {
  const splits = resolution
    ? `Resolution, every set seeded together: ${resolution.splitModels.length} gold models split into several ` +
      `nodes (${resolution.splitModels.map((s) => s.gold).join(", ") || "none"}); ` +
      `${resolution.splitFamilies.length} families split by spelling ` +
      `(${resolution.splitFamilies.map((f) => f.spellings.map((x) => x.family).join("/")).join(", ") || "none"}).`
    : "Resolution: not run.";
  return [
    scoreTable(scores),
    "",
    "Ancestry edges right / extracted, by confidence band:",
    "",
    calibrationSummary(scores),
    "",
    splits,
  ].join("\n");
}

/** `readme` with the text between its eval-table markers replaced by `block`; undefined without markers. */
export function withReadmeBlock(readme: string, block: string): string | undefined {
  const start = "<!-- eval-table -->";
  const end = "<!-- /eval-table -->";
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return `${readme.slice(0, from + start.length)}\n${block}\n${readme.slice(to)}`;
}

/** The resolution summary, or why it did not run. */
export function resolutionText(report: ResolutionReport | undefined, why = "not run"): string {
  if (!report) return `Resolution: ${why}.`;
  const lines = [
    `Resolution: ${report.sets.join(", ")} seeded together into one graph: ${report.seeded.papers} papers, ` +
      `${report.storedModels} Model nodes for ${report.goldModels} gold models` +
      (report.seeded.skipped ? ` (${report.seeded.skipped} records skipped)` : "") +
      ".",
    ...(report.ambiguousGold.length > 0
      ? [
          `- not judged (spellings that fold to two models one set lists apart): ${report.ambiguousGold.join("; ")}`,
        ]
      : []),
    `- split models (a gold model stored as more than one node): ${report.splitModels.length}`,
    ...report.splitModels.map(
      (s) =>
        `  - ${s.gold} [${s.sets.join(", ")}] → ${s.nodes.length} nodes: ` +
        s.nodes.map((n) => `"${n.name}" (${n.key})`).join(", "),
    ),
    `- families split by spelling: ${report.splitFamilies.length}`,
    ...report.splitFamilies.map(
      (f) =>
        `  - ${f.key}: ${f.spellings.map((x) => `"${x.family}" (${x.models} model${x.models === 1 ? "" : "s"})`).join(", ")}`,
    ),
  ];
  return lines.join("\n");
}

/** Every missed, false, wrong-typed and folded edge of a set with its sentence; models missed and spurious. */
export function detailsText(name: string, s: SetScore, width = 110): string {
  const out: string[] = [`## ${name}: what was missed and what is false`];
  const edge = (e: EdgeReport, extra: string) =>
    [
      `- ${e.child} → ${e.parent} [${extra}]${e.paper ? `  (${shorten(e.paper, 70)})` : ""}`,
      ...wrap(e.sentence, width - 6).map((line) => `      ${line}`),
    ].join("\n");
  const section = (title: string, items: string[], count = items.length) => {
    out.push(`${title} (${count})${count ? ":" : ""}`);
    out.push(...items);
  };
  section(
    "Missed required edges",
    s.lineage.missed.map((e) => edge(e, e.type)),
  );
  section(
    "False edges",
    s.lineage.false.map((e) => edge(e, `${e.type}, ${e.rule}, ${e.confidence?.toFixed(2)}`)),
  );
  section(
    "Found with a wrong type",
    s.lineage.wrongType.map((e) =>
      edge(e, `gold ${e.type}, extracted ${e.extractedTypes?.join("/") ?? "?"}`),
    ),
  );
  if (s.lineage.folded.length > 0) {
    section(
      "Required edges between sizes of one model (not counted)",
      s.lineage.folded.map((e) => `- ${e.child} → ${e.parent} [${e.type}]`),
    );
  }
  const names = (list: string[]) => wrap(list.join(", "), width - 2).map((line) => `  ${line}`);
  section("Models missed", names(s.models.missed), s.models.missed.length);
  section("Models spurious", names(s.models.spurious), s.models.spurious.length);
  if (s.records.skipped.length > 0)
    section(
      "Records skipped",
      s.records.skipped.map((m) => `- ${m}`),
    );
  return out.join("\n");
}

/** Summary of a run, as eval/results/summary.json holds it. */
export function summaryOf(scores: Scored[], resolution: ResolutionReport | undefined, regressions: string[]) {
  return {
    sets: scores.map(([name, s]) => ({
      set: name,
      records: { parsed: s.records.parsed, expected: s.records.expected },
      models: {
        recall: s.models.recall,
        precision: s.models.precision,
        found: s.models.found,
        gold: s.models.gold,
      },
      lineage: {
        recall: s.lineage.recall,
        found: s.lineage.found,
        required: s.lineage.required,
        precision: s.lineage.precision,
        correct: s.lineage.correct,
        extracted: s.lineage.extracted,
        typeAccuracy: s.lineage.typeAccuracy,
      },
      evidence: s.evidence,
      calibration: s.calibration,
    })),
    resolution: resolution ?? null,
    belowBaseline: regressions,
  };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Words into lines of at most `width` characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
