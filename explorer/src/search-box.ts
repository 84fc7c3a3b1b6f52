// The search box: suggestions as you type (the ARIA combobox pattern), arrow keys and Enter; a model opens its
// lineage, a paper or a vocabulary entry opens in the details panel. Shows the view's model when not in use.

import { type SearchHit, search } from "./api.ts";
import type { DetailsPanel } from "./details.ts";
import { byId, h } from "./dom.ts";
import { reloads, type Store } from "./store.ts";

const hitName = (hit: SearchHit) => ("title" in hit.node ? hit.node.title : hit.node.name);
const hitNote = (hit: SearchHit) => {
  if (hit.kind === "Model") return hit.node.family ? `model · ${hit.node.family}` : "model";
  if (hit.kind === "Paper") return `paper · ${hit.node.date}`;
  return hit.kind.toLowerCase();
};

export function mountSearch(store: Store, details: DetailsPanel): void {
  const input = byId<HTMLInputElement>("search-input");
  const listbox = byId<HTMLUListElement>("search-listbox");
  let hits: SearchHit[] = [];
  let active = -1;
  let timer = 0;
  let pending: AbortController | null = null;

  const showModel = () => {
    if (document.activeElement !== input) input.value = store.get().view.model ?? "";
  };
  showModel();
  store.subscribe((_state, _previous, action) => {
    if (reloads(action)) showModel();
  });

  function closeList(): void {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function renderOptions(): void {
    listbox.replaceChildren(
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
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  /** The hits for `text`, or null when a newer search replaced this one. */
  async function find(text: string): Promise<SearchHit[] | null> {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      const found = await search(text, controller.signal);
      return controller.signal.aborted ? null : found;
    } catch {
      return controller.signal.aborted ? null : [];
    }
  }

  function choose(hit: SearchHit): void {
    closeList();
    input.value = hitName(hit);
    if (hit.kind === "Model") store.dispatch({ type: "open", model: hit.node.name });
    else if (hit.kind === "Paper") void details.showPaper(hit.node.title);
    else void details.showVocabulary(hit.kind, hit.node.name);
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      pending?.abort();
      closeList();
      return;
    }
    timer = window.setTimeout(async () => {
      const found = await find(text);
      if (found === null || input.value.trim() !== text) return;
      hits = found;
      active = -1;
      renderOptions();
    }, 120);
  });

  input.addEventListener("keydown", async (event) => {
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
      const text = input.value.trim();
      if (!text) return;
      window.clearTimeout(timer);
      const found = (await find(text)) ?? [];
      const models = found.filter((hit) => hit.kind === "Model");
      const exact = models.find((hit) => hitName(hit).toLowerCase() === text.toLowerCase());
      closeList();
      // No model hit: ask for the name anyway; the API answers with close names to try.
      store.dispatch({ type: "open", model: exact ? hitName(exact) : models[0] ? hitName(models[0]) : text });
    }
  });
  input.addEventListener("blur", () => window.setTimeout(closeList, 150));
}
