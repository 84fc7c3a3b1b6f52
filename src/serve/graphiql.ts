/**
 * GraphiQL from the server's own assets: yoga's default page loads GraphiQL from a public CDN and stays blank
 * without internet. @graphql-yoga/render-graphiql ships the same GraphiQL bundled; its page inlines 9 MB of
 * scripts into every response, so here the page links them instead, served under /graphql/graphiql/<version>/
 * with a year's caching (the version in the path changes when the package does). Nothing is loaded from
 * elsewhere.
 */
import { createRequire } from "node:module";
import type { GraphiQLOptions, Plugin } from "graphql-yoga";

const VERSION: string = createRequire(import.meta.url)("@graphql-yoga/render-graphiql/package.json").version;

/** Where the assets are served (under /graphql/, which the HTTP server hands to yoga). */
export const GRAPHIQL_ASSETS = `/graphql/graphiql/${VERSION}/`;

type Bundle = typeof import("@graphql-yoga/render-graphiql/graphiql");

/** The 9 MB bundle, loaded on the first request for GraphiQL, not at start-up. */
let bundle: Promise<Bundle> | undefined;
const loadBundle = () => {
  bundle ??= import("@graphql-yoga/render-graphiql/graphiql");
  return bundle;
};

const ASSETS: Record<string, { type: string; body: (b: Bundle) => string | Uint8Array }> = {
  "graphiql.js": { type: "text/javascript; charset=utf-8", body: (b) => b.js },
  "graphiql.css": { type: "text/css; charset=utf-8", body: (b) => b.css },
  "editor.worker.js": { type: "text/javascript; charset=utf-8", body: (b) => b.editorWorkerService },
  "json.worker.js": { type: "text/javascript; charset=utf-8", body: (b) => b.jsonWorker },
  "graphql.worker.js": { type: "text/javascript; charset=utf-8", body: (b) => b.graphqlWorker },
  "favicon.ico": {
    type: "image/x-icon",
    body: (b) => Buffer.from(b.favicon.slice(b.favicon.indexOf(",") + 1), "base64"),
  },
};

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value ?? {})
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);

/** The GraphiQL page, linking the assets this server serves. */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  const asset = (name: string) => `${GRAPHIQL_ASSETS}${name}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? "GraphiQL")}</title>
    <link rel="icon" href="${asset("favicon.ico")}" />
    <link rel="stylesheet" href="${asset("graphiql.css")}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script>
      self.MonacoEnvironment = {
        globalAPI: false,
        getWorkerUrl: (_moduleId, label) =>
          ({
            editorWorkerService: ${scriptJson(asset("editor.worker.js"))},
            json: ${scriptJson(asset("json.worker.js"))},
            graphql: ${scriptJson(asset("graphql.worker.js"))},
          })[label] ?? ${scriptJson(asset("editor.worker.js"))},
      };
    </script>
    <script src="${asset("graphiql.js")}"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector("#root"), ${scriptJson(options)});
    </script>
  </body>
</html>
`;
}

/** Serves GraphiQL's assets under GRAPHIQL_ASSETS (only when GraphiQL is on). */
export function useGraphiQLAssets(): Plugin {
  return {
    onRequest: ({ url, endResponse }) => {
      if (!url.pathname.startsWith("/graphql/graphiql/")) return;
      const name = url.pathname.startsWith(GRAPHIQL_ASSETS) ? url.pathname.slice(GRAPHIQL_ASSETS.length) : "";
      const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (!asset) {
        endResponse(new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } }));
        return;
      }
      return loadBundle().then((loaded) =>
        endResponse(
          new Response(asset.body(loaded) as BodyInit, {
            headers: {
              "content-type": asset.type,
              "cache-control": "public, max-age=31536000, immutable",
            },
          }),
        ),
      );
    },
  };
}
