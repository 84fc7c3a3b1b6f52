// Builds the lineage explorer into explorer/dist (served by src/serve/explorer.ts at /).
// `npm run dev:explorer` serves it with live reload and forwards /graphql to `npm start` on port 4000.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  // Vite would otherwise read the project's .env files and the root's config: the explorer has none.
  envDir: false,
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
});
