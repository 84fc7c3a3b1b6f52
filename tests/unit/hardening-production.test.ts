// Production mode without a database: masked errors, GraphiQL and introspection switches, CORS allow-list,
// security headers, request ids and the JSON request log, /metrics, slow-client timeouts, driver error mapping,
// and the production settings' validation.
import { connect } from "node:net";
import { Writable } from "node:stream";
import { Neo4jError } from "neo4j-driver";
import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, type ServeSettings, serveSettings } from "../../src/config.ts";
import { classifyDriverError, DatabaseError, mapDriverError, signalsOutage } from "../../src/db/errors.ts";
import type { Graph } from "../../src/db/executor.ts";
import { sameToken } from "../../src/serve/auth.ts";
import { createModelgraphYoga, startServer } from "../../src/serve/index.ts";
import { createMetrics } from "../../src/serve/metrics.ts";
import { instrument } from "../../src/serve/production.ts";
import { post, RecordingGraph, unreachableGraph } from "../support/index.ts";

/** Every query fails with a message that must never reach a client in production. */
const leakyGraph = () =>
  new RecordingGraph(() => {
    throw new Error("secret: /var/lib/neo4j password=hunter2");
  });

const production = (env: Record<string, string> = {}): ServeSettings =>
  serveSettings(loadConfig({ NODE_ENV: "production", ...env }));
const development = (env: Record<string, string> = {}): ServeSettings =>
  serveSettings(loadConfig({ NODE_ENV: "development", ...env }));

async function ask(settings: ServeSettings, query: string, graph: Graph = leakyGraph(), headers = {}) {
  const yoga = createModelgraphYoga(graph, { settings, logger: pino({ level: "silent" }) });
  return post(yoga, { query }, headers);
}

describe("production settings", () => {
  it("default to no GraphiQL, no introspection, no cross-origin access, a 60 s response cache", () => {
    expect(production()).toMatchObject({
      production: true,
      graphiql: false,
      introspection: false,
      corsOrigins: [],
      responseCacheTtlMs: 60_000,
      metrics: true,
    });
    expect(development()).toMatchObject({ graphiql: true, introspection: true, corsOrigins: undefined });
    expect(development().responseCacheTtlMs).toBe(0);
  });

  it("are switched by environment variables, each validated", () => {
    const settings = production({
      GRAPHIQL: "true",
      INTROSPECTION: "yes",
      CORS_ORIGINS: "https://a.example, http://localhost:5173",
      RESPONSE_CACHE_TTL_MS: "0",
      LOG_LEVEL: "warn",
    });
    expect(settings).toMatchObject({
      graphiql: true,
      introspection: true,
      corsOrigins: ["https://a.example", "http://localhost:5173"],
      responseCacheTtlMs: 0,
      logLevel: "warn",
    });
    const bad = () =>
      loadConfig({
        GRAPHIQL: "maybe",
        CORS_ORIGINS: "a.example/path",
        INGEST_TOKEN: "short",
        MAX_REQUEST_BYTES: "10",
        LOG_LEVEL: "loud",
      });
    expect(bad).toThrow(ConfigError);
    for (const name of ["GRAPHIQL", "CORS_ORIGINS", "INGEST_TOKEN", "MAX_REQUEST_BYTES", "LOG_LEVEL"]) {
      expect(bad).toThrow(new RegExp(`${name}`));
    }
  });
});

