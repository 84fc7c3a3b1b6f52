#!/usr/bin/env node
// The CLI. It runs the compiled JavaScript in dist/ (built by `npm install` or `npm run build`), which starts
// faster and spends no CPU on transpiling. When src/ has changed since that build (a developer's edit), it runs
// the sources through tsx's loader instead, so nothing stale is ever served; `npm run build` makes it fast again.
import { readdirSync, statSync } from "node:fs";

const compiled = new URL("../dist/cli.js", import.meta.url);

/** The newest modification time of any file under `dir`, in ms. */
function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  try {
    return statSync(compiled).mtimeMs >= newestChange(new URL("../src", import.meta.url));
  } catch {
    return false;
  }
}

if (compiledIsCurrent()) {
  await import(compiled.href);
} else {
  const command = process.argv[2];
  if (command === "start" || command === "serve") {
    console.warn(
      "modelgraph: src/ changed since the last build; running it through tsx (`npm run build` compiles).",
    );
  }
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli.ts");
}
