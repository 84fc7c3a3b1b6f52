/**
 * The official GraphQL-over-HTTP audit (graphql-http's `auditServer`) against the real yoga server, in
 * process: no audit may fail. Its warnings (SHOULDs the server does not follow) are listed in the README.
 */
import { auditServer } from "graphql-http";
import { afterAll, describe, expect, it } from "vitest";
import { offlineYoga } from "../support/index.ts";

// The audit's queries ({ __typename }) need no database.
const { yoga, close } = offlineYoga();
afterAll(close);

describe("GraphQL over HTTP (graphql-http audit)", () => {
  it("passes every audit: 0 errors", async () => {
    const results = await auditServer({
      url: "http://modelgraph.test/graphql",
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => yoga.fetch(String(input), init ?? {}),
    });
    const errors = results.filter((result) => result.status === "error");
    const warnings = results.filter((result) => result.status === "warn");
    const ok = results.filter((result) => result.status === "ok");
    console.log(
      `graphql-http audit: ${ok.length} ok, ${warnings.length} warnings, ${errors.length} errors` +
        warnings.map((result) => `\n  warning ${result.id}: ${result.name}`).join(""),
    );
    expect(
      errors.map((result) => `${result.id} ${result.name}: ${"reason" in result ? result.reason : ""}`),
    ).toEqual([]);
    expect(ok.length).toBeGreaterThanOrEqual(40);
    expect(warnings.map((result) => result.name)).toEqual(AUDIT_WARNINGS);
  });
});

/** The SHOULDs the server does not follow (listed in the README); the test fails when this list changes. */
const AUDIT_WARNINGS: string[] = [];
