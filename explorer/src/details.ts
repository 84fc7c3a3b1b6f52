// The details panel: a model, a lineage edge's evidence, a paper or a vocabulary entry, loaded on demand, or
// why it could not be. An answer that comes back after a newer request is dropped.

import {
  fetchEdge,
  fetchModel,
  fetchPaper,
  fetchVocabulary,
  GraphQLRequestError,
  readableMessage,
  type VocabularyKind,
} from "./api.ts";
import { byId, h } from "./dom.ts";
import {
  edgePanel,
  messagePanel,
  modelPanel,
  type PanelActions,
  paperPanel,
  vocabularyPanel,
} from "./panel.ts";
import type { Store } from "./store.ts";

export class DetailsPanel {
  private readonly target = byId("details");
  /** Bumped by every model or edge shown: an older answer is dropped. */
  private generation = 0;

  constructor(
    private readonly store: Store,
    private readonly actions: PanelActions,
  ) {}

  async showModel(name: string): Promise<void> {
    const token = ++this.generation;
    this.target.replaceChildren(h("p", { class: "muted" }, `Loading ${name}…`));
    try {
      const model = await fetchModel(name, this.store.get().view.minConfidence);
      if (token !== this.generation) return;
      this.target.replaceChildren(modelPanel(model, this.actions));
    } catch (error) {
      if (token !== this.generation) return;
      this.showError(error, `Could not load ${name}`);
    }
  }

  async showEdge(id: string, childName: string): Promise<void> {
    const token = ++this.generation;
    this.target.replaceChildren(h("p", { class: "muted" }, "Loading the evidence…"));
    try {
      const edge = await fetchEdge(id, childName);
      if (token !== this.generation) return;
      if (!edge) {
        this.target.replaceChildren(
          messagePanel("Edge not found", `No lineage edge ${id} is stored any more.`, [], this.actions),
        );
        return;
      }
      this.target.replaceChildren(edgePanel(edge, this.actions));
    } catch (error) {
      if (token !== this.generation) return;
      this.showError(error, "Could not load the evidence");
    }
  }

  async showPaper(title: string): Promise<void> {
    try {
      const paper = await fetchPaper(title);
      if (paper) this.target.replaceChildren(paperPanel(paper));
    } catch (error) {
      this.showError(error, "Could not load the paper");
    }
  }

  async showVocabulary(kind: VocabularyKind, name: string): Promise<void> {
    try {
      const entry = await fetchVocabulary(kind, name);
      if (entry) this.target.replaceChildren(vocabularyPanel(kind, entry, this.actions));
    } catch (error) {
      this.showError(error, `Could not load ${name}`);
    }
  }

  showError(error: unknown, title: string): void {
    const suggestions = error instanceof GraphQLRequestError ? error.suggestions : [];
    // Without the API's argument names; the suggestions become buttons below, so the sentence need not list them.
    const message = readableMessage(error instanceof Error ? error.message : String(error), suggestions);
    this.target.replaceChildren(messagePanel(title, message, suggestions, this.actions));
  }
}
