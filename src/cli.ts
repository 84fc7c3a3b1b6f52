// The `modelgraph` command line: every command is wired here; the work lives in src/commands/.
import { createRequire } from "node:module";
import { Argument, Command, InvalidArgumentError, Option } from "commander";
import { extractCommand } from "./commands/extract.ts";
import { importArxivCommand } from "./commands/import-arxiv.ts";
import { importHfCommand } from "./commands/import-hf.ts";
import { neo4jCommand } from "./commands/neo4j.ts";
import { printSchemaCommand } from "./commands/print-schema.ts";
import { seedCommand } from "./commands/seed.ts";
import { serveCommand, startCommand } from "./commands/start.ts";

/** The version in package.json (read at run time: the CLI runs from the sources through tsx). */
function packageVersion(): string {
  const pkg = createRequire(import.meta.url)("../package.json") as { version: string };
  return pkg.version;
}

const year = (value: string) => {
  const parsed = Number(value);
  if (!/^\d{4}$/.test(value) || parsed < 1900 || parsed > 2200)
    throw new InvalidArgumentError("expected a year such as 2025");
  return parsed;
};
const formatOption = () =>
  new Option("--format <format>", "input format (detected when omitted)").choices([
    "listing",
    "atom",
    "jsonl",
  ]);
const yearOption = () =>
  new Option("--year <yyyy>", "year for listing dates written without one (default: this year)").argParser(
    year,
  );

const program = new Command()
  .name("modelgraph")
  .description("A GraphQL server over a knowledge graph of AI models, papers and their lineage.")
  .version(packageVersion(), "-V, --version", "print the version")
  .showHelpAfterError();

program
  .command("start")
  .description(
    "the main job: Neo4j (embedded unless NEO4J_URI is set), constraints, seed when empty, GraphQL",
  )
  .action(startCommand);

program
  .command("serve")
  .description("serve GraphQL on the configured or embedded Neo4j, without seeding")
  .action(serveCommand);

program
  .command("seed")
  .description("extract the listings (default: seed/) and store them in Neo4j; re-seeding replaces")
  .argument("[files...]", "listing, Atom or JSON Lines files")
  .addOption(formatOption())
  .addOption(yearOption())
  .option("--skip-invalid", "report and skip bad records instead of stopping at the first")
  .action(seedCommand);

const positive = (value: string) => {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < 1) throw new InvalidArgumentError("expected a whole number above 0");
  return parsed;
};

program
  .command("import-hf")
  .description(
    "store Hugging Face Hub repos (a file of the Hub API's model infos, or the live Hub) and their declared lineage",
  )
  .argument("[file]", "a JSON array of model infos, or JSON Lines")
  .option("--author <owner>", "the repos of this author or organisation")
  .option("--search <text>", "the repos whose name has this text")
  .option("--model <id...>", "these repos, by id")
  .option("--hub-url <url>", "the Hub's address (default https://huggingface.co)")
  .option("--limit <n>", "at most this many repos (--author, --search)", positive)
  .option("--resume <state>", "keep the cursor in this file and go on from it when run again")
  .option("--skip-invalid", "report and skip bad records instead of stopping at the first")
  .action(importHfCommand);

program
  .command("import-arxiv")
  .description(
    "seed new papers from arXiv's API, newest first, until one already stored or older than --since",
  )
  .requiredOption("--query <query>", "an arXiv search query, e.g. 'cat:cs.CL AND abs:model'")
  .requiredOption("--since <date>", "only papers submitted on or after this date (YYYY-MM-DD)")
  .option("--api-url <url>", "arXiv's API address (default https://export.arxiv.org/api/query)")
  .option("--page-size <n>", "entries per request (default 100)", positive)
  .option("--delay-ms <ms>", "pause between requests (default 3000, as arXiv asks)", (value) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected milliseconds, a whole number");
    return Number(value);
  })
  .option("--max-pages <n>", "at most this many requests", positive)
  .action(importArxivCommand);

program
  .command("extract")
  .description("extract models, lineage and facts from files and print them; touches no database")
  .argument("<files...>", "listing, Atom or JSON Lines files")
  .addOption(formatOption())
  .addOption(yearOption())
  .option("--json", "print one JSON document instead of a summary")
  .option("--skip-invalid", "report and skip bad records instead of stopping at the first")
  .action(extractCommand);

program
  .command("neo4j")
  .description("control the embedded Neo4j under the data folder")
  .addArgument(new Argument("<action>", "start, stop or status (below)").choices(["start", "stop", "status"]))
  .addHelpText(
    "after",
    "\nActions:\n  start   start the embedded Neo4j detached; start, serve and seed reuse it\n" +
      "  stop    stop it (whichever process started it)\n  status  print whether it runs, its URI and pid\n",
  )
  .action(neo4jCommand);

program
  .command("print-schema")
  .description("print the GraphQL SDL, or with --check fail when schema/schema.graphql is stale")
  .option("--write", "write it to schema/schema.graphql")
  .option("--check", "exit 1 when schema/schema.graphql differs from the code")
  .action(printSchemaCommand);

try {
  await program.parseAsync();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
