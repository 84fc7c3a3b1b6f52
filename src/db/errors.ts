// Driver errors → typed errors, in one place. Every query goes through `Graph`, which passes each failure here:
// a client sees `DATABASE_UNAVAILABLE` or `QUERY_TIMEOUT` (in `extensions.code`, kept by yoga's error masking
// because they are GraphQL errors), and a log or the CLI sees a sentence instead of a driver stack.
import { createGraphQLError } from "graphql-yoga";
import { Neo4jError } from "neo4j-driver";

export type DatabaseErrorCode = "DATABASE_UNAVAILABLE" | "QUERY_TIMEOUT";

/** Neo4j 5 codes for a transaction cut by its timeout (the client's, or the server's `db.transaction.timeout`). */
const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.TransactionTimedOut",
]);

/** Codes that mean no usable connection: refused, dropped, the server shutting down or not yet up. */
const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
  // Transactions cut because the server is shutting down.
  "Neo.TransientError.Transaction.Terminated",
]);

/** The code of a mapped error, or undefined for any other error. */
export function databaseErrorCode(error: unknown): DatabaseErrorCode | undefined {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return code === "DATABASE_UNAVAILABLE" || code === "QUERY_TIMEOUT" ? code : undefined;
}

/** Classifies a driver error; undefined when it is not about availability or time (e.g. a Cypher error). */
export function classifyDriverError(error: unknown): DatabaseErrorCode | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = error instanceof Neo4jError ? error.code : (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (TIMEOUT_CODES.has(code)) return "QUERY_TIMEOUT";
    if (UNAVAILABLE_CODES.has(code)) return "DATABASE_UNAVAILABLE";
  }
  // The pool's acquisition timeout and socket failures carry no specific code (N/A).
  if (
    /Connection acquisition timed out|Failed to establish connection|ECONNREFUSED|ECONNRESET|Pool is closed|[Cc]onnection (was )?closed|shutting down/.test(
      error.message,
    )
  )
    return "DATABASE_UNAVAILABLE";
  return undefined;
}

/**
 * Whether an unavailability error says Neo4j is unreachable (refused, dropped, shutting down), which opens the
 * circuit breaker, rather than that every pooled connection stayed busy past the acquisition timeout: that is
 * this server's overload, and failing every request at once for it would turn a slow moment into an outage.
 */
export function signalsOutage(error: unknown): boolean {
  return (
    classifyDriverError(error) === "DATABASE_UNAVAILABLE" &&
    !(error instanceof Error && /Connection acquisition timed out/.test(error.message))
  );
}

/**
 * A driver error as a GraphQL error with `extensions.code`, or the error unchanged when it is neither about
 * availability nor time. The driver's error is kept as `cause` for logs, not shown to clients: as
 * `originalError` it would make yoga mask the whole error as unexpected.
 */
export function mapDriverError(error: unknown, timeoutMs: number): unknown {
  if (databaseErrorCode(error)) return error;
  const code = classifyDriverError(error);
  if (!code) return error;
  const mapped =
    code === "QUERY_TIMEOUT"
      ? createGraphQLError(`The query took longer than ${timeoutMs} ms and was cancelled`, {
          extensions: { code, timeoutMs },
        })
      : databaseUnavailable();
  Object.defineProperty(mapped, "cause", { value: error, enumerable: false });
  return mapped;
}

/** What every request gets while the database is down. */
export function databaseUnavailable() {
  return createGraphQLError("The database is unavailable; try again shortly", {
    extensions: { code: "DATABASE_UNAVAILABLE" },
  });
}
