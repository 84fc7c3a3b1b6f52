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
