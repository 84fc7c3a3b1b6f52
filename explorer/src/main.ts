// The lineage explorer: search → lineage graph → details, with the view kept in the URL.

import "./styles.css";
import {
  fetchEdge,
  fetchIntroductionDates,
  fetchLineage,
  fetchLineageText,
  fetchModel,
  fetchPaper,
  fetchRelation,
  fetchVocabulary,
  GraphQLRequestError,
  type LineageFilter,
  type LineageQuery,
  type Relation,
  readableMessage,
  type SearchHit,
  search,
} from "./api.ts";
import { LineageCanvas } from "./canvas.ts";
import { byId, h, lineSample, nextFrame } from "./dom.ts";
import { emptyGraph, type LineageData, mergeGraphs } from "./graph-model.ts";
import type { Timings } from "./hook.ts";
import { EDGE_STYLES, FamilyPalette } from "./palette.ts";
import {
  edgePanel,
  messagePanel,
  modelPanel,
  type PanelActions,
  paperPanel,
  relationPanel,
  vocabularyPanel,
} from "./panel.ts";
import {
  allTypes,
  CONFIDENCE_LEVELS,
  type Direction,
  LINEAGE_TYPES,
  type LineageType,
  MAX_DEPTH,
  MIN_DEPTH,
  type Orientation,
  parseState,
  serializeState,
  type ViewName,
  type ViewState,
} from "./state.ts";
import { graphToSvg, type LegendInfo, svgToPng } from "./svg.ts";
import { renderTable } from "./table.ts";
import { timelineLayout } from "./timeline.ts";

// ---- elements ----

const el = {
  cy: byId("cy"),
  empty: byId("empty"),
  graphView: byId("graph-view"),
  tableView: byId("table-view"),
  details: byId("details"),
  status: byId("status"),
  controls: byId<HTMLFormElement>("controls"),
  depth: byId<HTMLSelectElement>("depth"),
  direction: byId<HTMLSelectElement>("direction"),
  minConfidence: byId<HTMLSelectElement>("min-confidence"),
  orientation: byId<HTMLSelectElement>("orientation"),
  expandOnClick: byId<HTMLInputElement>("expand-on-click"),
  typeFilter: byId<HTMLFieldSetElement>("type-filter"),
  familyLegend: byId<HTMLUListElement>("family-legend"),
  search: byId<HTMLInputElement>("search-input"),
  listbox: byId<HTMLUListElement>("search-listbox"),
  relateBox: byId<HTMLDetailsElement>("relate-box"),
  relateForm: byId<HTMLFormElement>("relate-form"),
  relateA: byId<HTMLInputElement>("relate-a"),
  relateB: byId<HTMLInputElement>("relate-b"),
  relateResult: byId("relate-result"),
  modelNames: byId<HTMLDataListElement>("model-names"),
  exportMenu: byId<HTMLDetailsElement>("export-menu"),
  dialog: byId<HTMLDialogElement>("text-dialog"),
  dialogTitle: byId("text-dialog-title"),
  dialogNote: byId("text-dialog-note"),
  dialogText: byId<HTMLTextAreaElement>("text-dialog-text"),
};

// ---- state ----

let state: ViewState = parseState(location.search);
let graph: LineageData = emptyGraph();
let rootId: string | null = null;
let dates = new Map<string, string | null>();
let relation: { a: string; b: string; result: Relation } | null = null;
let lastTimings: Timings | null = null;
/** Bumped by every load: answers for an older one are dropped. */
let generation = 0;
let detailsGeneration = 0;

const palette = new FamilyPalette();
const canvas = new LineageCanvas(el.cy, {
  onNodeTap: (id) => void selectNode(id, true),
  onEdgeTap: (id) => void selectEdge(id),
  onBackgroundTap: () => clearSelection(),
});

const labelOf = (id: string) => graph.nodes.find((node) => node.id === id)?.label;
const typesArg = (): LineageType[] | null => (allTypes(state.types) ? null : [...state.types]);
/** Which edges every lineage request of the view counts: the types ticked and the minimum confidence. */
const filterArgs = (): LineageFilter => ({ types: typesArg(), minConfidence: state.minConfidence });
const lineageQuery = (root: string): LineageQuery => ({
  root,
  direction: state.direction,
  maxDepth: state.depth,
  ...filterArgs(),
});

