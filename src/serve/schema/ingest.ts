// Writes through the API: `ingestAbstracts`, off unless INGEST_TOKEN is configured. The mutation is always in the
// schema (the SDL does not depend on the environment), and refuses with FORBIDDEN while writes are off, with
// UNAUTHENTICATED without the right bearer token (src/serve/auth.ts). It runs the seeding path (parse → extract →
// resolve → write, src/ingest/index.ts), one ingest at a time (src/serve/ingest-queue.ts), and empties the
// response cache when it has written.
import { InputError } from "../../domain/errors.ts";
import { type SeedReport, seedText } from "../../ingest/index.ts";
import { authorizeIngest } from "../auth.ts";
import { builder } from "../builder.ts";
import { badUserInput } from "../errors.ts";
import { oneIngestAtATime } from "../ingest-queue.ts";
import { Paper } from "./paper.ts";

const InputFormatEnum = builder.enumType("InputFormat", {
  description: "The input formats of `modelgraph seed` (README: Seeding your own abstracts).",
  values: {
    LISTING: {
      value: "listing",
      description: "Three lines per paper: category and date, title and authors, abstract.",
    },
    ATOM: { value: "atom", description: "An arXiv Atom feed." },
    JSONL: { value: "jsonl", description: "JSON Lines, one paper per line." },
  } as const,
});

interface IngestOutcome {
  report: SeedReport;
  paperIds: string[];
}

const IngestResult = builder.objectRef<IngestOutcome>("IngestResult").implement({
  description: "What an ingest stored.",
  fields: (t) => ({
    papers: t.field({
      type: [Paper],
      description: "The papers stored (added, or replaced when already there).",
      resolve: ({ paperIds }, _args, context) =>
        Promise.all(paperIds.map((id) => Paper.getDataloader(context).load(id))),
    }),
    modelObservations: t.int({
      description: "Models named, counted once per paper that names them.",
      resolve: ({ report }) => report.models,
    }),
    relations: t.int({
      description: "Relations between models extracted (lineage and others).",
      resolve: ({ report }) => report.relations,
    }),
    facts: t.int({
      description: "Capabilities, techniques and benchmarks extracted.",
      resolve: ({ report }) => report.facts,
    }),
    skipped: t.stringList({
      description: "Bad records skipped (with `skipInvalid`), each with its line and field.",
      resolve: ({ report }) => report.skipped.map((error) => error.message),
    }),
    warnings: t.stringList({
      description:
        "What the input had that did not stop it (e.g. a duplicate paper: the first is kept), one line each.",
      resolve: ({ report }) => report.warnings,
    }),
  }),
});

/** The name that stands for the request body in errors and in each paper's source. */
export const INGEST_SOURCE = "request";

builder.mutationType({ description: "Writes, off unless the server has an INGEST_TOKEN." });

builder.mutationField("ingestAbstracts", (t) =>
  t.field({
    type: IngestResult,
    description:
      "Extracts and stores papers, as `modelgraph seed` does a file. Needs `Authorization: Bearer <INGEST_TOKEN>`; " +
      "refused (FORBIDDEN) on a server without INGEST_TOKEN. A bad record fails the whole request (BAD_USER_INPUT, " +
      "with its line and field) and nothing is written, unless `skipInvalid`.",
    args: {
      format: t.arg({ type: InputFormatEnum, required: true, description: "The format of `text`." }),
      text: t.arg.string({
        required: true,
        description: "The papers, in `format`; at most INGEST_MAX_BYTES (default 262,144 bytes).",
      }),
      year: t.arg.int({ description: "Year for listing dates written without one (default: this year)." }),
      skipInvalid: t.arg.boolean({
        defaultValue: false,
        description: "Skip bad records (listed in `skipped`) instead of refusing the whole request.",
      }),
    },
    resolve: async (_root, args, context) => {
      const access = authorizeIngest(context.ingest);
      const bytes = Buffer.byteLength(args.text, "utf8");
      if (bytes > access.maxBytes) {
        throw badUserInput(
          `text is ${bytes} bytes, over the limit of ${access.maxBytes} bytes; seed larger inputs with the CLI`,
          undefined,
          { limit: access.maxBytes },
        );
      }
      const year = args.year ?? undefined;
      if (year !== undefined && (year < 1900 || year > 2200)) {
        throw badUserInput("year must be between 1900 and 2200");
      }
      let report: SeedReport;
      try {
        report = await oneIngestAtATime(() =>
          seedText(context.db, args.text, INGEST_SOURCE, {
            format: args.format,
            year,
            skipInvalid: args.skipInvalid ?? false,
          }),
        );
      } catch (error) {
        if (error instanceof InputError) {
          throw badUserInput(error.message, undefined, { line: error.line, field: error.field ?? null });
        }
        throw error;
      }
      if (report.papers > 0) access.onIngested();
      return { report, paperIds: report.extractions.map((extraction) => extraction.paper.id) };
    },
  }),
);
