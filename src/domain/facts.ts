import type { FactKind } from "./types.ts";

/** How each kind of fact is stored: the relationship from the model and the label of the node it points to. */
export const FACT_STORAGE = {
  capability: { type: "HAS_CAPABILITY", label: "Capability" },
  technique: { type: "USES_TECHNIQUE", label: "Technique" },
  benchmark: { type: "EVALUATED_ON", label: "Benchmark" },
} as const satisfies Record<FactKind, { type: string; label: string }>;

export type FactRelationship = (typeof FACT_STORAGE)[FactKind]["type"];

/**
 * The key a fact's evidence is filed under: `TYPE:subject->object` (model keys, or a model key and a
 * vocabulary name). Written by ingestion, read by serving.
 */
export function factKey(type: string, subject: string, object: string): string {
  return `${type}:${subject}->${object}`;
}
