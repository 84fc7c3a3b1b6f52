import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import { type CliResult, runCli } from "./support.ts";

// The bad-input corpus: each case is generated here (nothing large is committed) and says how the real CLI must
// take it. `file`: the whole input is refused (exit 1, even with --skip-invalid); `record`: one record is bad
// (exit 1 naming file and line; with --skip-invalid a warning and a skip, exit 0); `ok`: accepted, with a warning
// when `warning` says so. Every case names the line the error must name.

export interface BadInput {
  name: string;
  /** File name; its extension does not decide the format (the content does, as in the CLI). */
  file: string;
  content: () => Buffer;
  expect: "file" | "record" | "ok";
  /** The `file:line` the message must name (the CLI prints the path as given). */
  line?: number;
  /** Text the error or warning must contain. */
  says?: RegExp;
  /** Extra CLI arguments. */
  args?: string[];
}

const GOOD_A = [
  "CLJul 31, 2024",
  "Gemma 2: Improving Open Language Models at a Practical SizeGemma Team, Morgane Riviere, Shreya Pathak et al. · deepmind",
  "In this work, we introduce Gemma 2, a new addition to the Gemma family of lightweight, state-of-the-art open models.",
];
const GOOD_B = [
  "CLMar 12, 2025",
  "Gemma 3 Technical ReportGemma Team, Aishwarya Kamath et al. · deepmind",
  "We introduce Gemma 3, a multimodal addition to the Gemma family of lightweight open models, based on Gemma 2.",
];

const text = (lines: string[], eol = "\n") => Buffer.from(`${lines.join(eol)}${eol}`, "utf8");
const listing = (...records: string[][]) => records.flatMap((record) => [...record, ""]);
const jsonl = (...rows: unknown[]) =>
  Buffer.from(`${rows.map((row) => (typeof row === "string" ? row : JSON.stringify(row))).join("\n")}\n`);
const goodJson = {
  title: "Gemma 2: Improving Open Language Models",
  authors: ["Gemma Team"],
  date: "2024-07-31",
  abstract: "In this work, we introduce Gemma 2, a new addition to the Gemma family of open models.",
};

function utf16(value: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\uFEFF${value}`, "utf16le");
  if (!bigEndian) return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return be;
}

/** Deterministic pseudo-random bytes (an xorshift), so that a failure reproduces. */
function noise(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const atom = (entries: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entries}</feed>\n`,
  );
const atomEntry = (title: string, summary: string, published = "2024-07-31T00:00:00Z") =>
  `<entry>\n<id>http://arxiv.org/abs/2408.00118v1</id>\n<published>${published}</published>\n<title>${title}</title>\n<summary>${summary}</summary>\n<author><name>Gemma Team</name></author>\n</entry>\n`;

