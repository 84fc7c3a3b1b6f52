// The URL holds the view (state.ts): each action that changes it writes the browser history (store.ts's
// `historyEntry`), and Back and Forward hand the URL's view back to the store.

import { parseState, serializeState } from "./state.ts";
import { historyEntry, type Store } from "./store.ts";

export function syncUrl(store: Store): void {
  store.subscribe((state, _previous, action) => {
    const entry = historyEntry(action);
    if (!entry) return;
    const { view } = state;
    document.title = view.model ? `${view.model} · lineage explorer` : "modelgraph · lineage explorer";
    const url = `${location.pathname}${serializeState(view)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (entry === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  });
  window.addEventListener("popstate", () =>
    store.dispatch({ type: "navigate", view: parseState(location.search) }),
  );
}
