// The introduction dates of the models drawn, for the timeline and the table: fetched once per model.

import { fetchIntroductionDates } from "./api.ts";
import type { LineageData } from "./graph-model.ts";

export class IntroductionDates {
  private known = new Map<string, string | null>();

  /** The date of a model's introducing paper; null when none (or the look-up failed), undefined before one. */
  get(id: string): string | null | undefined {
    return this.known.get(id);
  }

  /** Looks up the models of `graph` not asked about yet. */
  async load(graph: LineageData): Promise<void> {
    const missing = graph.nodes
      .filter((node) => !this.known.has(node.id))
      .map((node) => ({ id: node.id, name: node.label }));
    if (!missing.length) return;
    try {
      const found = await fetchIntroductionDates(missing);
      this.known = new Map([...this.known, ...found]);
    } catch {
      for (const node of missing) this.known.set(node.id, null);
    }
  }
}
