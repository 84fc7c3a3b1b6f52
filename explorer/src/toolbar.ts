// The toolbar and the legend's type filter: depth, minimum confidence, direction, layout, lineage types, the
// view buttons, Fit and Reset, and the status line. Renders the view's options from the store; a change
// dispatches an action.

import { byId, h, lineSample } from "./dom.ts";
import { EDGE_STYLES } from "./palette.ts";
import {
  CONFIDENCE_LEVELS,
  confidenceLabel,
  type Direction,
  LINEAGE_TYPES,
  type LineageType,
  MAX_DEPTH,
  MIN_DEPTH,
  type Orientation,
  type ViewName,
  type ViewState,
} from "./state.ts";
import { reloads, type Store } from "./store.ts";

export function mountToolbar(store: Store, fit: () => void): void {
  const el = {
    controls: byId<HTMLFormElement>("controls"),
    depth: byId<HTMLSelectElement>("depth"),
    direction: byId<HTMLSelectElement>("direction"),
    minConfidence: byId<HTMLSelectElement>("min-confidence"),
    orientation: byId<HTMLSelectElement>("orientation"),
    expandOnClick: byId<HTMLInputElement>("expand-on-click"),
    typeFilter: byId<HTMLFieldSetElement>("type-filter"),
    status: byId("status"),
    graphView: byId("graph-view"),
    tableView: byId("table-view"),
  };
  const viewButtons = [...document.querySelectorAll<HTMLButtonElement>("[data-view]")];

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

  function render(view: ViewState): void {
    el.depth.value = String(view.depth);
    el.direction.value = view.direction;
    // A shared link may carry a level the control does not offer: it gets an option of its own.
    const level = view.minConfidence === null ? "" : String(view.minConfidence);
    if (![...el.minConfidence.options].some((option) => option.value === level)) {
      el.minConfidence.append(h("option", { value: level }, confidenceLabel(view.minConfidence ?? 0)));
    }
    el.minConfidence.value = level;
    el.orientation.value = view.orientation;
    for (const box of el.typeFilter.querySelectorAll<HTMLInputElement>("input[name=types]")) {
      box.checked = view.types.includes(box.value as LineageType);
    }
    for (const button of viewButtons) {
      button.setAttribute("aria-pressed", String(button.dataset.view === view.view));
    }
    el.graphView.hidden = view.view === "table";
    el.tableView.hidden = view.view !== "table";
    for (const button of document.querySelectorAll<HTMLButtonElement>("[data-needs-canvas]")) {
      button.disabled = view.view === "table";
    }
  }

  render(store.get().view);
  el.expandOnClick.checked = store.get().expandOnClick;
  store.subscribe((state, previous, action) => {
    if (reloads(action) || action.type === "setView") render(state.view);
    if (state.status !== previous.status) el.status.textContent = state.status;
  });

  el.controls.addEventListener("submit", (event) => event.preventDefault());
  el.controls.addEventListener("change", (event) => {
    const target = event.target;
    if (target === el.expandOnClick) {
      store.dispatch({ type: "setExpandOnClick", on: el.expandOnClick.checked });
    } else if (target === el.orientation) {
      store.dispatch({ type: "setOrientation", orientation: el.orientation.value as Orientation });
    } else {
      store.dispatch({
        type: "setFilters",
        depth: Number(el.depth.value),
        direction: el.direction.value as Direction,
        minConfidence: el.minConfidence.value === "" ? null : Number(el.minConfidence.value),
      });
    }
  });
  el.typeFilter.addEventListener("change", () => {
    const checked = [...el.typeFilter.querySelectorAll<HTMLInputElement>("input[name=types]:checked")];
    store.dispatch({ type: "setTypes", types: checked.map((box) => box.value as LineageType) });
  });
  byId("fit").addEventListener("click", fit);
  byId("reset").addEventListener("click", () => store.dispatch({ type: "resetExpansions" }));
  for (const button of viewButtons) {
    button.addEventListener("click", () => {
      const view = button.dataset.view as ViewName;
      if (view !== store.get().view.view) store.dispatch({ type: "setView", view });
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-example]")) {
    button.addEventListener("click", () =>
      store.dispatch({ type: "open", model: button.dataset.example ?? "" }),
    );
  }
}
