// The lineage explorer's built files (explorer/dist, made by `npm run build:explorer`) over HTTP: index.html at
// `/`, content-hashed assets cached for a year, nothing outside the folder, gzip when the client takes it.
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";

const gzip = promisify(gzipCallback);

/** explorer/dist beside src/ (and beside dist/ once compiled: both are two levels under the project root). */
export const DEFAULT_EXPLORER_DIR = fileURLToPath(new URL("../../explorer/dist/", import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".map", ".svg", ".txt"]);

/**
 * The page talks to /graphql on its own origin and loads nothing from elsewhere; the policy makes that a rule.
 * Cytoscape adds one small <style> element, hence 'unsafe-inline' for styles only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

export const NOT_BUILT_MESSAGE =
  "The lineage explorer is not built. Run `npm run build:explorer` (npm install does it too), then reload. " +
  "GraphQL is served on /graphql meanwhile.";

export type ExplorerHandler = (request: IncomingMessage, response: ServerResponse) => void;

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  gzipped: Buffer | null;
}

function send(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  response.end(text);
}

/** Serves the files under `dir` (default: explorer/dist); GET and HEAD only. */
export function createExplorerHandler(options: { dir?: string } = {}): ExplorerHandler {
  const root = resolve(options.dir ?? DEFAULT_EXPLORER_DIR);
  const files = new Map<string, CachedFile>();

  async function load(path: string): Promise<CachedFile | null> {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const known = files.get(path);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
    const body = await readFile(path);
    const compress = COMPRESSIBLE.has(extname(path)) && body.length > 1024;
    const file = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      body,
      gzipped: compress ? await gzip(body) : null,
    };
    files.set(path, file);
    return file;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "Method not allowed\n", { allow: "GET, HEAD" });
      return;
    }
    const rawPath = (request.url ?? "/").split(/[?#]/, 1)[0] || "/";
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      send(response, 400, "Bad request\n");
      return;
    }
    const segments = pathname.split("/").filter(Boolean);
    // No parent steps, hidden files, backslashes or NUL bytes: only plain names under the folder.
    if (segments.some((part) => part.startsWith(".") || part.includes("\\") || part.includes("\0"))) {
      send(response, 404, "Not found\n");
      return;
    }
    const isIndex = segments.length === 0 || (segments.length === 1 && segments[0] === "index.html");
    const path = isIndex ? resolve(root, "index.html") : resolve(root, ...segments);
    if (path !== root && !path.startsWith(root + sep)) {
      send(response, 404, "Not found\n");
      return;
    }
    const file = await load(path);
    if (!file) {
      if (isIndex) send(response, 503, `${NOT_BUILT_MESSAGE}\n`, { "retry-after": "10" });
      else send(response, 404, "Not found\n");
      return;
    }
    const extension = extname(path);
    const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
    const headers: Record<string, string> = {
      "content-type": CONTENT_TYPES[extension] ?? "application/octet-stream",
      "x-content-type-options": "nosniff",
      etag,
      "last-modified": new Date(file.mtimeMs).toUTCString(),
      // Vite names assets by content hash: a changed file gets a new name, so they never go stale.
      "cache-control": segments[0] === "assets" ? "public, max-age=31536000, immutable" : "no-cache",
    };
    if (extension === ".html") {
      headers["content-security-policy"] = CONTENT_SECURITY_POLICY;
      headers["referrer-policy"] = "no-referrer";
      headers["x-frame-options"] = "DENY";
    }
    if (file.gzipped) headers.vary = "Accept-Encoding";
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const body = file.gzipped && acceptsGzip ? file.gzipped : file.body;
    if (body === file.gzipped) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  }

  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy(error instanceof Error ? error : undefined);
      else send(response, 500, "Internal error\n");
    });
  };
}
