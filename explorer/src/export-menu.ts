// "Share & export": the link to the view, the drawn graph as PNG or SVG, the lineage as Mermaid or GraphML
// (shown in a dialog to copy or download).

import { fetchLineageText } from "./api.ts";
import { byId, h } from "./dom.ts";
import type { GraphView } from "./graph-view.ts";
import { confidenceLabel } from "./state.ts";
import { labelOf, lineageFilter, lineageQuery, type Store } from "./store.ts";
import { graphToSvg, type LegendInfo, svgToPng } from "./svg.ts";

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = h("a", { href: url, download: name, hidden: true });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function mountExportMenu(store: Store, graphView: GraphView): void {
  const el = {
    menu: byId<HTMLDetailsElement>("export-menu"),
    dialog: byId<HTMLDialogElement>("text-dialog"),
    dialogTitle: byId("text-dialog-title"),
    dialogNote: byId("text-dialog-note"),
    dialogText: byId<HTMLTextAreaElement>("text-dialog-text"),
    dialogDownload: byId<HTMLButtonElement>("text-dialog-download"),
  };
  let dialogFile: { name: string; type: string } | null = null;
  const setStatus = (text: string) => store.dispatch({ type: "setStatus", text });

  /** The file name's stem: the model's name, lower case, dashes for anything else. */
  function slug(): string {
    return (
      (store.get().view.model ?? "lineage")
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, "-")
        .replace(/^-|-$/g, "") || "lineage"
    );
  }

  function legendInfo(): LegendInfo {
    const { graph, rootId, view } = store.get();
    const root = rootId ? labelOf(graph, rootId) : view.model;
    const families = [...new Set(graph.nodes.map((node) => node.family))]
      .sort((a, b) => (a ?? "\uffff").localeCompare(b ?? "\uffff"))
      .map((family) => ({ name: family ?? "no family", colour: graphView.palette.colour(family) }));
    return {
      title: `${root ?? "Lineage"} — ${view.view === "timeline" ? "timeline" : "lineage"} (${view.depth} generations)`,
      types: view.types,
      families,
    };
  }

  async function showText(
    title: string,
    text: string,
    note: string,
    file: { name: string; type: string } | null,
  ): Promise<void> {
    el.dialogTitle.textContent = title;
    el.dialogText.value = text;
    dialogFile = file;
    el.dialogDownload.hidden = !file;
    const copied = await copyText(text);
    el.dialogNote.textContent = `${note} ${copied ? "Copied to the clipboard." : "Select the text and copy it (Ctrl+C)."}`;
    if (!el.dialog.open) el.dialog.showModal();
    el.dialogText.select();
  }

  byId("text-dialog-copy").addEventListener("click", async () => {
    const copied = await copyText(el.dialogText.value);
    el.dialogNote.textContent = copied ? "Copied to the clipboard." : "Select the text and copy it (Ctrl+C).";
    el.dialogText.select();
  });
  el.dialogDownload.addEventListener("click", () => {
    if (dialogFile) download(new Blob([el.dialogText.value], { type: dialogFile.type }), dialogFile.name);
  });

  const closeMenu = () => {
    el.menu.open = false;
  };

  byId("copy-link").addEventListener("click", () => {
    closeMenu();
    void showText(
      "Link to this view",
      location.href,
      "The link reopens this model, depth, filters and layout.",
      null,
    );
  });
  byId("export-svg").addEventListener("click", () => {
    closeMenu();
    if (!store.get().graph.nodes.length) return;
    download(
      new Blob([graphToSvg(graphView.canvas.cy, legendInfo())], { type: "image/svg+xml" }),
      `${slug()}-lineage.svg`,
    );
  });
  byId("export-png").addEventListener("click", async () => {
    closeMenu();
    if (!store.get().graph.nodes.length) return;
    try {
      download(await svgToPng(graphToSvg(graphView.canvas.cy, legendInfo())), `${slug()}-lineage.png`);
    } catch (error) {
      setStatus(`PNG export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  for (const [id, format, type, extension] of [
    ["copy-mermaid", "MERMAID", "text/plain", "mmd"],
    ["copy-graphml", "GRAPHML", "application/graphml+xml", "graphml"],
  ] as const) {
    byId(id).addEventListener("click", async () => {
      closeMenu();
      const { view } = store.get();
      if (!view.model) return;
      try {
        const text = await fetchLineageText(lineageQuery(view, view.model), format);
        const note = `The lineage around ${view.model} (${view.depth} generations${
          lineageFilter(view).types ? `, ${view.types.join(", ")}` : ""
        }${view.minConfidence === null ? "" : `, confidence ${confidenceLabel(view.minConfidence)}`}; expansions are not included).`;
        await showText(format === "MERMAID" ? "Mermaid" : "GraphML", text, note, {
          name: `${slug()}-lineage.${extension}`,
          type,
        });
      } catch (error) {
        setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
}
