/**
 * The README cannot drift from the server: every ```graphql example in README.md is run through the real yoga
 * server on the seed listing and its printed answer compared (`…` where the README abridges: see
 * readme-doc.ts); an example printed without an answer must at least be valid against the schema.
 */
import { readFileSync } from "node:fs";
import { parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { schema } from "../../src/serve/index.ts";
import { graphql, seededTestGraph } from "../support/index.ts";
import { mismatch, parseAbridged, readmeExamples } from "./readme-doc.ts";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const examples = readmeExamples(README);

describe("README.md examples, run on the seed listing", () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await seededTestGraph();
  });
  afterAll(() => graph.close());

  it("has examples to check", () => {
    expect(examples.filter((example) => example.answer).length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples.map((example) => [example.line, example] as const))(
    "the example at README.md:%i answers as printed",
    async (line, example) => {
      const errors = validate(schema, parse(example.query));
      expect(
        errors.map((error) => error.message),
        `README.md:${line} is not valid`,
      ).toEqual([]);
      if (!example.answer) return;
      const result = await graphql(graph, example.query);
      expect(result.errors, `README.md:${line} answered with errors`).toBeUndefined();
      if (example.answer.kind === "text") {
        const texts = JSON.stringify(result.data).match(/"text":("(?:[^"\\]|\\.)*")/);
        expect(texts, `README.md:${line}: no text field`).not.toBeNull();
        expect(JSON.parse(texts?.[1] ?? '""').trimEnd()).toBe(example.answer.text.trimEnd());
        return;
      }
      const printed = parseAbridged(example.answer.text);
      const problem = mismatch(result.data, printed);
      expect(
        problem,
        `README.md:${line}: ${problem}\nthe server answers ${JSON.stringify(result.data)}`,
      ).toBe(null);
    },
  );

  it("prints the NOT_FOUND message the server gives for a misspelt model", async () => {
    const printed = /An unknown name gives `null` and a `NOT_FOUND` error[^:]*:\s*`` (.*?) ``/.exec(
      README.replace(/\n/g, " "),
    );
    expect(printed, "the README's NOT_FOUND example").not.toBeNull();
    const sentence = printed?.[1] ?? "";
    const name = /No model is named "([^"]+)"/.exec(sentence)?.[1] ?? "";
    const result = await graphql(graph, "query ($name: String!) { model(name: $name) { name } }", { name });
    expect(result.errors?.[0]?.message).toBe(sentence);
  });
});
