import { z } from "zod";

const boltUri = z
  .string()
  .regex(
    /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/,
    "must be a bolt:// or neo4j:// URI, e.g. bolt://127.0.0.1:7687",
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
});

export type Config = z.infer<typeof configSchema>;

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
