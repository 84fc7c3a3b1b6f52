import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";

/**
 * Query limits, enforced during validation, before any resolver (and so any Cypher) runs. Sized so that the
 * richest lineage query a chart or the explorer needs passes with room to spare, and nothing much bigger does.
 */
export const QUERY_LIMITS = {
  /** `models → edges → node → ancestors → path → parent → evidence → paper → authors → name` is 10 deep. */
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 30_000,
} as const;

export function useQueryLimits(options: { production: boolean }) {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // Field-name suggestions help while exploring; in production they would map the schema for an attacker.
    blockFieldSuggestion: { enabled: options.production },
  });
}
