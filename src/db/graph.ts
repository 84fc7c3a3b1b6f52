import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
} from "neo4j-driver";
import { classifyDriverError, databaseUnavailable, mapDriverError, signalsOutage } from "./errors.ts";
import type { Statement } from "./statement.ts";

export interface GraphOptions {
  uri: string;
  username?: string;
  password?: string;
  database: string;
  /** Server-side limit for one transaction, in ms. */
  queryTimeoutMs: number;
  /** How long to wait for a connection before failing, in ms. */
  connectTimeoutMs: number;
}

/** Counts Cypher round trips, so a request (or a test) can see how many queries it cost. */
export interface QueryCounter {
  queries: number;
}

/** Told of every transaction: its kind, how long it took and how it ended (for metrics). */
export type QueryObserver = (
  kind: "read" | "write",
  seconds: number,
  outcome: "ok" | "error" | "unavailable" | "timeout",
) => void;

/**
 * The circuit breaker: after a DATABASE_UNAVAILABLE, transactions fail at once (no driver call) while one probe
 * (`RETURN 1`, 1 s timeout) runs every PROBE_EVERY_MS; the first probe that succeeds closes it. Without it,
 * requests that arrive while a restarting Neo4j already accepts connections but cannot start transactions yet
 * each wait for their transaction timeout (10 s), well after Neo4j is back.
 */
interface Breaker {
  open: boolean;
  timer?: NodeJS.Timeout;
}
const PROBE_EVERY_MS = 250;
const PROBE_TIMEOUT_MS = 1_000;

/** A write unit: receives the transaction and runs parameterised Cypher in it. */
export type WriteWork<T> = (tx: ManagedTransaction) => Promise<T>;

/**
 * The only door to Neo4j: managed transactions (`executeRead`/`executeWrite`) in a fresh session each,
 * always naming the database, with plain JS values out (integers as numbers, temporals as ISO strings).
 */
export class Graph {
  readonly driver: Driver;

  constructor(
    private readonly options: GraphOptions,
    private readonly counter?: QueryCounter,
    driver?: Driver,
    /** Shared by every counting copy of this Graph, so one observer sees all their queries. */
    private readonly hooks: { observer?: QueryObserver; breaker?: Breaker } = {},
  ) {
    this.driver =
      driver ??
      neo4j.driver(
        options.uri,
        options.password ? neo4j.auth.basic(options.username ?? "neo4j", options.password) : undefined,
        {
          disableLosslessIntegers: true,
          // The driver's defaults (30-60 s) are far too long for a web request when the database is down.
          connectionAcquisitionTimeout: options.connectTimeoutMs,
          connectionTimeout: options.connectTimeoutMs,
          // One retry (after the driver's ~1 s back-off) rides over a blip; more would keep a request waiting
          // several seconds for a database that is down: it fails with DATABASE_UNAVAILABLE in about 1 s instead.
          maxTransactionRetryTime: 500,
          userAgent: "modelgraph",
        },
      );
  }

  /** The same connection pool, counting round trips into `counter`. */
  withCounter(counter: QueryCounter): Graph {
    return new Graph(this.options, counter, this.driver, this.hooks);
  }

  /** Reports every later transaction (of this Graph and its counting copies) to `observer`. */
  observeQueries(observer: QueryObserver | undefined): void {
    this.hooks.observer = observer;
  }

  /** One read query in one managed transaction; rows come back as plain objects. */
  async read<Row extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<Row[]> {
    this.count();
    const values = toParams(params);
    const result = await this.transaction("read", this.options.queryTimeoutMs, (session, config) =>
      session.executeRead((tx) => runWithoutCallSite(() => tx.run<Row>(cypher, values)), config),
    );
    return rows(result);
  }

  /** One statement in its own managed transaction (read or write, as the statement says), decoded. */
  async run<T>(statement: Statement<T>): Promise<T> {
    if (statement.mode === "read")
      return statement.decode(await this.read(statement.cypher, statement.params));
    return this.write(async (tx) => runStatementInTx(tx, statement));
  }

  /** Several statements in one write transaction: all or nothing, retried by the driver on transient errors. */
  async write<T>(work: WriteWork<T>, timeoutMs?: number): Promise<T> {
    this.count();
    return this.transaction("write", timeoutMs ?? this.options.queryTimeoutMs, (session, config) =>
      session.executeWrite(work, config),
    );
  }

