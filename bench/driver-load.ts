// Child process: the Cypher our server runs for one shape's request, straight through the driver, from
// `connections` concurrent loops for a bounded time (the same concurrency autocannon uses); prints every
// response time as JSON (a LoadRun, with the number of statements per request). The statements are recorded from the real resolvers answering the shape's GraphQL request once, so the
// baseline runs exactly the server's Cypher, parameters and round trips (statements the resolvers ran at the
// same time, such as a DataLoader's batches, run at the same time here too).
// Input (argv[2]): {"uri", "targets", "shape", "connections", "duration"}, or a "request" ({"query", "variables"})
// instead of "targets" and "shape" for a request that is not one of the shapes (the Hub section's).
import { loadConfig, serveSettings } from "../src/config.ts";
import { Graph, type GraphOptions } from "../src/db/executor.ts";
import type { Statement } from "../src/db/statement.ts";
import { createModelgraphYoga } from "../src/serve/yoga.ts";
import type { BenchTargets } from "./catalogue.ts";
import { shapes } from "./shapes.ts";
import type { LoadRun } from "./stats.ts";

const { uri, targets, shape, request, connections, duration } = JSON.parse(process.argv[2] ?? "{}") as {
  uri: string;
  targets?: BenchTargets;
  shape?: string;
  request?: { query: string; variables: Record<string, unknown> };
  connections: number;
  duration: number;
};

/** A statement the resolvers ran, with how many of the request's statements had finished when it started. */
interface Recorded {
  statement: Statement<unknown>;
  after: number;
}

/** The shape's statements in waves: each wave started once the waves before it had finished. */
async function recordWaves(graph: Graph): Promise<Statement<unknown>[][]> {
  const replayed = request ?? (targets && shapes(targets).find((s) => s.name === shape));
  if (!replayed) throw new Error(`unknown shape ${shape}`);
  const recorded: Recorded[] = [];
  let finished = 0;
  const done = () => {
    finished++;
  };
  const recorder = graph.recording((statement, result) => {
    recorded.push({ statement, after: finished });
    result.then(done, done);
  });
  const settings = serveSettings(loadConfig({ NODE_ENV: "production", RESPONSE_CACHE_TTL_MS: "0" }));
  const yoga = createModelgraphYoga(recorder, { settings });
  const response = await yoga.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: replayed.query, variables: replayed.variables }),
  });
  const result = (await response.json()) as { errors?: unknown[] };
  if (result.errors) throw new Error(`${shape ?? "request"}: ${JSON.stringify(result.errors)}`);
  const waves = new Map<number, Statement<unknown>[]>();
  for (const { statement, after } of recorded) waves.set(after, [...(waves.get(after) ?? []), statement]);
  return [...waves.entries()].sort(([a], [b]) => a - b).map(([, wave]) => wave);
}

const options: GraphOptions = { uri, database: "neo4j", queryTimeoutMs: 60_000, connectTimeoutMs: 10_000 };
const graph = new Graph(options);
const waves = await recordWaves(graph);
const samples: number[] = [];
let errors = 0;
const deadline = performance.now() + duration * 1000;
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        for (const wave of waves) await Promise.all(wave.map((statement) => graph.run(statement)));
        samples.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  }),
);
await graph.close();
const run: LoadRun & { statements: number } = {
  samples,
  seconds: duration,
  errors,
  statements: waves.flat().length,
};
console.log(JSON.stringify(run));
