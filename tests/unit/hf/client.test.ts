import { describe, expect, it } from "vitest";
import { hubQueryOf } from "../../../src/commands/import-hf.ts";
import { retryAfterMs } from "../../../src/ingest/polite-fetch.ts";

describe("the Hub client's politeness", () => {
  it("waits as Retry-After says, in seconds or as a date, and never longer than ten minutes", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs("3", now)).toBe(3000);
    expect(retryAfterMs("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
    expect(retryAfterMs("86400", now)).toBe(600_000);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs("soon", now)).toBeNull();
  });
});

describe("import-hf's arguments", () => {
  it("takes a file, or exactly one query", () => {
    expect(hubQueryOf("models.json", {})).toBeNull();
    expect(hubQueryOf(undefined, { author: "acme" })).toEqual({ author: "acme" });
    expect(hubQueryOf(undefined, { model: ["acme/a", "acme/b"] })).toEqual({ models: ["acme/a", "acme/b"] });
    expect(() => hubQueryOf(undefined, {})).toThrow("exactly one of");
    expect(() => hubQueryOf(undefined, { author: "a", search: "b" })).toThrow("exactly one of");
    expect(() => hubQueryOf("models.json", { search: "b" })).toThrow("not both");
  });
});
