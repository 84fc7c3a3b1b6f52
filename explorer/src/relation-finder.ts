// "How are these related?": two models in, the lineage path between them and their common ancestors out (the
// graph view highlights them). Renders the view's pair and the relation the store holds.

import { byId, h } from "./dom.ts";
import { type PanelActions, relationPanel } from "./panel.ts";
import { reloads, type Store } from "./store.ts";

export interface RelationFinder {
  /** Puts a model in slot A (0) or B (1) and opens the finder. */
  fill(slot: 0 | 1, name: string): void;
}

export function mountRelationFinder(store: Store, actions: PanelActions): RelationFinder {
  const el = {
    box: byId<HTMLDetailsElement>("relate-box"),
    form: byId<HTMLFormElement>("relate-form"),
    a: byId<HTMLInputElement>("relate-a"),
    b: byId<HTMLInputElement>("relate-b"),
    result: byId("relate-result"),
    modelNames: byId<HTMLDataListElement>("model-names"),
  };
  const finder: RelationFinder = {
    fill(slot, name) {
      (slot === 0 ? el.a : el.b).value = name;
      el.box.open = true;
      const other = slot === 0 ? el.b : el.a;
      if (!other.value) other.focus();
    },
  };

  const showPair = () => {
    const { relate } = store.get().view;
    if (!relate) return;
    [el.a.value, el.b.value] = relate;
    el.box.open = true;
  };
  showPair();
  store.subscribe((state, previous, action) => {
    if (reloads(action)) showPair();
    if (state.relation !== previous.relation || state.relationError !== previous.relationError) {
      const { relation, relationError } = state;
      if (relationError !== null) el.result.replaceChildren(h("p", { role: "alert" }, relationError));
      else if (relation)
        el.result.replaceChildren(relationPanel(relation.a, relation.b, relation.result, actions));
      else el.result.replaceChildren();
    }
    // The drawn models' names, offered as the inputs' suggestions.
    if (state.graph !== previous.graph) {
      const names = [...new Set(state.graph.nodes.map((node) => node.label))].sort();
      el.modelNames.replaceChildren(...names.map((name) => h("option", { value: name })));
    }
  });

  el.form.addEventListener("submit", (event) => {
    event.preventDefault();
    const a = el.a.value.trim();
    const b = el.b.value.trim();
    if (a && b) store.dispatch({ type: "relate", a, b });
  });
  byId("relate-clear").addEventListener("click", () => {
    el.a.value = "";
    el.b.value = "";
    store.dispatch({ type: "clearRelation" });
  });
  return finder;
}
