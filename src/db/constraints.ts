import { readFile } from "node:fs/promises";
import { awaitIndexes, schemaCommand } from "../cypher/migrations.ts";
import type { Graph } from "./executor.ts";

const constraintsFile = new URL("../../schema/constraints.cypher", import.meta.url);

/** The statements of schema/constraints.cypher, comments dropped. */
export async function readConstraintStatements(): Promise<string[]> {
  const text = await readFile(constraintsFile, "utf8");
  return text
    .split(";")
    .map((statement) =>
      statement
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n")
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}

/** Applies every constraint and index (each `IF NOT EXISTS`, so this is safe at every start) and waits for them. */
export async function applyConstraints(graph: Graph): Promise<number> {
  const statements = await readConstraintStatements();
  // Schema commands cannot share a transaction with each other, so each gets its own.
  for (const statement of statements) {
    await graph.run(schemaCommand(statement));
  }
  await graph.run(awaitIndexes(60));
  return statements.length;
}