  /** One managed transaction in a fresh session, always closed; failures reported and mapped (src/db/errors.ts). */
  private async transaction<T>(
    kind: "read" | "write",
    timeoutMs: number,
    run: (session: Session, config: { timeout: number; metadata: Record<string, string> }) => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    if (this.hooks.breaker?.open) {
      this.observe(kind, started, "unavailable");
      throw databaseUnavailable();
    }
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: kind === "read" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const result = await run(session, { timeout: timeoutMs, metadata: { app: "modelgraph" } });
      this.observe(kind, started);
      return result;
    } catch (error) {
      const code = classifyDriverError(error);
      this.observe(kind, started, code === "QUERY_TIMEOUT" ? "timeout" : code ? "unavailable" : "error");
      if (signalsOutage(error)) this.openBreaker();
      throw mapDriverError(error, timeoutMs);
    } finally {
      // After a failed transaction closing may fail too; that must not replace the (mapped) error above.
      await session.close().catch(() => undefined);
    }
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.getServerInfo({ database: this.options.database });
  }

  /** Whether transactions currently fail fast because the database was found down (see Breaker). */
  get databaseDown(): boolean {
    return this.hooks.breaker?.open ?? false;
  }

  private openBreaker(): void {
    this.hooks.breaker ??= { open: false };
    const breaker = this.hooks.breaker;
    if (breaker.open) return;
    breaker.open = true;
    const probe = async () => {
      if (await this.probe()) {
        breaker.open = false;
        breaker.timer = undefined;
      } else if (breaker.open) {
        breaker.timer = setTimeout(probe, PROBE_EVERY_MS);
        breaker.timer.unref();
      }
    };
    breaker.timer = setTimeout(probe, PROBE_EVERY_MS);
    breaker.timer.unref();
  }

  /** One `RETURN 1`, abandoned after PROBE_TIMEOUT_MS (+ 1 s for Neo4j to notice its own timeout). */
  private async probe(): Promise<boolean> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    let timer: NodeJS.Timeout | undefined;
    const abandon = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS + 1_000);
    });
    const attempt = session
      .executeRead((tx) => tx.run("RETURN 1"), {
        timeout: PROBE_TIMEOUT_MS,
        metadata: { app: "modelgraph-probe" },
      })
      .then(
        () => true,
        () => false,
      );
    try {
      return await Promise.race([attempt, abandon]);
    } finally {
      clearTimeout(timer);
      void attempt.finally(() => session.close().catch(() => undefined));
    }
  }

  async close(): Promise<void> {
    if (this.hooks.breaker?.timer) clearTimeout(this.hooks.breaker.timer);
    await this.driver.close();
  }

  private observe(kind: "read" | "write", started: number, outcome: Parameters<QueryObserver>[2] = "ok") {
    this.hooks.observer?.(kind, (performance.now() - started) / 1000, outcome);
  }

  private count(): void {
    if (this.counter) this.counter.queries += 1;
  }
}

/** Runs one statement inside a write transaction and returns its rows as plain objects. */
export async function runInTx<Row extends RecordShape = RecordShape>(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  const values = toParams(params);
  return rows(await runWithoutCallSite(() => tx.run<Row>(cypher, values)));
}

/** Runs one statement inside a write transaction, decoded. */
export async function runStatementInTx<T>(tx: ManagedTransaction, statement: Statement<T>): Promise<T> {
  return statement.decode(await runInTx(tx, statement.cypher, statement.params));
}

/**
 * Runs `start` (a synchronous `tx.run`) with stack traces off. The driver records the call site of every
 * statement by formatting a stack trace (source-mapped under tsx), which cost about a tenth of a simple read's
 * CPU; the only loss is that a failed statement's error carries no JS stack, only Neo4j's message.
 */
function runWithoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * JS numbers reach Neo4j as floats, which LIMIT, SKIP and ranges refuse: whole numbers are sent as Cypher
 * integers instead, recursively, so callers pass plain numbers.
 */
export function toParams(params: Record<string, unknown>): Record<string, unknown> {
  return convert(params) as Record<string, unknown>;
}

function convert(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
  }
  return value;
}

function rows<Row extends RecordShape>(result: QueryResult<Row>): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/** Neo4j values to what GraphQL serialises: temporals as ISO strings, nodes and relationships as properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== "object") return value;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
}
