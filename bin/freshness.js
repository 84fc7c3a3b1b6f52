// Whether dist/ (the compiled JavaScript) is as new as every file under src/: the CLI runs it only then, and
// `node bin/compile.js --if-stale` (the bench, before it starts the server) compiles only when it is not.
import { readdirSync, statSync } from "node:fs";

export const compiledCli = new URL("../dist/cli.js", import.meta.url);

/** The newest modification time of any file under `dir`, in ms. */
function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return newest;
}

export function compiledIsCurrent() {
  try {
    return statSync(compiledCli).mtimeMs >= newestChange(new URL("../src", import.meta.url));
  } catch {
    return false;
  }
}
