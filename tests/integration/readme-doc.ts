/**
 * README examples as doc-tests: the ```graphql blocks of README.md, each with the answer block that follows
 * it (```json, or a plain ``` block for a query whose one selected leaf is text), and a matcher that compares a
 * real answer with the printed one, where `…` stands for what the README leaves out:
 *
 * - `"key": …`: any value;
 * - `…` among an array's elements: any number of elements (zero or more) at that place, in order;
 * - `…` among an object's members: any other members; without it the keys must be exactly the printed ones.
 */

export interface ReadmeExample {
  /** 1-based line of the ```graphql fence in README.md. */
  line: number;
  query: string;
  /** The printed answer: `json` (with `…`) or `text`; absent when no answer block follows the query. */
  answer?: { kind: "json"; text: string } | { kind: "text"; text: string };
}

/** Every ```graphql block of a Markdown text, with the answer block directly after it, if any. */
export function readmeExamples(markdown: string): ReadmeExample[] {
  const lines = markdown.split("\n");
  const blocks: { line: number; lang: string; text: string; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] ?? "");
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ""); i++) body.push(lines[i] ?? "");
    blocks.push({ line: start + 1, lang: open[1] ?? "", text: body.join("\n"), end: i + 1 });
  }
  const examples: ReadmeExample[] = [];
  blocks.forEach((block, index) => {
    if (block.lang !== "graphql") return;
    const next = blocks[index + 1];
    // The answer must follow at once (its fence on the line after the query's closing fence).
    const answer =
      next && next.line === block.end + 1 && (next.lang === "json" || next.lang === "")
        ? next.lang === "json"
          ? ({ kind: "json", text: next.text } as const)
          : ({ kind: "text", text: next.text } as const)
        : undefined;
    examples.push({ line: block.line, query: block.text, ...(answer ? { answer } : {}) });
  });
  return examples;
}

const ANY = "\u0000any";
const MORE = "\u0000more";

/** The printed JSON with its `…` made into markers: `"k": …` → ANY; `…` in an array or object → MORE. */
export function parseAbridged(text: string): unknown {
  let out = "";
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") stack.push(c);
    else if (c === "}" || c === "]") stack.pop();
    if (c !== "…") {
      out += c;
      continue;
    }
    const before = out.trimEnd().at(-1);
    if (before === ":") out += JSON.stringify(ANY);
    else if (stack.at(-1) === "{") out += `${JSON.stringify(MORE)}: true`;
    else out += JSON.stringify(MORE);
  }
  return JSON.parse(out);
}

/** Where `actual` differs from the abridged `expected` (null when it matches), as a path and a reason. */
export function mismatch(actual: unknown, expected: unknown, path = "$"): string | null {
  if (expected === ANY) return null;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${JSON.stringify(actual)}`;
    return arrayMismatch(actual, expected, path);
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
      return `${path}: expected an object, got ${JSON.stringify(actual)}`;
    }
    const printed = expected as Record<string, unknown>;
    const real = actual as Record<string, unknown>;
    const open = MORE in printed;
    for (const key of Object.keys(printed)) {
      if (key === MORE) continue;
      if (!(key in real)) return `${path}.${key}: missing from the answer`;
      const inner = mismatch(real[key], printed[key], `${path}.${key}`);
      if (inner) return inner;
    }
    if (!open) {
      const extra = Object.keys(real).filter((key) => !(key in printed));
      if (extra.length) return `${path}: the answer also has ${extra.join(", ")} (write \`…\` if abridged)`;
    }
    return null;
  }
  return Object.is(actual, expected)
    ? null
    : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

function arrayMismatch(actual: unknown[], expected: unknown[], path: string): string | null {
  // Split the printed elements at each `…` into runs; each run must match consecutive elements, in order,
  // the first at the start unless a `…` precedes it, the last at the end unless a `…` follows it.
  const runs: unknown[][] = [[]];
  for (const element of expected) {
    if (element === MORE) runs.push([]);
    else runs.at(-1)?.push(element);
  }
  const runMatches = (run: unknown[], at: number) =>
    at + run.length <= actual.length && run.every((element, i) => mismatch(actual[at + i], element) === null);
  if (runs.length === 1) {
    const run = runs[0] as unknown[];
    if (run.length !== actual.length) {
      return `${path}: expected ${run.length} elements, got ${actual.length}: ${JSON.stringify(actual)}`;
    }
    for (let i = 0; i < run.length; i++) {
      const inner = mismatch(actual[i], run[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    return null;
  }
  const first = runs[0] as unknown[];
  const last = runs.at(-1) as unknown[];
  if (!runMatches(first, 0)) {
    const at = first.findIndex((element, i) => mismatch(actual[i], element) !== null);
    return mismatch(actual[at], first[at], `${path}[${at}]`) ?? `${path}: too few elements`;
  }
  const lastAt = actual.length - last.length;
  if (lastAt < first.length || !runMatches(last, lastAt)) {
    return `${path}: does not end with ${JSON.stringify(last)}: ${JSON.stringify(actual)}`;
  }
  let at = first.length;
  for (const run of runs.slice(1, -1)) {
    while (at <= lastAt - run.length && !runMatches(run, at)) at++;
    if (at > lastAt - run.length) {
      return `${path}: no ${JSON.stringify(run)} in order in ${JSON.stringify(actual)}`;
    }
    at += run.length;
  }
  return null;
}
