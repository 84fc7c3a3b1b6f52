import { describe, expect, it } from "vitest";
import { HfInputError, readHfRecords } from "../../../src/ingest/hf/record.ts";

const line = (record: unknown) => JSON.stringify(record);

function refusal(text: string): HfInputError {
  try {
    readHfRecords(text, "hub.jsonl");
  } catch (error) {
    if (error instanceof HfInputError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("readHfRecords", () => {
  it("reads JSON Lines and a JSON array alike, with each record's line", () => {
    const records = [
      { id: "acme/Foo-7B", downloads: 3 },
      { id: "acme/Foo-7B-GGUF", tags: ["base_model:quantized:acme/Foo-7B"] },
    ];
    const jsonl = readHfRecords(records.map(line).join("\n\n"), "hub.jsonl");
    const array = readHfRecords(`[\n  ${line(records[0])},\n\n  ${line(records[1])}\n]`, "hub.json");
    expect(jsonl.records.map((r) => [r.id, r.source.line])).toEqual([
      ["acme/Foo-7B", 1],
      ["acme/Foo-7B-GGUF", 3],
    ]);
    expect(array.records.map((r) => [r.id, r.source.line])).toEqual([
      ["acme/Foo-7B", 2],
      ["acme/Foo-7B-GGUF", 4],
    ]);
  });

  it("reads the Hub's fields: bases from the card and the tags, relations, new_version, license", () => {
    const [record] = readHfRecords(
      line({
        modelId: "acme/Bar-7B-Merge",
        author: "acme",
        likes: 2,
        pipeline_tag: "text-generation",
        library_name: "transformers",
        createdAt: "2025-01-02T03:04:05.000Z",
        tags: ["base_model:acme/Foo-7B", "base_model:merge:acme/Baz-7B", "license:mit"],
        cardData: { base_model: ["acme/Foo-7B", "acme/Qux-7B"], new_version: "acme/Bar-2-7B" },
      }),
      "hub.jsonl",
    ).records;
    expect(record).toMatchObject({
      id: "acme/Bar-7B-Merge",
      license: "mit",
      newVersion: "acme/Bar-2-7B",
      createdAt: "2025-01-02T03:04:05.000Z",
      renamedFrom: null,
      bases: [
        { id: "acme/Foo-7B", relation: "merge", relationSource: "inferred" },
        { id: "acme/Qux-7B", relation: "merge", relationSource: "inferred" },
        { id: "acme/Baz-7B", relation: "merge", relationSource: "tag" },
      ],
    });
  });

  it("infers a relation nobody states as the Hub does: adapter files, quantised files, else a fine-tune", () => {
    const relation = (record: object) =>
      readHfRecords(line({ id: "acme/x", cardData: { base_model: "acme/base" }, ...record }), "h").records[0]
        ?.bases[0]?.relation;
    expect(relation({ library_name: "peft" })).toBe("adapter");
    expect(relation({ tags: ["gguf"] })).toBe("quantized");
    expect(relation({})).toBe("finetune");
    expect(relation({ cardData: { base_model: "acme/base", base_model_relation: "adapter" } })).toBe(
      "adapter",
    );
  });

  it("takes an id the Hub answered under another name as a rename", () => {
    const [record] = readHfRecords(line({ id: "new-org/Foo-7B", modelId: "old-org/Foo-7B" }), "h").records;
    expect(record?.renamedFrom).toBe("old-org/Foo-7B");
  });

  it("refuses bad records with a code, the file, the line and the field", () => {
    const bad = refusal(`${line({ id: "acme/ok" })}\n${line({ id: "acme/x", downloads: "many" })}`);
    expect([bad.code, bad.file, bad.line, bad.field]).toEqual(["HF_BAD_FIELD", "hub.jsonl", 2, "downloads"]);
    expect(refusal(line({ id: "acme/x", cardData: { base_model_relation: "distilled" } })).field).toBe(
      "cardData.base_model_relation",
    );
    expect(refusal(line({ id: "acme/x", lastModified: "yesterday" })).field).toBe("lastModified");
    expect(refusal(line({ author: "acme" })).code).toBe("HF_MISSING_ID");
    expect(refusal(line({ id: "no-slash" })).code).toBe("HF_BAD_REPO_ID");
    expect(refusal("[1, 2]").code).toBe("HF_NOT_OBJECT");
    expect(refusal("{not json").code).toBe("HF_NOT_JSON");
    expect(refusal("  \n").code).toBe("HF_EMPTY");
    expect(refusal('[{"id": "acme/x"},\n  {"id": "acme/y", "likes": -1}]').line).toBe(2);
  });

  it("skips bad records when asked, and reports names that are not repo ids", () => {
    const result = readHfRecords(
      [line({ id: "acme/x", likes: "x" }), line({ id: "acme/y", cardData: { base_model: "./local" } })].join(
        "\n",
      ),
      "hub.jsonl",
      { skipInvalid: true },
    );
    expect(result.skipped.map((error) => error.message)).toEqual([
      expect.stringMatching(/^hub\.jsonl:1 \(likes\): /),
    ]);
    expect(result.records.map((record) => record.bases)).toEqual([[]]);
    expect(result.warnings).toEqual([
      expect.stringContaining('hub.jsonl:2 (cardData.base_model): "./local"'),
    ]);
  });
});
