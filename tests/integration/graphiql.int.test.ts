// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a user sees.
/**
 * GraphiQL without internet: in Chromium with every host but loopback unresolvable, `/graphql` shows GraphiQL
 * with the example queries, and running one shows its answer. Every request the page makes is to the server.
 * Skipped without Chromium (except in CI), like the explorer's browser tests.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/db/executor.ts";
import { GRAPHIQL_ASSETS } from "../../src/serve/graphiql.ts";
import { type RunningServer, startServer } from "../../src/serve/index.ts";
import { seededTestGraph, testSettings } from "../support/index.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const skip = !haveChromium && !process.env.CI;
if (skip) console.warn(`graphiql.int.test.ts skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

describe("GraphiQL offline", () => {
  let graph: Graph;
  let server: RunningServer;
  let origin: string;
  let browser: Browser | undefined;
  beforeAll(async () => {
    graph = await seededTestGraph();
    server = await startServer(graph, { port: 0, host: "127.0.0.1", settings: testSettings() });
    origin = `http://127.0.0.1:${new URL(server.url).port}`;
    if (skip) return;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        // Every host name but loopback is unresolvable: as on a train, or behind a firewall.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  it("serves a page that loads nothing from elsewhere, and its assets with long caching", async () => {
    const page = await fetch(`${origin}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`${GRAPHIQL_ASSETS}graphiql.js`);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html.length).toBeLessThan(20_000);
    for (const asset of [
      "graphiql.js",
      "graphiql.css",
      "editor.worker.js",
      "graphql.worker.js",
      "favicon.ico",
    ]) {
      const response = await fetch(`${origin}${GRAPHIQL_ASSETS}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get("cache-control")).toContain("immutable");
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
    }
    expect((await fetch(`${origin}${GRAPHIQL_ASSETS}nothing.js`)).status).toBe(404);
    expect((await fetch(`${origin}/graphql/graphiql/0.0.0/graphiql.js`)).status).toBe(404);
  });

  describe.skipIf(skip)("in Chromium with no internet", () => {
    it("shows GraphiQL with the example queries and runs one", async () => {
      if (!browser) throw new Error(`${CHROMIUM} is needed (CI is set, so this fails rather than skips)`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const elsewhere: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url)) elsewhere.push(url);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${origin}/graphql`);
      const editor = page.locator(".graphiql-query-editor");
      await editor.waitFor({ state: "visible", timeout: 30_000 });
      // Monaco writes spaces as no-break spaces.
      const text = async (selector: string) =>
        (await page.locator(selector).innerText()).replace(/\u00a0/g, " ");
      await expect.poll(() => text(".graphiql-query-editor"), { timeout: 20_000 }).toContain("query Papers");
      await page.locator(".graphiql-execute-button").click();
      // With several operations, the button asks which one to run.
      const choice = page.getByRole("menuitem", { name: "PaperByTitle" });
      if (await choice.isVisible({ timeout: 2_000 }).catch(() => false)) await choice.click();
      await expect.poll(() => text(".graphiql-response"), { timeout: 20_000 }).toContain("authorsTruncated");
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
