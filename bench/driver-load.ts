// Child process: the Cypher a shape's resolvers run, straight through the driver, from `connections`
// concurrent loops for a bounded time (the same concurrency autocannon uses); prints latencies as JSON.
// Input (argv[2]): {"uri", "targets", "shape", "connections", "duration"}.
import { Graph } from "../src/db/graph.ts";
import type { BenchTargets } from "./catalogue.ts";
import { shapes } from "./shapes.ts";
import { latency } from "./stats.ts";

const { uri, targets, shape, connections, duration } = JSON.parse(process.argv[2] ?? "{}") as {
  uri: string;
  targets: BenchTargets;
  shape: string;
  connections: number;
  duration: number;
};
const run = shapes(targets).find((s) => s.name === shape)?.driver;
if (!run) throw new Error(`unknown shape ${shape}`);
const graph = new Graph({ uri, database: "neo4j", queryTimeoutMs: 60_000, connectTimeoutMs: 10_000 });
const samples: number[] = [];
let errors = 0;
const deadline = performance.now() + duration * 1000;
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        await run(graph);
        samples.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  }),
);
await graph.close();
console.log(JSON.stringify({ ...latency(samples), rps: samples.length / duration, errors }));
