// Child process: imports a Hub-shaped JSON Lines file through the real `import-hf` path (importHfFile, what
// `modelgraph import-hf FILE` runs), so that its peak RSS is its own. Input (argv[2]): {"uri", "file"}; prints JSON.
import { Graph } from "../src/db/executor.ts";
import { importHfFile } from "../src/ingest/hf/index.ts";

const { uri, file } = JSON.parse(process.argv[2] ?? "{}") as { uri: string; file: string };
const graph = new Graph({ uri, database: "neo4j", queryTimeoutMs: 600_000, connectTimeoutMs: 10_000 });
const started = performance.now();
const report = await importHfFile(graph, file);
const seconds = (performance.now() - started) / 1000;
await graph.close();
console.log(
  JSON.stringify({
    seconds,
    read: report.read,
    linked: report.linked,
    declaredEdges: report.declaredEdges,
    skipped: report.skipped.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
