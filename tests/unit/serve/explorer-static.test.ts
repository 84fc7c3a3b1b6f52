import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExplorerHandler } from "../../../src/serve/explorer.ts";

/** The explorer's static handler on a folder of fake built files, through a real HTTP server. */
describe("the explorer's static files", () => {
  let dir: string;
  let server: Server;
  let base: string;
  const big = `console.log(${JSON.stringify("x".repeat(4000))});\n`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "modelgraph-static-"));
    await mkdir(join(dir, "assets"));
    await writeFile(join(dir, "index.html"), "<!doctype html><title>explorer</title>");
    await writeFile(join(dir, "assets", "index-abc123.js"), big);
    await writeFile(join(dir, "assets", "index-abc123.css"), "body{}");
    await writeFile(join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    await writeFile(join(dir, ".secret"), "no");
    await writeFile(join(tmpdir(), "modelgraph-static-outside.txt"), "outside");
    const handler = createExplorerHandler({ dir });
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
    await rm(join(tmpdir(), "modelgraph-static-outside.txt"), { force: true });
  });

  it("serves index.html at / with no-cache and a content security policy", async () => {
    for (const path of ["/", "/index.html", "/?model=Gemma+3"]) {
      const response = await fetch(base + path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(await response.text()).toContain("<title>explorer</title>");
    }
  });

  it("serves hashed assets for a year with their content types, gzipped when asked", async () => {
    const script = await fetch(`${base}/assets/index-abc123.js`, { headers: { "accept-encoding": "gzip" } });
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(script.headers.get("content-encoding")).toBe("gzip");
    expect(await script.text()).toBe(big);
    const style = await fetch(`${base}/assets/index-abc123.css`);
    expect(style.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const icon = await fetch(`${base}/favicon.svg`);
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("answers 304 to a matching ETag, and HEAD without a body", async () => {
    const first = await fetch(`${base}/assets/index-abc123.css`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\//);
    const again = await fetch(`${base}/assets/index-abc123.css`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const head = await fetch(`${base}/favicon.svg`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("serves nothing outside its folder, no hidden file, and only GET and HEAD", async () => {
    const { request } = await import("node:http");
    // Raw paths, as a hostile client sends them (fetch would normalise the dots away).
    const raw = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${base}/`, { path, method: "GET" }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
    for (const path of [
      "/../modelgraph-static-outside.txt",
      "/..%2Fmodelgraph-static-outside.txt",
      "/assets/%2e%2e/%2e%2e/modelgraph-static-outside.txt",
      "/assets/..\\..\\modelgraph-static-outside.txt",
      "/.secret",
      "/assets/%00.js",
      "/missing.js",
      "/assets",
    ]) {
      expect(await raw(path), path).toBe(404);
    }
    expect(await raw("/%E0%A4%A")).toBe(400);
    const post = await fetch(`${base}/`, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("answers / with 503 and the command to run when the explorer is not built", async () => {
    const handler = createExplorerHandler({ dir: join(dir, "not-built") });
    const unbuilt = createServer(handler);
    await new Promise<void>((resolve) => unbuilt.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(unbuilt.address() as AddressInfo).port}`;
      const response = await fetch(`${url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("npm run build:explorer");
      expect((await fetch(`${url}/assets/index-abc123.js`)).status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => unbuilt.close(() => resolve()));
    }
  });
});
