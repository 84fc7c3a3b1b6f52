// Every error a client sees is built here: typed factories (an `extensions.code` and what the client needs to
// fix the request), and database errors (src/db/errors.ts) turned into GraphQL errors with the same code.
// Built with yoga's helper so that its error masking recognises the class (under a test runner a second copy
// of graphql may be loaded, and yoga checks with instanceof).
import type { GraphQLError } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import { DatabaseError } from "../db/errors.ts";

/** A typed, client-facing "not found": `extensions.code` NOT_FOUND and close names to try instead. */
export function notFound(message: string, suggestions: string[]) {
  const hint = suggestions.length
    ? ` Did you mean ${suggestions.map((name) => `"${name}"`).join(" or ")}?`
    : "";
  return createGraphQLError(`${message}.${hint}`, { extensions: { code: "NOT_FOUND", suggestions } });
}

/**
 * A typed, client-facing refusal of a value: `extensions.code` BAD_USER_INPUT, the argument when one is to
 * blame, and any details that locate the problem (a record's line and field, a limit).
 */
export function badUserInput(message: string, argument?: string, details: Record<string, unknown> = {}) {
  return createGraphQLError(message, {
    extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}), ...details },
  });
}

/** The request is not allowed on this server at all (HTTP 403). */
export function forbidden(message: string) {
  return createGraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

/** The request needs a bearer token it did not present (HTTP 401, with the challenge). */
export function unauthenticated(message: string) {
  return createGraphQLError(message, {
    extensions: {
      code: "UNAUTHENTICATED",
      http: { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="modelgraph"' } },
    },
  });
}

/** A refusal of the whole request before anything runs: HTTP `status` (400 by default) and a code. */
export function badRequest(
  message: string,
  code: string,
  details: Record<string, unknown> = {},
  status = 400,
) {
  return createGraphQLError(message, { extensions: { code, ...details, http: { status } } });
}

/** The same error located where GraphQL found it, with `code` added: the client's mistake, found before running. */
export function withCode(error: GraphQLError, code: string) {
  return createGraphQLError(error.message, {
    nodes: error.nodes ?? null,
    extensions: { ...error.extensions, code },
  });
}

/**
 * A database error as a client sees it: its sentence and code (DATABASE_UNAVAILABLE, QUERY_TIMEOUT, with the
 * limit), where GraphQL met it. The database error is kept as `cause` for logs, not shown to clients: as
 * `originalError` it would make yoga mask the whole error as unexpected.
 */
export function fromDatabaseError(error: DatabaseError, located: GraphQLError) {
  const mapped = createGraphQLError(error.message, {
    nodes: located.nodes ?? null,
    path: located.path ?? null,
    extensions: {
      code: error.code,
      ...(error.timeoutMs === undefined ? {} : { timeoutMs: error.timeoutMs }),
    },
  });
  Object.defineProperty(mapped, "cause", { value: error, enumerable: false });
  return mapped;
}

/** Maps the database errors of an execution to typed GraphQL errors, before yoga masks unexpected ones. */
export function useDatabaseErrors(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (Symbol.asyncIterator in result || !result.errors?.length) return;
        if (!result.errors.some((error) => error.originalError instanceof DatabaseError)) return;
        setResult({
          ...result,
          errors: result.errors.map((error) =>
            error.originalError instanceof DatabaseError
              ? fromDatabaseError(error.originalError, error)
              : error,
          ),
        });
      },
    }),
  };
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
