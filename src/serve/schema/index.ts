import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "../builder.ts";
import "./paper.ts";
import "./model.ts";
import "./lineage.ts";
import "./vocabulary.ts";
import "./graph.ts";
import "./catalogue.ts";
import "./ingest.ts";
import "./repo.ts";

export const schema = builder.toSchema();

/** The SDL committed as schema/schema.graphql, sorted so that diffs stay readable. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
