import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Node (and so Pothos and yoga) loads graphql's CommonJS build; Vite would hand our sources the ES build,
    // a second copy whose classes fail graphql's instanceof checks. One copy for everyone:
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
  },
  test: {
    testTimeout: 30_000,
    // A test that asserts nothing passes whatever the code does: every test must call expect.
    expect: { requireAssertions: true },
    // .ci/run reads the JSON report for its closing "tests: N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        // Long soak, fault and bad-input runs: `npm run test:reliability` (its own JSON report), not `npm test`.
        extends: true,
        test: {
          name: "reliability",
          include: ["tests/reliability/**/*.rel.test.ts"],
          globalSetup: ["tests/setup/neo4j.global.ts"],
          hookTimeout: 240_000,
          testTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // One Neo4j for the run (embedded JVM, or NEO4J_TEST_URI): see tests/setup/neo4j.global.ts.
          globalSetup: ["tests/setup/neo4j.global.ts"],
          // Hooks may start a JVM (seconds; minutes when Maven first resolves the Neo4j jars).
          hookTimeout: 180_000,
          // The files share one database (Community Edition has one): they take turns.
          fileParallelism: false,
        },
      },
    ],
  },
});
