// Export: the drawn graph as a standalone SVG (with its legend), and a PNG rasterised from that SVG, so both
// files look the same. Written against Cytoscape's element API; no plug-in (cytoscape-svg is GPL-3.0).

import type cytoscape from "cytoscape";
import { FONT_FAMILY, FONT_SIZE } from "./canvas.ts";
import { EDGE_STYLES, type FamilyColour } from "./palette.ts";
import type { LineageType } from "./state.ts";

export interface LegendInfo {
  title: string;
  types: readonly LineageType[];
  families: readonly { name: string; colour: FamilyColour }[];
}

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const n = (value: number) => (Math.round(value * 10) / 10).toString();

interface Point {
  x: number;
  y: number;
}

function edgeSvg(edge: cytoscape.EdgeSingular): string {
  const from = edge.sourceEndpoint();
  const to = edge.targetEndpoint();
  const controls: Point[] = edge.controlPoints() ?? [];
  const colour = String(edge.data("colour") ?? "#6b7280");
  const width = Number(edge.data("width") ?? 2);
  const type = edge.data("type") as LineageType | undefined;
  const dash = type ? EDGE_STYLES[type].dash : [];
  const opacity = Number(edge.style("opacity"));
  const last = controls.at(-1) ?? from;
  const length = Math.hypot(to.x - last.x, to.y - last.y) || 1;
  const ux = (to.x - last.x) / length;
  const uy = (to.y - last.y) / length;
  const arrow = 11;
  const base = { x: to.x - ux * arrow, y: to.y - uy * arrow };
  let d = `M${n(from.x)} ${n(from.y)}`;
  if (controls.length === 1)
    d += ` Q${n(controls[0]?.x ?? 0)} ${n(controls[0]?.y ?? 0)} ${n(base.x)} ${n(base.y)}`;
  else if (controls.length >= 2) {
    for (const point of controls) d += ` L${n(point.x)} ${n(point.y)}`;
    d += ` L${n(base.x)} ${n(base.y)}`;
  } else d += ` L${n(base.x)} ${n(base.y)}`;
  const left = { x: base.x - uy * 5.5, y: base.y + ux * 5.5 };
  const right = { x: base.x + uy * 5.5, y: base.y - ux * 5.5 };
  const highlighted = edge.hasClass("path") || edge.selected();
  return [
    `<g opacity="${n(opacity)}" data-edge="${xml(edge.id())}">`,
    highlighted
      ? `<path d="${d}" fill="none" stroke="#f59e0b" stroke-opacity="0.5" stroke-width="${n(width + 8)}"/>`
      : "",
    `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${n(width)}"${dash.length ? ` stroke-dasharray="${dash.join(" ")}"` : ""}/>`,
    `<path d="M${n(to.x)} ${n(to.y)} L${n(left.x)} ${n(left.y)} L${n(right.x)} ${n(right.y)} Z" fill="${colour}"/>`,
    "</g>",
  ].join("");
}

function nodeSvg(node: cytoscape.NodeSingular): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const fill = String(node.data("fill"));
  const stroke = String(node.data("stroke"));
  const root = node.data("kind") === "ROOT";
  const border = root ? 4 : 2;
  const opacity = Number(node.style("opacity"));
  const halo = node.hasClass("common") ? "#10b981" : node.hasClass("path") ? "#f59e0b" : root ? stroke : null;
  const pad = 7;
  return [
    `<g opacity="${n(opacity)}" data-node="${xml(node.id())}">`,
    halo
      ? `<rect x="${n(x - w / 2 - pad)}" y="${n(y - h / 2 - pad)}" width="${n(w + 2 * pad)}" height="${n(h + 2 * pad)}" rx="10" fill="${halo}" fill-opacity="${root && !node.hasClass("path") ? 0.22 : 0.5}"/>`
      : "",
    `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="6" fill="${fill}" stroke="${node.selected() ? "#111827" : stroke}" stroke-width="${border}"/>`,
    `<text x="${n(x)}" y="${n(y)}" text-anchor="middle" dominant-baseline="central" font-size="${FONT_SIZE}" font-weight="${root ? 700 : 600}" fill="#111827">${xml(String(node.data("label")))}</text>`,
    "</g>",
  ].join("");
}

