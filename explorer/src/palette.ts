// Colours and line styles: families by colour, lineage types by colour and dash (readable without colour too).

import type { LineageType } from "./state.ts";

export interface FamilyColour {
  /** Border, swatch and text accents. */
  stroke: string;
  /** Node fill: light enough for dark labels. */
  fill: string;
}

const COLOURS: readonly FamilyColour[] = [
  { stroke: "#1f6fd1", fill: "#dbe8fb" },
  { stroke: "#d9730d", fill: "#fde8d3" },
  { stroke: "#2e8540", fill: "#dcf0df" },
  { stroke: "#7b4fc4", fill: "#ebe2f8" },
  { stroke: "#c93535", fill: "#f9dddd" },
  { stroke: "#138a8a", fill: "#d5f0f0" },
  { stroke: "#8c5a2b", fill: "#efe3d6" },
  { stroke: "#c2417f", fill: "#f8dcea" },
  { stroke: "#6f7d12", fill: "#eef1d2" },
  { stroke: "#4a5a75", fill: "#e1e6ef" },
  { stroke: "#b08900", fill: "#f6edc9" },
  { stroke: "#3949ab", fill: "#dfe2f6" },
];

export const NO_FAMILY: FamilyColour = { stroke: "#6b7280", fill: "#eef0f3" };

const hash = (text: string) => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
};

/**
 * Gives each family a colour: the one its name hashes to when free, else the next free one, so a family keeps
 * its colour across views and two families on screen never share one (until the palette runs out).
 */
export class FamilyPalette {
  private readonly assigned = new Map<string, number>();

  colour(family: string | null | undefined): FamilyColour {
    if (!family) return NO_FAMILY;
    const known = this.assigned.get(family);
    if (known !== undefined) return COLOURS[known] as FamilyColour;
    const used = new Set(this.assigned.values());
    const first = hash(family.toLowerCase()) % COLOURS.length;
    let slot = first;
    for (let i = 0; i < COLOURS.length; i++) {
      const candidate = (first + i) % COLOURS.length;
      if (!used.has(candidate)) {
        slot = candidate;
        break;
      }
    }
    this.assigned.set(family, slot);
    return COLOURS[slot] as FamilyColour;
  }
}

export interface EdgeStyle {
  colour: string;
  width: number;
  /** Canvas/SVG dash pattern; empty for a solid line. */
  dash: number[];
  lineStyle: "solid" | "dashed" | "dotted";
  label: string;
  description: string;
}

export const EDGE_STYLES: Record<LineageType, EdgeStyle> = {
  BASED_ON: {
    colour: "#1d4ed8",
    width: 2.5,
    dash: [],
    lineStyle: "solid",
    label: "based on",
    description: "built from the parent's weights or design",
  },
  DISTILLED_FROM: {
    colour: "#9333ea",
    width: 2.5,
    dash: [9, 5],
    lineStyle: "dashed",
    label: "distilled from",
    description: "trained to imitate the parent",
  },
  SUCCESSOR_OF: {
    colour: "#15803d",
    width: 3.5,
    dash: [],
    lineStyle: "solid",
    label: "successor of",
    description: "the next generation after the parent",
  },
  VARIANT_OF: {
    colour: "#c2410c",
    width: 2.5,
    dash: [2, 4],
    lineStyle: "dotted",
    label: "variant of",
    description: "a size, tuning or flavour of the parent",
  },
};