export const BAD_INPUTS: BadInput[] = [
  // Whole inputs that are not text, or not the format they claim.
  {
    name: "empty file",
    file: "empty.txt",
    content: () => Buffer.alloc(0),
    expect: "file",
    line: 1,
    says: /empty input/,
  },
  {
    name: "only blank lines",
    file: "blank.txt",
    content: () => Buffer.from("\n \n\t\n"),
    expect: "file",
    line: 1,
    says: /empty input/,
  },
  {
    name: "binary noise",
    file: "noise.bin",
    content: () => noise(64 * 1024),
    expect: "file",
    line: 1,
    says: /binary/,
  },
  {
    name: "a PNG",
    file: "image.txt",
    content: () =>
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        noise(4096, 3),
      ]),
    expect: "file",
    line: 1,
    says: /binary/,
  },
  {
    name: "Latin-1, not UTF-8",
    file: "latin1.txt",
    content: () =>
      Buffer.from(text(listing(GOOD_A)).toString("utf8").replace("state-of-the-art", "état"), "latin1"),
    expect: "file",
    line: 1,
    says: /not UTF-8/,
  },
  {
    name: "UTF-16 LE with BOM",
    file: "utf16le.txt",
    content: () => utf16(text(listing(GOOD_A, GOOD_B)).toString(), false),
    expect: "ok",
  },
  {
    name: "UTF-16 BE with BOM",
    file: "utf16be.txt",
    content: () => utf16(text(listing(GOOD_A)).toString(), true),
    expect: "ok",
  },
  {
    name: "UTF-16 cut in the middle of a character",
    file: "utf16-cut.txt",
    content: () => Buffer.concat([utf16("CLJul 31, 2024\n\uD83D", false)]),
    expect: "file",
    line: 1,
    says: /UTF-16/,
  },
  {
    name: "UTF-8 BOM",
    file: "bom.txt",
    content: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text(listing(GOOD_A))]),
    expect: "ok",
  },
  {
    name: "CRLF line ends",
    file: "crlf.txt",
    content: () => text(listing(GOOD_A, GOOD_B), "\r\n"),
    expect: "ok",
  },
  {
    name: "old Mac CR line ends",
    file: "cr.txt",
    content: () => text(listing(GOOD_A, GOOD_B), "\r"),
    expect: "ok",
  },
  // Listing records.
  {
    name: "truncated record (no abstract at the end)",
    file: "truncated.txt",
    content: () => text([...listing(GOOD_A), GOOD_B[0] as string, GOOD_B[1] as string]),
    expect: "record",
    line: 5,
  },
  {
    name: "missing abstract between records",
    file: "no-abstract.txt",
    content: () => text([GOOD_A[0] as string, GOOD_A[1] as string, "", ...GOOD_B]),
    expect: "record",
    line: 1,
  },
  {
    name: "missing author line",
    file: "no-authors.txt",
    content: () => text([...listing(GOOD_A), GOOD_B[0] as string, GOOD_B[2] as string]),
    expect: "record",
    line: 5,
  },
  {
    name: "unknown month",
    file: "month.txt",
    content: () => text(listing(GOOD_A, ["CLFoo 12, 2025", GOOD_B[1] as string, GOOD_B[2] as string])),
    expect: "record",
    line: 5,
  },
  {
    name: "impossible date (Feb 30)",
    file: "feb30.txt",
    content: () => text(listing(GOOD_A, ["CLFeb 30, 2025", GOOD_B[1] as string, GOOD_B[2] as string])),
    expect: "record",
    line: 5,
    says: /date/,
  },
  {
    name: "10 MB abstract",
    file: "huge-abstract.txt",
    content: () =>
      text(
        listing(GOOD_A, [
          GOOD_B[0] as string,
          GOOD_B[1] as string,
          `We introduce X. ${"word ".repeat(2_000_000)}`,
        ]),
      ),
    expect: "record",
    line: 5,
    says: /over the limit/,
  },
  {
    name: "one 5 MB line without a newline",
    file: "one-line.txt",
    content: () => Buffer.from("a".repeat(5_000_000)),
    expect: "record",
    line: 1,
  },
  {
    name: "title without letters or digits",
    file: "no-title.txt",
    content: () =>
      text(listing(GOOD_A, [GOOD_B[0] as string, "!!! ???Gemma Team · deepmind", GOOD_B[2] as string])),
    expect: "record",
    line: 6,
  },
  // Accepted with a warning, or cleaned.
  {
    name: "the same paper twice",
    file: "duplicates.txt",
    content: () => text(listing(GOOD_A, GOOD_B, GOOD_A)),
    expect: "ok",
    says: /duplicate/,
  },
  {
    name: "HTML entities",
    file: "entities.txt",
    content: () =>
      text(
        listing([
          GOOD_A[0] as string,
          "Gemma &amp; Friends: Open &lt;Models&gt; at ScaleGemma Team, Morgane Riviere et al. · deepmind",
          "We introduce Gemma&nbsp;2, an &quot;open&quot; model &#x2014; small.",
        ]),
      ),
    expect: "ok",
  },
  {
    name: "control characters",
    file: "controls.txt",
    content: () =>
      text(
        listing([
          GOOD_A[0] as string,
          `${GOOD_A[1]}\u0007`,
          `In this\u0001 work, we introduce Gemma 2\u001b[31m.`,
        ]),
      ),
    expect: "ok",
    says: /control character/,
  },
  // Atom.
  {
    name: "Atom that is not XML",
    file: "broken.atom",
    content: () =>
      Buffer.from(
        `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>Open</title>\n<summary>never closed`,
      ),
    expect: "file",
    says: /XML|Atom/i,
  },
  {
    name: "XML that is not an Atom feed",
    file: "html.atom",
    content: () => Buffer.from("<html><body><p>Not a feed</p></body></html>\n"),
    expect: "file",
  },
  {
    name: "Atom entry without a title",
    file: "untitled.atom",
    content: () =>
      atom(
        `${atomEntry("Gemma 2", "We introduce Gemma 2, an open model.")}${atomEntry("", "We introduce Nothing.")}`,
      ),
    expect: "record",
    line: 10,
    says: /title/,
  },
  {
    name: "Atom entity expansion (billion laughs)",
    file: "laughs.atom",
    content: () =>
      Buffer.from(
        `<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${atomEntry("Laughs &g;", "We introduce &g;.")}</feed>\n`,
      ),
    expect: "ok",
  },
  // JSON Lines.
  {
    name: "JSONL with a number for a title",
    file: "types.jsonl",
    content: () => jsonl(goodJson, { ...goodJson, title: 42 }),
    expect: "record",
    line: 2,
    says: /title/,
  },
  {
    name: "JSONL with authors as a string",
    file: "authors.jsonl",
    content: () => jsonl(goodJson, { ...goodJson, title: "Other", authors: "Gemma Team" }),
    expect: "ok",
  },
  {
    name: "JSONL line that is not JSON",
    file: "syntax.jsonl",
    content: () => jsonl(goodJson, `{"title": "Broken", "authors": [}`),
    expect: "record",
    line: 2,
  },
  {
    name: "JSONL with a date in another format",
    file: "date.jsonl",
    content: () => jsonl(goodJson, { ...goodJson, title: "Other", date: "31/07/2024" }),
    expect: "record",
    line: 2,
    says: /date/,
  },
  {
    name: "JSONL without an abstract",
    file: "no-abstract.jsonl",
    content: () => jsonl(goodJson, { title: "Other", authors: ["A"], date: "2024-07-31" }),
    expect: "record",
    line: 2,
    says: /abstract/,
  },
  {
    name: "JSONL null and array lines",
    file: "null.jsonl",
    content: () => jsonl(goodJson, "null", "[1, 2]"),
    expect: "record",
    line: 2,
  },
  {
    name: "JSONL nested 100 000 deep",
    file: "deep.jsonl",
    content: () => jsonl(goodJson, `${"[".repeat(100_000)}${"]".repeat(100_000)}`),
    expect: "record",
    line: 2,
  },
  {
    name: "JSONL with a __proto__ key",
    file: "proto.jsonl",
    content: () =>
      jsonl(
        goodJson,
        `{"__proto__": {"polluted": true}, "title": "P", "authors": ["A"], "date": "2024-07-31", "abstract": "We introduce P."}`,
      ),
    expect: "ok",
  },
];

