import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printSortedSchema } from "../../src/serve/index.ts";

describe("schema/schema.graphql", () => {
  it("is the SDL the code builds (run `npm run schema:print` after changing the schema)", () => {
    const committed = readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(printSortedSchema());
  });
});
