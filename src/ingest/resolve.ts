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
  /** Per family (folded like a model name): how often each spelling is used, introducing papers counting more. */
  private readonly familySpellings = new Map<string, Map<string, number>>();

  observe({ models, introduces }: PaperExtraction): void {
    for (const model of models) {
      if (model.family === null) continue;
      const spellings = this.familySpellings.get(modelKey(model.family)) ?? new Map<string, number>();
      const weight = introduces.includes(model.key) ? 10 : 1;
      spellings.set(model.family, (spellings.get(model.family) ?? 0) + weight);
      this.familySpellings.set(modelKey(model.family), spellings);
    }
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

  /**
   * One spelling per family across papers ("LLaMA" and "Llama" are one family): the one most used, the spelling
   * of papers introducing its models counting most, capitalised before lower-case, then the first met.
   */
  family(spelling: string): string {
    const spellings = this.familySpellings.get(modelKey(spelling));
    if (!spellings) return spelling;
    let best = spelling;
    let bestCount = -1;
    for (const [candidate, count] of spellings) {
      const better =
        count > bestCount || (count === bestCount && /^\p{Lu}/u.test(candidate) && !/^\p{Lu}/u.test(best));
      if (better) [best, bestCount] = [candidate, count];
    }
    return best;
  }

  /** The extraction with every model key replaced by the key of the model it names, families spelt one way. */
  rewrite(extraction: PaperExtraction): PaperExtraction {
    const rewritten = rewriteKeys(extraction, (key) => this.resolve(key));
    return {
      ...rewritten,
      models: rewritten.models.map((m) => (m.family === null ? m : { ...m, family: this.family(m.family) })),
    };
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
