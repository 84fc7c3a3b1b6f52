// The lineage explorer: search → lineage graph → details, with the view kept in the URL.
// One store (store.ts) holds the state; the views render from it and dispatch what the user does; the loader
// fetches and draws what the view names. This file only wires them.

import "./styles.css";
import { fetchDerivatives } from "./api.ts";
import { IntroductionDates } from "./dates.ts";
import { DetailsPanel } from "./details.ts";
import { mountExportMenu } from "./export-menu.ts";
import { GraphView } from "./graph-view.ts";
import { LineageLoader } from "./lineage-loader.ts";
import type { PanelActions } from "./panel.ts";
import { mountRelationFinder } from "./relation-finder.ts";
import { mountSearch } from "./search-box.ts";
import { parseState } from "./state.ts";
import { createStore, initialState } from "./store.ts";
import { TableView } from "./table.ts";
import { mountToolbar } from "./toolbar.ts";
import { syncUrl } from "./url-sync.ts";

const store = createStore(initialState(parseState(location.search)));
const dates = new IntroductionDates();

// The panels call back into the loader and the relation finder, which are made below.
const actions: PanelActions = {
  openModel: (name) => store.dispatch({ type: "open", model: name }),
  showModel: (key, name) => {
    if (store.get().graph.nodes.some((node) => node.id === key)) void loader.selectNode(key, false);
    else void details.showModel(name);
  },
  showEdge: (id, childName) => void loader.selectEdge(id, childName),
  relate: (slot, name) => finder.fill(slot, name),
  colour: (family) => graphView.palette.colour(family),
  derivatives: fetchDerivatives,
};

// The URL first: every other view sees an action after the history has it.
syncUrl(store);
const details = new DetailsPanel(store, actions);
const table = new TableView(store, dates, actions);
const graphView = new GraphView(store, dates, table, {
  onNodeTap: (id) => void loader.selectNode(id, true),
  onEdgeTap: (id) => void loader.selectEdge(id),
  onBackgroundTap: () => loader.clearSelection(),
});
mountToolbar(store, () => graphView.fit());
mountSearch(store, details);
const finder = mountRelationFinder(store, actions);
mountExportMenu(store, graphView);
// Last: a load dispatches as it goes, after the views have rendered the action that started it.
const loader = new LineageLoader(store, graphView, details);

/** What the dev entry (dev.ts) reads and drives for its test hook; the production page never uses it. */
export const internals = { store, canvas: graphView.canvas, loader };

void loader.load();
