import { modelKey } from "../domain/names.ts";
import type { ExtractedModel, PaperExtraction } from "../domain/types.ts";

/**
 * Entity resolution across papers: one paper may know a model by an alias that another paper uses as its
 * name ("MedGemma 1" here, "MedGemma" there). Every spelling seen anywhere maps to one key, the key of the
 * model as the paper that introduces it names it, and every extraction is rewritten to use those keys.
 */
export function resolveAcrossPapers(extractions: PaperExtraction[]): PaperExtraction[] {
  const canonical = new Map<string, string>();
  const claim = (spelling: string, key: string) => {
    if (!canonical.has(spelling)) canonical.set(spelling, key);
  };
  // Introducing papers claim names first: their spelling is the authoritative one.
  const ordered = [...extractions].sort((a, b) => Number(b.introduces.length > 0) - Number(a.introduces.length > 0));
  for (const { models, introduces } of ordered) {
    for (const model of models.filter((m) => introduces.includes(m.key))) {
      claim(model.key, model.key);
      for (const alias of model.aliases) claim(modelKey(alias), model.key);
    }
  }
  for (const { models } of ordered) {
    for (const model of models) claim(model.key, model.key);
  }
  const resolve = (key: string) => canonical.get(key) ?? key;
  return extractions.map((extraction) => rewriteKeys(extraction, resolve));
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
