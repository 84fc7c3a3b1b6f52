// Built with yoga's helper so that its error masking recognises the class (under a test runner a second copy
// of graphql may be loaded, and yoga checks with instanceof).
import { createGraphQLError } from "graphql-yoga";

/** A typed, client-facing "not found": `extensions.code` NOT_FOUND and close names to try instead. */
export function notFound(message: string, suggestions: string[]) {
  const hint = suggestions.length
    ? ` Did you mean ${suggestions.map((name) => `"${name}"`).join(" or ")}?`
    : "";
  return createGraphQLError(`${message}.${hint}`, { extensions: { code: "NOT_FOUND", suggestions } });
}

/** A typed, client-facing refusal of an argument's value: `extensions.code` BAD_USER_INPUT and the argument. */
export function badUserInput(message: string, argument: string) {
  return createGraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument } });
}

/**
 * The `minConfidence` argument of a lineage field, checked before any Cypher: null when absent (every edge),
 * else a number from 0 to 1. GraphQL's Float already refuses NaN and infinities from a query or its variables;
 * the check repeats it for callers that do not come through GraphQL's coercion.
 */
export function minConfidenceArg(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw badUserInput(
      `Argument \`minConfidence\` of \`${field}\` must be a number from 0 to 1, not ${String(value)}.`,
      "minConfidence",
    );
  }
  return value;
}
