// Driver errors → typed database errors, in one place. Every statement goes through the executor, which passes
// each failure here: the serving layer turns a DatabaseError into a GraphQL error with the same code
// (src/serve/errors.ts), and a log or the CLI prints its sentence instead of a driver stack.
import { Neo4jError } from "neo4j-driver";

export type DatabaseErrorCode = "DATABASE_UNAVAILABLE" | "QUERY_TIMEOUT";

/** The database could not answer: it is down (DATABASE_UNAVAILABLE) or the statement ran out of time. */
export class DatabaseError extends Error {
  override readonly name = "DatabaseError";

  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    /** For QUERY_TIMEOUT: the limit the statement ran into, in ms. */
    readonly timeoutMs?: number,
  ) {
    super(message);
  }
}

/** What every statement gets while the database is down. */
export function databaseUnavailable(): DatabaseError {
  return new DatabaseError("DATABASE_UNAVAILABLE", "The database is unavailable; try again shortly");
}

export function queryTimeout(timeoutMs: number): DatabaseError {
  return new DatabaseError(
    "QUERY_TIMEOUT",
    `The query took longer than ${timeoutMs} ms and was cancelled`,
    timeoutMs,
  );
}

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

/**
 * Classifies an error: a DatabaseError's own code, or a driver error's; undefined when it is not about
 * availability or time (e.g. a Cypher error).
 */
export function classifyDriverError(error: unknown): DatabaseErrorCode | undefined {
  if (error instanceof DatabaseError) return error.code;
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
 * A driver error as a DatabaseError, or the error unchanged when it is neither about availability nor time. The
 * driver's error is kept as `cause`, for logs.
 */
export function mapDriverError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof DatabaseError) return error;
  const code = classifyDriverError(error);
  if (!code) return error;
  const mapped = code === "QUERY_TIMEOUT" ? queryTimeout(timeoutMs) : databaseUnavailable();
  Object.defineProperty(mapped, "cause", { value: error, enumerable: false });
  return mapped;
}
