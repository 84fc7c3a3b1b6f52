import { modelKey } from "../domain/names.ts";
import type { ExtractedModel, PaperExtraction } from "../domain/types.ts";

/**
 * Entity resolution across papers: one paper may know a model by an alias that another paper uses as its
 * name ("MedGemma 1" here, "MedGemma" there). Every spelling seen anywhere maps to one key, the key of the
 * model as the paper that introduces it names it, and every extraction is rewritten to use those keys.
 */
export function resolveAcrossPapers(extractions: PaperExtraction[]): PaperExtraction[] {
  const claims = new NameClaims();
  for (const extraction of extractions) claims.observe(extraction);
  return extractions.map((extraction) => claims.rewrite(extraction));
}

/**
 * The names introducing papers claim, learnt one extraction at a time (in input order: the first claim wins),
 * so that a stream of papers is resolved exactly as `resolveAcrossPapers` resolves them all at once while
 * holding only the names, not the papers. Papers that introduce nothing claim nothing: their own keys stand
 * unless an introducing paper claimed them as an alias.
 */
export class NameClaims {
  private readonly canonical = new Map<string, string>();

  observe({ models, introduces }: PaperExtraction): void {
    if (introduces.length === 0) return;
    for (const model of models) {
      if (!introduces.includes(model.key)) continue;
      this.claim(model.key, model.key);
      for (const alias of model.aliases) this.claim(modelKey(alias), model.key);
    }
  }

  resolve(key: string): string {
    return this.canonical.get(key) ?? key;
  }

  /** The extraction with every model key replaced by the key of the model it names. */
  rewrite(extraction: PaperExtraction): PaperExtraction {
    return rewriteKeys(extraction, (key) => this.resolve(key));
  }

  private claim(spelling: string, key: string): void {
    if (!this.canonical.has(spelling)) this.canonical.set(spelling, key);
  }
}

function rewriteKeys(extraction: PaperExtraction, resolve: (key: string) => string): PaperExtraction {
  const models = new Map<string, ExtractedModel>();
  for (const model of extraction.models) {
    const key = resolve(model.key);
    const existing = models.get(key);
    models.set(key, existing ? mergeModels(existing, model) : { ...model, key });
  }
  const unique = (keys: string[]) => [...new Set(keys.map(resolve))];
  const introduces = unique(extraction.introduces);
  return {
    ...extraction,
    models: [...models.values()],
    introduces,
    mentions: unique(extraction.mentions).filter((key) => !introduces.includes(key)),
    relations: extraction.relations
      .map((relation) => ({ ...relation, from: resolve(relation.from), to: resolve(relation.to) }))
      .filter((relation) => relation.from !== relation.to),
    facts: extraction.facts.map((fact) => ({ ...fact, model: resolve(fact.model) })),
  };
}

function mergeModels(a: ExtractedModel, b: ExtractedModel): ExtractedModel {
  const union = <T>(x: T[], y: T[]) => [...new Set([...x, ...y])];
  return {
    ...a,
    aliases: union(a.aliases, [b.name, ...b.aliases]).filter((alias) => alias !== a.name),
    family: a.family ?? b.family,
    version: a.version ?? b.version,
    sizes: union(a.sizes, b.sizes),
    tuning: union(a.tuning, b.tuning),
  };
}
