#!/usr/bin/env node
// Compiles src/ to dist/ (`npm run build`, and `npm install`'s prepare step), so that `npm start` runs plain
// JavaScript instead of transpiling TypeScript at every start. dist/ is emptied first: a source file removed
// from src/ must not live on as stale JavaScript. An install without dev dependencies (no TypeScript) skips
// the build and says so; bin/modelgraph.js then runs the sources through tsx.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  console.warn(
    "build: TypeScript is not installed (an install without dev dependencies?); not compiling src/.",
  );
  process.exit(0);
}
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  cwd: root,
  stdio: "inherit",
});
if (result.status !== 0) console.error("build: compiling src/ failed (see above).");
process.exit(result.status ?? 1);
