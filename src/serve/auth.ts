// Token auth for writes through the API: the ingest mutation needs the configured INGEST_TOKEN as a bearer token.
import { createHash, timingSafeEqual } from "node:crypto";
import type { IngestAccess } from "./context.ts";
import { forbidden, unauthenticated } from "./errors.ts";

/** Compares digests of equal length in constant time: neither the token's content nor its length leaks. */
export function sameToken(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * The request's ingest access when it may write: FORBIDDEN on a server without INGEST_TOKEN, UNAUTHENTICATED
 * without the right bearer token.
 */
export function authorizeIngest(access: IngestAccess | undefined): IngestAccess {
  if (!access?.token) throw forbidden("Writes through the API are disabled on this server");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(access.authorization ?? "");
  if (!match?.[1] || !sameToken(match[1], access.token)) {
    throw unauthenticated("ingestAbstracts needs a valid bearer token (Authorization: Bearer <token>)");
  }
  return access;
}
