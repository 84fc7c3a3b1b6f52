import { describe, expect, it } from "vitest";
import { minConfidenceArg } from "../../../src/serve/errors.ts";

describe("the minConfidence argument", () => {
  it("is null when absent (every edge), the number itself from 0 to 1", () => {
    expect(minConfidenceArg(undefined, "parents")).toBeNull();
    expect(minConfidenceArg(null, "parents")).toBeNull();
    for (const value of [0, 0.6, 0.75, 1]) expect(minConfidenceArg(value, "parents")).toBe(value);
  });

  it("refuses anything else as BAD_USER_INPUT naming the argument and the field", () => {
    for (const value of [-0.1, 1.5, -1e-12, 1 + 1e-12, Number.NaN, Number.POSITIVE_INFINITY, -Infinity]) {
      let error: unknown;
      try {
        minConfidenceArg(value, "lineageGraph");
      } catch (thrown) {
        error = thrown;
      }
      expect(error, String(value)).toMatchObject({
        message: `Argument \`minConfidence\` of \`lineageGraph\` must be a number from 0 to 1, not ${String(value)}.`,
        extensions: { code: "BAD_USER_INPUT", argument: "minConfidence" },
      });
    }
    // A caller outside GraphQL's coercion could hand over anything.
    expect(() => minConfidenceArg("0.5" as unknown as number, "parents")).toThrow(/minConfidence/);
  });
});
