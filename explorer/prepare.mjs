// `npm install` runs this (the "prepare" script): it builds the explorer so that a fresh clone serves it.
// An install without dev dependencies (no Vite) skips the build and says so: the server then answers / with
// 503 and the command to run, and GraphQL works as before. A failing build fails the install, loudly.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
let vite;
try {
  vite = join(dirname(require.resolve("vite/package.json")), "bin", "vite.js");
} catch {
  console.warn(
    "explorer: Vite is not installed (an install without dev dependencies?); not building the explorer.",
  );
  console.warn("explorer: run `npm install` then `npm run build:explorer` to serve it at /.");
  process.exit(0);
}
const result = spawnSync(
  process.execPath,
  [vite, "build", "--config", "explorer/vite.config.ts", "--logLevel", "warn"],
  {
    stdio: "inherit",
  },
);
if (result.status !== 0)
  console.error("explorer: the build failed; the server will answer / with 503 until it succeeds.");
process.exit(result.status ?? 1);
