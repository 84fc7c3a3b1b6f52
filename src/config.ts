import { z } from "zod";

const boltUri = z
  .string()
  .regex(
    /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/,
    "must be a bolt:// or neo4j:// URI, e.g. bolt://127.0.0.1:7687",
  );

/** "true"/"false" (also 1/0, yes/no, on/off): a plain z.coerce.boolean() would read "false" as true. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"], {
      error: "must be true or false",
    }),
  )
  .transform((value) => ["true", "1", "yes", "on"].includes(value));

/** A comma-separated list of origins such as https://example.org (scheme, host and optional port, no path). */
const origins = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .string()
        .regex(
          /^(\*|https?:\/\/[^\s/,]+)$/,
          "must be a comma-separated list of origins such as https://example.org, or *",
        ),
    ),
  );

const configSchema = z.object({
  NEO4J_URI: boltUri.optional(),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9.-]+$/, "must be a database name")
    .default("neo4j"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).optional(),
  MODELGRAPH_DATA_DIR: z.string().min(1).default(".data"),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i, "must be a JVM size such as 512m or 1g")
    .default("1g"),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i, "must be a size such as 256m")
    .default("256m"),
  /** Longest a single Cypher transaction may run before Neo4j cuts it. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** How long a request waits for a database connection before failing (the driver's default is 60 s). */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(3_000),

  // Serving in production (see README: Reliability). Unset flags follow NODE_ENV: on in development, off in
  // production.
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** GraphiQL on GET /graphql for browsers. */
  GRAPHIQL: flag.optional(),
  /** Schema introspection (`__schema`, `__type`). */
  INTROSPECTION: flag.optional(),
  /** Origins allowed to call the API from a browser on another origin; unset: none in production, any in development. */
  CORS_ORIGINS: origins.optional(),
  /** pino level for the JSON request log on stdout; `silent` turns it off. */
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).optional(),
  /** Prometheus metrics on /metrics. */
  METRICS: flag.default(true),
  /** Largest request body accepted (HTTP 413 above it). */
  MAX_REQUEST_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .default(512 * 1_024),
  /** How long a read-only query's response is cached; 0 disables the cache. Default 60 s in production, 0 otherwise. */
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).optional(),
  /** Time allowed to receive a request's headers, and the whole request (slow clients are cut). */
  HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** On SIGTERM/SIGINT, how long in-flight requests get to finish before their connections are closed. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(8_000),
  /** Enables the `ingestAbstracts` mutation for callers presenting it as `Authorization: Bearer <token>`. */
  INGEST_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** A Hugging Face access token, sent by `import-hf` to the live Hub (gated repos, higher rate limits). */
  HF_TOKEN: z.string().min(1).optional(),
  /** Largest `text` the ingest mutation accepts, in UTF-8 bytes. */
  INGEST_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1_024),
});

export type Config = z.infer<typeof configSchema>;

/** What the HTTP layer needs, with the production defaults resolved. */
export interface ServeSettings {
  production: boolean;
  graphiql: boolean;
  introspection: boolean;
  /** undefined: any origin (development); []: no cross-origin access. */
  corsOrigins: string[] | undefined;
  logLevel: NonNullable<Config["LOG_LEVEL"]>;
  metrics: boolean;
  maxRequestBytes: number;
  responseCacheTtlMs: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  shutdownGraceMs: number;
  ingestToken: string | undefined;
  ingestMaxBytes: number;
}

export function serveSettings(config: Config): ServeSettings {
  const production = config.NODE_ENV === "production";
  return {
    production,
    graphiql: config.GRAPHIQL ?? !production,
    introspection: config.INTROSPECTION ?? !production,
    corsOrigins: config.CORS_ORIGINS ?? (production ? [] : undefined),
    logLevel: config.LOG_LEVEL ?? (config.NODE_ENV === "test" ? "silent" : "info"),
    metrics: config.METRICS,
    maxRequestBytes: config.MAX_REQUEST_BYTES,
    responseCacheTtlMs: config.RESPONSE_CACHE_TTL_MS ?? (production ? 60_000 : 0),
    headersTimeoutMs: config.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    ingestToken: config.INGEST_TOKEN,
    ingestMaxBytes: config.INGEST_MAX_BYTES,
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates the environment once at start-up; every bad variable is named with what it should be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = configSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