/** Writes the case's file into `dir`; returns its path. */
export async function writeCase(dir: string, input: BadInput): Promise<string> {
  const path = join(dir, input.file);
  await writeFile(path, input.content());
  return path;
}

/** `modelgraph <command> [--skip-invalid] FILE` for one case, checked against what the case expects. */
export async function runCase(
  command: "extract" | "seed",
  path: string,
  input: BadInput,
  options: { skipInvalid: boolean; env?: Record<string, string> },
): Promise<CliResult> {
  const args = [command, ...(options.skipInvalid ? ["--skip-invalid"] : []), ...(input.args ?? []), path];
  const result = await runCli(args, options.env ?? {}, 180_000);
  const context = `${input.name}: modelgraph ${args.join(" ")}\n${result.stderr.slice(0, 2_000)}`;
  // Never a crash: an exit code (0 or 1), no signal, no stack trace.
  expect(result.signal, context).toBeNull();
  expect(result.stderr, context).not.toMatch(/\n\s+at .+:\d+:\d+/);
  const fails = input.expect === "file" || (input.expect === "record" && !options.skipInvalid);
  expect(result.code, context).toBe(fails ? 1 : 0);
  if (fails) {
    expect(result.stderr, context).toMatch(
      new RegExp(`^${escapeRegExp(path)}:${input.line ?? "\\d+"}\\b`, "m"),
    );
  } else if (input.expect === "record") {
    expect(result.stderr, context).toMatch(
      new RegExp(`^skipped: ${escapeRegExp(path)}:${input.line ?? "\\d+"}\\b`, "m"),
    );
  }
  if (input.says) expect(result.stderr, context).toMatch(input.says);
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