describe("errors in production", () => {
  it("mask an unexpected failure: no message, path or stack of the server reaches the client", async () => {
    const { body } = await ask(production(), `{ model(name: "Gemma") { name } }`);
    expect(body.errors?.[0]?.message).toBe("Unexpected error.");
    expect(JSON.stringify(body)).not.toMatch(/secret|hunter2|var\/lib|stack/);
  });

  it("keep typed errors: DATABASE_UNAVAILABLE from a database that is down", async () => {
    const graph = unreachableGraph();
    try {
      const { body } = await ask(production(), `{ model(name: "Gemma") { name } }`, graph);
      expect(body.errors?.[0]).toMatchObject({
        message: "The database is unavailable; try again shortly",
        extensions: { code: "DATABASE_UNAVAILABLE" },
      });
    } finally {
      await graph.close();
    }
  });

  it("hide field suggestions", async () => {
    const { body } = await ask(production(), "{ modle { name } }");
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe("driver errors are mapped in one place", () => {
  const driverError = (code: string, message = "x") => new Neo4jError(message, code, "50N42", "d");
  it.each([
    ["ServiceUnavailable", "DATABASE_UNAVAILABLE"],
    ["SessionExpired", "DATABASE_UNAVAILABLE"],
    ["Neo.TransientError.General.DatabaseUnavailable", "DATABASE_UNAVAILABLE"],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "QUERY_TIMEOUT"],
    ["Neo.ClientError.Transaction.TransactionTimedOut", "QUERY_TIMEOUT"],
    ["Neo.ClientError.Statement.SyntaxError", undefined],
  ])("%s → %s", (code, expected) => {
    expect(classifyDriverError(driverError(code))).toBe(expected);
    const mapped = mapDriverError(driverError(code), 1000);
    expect(mapped instanceof DatabaseError ? mapped.code : undefined).toBe(expected);
  });

  it("maps the pool's acquisition timeout, which has no code", () => {
    const error = driverError("N/A", "Connection acquisition timed out in 3000 ms. Pool status: …");
    expect(classifyDriverError(error)).toBe("DATABASE_UNAVAILABLE");
  });

  it("opens the circuit breaker for an unreachable Neo4j, not for a saturated pool", () => {
    expect(signalsOutage(driverError("ServiceUnavailable"))).toBe(true);
    expect(signalsOutage(new Error("connect ECONNREFUSED 127.0.0.1:7687"))).toBe(true);
    expect(signalsOutage(driverError("N/A", "Connection acquisition timed out in 3000 ms."))).toBe(false);
    expect(signalsOutage(driverError("Neo.ClientError.Transaction.TransactionTimedOut"))).toBe(false);
  });
});

describe("GraphiQL and introspection switches", () => {
  it("serve no GraphiQL page in production, and GraphiQL when GRAPHIQL=true", async () => {
    const page = async (settings: ServeSettings) => {
      const yoga = createModelgraphYoga(leakyGraph(), { settings });
      const response = await yoga.fetch("http://modelgraph.test/graphql", {
        headers: { accept: "text/html" },
      });
      return response.text();
    };
    expect(await page(production())).not.toMatch(/graphiql/i);
    expect(await page(production({ GRAPHIQL: "true" }))).toMatch(/graphiql/i);
  });

  it("refuse introspection in production unless INTROSPECTION=true; __typename stays", async () => {
    const introspect = "{ __schema { queryType { name } } }";
    expect((await ask(production(), introspect)).body.errors?.[0]?.message).toMatch(
      /introspection has been disabled/,
    );
    expect((await ask(production({ INTROSPECTION: "true" }), introspect)).body.errors).toBeUndefined();
    expect((await ask(development(), introspect)).body.errors).toBeUndefined();
    expect((await ask(production(), "{ __typename }")).body.errors).toBeUndefined();
  });
});

describe("CORS", () => {
  const preflight = async (settings: ServeSettings, origin: string) => {
    const yoga = createModelgraphYoga(leakyGraph(), { settings });
    const response = await yoga.fetch("http://modelgraph.test/graphql", {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST" },
    });
    return response.headers.get("access-control-allow-origin");
  };

  it("allows only the listed origins in production", async () => {
    const settings = production({ CORS_ORIGINS: "https://a.example,https://b.example" });
    expect(await preflight(settings, "https://a.example")).toBe("https://a.example");
    expect(await preflight(settings, "https://b.example")).toBe("https://b.example");
    expect(await preflight(settings, "https://evil.example")).not.toBe("https://evil.example");
  });

  it("allows no other origin in production without CORS_ORIGINS", async () => {
    expect(await preflight(production(), "https://evil.example")).toBeNull();
  });
});

describe("the HTTP layer", () => {
  const graph = unreachableGraph();
  afterAll(() => graph.close());

  it("sends security headers and a request id, echoing a sane one and replacing a bad one", async () => {
    const server = await startServer(graph, { port: 0, host: "127.0.0.1", settings: production() });
    try {
      const health = new URL("/health", server.url);
      const fresh = await fetch(health);
      expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      expect(fresh.headers.get("x-content-type-options")).toBe("nosniff");
      expect(fresh.headers.get("x-frame-options")).toBe("DENY");
      expect(fresh.headers.get("referrer-policy")).toBe("no-referrer");
      expect(fresh.headers.get("strict-transport-security")).toMatch(/max-age=/);
      expect(
        (await fetch(health, { headers: { "x-request-id": "abc-123" } })).headers.get("x-request-id"),
      ).toBe("abc-123");
      const injected = await fetch(health, { headers: { "x-request-id": "a b\tc<script>" } });
      expect(injected.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await server.close();
    }
  });

  it("serves Prometheus metrics: requests, latency, GraphQL errors by code, Neo4j query time", async () => {
    const server = await startServer(graph, { port: 0, host: "127.0.0.1", settings: production() });
    try {
      await fetch(new URL("/health", server.url));
      await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ stats { nodes } }" }),
      });
      const metrics = await fetch(new URL("/metrics", server.url));
      expect(metrics.headers.get("content-type")).toMatch(/text\/plain/);
      const text = await metrics.text();
      expect(text).toMatch(/modelgraph_http_requests_total\{route="\/health",method="GET",status="200"\} 1/);
      expect(text).toMatch(/modelgraph_http_request_duration_seconds_bucket\{le="0.1",route="\/graphql"\}/);
      expect(text).toMatch(/modelgraph_graphql_errors_total\{code="DATABASE_UNAVAILABLE"\} 1/);
      expect(text).toMatch(
        /modelgraph_neo4j_query_duration_seconds_count\{kind="read",outcome="unavailable"\} 1/,
      );
      expect(text).toMatch(/modelgraph_process_resident_memory_bytes/);
    } finally {
      await server.close();
    }
  });

  it("logs one JSON line per request with the request id, method, path, status and time", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: "info" }, sink);
    const handler = instrument(
      (_request, response) => {
        response.writeHead(204).end();
      },
      { logger, metrics: createMetrics() },
    );
    const { createServer } = await import("node:http");
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      await fetch(`http://127.0.0.1:${port}/graphql?x=1`, { headers: { "x-request-id": "req-42" } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const entry = JSON.parse(lines.at(-1) ?? "{}");
      expect(entry).toMatchObject({
        msg: "request",
        reqId: "req-42",
        method: "GET",
        path: "/graphql",
        status: 204,
      });
      expect(typeof entry.ms).toBe("number");
    } finally {
      server.close();
    }
  });

  it("cuts a client that sends its headers too slowly (headersTimeout) and one that never finishes its body", async () => {
    const settings = { ...production(), headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 };
    const server = await startServer(graph, { port: 0, host: "127.0.0.1", settings });
    const { port } = new URL(server.url);
    const slow = (first: string) =>
      // The drip keeps the connection alive forever unless the server's timeout cuts it: a reply is the proof.
      new Promise<{ reply: string }>((resolve) => {
        let reply = "";
        const socket = connect(Number(port), "127.0.0.1", () => socket.write(first));
        // Keep trickling, one byte a few times a second, as a slowloris does.
        const drip = setInterval(() => socket.write(first.endsWith("\r\n\r\n") ? "x" : "X-A: b\r\n"), 300);
        socket.on("data", (chunk) => {
          reply += String(chunk);
        });
        socket.on("error", () => {});
        socket.on("close", () => {
          clearInterval(drip);
          resolve({ reply });
        });
      });
    try {
      const [headers, body] = await Promise.all([
        slow("POST /graphql HTTP/1.1\r\nHost: x\r\n"),
        slow(
          "POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n",
        ),
      ]);
      expect(headers.reply).toMatch(/^HTTP\/1.1 408/);
      expect(body.reply).toMatch(/^HTTP\/1.1 408/);
    } finally {
      await server.close();
    }
  });
});

describe("the ingest token", () => {
  it("compares in constant time over digests, any length", () => {
    expect(sameToken("a-long-secret-token", "a-long-secret-token")).toBe(true);
    expect(sameToken("a-long-secret-toke", "a-long-secret-token")).toBe(false);
    expect(sameToken("", "a-long-secret-token")).toBe(false);
  });
});
