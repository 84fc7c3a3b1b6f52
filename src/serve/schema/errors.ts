import { GraphQLError } from "graphql";

/** A typed, client-facing "not found": `extensions.code` NOT_FOUND and close names to try instead. */
export function notFound(message: string, suggestions: string[]): GraphQLError {
  const hint = suggestions.length
    ? ` Did you mean ${suggestions.map((name) => `"${name}"`).join(" or ")}?`
    : "";
  return new GraphQLError(`${message}.${hint}`, { extensions: { code: "NOT_FOUND", suggestions } });
}
