// Builds the lineage explorer into explorer/dist (served by src/serve/explorer.ts at /).
// `npm run dev:explorer` serves it with live reload and forwards /graphql to `npm start` on port 4000.
// In the "hooks" mode (`--mode hooks`, for the browser tests and measuring by hand) the page starts from the dev
// entry, src/dev.ts, which adds the test hook `window.__explorer`; the production build never contains it.
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const PRODUCTION_ENTRY = '<script type="module" src="/src/main.ts"></script>';
const DEV_ENTRY = '<script type="module" src="/src/dev.ts"></script>';

/** index.html with the dev entry in place of main.ts, before Vite reads its scripts. */
const devEntry: Plugin = {
  name: "explorer-dev-entry",
  transformIndexHtml: {
    order: "pre",
    handler(html) {
      if (!html.includes(PRODUCTION_ENTRY)) {
        throw new Error(`explorer/index.html no longer loads its entry as ${PRODUCTION_ENTRY}`);
      }
      return html.replace(PRODUCTION_ENTRY, DEV_ENTRY);
    },
  },
};

export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  // Vite would otherwise read the project's .env files and the root's config: the explorer has none.
  envDir: false,
  plugins: mode === "hooks" ? [devEntry] : [],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    // Cytoscape is one large module; the page loads it once and caches it for a year (hashed names).
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
  server: {
    proxy: { "/graphql": `http://localhost:${process.env.PORT ?? 4000}` },
  },
}));
