// What a server facing the internet needs around the API: a request id and a JSON log line per request, security
// headers, Prometheus metrics, CORS by allow-list, introspection switched off, and a response cache for the
// read-only queries. Configured from ServeSettings (src/config.ts); see README: Reliability.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer } from "node:net";
import { type Cache, createInMemoryCache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import type { Plugin, YogaLogger } from "graphql-yoga";
import { type Logger, pino } from "pino";
import type { ServeSettings } from "../config.ts";
import type { Metrics } from "./metrics.ts";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * pino: one JSON object per line on stdout, with levels a log pipeline understands. Lines are buffered and
 * written asynchronously, 4 KB or 1 s at a time (flushed on exit): a write per line cost about a sixth of a
 * simple request's CPU under load.
 */
export function createLogger(settings: Pick<ServeSettings, "logLevel">): Logger {
  return pino(
    { level: settings.logLevel, base: { service: "modelgraph" } },
    pino.destination({ dest: 1, minLength: 4_096, periodicFlush: 1_000 }),
  );
}

/** yoga's own messages (masked resolver errors above all) go to the same log. */
export function yogaLogger(logger: Logger): YogaLogger {
  return {
    debug: (...args: unknown[]) => logger.debug({ yoga: args.slice(1) }, String(args[0])),
    info: (...args: unknown[]) => logger.info({ yoga: args.slice(1) }, String(args[0])),
    warn: (...args: unknown[]) => logger.warn({ yoga: args.slice(1) }, String(args[0])),
    error: (...args: unknown[]) => logger.error({ err: args[0], yoga: args.slice(1) }, "GraphQL error"),
  };
}

/** Headers every response carries. The explorer sets its own Content-Security-Policy on its pages. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** A fixed route name for metrics and logs: the raw path would give unbounded label values. */
export function routeOf(path: string): string {
  if (path === "/graphql" || path.startsWith("/graphql/")) return "/graphql";
  if (path === "/health" || path === "/ready" || path === "/metrics") return path;
  return "explorer";
}

/**
 * Wraps the server's request handler: a request id (the client's `X-Request-Id` when it is sane, else a new
 * UUID) echoed in the response, security headers, `/metrics`, and on finish one log line and the request
 * metrics. A connection cut before the response finished is logged as `aborted`.
 */
export function instrument(
  handler: RequestHandler,
  options: { logger: Logger; metrics?: Metrics; drain?: Drain; strictTransport?: boolean },
): RequestHandler {
  const { logger, metrics } = options;
  return (request, response) => {
    const started = performance.now();
    options.drain?.track(response);
    const offered = request.headers["x-request-id"];
    const id = typeof offered === "string" && REQUEST_ID.test(offered) ? offered : randomUUID();
    const path = (request.url ?? "/").split(/[?#]/, 1)[0] ?? "/";
    const route = routeOf(path);
    response.setHeader("X-Request-Id", id);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (options.strictTransport) response.setHeader("Strict-Transport-Security", "max-age=31536000");

    let logged = false;
    const done = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const seconds = (performance.now() - started) / 1000;
      const status = aborted ? 499 : response.statusCode;
      metrics?.observeRequest(route, request.method ?? "GET", status, seconds);
      logger.info(
        {
          reqId: id,
          method: request.method,
          path,
          status,
          ms: Math.round(seconds * 10_000) / 10,
          bytesIn: Number(request.headers["content-length"] ?? 0),
          ...(aborted ? { aborted: true } : {}),
        },
        "request",
      );
    };
    response.once("finish", () => done(false));
    response.once("close", () => done(!response.writableFinished));

    if (path === "/metrics" && metrics) {
      void metrics.render().then(
        ({ contentType, body }) => {
          response.writeHead(200, { "Content-Type": contentType });
          response.end(body);
        },
        (error: unknown) => {
          logger.error({ err: error, reqId: id }, "metrics failed");
          response.writeHead(500).end();
        },
      );
      return;
    }
    handler(request, response);
  };
}

/** yoga's `cors` option: undefined keeps yoga's default (any origin, for development), [] allows no other origin. */
export function corsOption(origins: string[] | undefined) {
  if (origins === undefined) return undefined;
  if (origins.length === 0) return false as const;
  return {
    origin: origins.includes("*") ? "*" : origins,
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "authorization", "x-request-id"],
    exposedHeaders: ["x-request-id"],
    credentials: false,
    maxAge: 600,
  };
}

/** Refuses `__schema` and `__type` during validation, as graphql-js's own rule does. `__typename` stays. */
export function useNoIntrospection(): Plugin {
  return {
    onValidate: ({ addValidationRule }) => {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** Counts the errors of every GraphQL response by `extensions.code` (validation errors included). */
export function useErrorMetrics(metrics: Metrics): Plugin {
  return {
    onResultProcess: ({ result }) => {
      for (const one of Array.isArray(result) ? result : [result]) {
        if (!one || Symbol.asyncIterator in one) continue;
        for (const error of one.errors ?? []) {
          const code = error.extensions?.code;
          metrics.countGraphQLError(typeof code === "string" ? code : "INTERNAL");
        }
      }
    },
  };
}

/** An in-memory response cache that can be emptied at once (after an ingest). */
export interface ClearableCache extends Cache {
  clear(): void;
}

export function createClearableCache(max = 1_000): ClearableCache {
  let inner = createInMemoryCache({ max });
  return {
    get: (key) => inner.get(key),
    set: (...args) => inner.set(...args),
    invalidate: (entities) => inner.invalidate(entities),
    clear: () => {
      inner = createInMemoryCache({ max });
    },
  };
}

/**
 * Caches whole responses of read-only queries for `ttlMs`, shared by every client (the API is public and
 * read-only: nothing in a response depends on who asks). Mutations are never cached, responses with errors
 * neither; `cache.clear()` after an ingest, and the TTL bounds staleness after a seed from another process.
 */
export function useModelgraphResponseCache(cache: ClearableCache, ttlMs: number): Plugin {
  return useResponseCache({
    session: () => null,
    cache,
    ttl: ttlMs,
    includeExtensionMetadata: false,
  });
}

/**
 * Graceful shutdown without reset connections. `close()` stops accepting, lets in-flight requests finish, and
 * answers every request from then on with `Connection: close`, so that keep-alive clients close their end
 * themselves instead of sending the next request into a socket the server is closing (the one way a drain
 * resets connections). Connections still idle after a second are closed, and whatever remains after `graceMs`
 * is cut.
 */
export interface Drain {
  track(response: ServerResponse): void;
  close(server: Server, graceMs: number): Promise<void>;
}

export function createDrain(): Drain {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  const sayClose = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader("Connection", "close");
  };
  return {
    track(response) {
      if (closing) sayClose(response);
      inFlight.add(response);
      response.once("close", () => inFlight.delete(response));
    },
    async close(server, graceMs) {
      closing = true;
      for (const response of inFlight) sayClose(response);
      // http.Server#close would also close idle keep-alive connections at once, racing a client that is
      // writing its next request on one: stop listening only, and sweep idle connections a little later.
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      const sweep = setInterval(() => server.closeIdleConnections(), 1_000);
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      try {
        await closed;
      } finally {
        clearInterval(sweep);
        clearTimeout(cut);
      }
    },
  };
}
