// The timeline view's layout: models left to right by the date of the paper that introduced them, one band per
// family, stacked in rows so that no two labels overlap. Pure: positions in model coordinates for Cytoscape.
//
// The time axis keeps order and marks every new year, but long quiet stretches are shortened and close dates
// spread apart (each step between two dates is clamped), so a family's history fits a screen.

export interface TimelineItem {
  id: string;
  family: string | null;
  /** ISO date of the introducing paper, or null when no paper introduces the model. */
  date: string | null;
  width: number;
  /** Parent ids: a model without a date is shown at its latest dated parent's date. */
  parents: readonly string[];
}

export interface TimelineMark {
  id: string;
  label: string;
  x: number;
  y: number;
  kind: "year" | "lane" | "undated" | "note";
}

export interface TimelineLayout {
  positions: Map<string, { x: number; y: number }>;
  /** Models placed at a parent's date (or in the "no date" column) because no paper here introduces them. */
  estimated: Set<string>;
  marks: TimelineMark[];
  /** Vertical guides at the year marks, from top to bottom of the bands. */
  guides: { id: string; x: number; top: number; bottom: number }[];
}

const DAY = 86_400_000;
const ROW = 54;
const BAND_GAP = 30;
const GAP = 16;
const MIN_STEP = 60;
const MAX_STEP = 170;

const dayOf = (iso: string | null) =>
  iso ? Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY) : Number.NaN;

/** Day number → x: piecewise linear through the known dates, each step clamped to MIN_STEP..MAX_STEP. */
function axis(days: number[], pxPerDay: number) {
  const unique = [...new Set(days)].sort((a, b) => a - b);
  const xs: number[] = [];
  unique.forEach((day, i) => {
    const previous = unique[i - 1];
    xs.push(
      previous === undefined
        ? 0
        : (xs[i - 1] ?? 0) + Math.min(MAX_STEP, Math.max(MIN_STEP, (day - previous) * pxPerDay)),
    );
  });
  return (day: number): number => {
    if (!unique.length) return 0;
    const first = unique[0] as number;
    const last = unique[unique.length - 1] as number;
    if (day <= first) return -Math.min(MAX_STEP, (first - day) * pxPerDay);
    if (day >= last) return (xs[xs.length - 1] ?? 0) + Math.min(MAX_STEP, (day - last) * pxPerDay);
    const i = unique.findIndex((known) => known >= day);
    const right = unique[i] as number;
    const left = unique[i - 1] as number;
    const xl = xs[i - 1] as number;
    const xr = xs[i] as number;
    return xl + ((day - left) / (right - left)) * (xr - xl);
  };
}

export function timelineLayout(items: readonly TimelineItem[], pxPerDay = 1.2): TimelineLayout {
  const known = new Map<string, number>();
  for (const item of items) if (Number.isFinite(dayOf(item.date))) known.set(item.id, dayOf(item.date));
  // Undated models take their latest dated parent's day (a variant ships with its parent), walking up if needed.
  const byId = new Map(items.map((item) => [item.id, item]));
  const estimated = new Set<string>();
  const dayFor = (id: string, seen = new Set<string>()): number | undefined => {
    const day = known.get(id);
    if (day !== undefined) return day;
    if (seen.has(id)) return undefined;
    seen.add(id);
    const parents = (byId.get(id)?.parents ?? [])
      .map((parent) => dayFor(parent, seen))
      .filter((d) => d !== undefined);
    return parents.length ? Math.max(...parents) : undefined;
  };
  const days = new Map<string, number>();
  for (const item of items) {
    const day = dayFor(item.id);
    if (day !== undefined) days.set(item.id, day);
    if (!known.has(item.id)) estimated.add(item.id);
  }

  const dated = [...known.values()];
  const toX = axis(dated, pxPerDay);
  const widest = Math.max(120, ...items.map((item) => item.width));
  const undatedX = (dated.length ? toX(Math.min(...dated)) : 0) - (widest + 50);
  const xOf = (item: TimelineItem) => {
    const day = days.get(item.id);
    return day === undefined ? undatedX : toX(day);
  };

  // Families in order of their first model; models without a family last.
  const earliest = new Map<string, number>();
  for (const item of items) {
    const key = item.family ?? "";
    earliest.set(key, Math.min(earliest.get(key) ?? Number.POSITIVE_INFINITY, xOf(item)));
  }
  const families = [...earliest.keys()].sort(
    (a, b) => Number(a === "") - Number(b === "") || (earliest.get(a) ?? 0) - (earliest.get(b) ?? 0),
  );

  const positions = new Map<string, { x: number; y: number }>();
  const marks: TimelineMark[] = [];
  let top = 0;
  for (const family of families) {
    const band = items
      .filter((item) => (item.family ?? "") === family)
      .sort(
        (a, b) =>
          xOf(a) - xOf(b) ||
          Number(estimated.has(a.id)) - Number(estimated.has(b.id)) ||
          a.id.localeCompare(b.id),
      );
    const rowEnds: number[] = [];
    for (const item of band) {
      const x = xOf(item);
      const left = x - item.width / 2;
      let row = rowEnds.findIndex((end) => end + GAP <= left);
      if (row < 0) {
        row = rowEnds.length;
        rowEnds.push(0);
      }
      rowEnds[row] = x + item.width / 2;
      positions.set(item.id, { x, y: top + row * ROW });
    }
    const rows = Math.max(1, rowEnds.length);
    marks.push({
      id: `lane:${family}`,
      label: family || "no family",
      x: undatedX - widest / 2 - 24,
      y: top + ((rows - 1) * ROW) / 2,
      kind: "lane",
    });
    top += rows * ROW + BAND_GAP;
  }
  const bottom = Math.max(0, top - BAND_GAP - ROW / 2);

  const guides: TimelineLayout["guides"] = [];
  const axisY = -ROW;
  if (items.some((item) => !days.has(item.id))) {
    marks.push({ id: "mark:undated", label: "no date", x: undatedX, y: axisY, kind: "undated" });
  }
  if (dated.length) {
    const first = Math.min(...dated);
    const last = Math.max(...dated);
    const firstYear = new Date(first * DAY).getUTCFullYear();
    const lastYear = new Date(last * DAY).getUTCFullYear();
    for (let year = firstYear; year <= lastYear; year++) {
      const day = dayOf(`${year}-01-01`);
      // The first year is labelled at its first model (month and year), the others at 1 January.
      const at = Math.max(day, first);
      const x = toX(at);
      const label = at === day ? String(year) : new Date(at * DAY).toISOString().slice(0, 7);
      marks.push({ id: `mark:${year}`, label, x, y: axisY, kind: "year" });
      guides.push({ id: `guide:${year}`, x, top: axisY + 14, bottom: bottom + ROW / 2 });
    }
  }
  if (estimated.size) {
    marks.push({
      id: "mark:note",
      label: "dashed: no paper here introduces it; shown at its parent's date",
      x: undatedX - widest / 2,
      y: bottom + ROW + 6,
      kind: "note",
    });
  }
  return { positions, estimated, marks, guides };
}
