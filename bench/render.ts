// Renders a report's markdown again from its JSON: `tsx bench/render.ts bench/results/10k.json`.
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { figuresOf, type Report, writeReport } from "./report.ts";

for (const path of process.argv.slice(2)) {
  const json = JSON.parse(await readFile(path, "utf8")) as Report & {
    targets: Parameters<typeof figuresOf>[0];
  };
  await writeReport({ ...json, figures: figuresOf(json.targets) }, dirname(path));
}
