import { readFile, writeFile } from "node:fs/promises";
import { printSortedSchema } from "../serve/index.ts";

export const SCHEMA_FILE = new URL("../../schema/schema.graphql", import.meta.url);

export async function printSchemaCommand(flags: { write?: boolean; check?: boolean }): Promise<void> {
  const sdl = printSortedSchema();
  if (flags.write) {
    await writeFile(SCHEMA_FILE, sdl);
    return;
  }
  if (flags.check) {
    const committed = await readFile(SCHEMA_FILE, "utf8").catch(() => "");
    if (committed !== sdl) {
      console.error("schema/schema.graphql is stale: run `npm run schema:print`");
      process.exitCode = 1;
    }
    return;
  }
  process.stdout.write(sdl);
}