function writeUrl(mode: "push" | "replace"): void {
  const url = `${location.pathname}${serializeState(state)}`;
  document.title = state.model ? `${state.model} · lineage explorer` : "modelgraph · lineage explorer";
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

function setStatus(text: string): void {
  el.status.textContent = text;
}

function setDrawState(value: "empty" | "loading" | "ready" | "error"): void {
  el.cy.dataset.state = value;
  el.graphView.setAttribute("aria-busy", value === "loading" ? "true" : "false");
}

// ---- panel actions ----

const actions: PanelActions = {
  openModel: (name) => openModel(name),
  showModel: (key, name) => {
    if (graph.nodes.some((node) => node.id === key)) void selectNode(key, false);
    else void showModelDetails(name);
  },
  showEdge: (id, childName) => void selectEdge(id, childName),
  relate: (slot, name) => {
    (slot === 0 ? el.relateA : el.relateB).value = name;
    el.relateBox.open = true;
    const other = slot === 0 ? el.relateB : el.relateA;
    if (!other.value) other.focus();
  },
  colour: (family) => palette.colour(family),
};

async function showModelDetails(name: string): Promise<void> {
  const token = ++detailsGeneration;
  el.details.replaceChildren(h("p", { class: "muted" }, `Loading ${name}…`));
  try {
    const model = await fetchModel(name, state.minConfidence);
    if (token !== detailsGeneration) return;
    el.details.replaceChildren(modelPanel(model, actions));
  } catch (error) {
    if (token !== detailsGeneration) return;
    showError(error, `Could not load ${name}`);
  }
}

async function showEdgeDetails(id: string, childName: string): Promise<void> {
  const token = ++detailsGeneration;
  el.details.replaceChildren(h("p", { class: "muted" }, "Loading the evidence…"));
  try {
    const edge = await fetchEdge(id, childName);
    if (token !== detailsGeneration) return;
    if (!edge) {
      el.details.replaceChildren(
        messagePanel("Edge not found", `No lineage edge ${id} is stored any more.`, [], actions),
      );
      return;
    }
    el.details.replaceChildren(edgePanel(edge, actions));
  } catch (error) {
    if (token !== detailsGeneration) return;
    showError(error, "Could not load the evidence");
  }
}

function showError(error: unknown, title: string): void {
  const suggestions = error instanceof GraphQLRequestError ? error.suggestions : [];
  // Without the API's argument names; the suggestions become buttons below, so the sentence need not list them.
  const message = readableMessage(error instanceof Error ? error.message : String(error), suggestions);
  el.details.replaceChildren(messagePanel(title, message, suggestions, actions));
}

// ---- selection and expansion ----

async function selectNode(id: string, fromCanvas: boolean): Promise<void> {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (!node) return;
  state.selected = { kind: "node", id };
  writeUrl("replace");
  canvas.select(state.selected);
  if (!fromCanvas && state.view !== "table") canvas.reveal(id);
  void showModelDetails(node.label);
  if (fromCanvas && el.expandOnClick.checked && id !== rootId && !state.expanded.includes(node.label)) {
    await expand(node.label, id);
  }
}

async function selectEdge(id: string, childName?: string): Promise<void> {
  const edge = graph.edges.find((candidate) => candidate.id === id);
  const child = childName ?? (edge ? labelOf(edge.source) : undefined);
  if (!child) return;
  if (edge) {
    state.selected = { kind: "edge", id };
    writeUrl("replace");
    canvas.select(state.selected);
  }
  await showEdgeDetails(id, child);
}

function clearSelection(): void {
  state.selected = null;
  writeUrl("replace");
  canvas.select(null);
}

/** Adds a model's direct parents and children (and their edges) to the drawn graph. */
async function expand(name: string, id: string): Promise<void> {
  const token = generation;
  setDrawState("loading");
  try {
    const extra = await fetchLineage({ root: name, direction: "BOTH", maxDepth: 1, ...filterArgs() });
    if (token !== generation) return;
    const merged = mergeGraphs(graph, extra);
    if (!merged.added) {
      setDrawState("ready");
      setStatus(`${name}: nothing more to add.`);
      return;
    }
    graph = merged.graph;
    state.expanded = [...state.expanded, name];
    writeUrl("replace");
    const started = performance.now();
    await draw(true, id);
    setStatus(
      `${summary()} · added ${name}'s parents and children in ${Math.round(performance.now() - started)} ms`,
    );
  } catch (error) {
    if (token !== generation) return;
    setDrawState("ready");
    setStatus(`Could not expand ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---- loading and drawing ----

function openModel(name: string): void {
  state = { ...state, model: name, expanded: [], selected: null, relate: null };
  relation = null;
  el.relateResult.replaceChildren();
  writeUrl("push");
  void loadView();
}

async function loadRelation(
  a: string,
  b: string,
  filter: LineageFilter,
): Promise<{ result: Relation; extra: LineageData }> {
  const result = await fetchRelation(a, b, filter);
  let extra: LineageData = {
    nodes: (result.path ?? []).flatMap((step) => [
      { id: step.child.key, label: step.child.name, kind: "RELATED" as const, family: step.child.family },
      { id: step.parent.key, label: step.parent.name, kind: "RELATED" as const, family: step.parent.family },
    ]),
    edges: (result.path ?? []).map((step) => ({
      id: step.id,
      source: step.child.key,
      target: step.parent.key,
      type: step.type,
    })),
    truncated: false,
  };
  if (result.common.length) {
    // The common ancestors, linked: each side's ancestry up to the farthest one.
    const upA = Math.max(...result.common.map((common) => common.depthFromA));
    const upB = Math.max(...result.common.map((common) => common.depthFromB));
    const [fromA, fromB] = await Promise.all([
      fetchLineage({ root: a, direction: "UP", maxDepth: upA, ...filter }),
      fetchLineage({ root: b, direction: "UP", maxDepth: upB, ...filter }),
    ]);
    extra = mergeGraphs(mergeGraphs(extra, fromA).graph, fromB).graph;
  }
  return { result, extra };
}

/** Loads everything the state names (lineage, expansions, relation) and draws it. */
async function loadView(): Promise<void> {
  const token = ++generation;
  syncControls();
  el.empty.hidden = Boolean(state.model);
  if (!state.model) {
    graph = emptyGraph();
    canvas.setGraph(graph, palette);
    setDrawState("empty");
    setStatus("");
    return;
  }
  setDrawState("loading");
  setStatus(`Loading the lineage of ${state.model}…`);
  const started = performance.now();
  try {
    const filter = filterArgs();
    const [base, expansions, related] = await Promise.all([
      fetchLineage(lineageQuery(state.model)),
      Promise.all(
        state.expanded.map((name) =>
          fetchLineage({ root: name, direction: "BOTH", maxDepth: 1, ...filter }).catch(() => null),
        ),
      ),
      state.relate
        ? loadRelation(state.relate[0], state.relate[1], filter).catch((error: unknown) => error)
        : Promise.resolve(null),
    ]);
    if (token !== generation) return;
    let next = base;
    for (const extra of expansions) if (extra) next = mergeGraphs(next, extra).graph;
    relation = null;
    el.relateResult.replaceChildren();
    if (related instanceof Error || (related && !("result" in (related as object)))) {
      el.relateResult.replaceChildren(
        h(
          "p",
          { role: "alert" },
          related instanceof Error ? related.message : "The relation could not be loaded.",
        ),
      );
    } else if (related && state.relate) {
      const { result, extra } = related as { result: Relation; extra: LineageData };
      next = mergeGraphs(next, extra).graph;
      relation = { a: state.relate[0], b: state.relate[1], result };
      el.relateResult.replaceChildren(relationPanel(relation.a, relation.b, result, actions));
    }
    graph = next;
    rootId = base.nodes.find((node) => node.kind === "ROOT")?.id ?? null;
    const fetched = performance.now();
    await draw(false);
    if (token !== generation) return;
    const drawn = performance.now();
    await nextFrame();
    lastTimings = {
      fetchMs: Math.round(fetched - started),
      layoutMs: Math.round(drawn - fetched),
      totalMs: Math.round(performance.now() - started),
      nodes: graph.nodes.length,
      edges: graph.edges.length,
    };
    setStatus(`${summary()} · drawn in ${lastTimings.totalMs} ms`);
    restoreSelection();
  } catch (error) {
    if (token !== generation) return;
    graph = emptyGraph();
    rootId = null;
    canvas.setGraph(graph, palette);
    updateLegend();
    setDrawState("error");
    setStatus(error instanceof Error ? error.message : String(error));
    showError(error, `Nothing to draw for “${state.model}”`);
  }
}

function summary(): string {
  const truncated = graph.truncated ? " (cut: more were reachable)" : "";
  return `${graph.nodes.length} models, ${graph.edges.length} edges${truncated}`;
}

function restoreSelection(): void {
  const selected = state.selected;
  if (selected?.kind === "node" && graph.nodes.some((node) => node.id === selected.id)) {
    void selectNode(selected.id, false);
  } else if (selected?.kind === "edge" && graph.edges.some((edge) => edge.id === selected.id)) {
    void selectEdge(selected.id);
  } else {
    if (selected) {
      state.selected = null;
      writeUrl("replace");
    }
    canvas.select(null);
    const root = rootId ? labelOf(rootId) : undefined;
    if (root) void showModelDetails(root);
  }
}

async function ensureDates(): Promise<void> {
  const missing = graph.nodes
    .filter((node) => !dates.has(node.id))
    .map((node) => ({ id: node.id, name: node.label }));
  if (!missing.length) return;
  try {
    const found = await fetchIntroductionDates(missing);
    dates = new Map([...dates, ...found]);
  } catch {
    for (const node of missing) dates.set(node.id, null);
  }
}

async function layout(animate: boolean): Promise<void> {
  if (state.view === "timeline") {
    await ensureDates();
    const items = graph.nodes.map((node) => ({
      id: node.id,
      family: node.family,
      date: dates.get(node.id) ?? null,
      width: canvas.labelWidth(node.label),
      parents: graph.edges.filter((edge) => edge.source === node.id).map((edge) => edge.target),
    }));
    await canvas.layoutTimeline(timelineLayout(items), animate);
  } else {
    await canvas.layoutDagre(state.orientation, animate);
  }
}

/** Lays the drawn graph out again (orientation or view changed), with the same ready signal as a load. */
async function relayout(animate: boolean): Promise<void> {
  setDrawState("loading");
  await layout(animate);
  setDrawState(graph.nodes.length ? "ready" : "empty");
}

async function draw(animate: boolean, grewFrom?: string): Promise<void> {
  setDrawState("loading");
  canvas.setGraph(graph, palette, grewFrom);
  el.cy.dataset.nodes = String(graph.nodes.length);
  el.cy.dataset.edges = String(graph.edges.length);
  el.cy.dataset.root = rootId ?? "";
  updateLegend();
  updateModelNames();
  await layout(animate);
  if (relation) {
    const path = relation.result.path ?? [];
    canvas.highlight(
      path.flatMap((step) => [step.child.key, step.parent.key]),
      path.map((step) => step.id),
      relation.result.common.map((common) => common.model.key),
    );
  } else canvas.highlight([], [], []);
  if (state.selected) canvas.select(state.selected);
  if (state.view === "table") await renderTableView();
  setDrawState("ready");
}

async function renderTableView(): Promise<void> {
  const tableActions = {
    showModel: (key: string, name: string) => actions.showModel(key, name),
    showEdge: (id: string, childName: string) => void selectEdge(id, childName),
  };
  renderTable(el.tableView, graph, rootId, null, tableActions);
  await ensureDates();
  renderTable(el.tableView, graph, rootId, dates, tableActions);
}

// ---- controls ----

/** The label of a minimum confidence in the control. */
const confidenceLabel = (value: number) => `≥ ${value}`;

function buildControls(): void {
  el.minConfidence.append(
    h("option", { value: "" }, "any"),
    ...CONFIDENCE_LEVELS.map((level) => h("option", { value: level }, confidenceLabel(level))),
  );
  for (let depth = MIN_DEPTH; depth <= MAX_DEPTH; depth++) {
    el.depth.append(h("option", { value: depth }, depth === 1 ? "1 generation" : `${depth} generations`));
  }
  for (const type of LINEAGE_TYPES) {
    const look = EDGE_STYLES[type];
    el.typeFilter.append(
      h(
        "label",
        { class: "check type-check", title: `${type}: ${look.description}` },
        h("input", { type: "checkbox", name: "types", value: type, "data-type": type }),
        lineSample(look.colour, look.width, look.dash, look.label),
        look.label,
      ),
    );
  }
}

function syncControls(): void {
  el.depth.value = String(state.depth);
  el.direction.value = state.direction;
  // A shared link may carry a level the control does not offer: it gets an option of its own.
  const level = state.minConfidence === null ? "" : String(state.minConfidence);
  if (![...el.minConfidence.options].some((option) => option.value === level)) {
    el.minConfidence.append(h("option", { value: level }, confidenceLabel(state.minConfidence ?? 0)));
  }
  el.minConfidence.value = level;
  el.orientation.value = state.orientation;
  for (const box of el.typeFilter.querySelectorAll<HTMLInputElement>("input[name=types]")) {
    box.checked = state.types.includes(box.value as LineageType);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-view]")) {
    button.setAttribute("aria-pressed", String(button.dataset.view === state.view));
  }
  el.graphView.hidden = state.view === "table";
  el.tableView.hidden = state.view !== "table";
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-needs-canvas]")) {
    button.disabled = state.view === "table";
  }
  if (state.relate) {
    el.relateA.value = state.relate[0];
    el.relateB.value = state.relate[1];
    el.relateBox.open = true;
  }
  if (document.activeElement !== el.search) el.search.value = state.model ?? "";
}

function updateLegend(): void {
  const families = [...new Set(graph.nodes.map((node) => node.family))].sort((a, b) =>
    (a ?? "\uffff").localeCompare(b ?? "\uffff"),
  );
  el.familyLegend.replaceChildren(
    ...families.map((family) => {
      const colour = palette.colour(family);
      return h(
        "li",
        { class: "family-item", "data-family": family ?? "" },
        h("span", {
          class: "swatch",
          style: `--fill:${colour.fill};--stroke:${colour.stroke}`,
          "aria-hidden": "true",
        }),
        family ?? "no family",
      );
    }),
  );
}

function updateModelNames(): void {
  el.modelNames.replaceChildren(
    ...[...new Set(graph.nodes.map((node) => node.label))].sort().map((name) => h("option", { value: name })),
  );
}

async function setView(view: ViewName): Promise<void> {
  if (view === state.view) return;
  state.view = view;
  writeUrl("replace");
  syncControls();
  if (view === "table") {
    await renderTableView();
    el.tableView.focus();
  } else if (graph.nodes.length) {
    setDrawState("loading");
    await nextFrame();
    await relayout(false);
  }
}

el.controls.addEventListener("submit", (event) => event.preventDefault());
el.controls.addEventListener("change", (event) => {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  if (target === el.expandOnClick) return;
  if (target === el.orientation) {
    state.orientation = el.orientation.value as Orientation;
    writeUrl("replace");
    if (state.view === "graph" && graph.nodes.length) void relayout(true);
    return;
  }
  state.depth = Number(el.depth.value);
  state.direction = el.direction.value as Direction;
  state.minConfidence = el.minConfidence.value === "" ? null : Number(el.minConfidence.value);
  writeUrl("replace");
  void loadView();
});
el.typeFilter.addEventListener("change", () => {
  const checked = [...el.typeFilter.querySelectorAll<HTMLInputElement>("input[name=types]:checked")].map(
    (box) => box.value as LineageType,
  );
  // Unticking the last type would draw nothing: it means "all" instead.
  state.types = checked.length ? checked : [...LINEAGE_TYPES];
  writeUrl("replace");
  void loadView();
});
byId("fit").addEventListener("click", () => canvas.fit()); // the whole graph, however small
byId("reset").addEventListener("click", () => {
  state.expanded = [];
  writeUrl("replace");
  void loadView();
});
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-view]")) {
  button.addEventListener("click", () => void setView(button.dataset.view as ViewName));
}
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-example]")) {
  button.addEventListener("click", () => openModel(button.dataset.example ?? ""));
}
window.addEventListener("popstate", () => {
  state = parseState(location.search);
  void loadView();
});
window.addEventListener("resize", () => {
  if (state.view !== "table") canvas.fit(state.view === "timeline" ? 0.75 : 0);
});

// ---- "How are these related?" ----

el.relateForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const a = el.relateA.value.trim();
  const b = el.relateB.value.trim();
  if (!a || !b) return;
  state.relate = [a, b];
  if (!state.model) state.model = a;
  writeUrl("push");
  void loadView();
});
byId("relate-clear").addEventListener("click", () => {
  state.relate = null;
  relation = null;
  el.relateA.value = "";
  el.relateB.value = "";
  el.relateResult.replaceChildren();
  writeUrl("replace");
  void loadView();
});

// ---- search with suggestions (ARIA combobox) ----

let hits: SearchHit[] = [];
let active = -1;
let searchTimer = 0;
let searchAbort: AbortController | null = null;

const hitName = (hit: SearchHit) => ("title" in hit.node ? hit.node.title : hit.node.name);
const hitNote = (hit: SearchHit) => {
  if (hit.kind === "Model") return hit.node.family ? `model · ${hit.node.family}` : "model";
  if (hit.kind === "Paper") return `paper · ${hit.node.date}`;
  return hit.kind.toLowerCase();
};

function closeList(): void {
  el.listbox.hidden = true;
  el.search.setAttribute("aria-expanded", "false");
  el.search.removeAttribute("aria-activedescendant");
  active = -1;
}

function renderOptions(): void {
  el.listbox.replaceChildren(
    ...(hits.length
      ? hits.map((hit, i) =>
          h(
            "li",
            {
              role: "option",
              id: `search-option-${i}`,
              "aria-selected": String(i === active),
              "data-kind": hit.kind,
              onmousedown: (event: Event) => {
                event.preventDefault();
                choose(hit);
              },
            },
            h("span", { class: "option-name" }, hitName(hit)),
            h("span", { class: "option-kind" }, hitNote(hit)),
          ),
        )
      : [h("li", { role: "option", "aria-disabled": "true", class: "muted" }, "No match")]),
  );
  el.listbox.hidden = false;
  el.search.setAttribute("aria-expanded", "true");
  if (active >= 0) el.search.setAttribute("aria-activedescendant", `search-option-${active}`);
  else el.search.removeAttribute("aria-activedescendant");
}

async function runSearch(text: string): Promise<SearchHit[] | null> {
  searchAbort?.abort();
  const controller = new AbortController();
  searchAbort = controller;
  try {
    const found = await search(text, controller.signal);
    return controller.signal.aborted ? null : found;
  } catch {
    return controller.signal.aborted ? null : [];
  }
}

function choose(hit: SearchHit): void {
  closeList();
  el.search.value = hitName(hit);
  if (hit.kind === "Model") {
    openModel(hit.node.name);
  } else if (hit.kind === "Paper") {
    void (async () => {
      try {
        const paper = await fetchPaper(hit.node.title);
        if (paper) el.details.replaceChildren(paperPanel(paper));
      } catch (error) {
        showError(error, "Could not load the paper");
      }
    })();
  } else {
    void (async () => {
      try {
        const entry = await fetchVocabulary(hit.kind, hit.node.name);
        if (entry) el.details.replaceChildren(vocabularyPanel(hit.kind, entry, actions));
      } catch (error) {
        showError(error, `Could not load ${hit.node.name}`);
      }
    })();
  }
}

el.search.addEventListener("input", () => {
  window.clearTimeout(searchTimer);
  const text = el.search.value.trim();
  if (text.length < 2) {
    searchAbort?.abort();
    closeList();
    return;
  }
  searchTimer = window.setTimeout(async () => {
    const found = await runSearch(text);
    if (found === null || el.search.value.trim() !== text) return;
    hits = found;
    active = -1;
    renderOptions();
  }, 120);
});

el.search.addEventListener("keydown", async (event) => {
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    if (!hits.length) return;
    event.preventDefault();
    const step = event.key === "ArrowDown" ? 1 : -1;
    active = (active + step + hits.length) % hits.length;
    renderOptions();
  } else if (event.key === "Escape") {
    closeList();
  } else if (event.key === "Enter") {
    event.preventDefault();
    const chosen = active >= 0 ? hits[active] : undefined;
    if (chosen) {
      choose(chosen);
      return;
    }
    const text = el.search.value.trim();
    if (!text) return;
    window.clearTimeout(searchTimer);
    const found = (await runSearch(text)) ?? [];
    const models = found.filter((hit) => hit.kind === "Model");
    const exact = models.find((hit) => hitName(hit).toLowerCase() === text.toLowerCase());
    closeList();
    // No model hit: ask for the name anyway; the API answers with close names to try.
    openModel(exact ? hitName(exact) : models[0] ? hitName(models[0]) : text);
  }
});
el.search.addEventListener("blur", () => window.setTimeout(closeList, 150));

// ---- share and export ----

function slug(): string {
  return (
    (state.model ?? "lineage")
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, "-")
      .replace(/^-|-$/g, "") || "lineage"
  );
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = h("a", { href: url, download: name, hidden: true });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function legendInfo(): LegendInfo {
  const root = rootId ? labelOf(rootId) : state.model;
  const families = [...new Set(graph.nodes.map((node) => node.family))]
    .sort((a, b) => (a ?? "\uffff").localeCompare(b ?? "\uffff"))
    .map((family) => ({ name: family ?? "no family", colour: palette.colour(family) }));
  return {
    title: `${root ?? "Lineage"} — ${state.view === "timeline" ? "timeline" : "lineage"} (${state.depth} generations)`,
    types: state.types,
    families,
  };
}

let dialogFile: { name: string; type: string } | null = null;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

async function showText(
  title: string,
  text: string,
  note: string,
  file: { name: string; type: string } | null,
) {
  el.dialogTitle.textContent = title;
  el.dialogText.value = text;
  dialogFile = file;
  byId<HTMLButtonElement>("text-dialog-download").hidden = !file;
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
byId("text-dialog-download").addEventListener("click", () => {
  if (dialogFile) download(new Blob([el.dialogText.value], { type: dialogFile.type }), dialogFile.name);
});

function closeExportMenu(): void {
  el.exportMenu.open = false;
}

byId("copy-link").addEventListener("click", () => {
  closeExportMenu();
  void showText(
    "Link to this view",
    location.href,
    "The link reopens this model, depth, filters and layout.",
    null,
  );
});
byId("export-svg").addEventListener("click", () => {
  closeExportMenu();
  if (!graph.nodes.length) return;
  download(
    new Blob([graphToSvg(canvas.cy, legendInfo())], { type: "image/svg+xml" }),
    `${slug()}-lineage.svg`,
  );
});
byId("export-png").addEventListener("click", async () => {
  closeExportMenu();
  if (!graph.nodes.length) return;
  try {
    download(await svgToPng(graphToSvg(canvas.cy, legendInfo())), `${slug()}-lineage.png`);
  } catch (error) {
    setStatus(`PNG export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
});
for (const [id, format, type, extension] of [
  ["copy-mermaid", "MERMAID", "text/plain", "mmd"],
  ["copy-graphml", "GRAPHML", "application/graphml+xml", "graphml"],
] as const) {
  byId(id).addEventListener("click", async () => {
    closeExportMenu();
    if (!state.model) return;
    try {
      const text = await fetchLineageText(lineageQuery(state.model), format);
      const note = `The lineage around ${state.model} (${state.depth} generations${
        typesArg() ? `, ${state.types.join(", ")}` : ""
      }${state.minConfidence === null ? "" : `, confidence ${confidenceLabel(state.minConfidence)}`}; expansions are not included).`;
      await showText(format === "MERMAID" ? "Mermaid" : "GraphML", text, note, {
        name: `${slug()}-lineage.${extension}`,
        type,
      });
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

// ---- what the dev entry drives ----

/** The page's insides for the test hook of the dev entry (dev.ts); the production page never reads them. */
export const internals = {
  state: () => structuredClone(state),
  timings: () => lastTimings,
  canvas,
  setStatus,
  /** Draws `next` in place of the lineage, through the same code as a load. */
  async drawGraph(next: LineageData): Promise<void> {
    generation++;
    relation = null;
    graph = next;
    rootId = graph.nodes[0]?.id ?? null;
    el.empty.hidden = true;
    await draw(false);
  },
};

// ---- start ----

buildControls();
void loadView();
