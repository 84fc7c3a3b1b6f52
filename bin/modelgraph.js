#!/usr/bin/env node
// The CLI. It runs the compiled JavaScript in dist/ (built by `npm install` or `npm run build`), which starts
// faster and spends no CPU on transpiling. When src/ has changed since that build (a developer's edit), it runs
// the sources through tsx's loader instead, so nothing stale is ever served; `npm run build` makes it fast again.
import { compiledCli, compiledIsCurrent } from "./freshness.js";

if (compiledIsCurrent()) {
  await import(compiledCli.href);
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
