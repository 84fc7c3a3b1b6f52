import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
} from "neo4j-driver";
import { classifyDriverError, databaseUnavailable, mapDriverError, signalsOutage } from "./errors.ts";
import { readRows, type Statement } from "./statement.ts";

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

/** Told of every statement as it starts, with the promise of its result (the bench records and replays them). */
export type StatementListener = (statement: Statement<unknown>, result: Promise<unknown>) => void;

/** The statements of one write transaction: each step runs in it, all or nothing. */
export interface Transaction {
  run<T>(statement: Statement<T>): Promise<T>;
}

/** A unit of work: its steps are statements run in one write transaction (which the driver may retry whole). */
export type UnitOfWork<T> = (tx: Transaction) => Promise<T>;

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

/** What one copy of the executor adds to the shared pool: its own query count and statement listener. */
interface CopyState {
  counter?: QueryCounter;
  listener?: StatementListener;
}

/**
 * The executor, the only door to Neo4j: it runs statements (src/db/statement.ts) in managed transactions
 * (`executeRead`/`executeWrite`) in a fresh session each, always naming the database, with integer parameters
 * (`toParams`) in and plain JS values (`toPlain`) out, under the query timeout and the circuit breaker, counted
 * and observed. Failures come out as DatabaseError (src/db/errors.ts).
 */
export class Graph {
  readonly driver: Driver;

  constructor(
    private readonly options: GraphOptions,
    driver?: Driver,
    private readonly state: CopyState = {},
    /** Shared by every copy of this Graph, so one observer and one breaker see all their queries. */
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
    return new Graph(this.options, this.driver, { ...this.state, counter }, this.hooks);
  }

  /** The same connection pool, telling `listener` of every statement it runs (and its counting copies run). */
  recording(listener: StatementListener): Graph {
    return new Graph(this.options, this.driver, { ...this.state, listener }, this.hooks);
  }

  /** Reports every later transaction (of this Graph and its copies) to `observer`. */
  observeQueries(observer: QueryObserver | undefined): void {
    this.hooks.observer = observer;
  }

  /** One statement in its own managed transaction (read or write, as the statement says), decoded. */
  run<T>(statement: Statement<T>): Promise<T> {
    if (statement.mode === "write") return this.write((tx) => tx.run(statement));
    this.count();
    const result = this.transaction("read", this.options.queryTimeoutMs, (session, config) =>
      session.executeRead((tx) => runInTransaction(tx, statement), config),
    );
    this.state.listener?.(statement, result);
    return result;
  }

  /** Raw Cypher read in its own transaction, for tools and tests; the application builds statements instead. */
  read<Row extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<Row[]> {
    return this.run(readRows<Row>(cypher, params));
  }

  /** A unit of work: its statements in one write transaction, all or nothing, retried by the driver if transient. */
  async write<T>(work: UnitOfWork<T>, timeoutMs?: number): Promise<T> {
    this.count();
    const listener = this.state.listener;
    return this.transaction("write", timeoutMs ?? this.options.queryTimeoutMs, (session, config) =>
      session.executeWrite(
        (tx) =>
          work({
            run: (statement) => {
              const result = runInTransaction(tx, statement);
              listener?.(statement, result);
              return result;
            },
          }),
        config,
      ),
    );
  }

  /** One managed transaction in a fresh session, always closed; failures reported and mapped to DatabaseError. */
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
    if (this.state.counter) this.state.counter.queries += 1;
  }
}

/** One statement inside a managed transaction, its rows as plain objects, decoded. */
async function runInTransaction<T>(tx: ManagedTransaction, statement: Statement<T>): Promise<T> {
  const values = toParams(statement.params);
  const result = await runWithoutCallSite(() => tx.run(statement.cypher, values));
  return statement.decode(rows(result));
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

function rows(result: QueryResult): RecordShape[] {
  return result.records.map((record) => toPlain(record.toObject()) as RecordShape);
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
