// Child process: seeds input files through the real seeder, so that its peak RSS is its own (the bench's
// process holds the whole catalogue). Input (argv[2]): {"uri", "files", "batchSize"}; prints JSON.
import { Graph } from "../src/db/executor.ts";
import { seedFiles } from "../src/ingest/index.ts";

const { uri, files, batchSize } = JSON.parse(process.argv[2] ?? "{}") as {
  uri: string;
  files: string[];
  batchSize?: number;
};
const graph = new Graph({ uri, database: "neo4j", queryTimeoutMs: 600_000, connectTimeoutMs: 10_000 });
const started = performance.now();
let extractedAt = started;
const report = await seedFiles(graph, files, {
  batchSize,
  onExtracted: () => {
    extractedAt = performance.now();
  },
});
const finished = performance.now();
await graph.close();
console.log(
  JSON.stringify({
    seconds: (finished - started) / 1000,
    extractSeconds: (extractedAt - started) / 1000,
    writeSeconds: (finished - extractedAt) / 1000,
    papers: report.papers,
    warnings: report.warnings.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