function markSvg(node: cytoscape.NodeSingular): string {
  const { x, y } = node.position();
  const lane = node.data("kind") === "lane";
  return `<text x="${n(x)}" y="${n(y)}" text-anchor="${lane ? "end" : "middle"}" dominant-baseline="central" font-size="13" font-weight="600" fill="${lane ? "#111827" : "#4b5563"}">${xml(String(node.data("label")))}</text>`;
}

/** The whole graph (not just the viewport) as SVG text, with a legend underneath. */
export function graphToSvg(cy: cytoscape.Core, legend: LegendInfo): string {
  const bb = cy.elements().boundingBox({ includeLabels: true });
  const pad = 24;
  const x0 = (Number.isFinite(bb.x1) ? bb.x1 : 0) - pad;
  const y0 = (Number.isFinite(bb.y1) ? bb.y1 : 0) - pad;
  const graphWidth = Math.max(360, (Number.isFinite(bb.w) ? bb.w : 0) + 2 * pad);
  const graphHeight = (Number.isFinite(bb.h) ? bb.h : 0) + 2 * pad;

  // Legend: a title line, then lineage types, then families, wrapped to the graph's width.
  const legendParts: string[] = [];
  let lx = 0;
  let ly = 0;
  const lineHeight = 22;
  const place = (width: number) => {
    if (lx > 0 && lx + width > graphWidth - 2 * pad) {
      lx = 0;
      ly += lineHeight;
    }
    const at = { x: lx, y: ly };
    lx += width + 18;
    return at;
  };
  legendParts.push(
    `<text x="0" y="0" font-size="14" font-weight="700" fill="#111827" dominant-baseline="central">${xml(legend.title)}</text>`,
  );
  ly += lineHeight + 4;
  for (const type of legend.types) {
    const look = EDGE_STYLES[type];
    const at = place(40 + look.label.length * 7);
    legendParts.push(
      `<line x1="${at.x}" y1="${at.y}" x2="${at.x + 26}" y2="${at.y}" stroke="${look.colour}" stroke-width="${look.width}"${look.dash.length ? ` stroke-dasharray="${look.dash.join(" ")}"` : ""}/>`,
      `<path d="M${at.x + 26} ${at.y - 4.5} L${at.x + 34} ${at.y} L${at.x + 26} ${at.y + 4.5} Z" fill="${look.colour}"/>`,
      `<text x="${at.x + 40}" y="${at.y}" font-size="12" fill="#1f2937" dominant-baseline="central">${xml(look.label)}</text>`,
    );
  }
  lx = 0;
  ly += lineHeight;
  for (const family of legend.families) {
    const at = place(24 + family.name.length * 7.5);
    legendParts.push(
      `<rect x="${at.x}" y="${at.y - 7}" width="16" height="14" rx="3" fill="${family.colour.fill}" stroke="${family.colour.stroke}" stroke-width="2"/>`,
      `<text x="${at.x + 22}" y="${at.y}" font-size="12" fill="#1f2937" dominant-baseline="central">${xml(family.name)}</text>`,
    );
  }
  const legendHeight = ly + lineHeight;
  const width = Math.ceil(graphWidth);
  const height = Math.ceil(graphHeight + legendHeight + pad);

  const body = [
    ...cy.edges(".guide").map((edge) => {
      const a = edge.source().position();
      const b = edge.target().position();
      return `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="#d1d5db" stroke-dasharray="6 4"/>`;
    }),
    ...cy.nodes(".mark").map(markSvg),
    ...cy.edges(".lineage").map(edgeSvg),
    ...cy.nodes(".model").map(nodeSvg),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(FONT_FAMILY)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(${n(-x0)} ${n(-y0)})">`,
    ...body,
    "</g>",
    `<g transform="translate(${pad} ${n(graphHeight + 12)})">`,
    ...legendParts,
    "</g>",
    "</svg>",
  ].join("\n");
}

/** Rasterises SVG text to a PNG at `scale` (2: sharp on high-density screens). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.decoding = "async";
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the SVG could not be drawn"));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
