import type { PaperExtraction } from "../domain/types.ts";

/** The `extract --json` document: names, not internal keys, so it reads on its own. */
export function toExtractionDocument(extractions: PaperExtraction[]) {
  const names = new Map<string, string>();
  const models = new Map<string, PaperExtraction["models"][number]>();
  for (const { models: found, introduces } of extractions) {
    for (const model of found) {
      if (!models.has(model.key) || introduces.includes(model.key)) models.set(model.key, model);
      if (!names.has(model.key) || introduces.includes(model.key)) names.set(model.key, model.name);
    }
  }
  const nameOf = (key: string) => names.get(key) ?? key;
  return {
    papers: extractions.map(({ paper, introduces, mentions }) => ({
      id: paper.id,
      title: paper.title,
      authors: paper.authors,
      authorsTruncated: paper.authorsTruncated,
      organizations: paper.organizations,
      date: paper.date,
      yearInferred: paper.yearInferred,
      category: paper.category,
      introduces: introduces.map(nameOf),
      mentions: mentions.map(nameOf),
    })),
    models: [...models.values()].map(({ name, aliases, family, version, sizes, tuning }) => ({
      name,
      aliases,
      family,
      version,
      sizes,
      tuning,
    })),
    relations: extractions.flatMap(({ paper, relations }) =>
      relations.map(({ type, from, to, verdict, evidence }) => ({
        type,
        from: nameOf(from),
        to: nameOf(to),
        ...(verdict ? { verdict } : {}),
        paper: paper.id,
        evidence: evidence.sentence,
        start: evidence.start,
        end: evidence.end,
        rule: evidence.rule,
        confidence: evidence.confidence,
      })),
    ),
    capabilities: factsOf(extractions, "capability", nameOf).map(({ name, ...rest }) => ({
      capability: name,
      ...rest,
    })),
    techniques: factsOf(extractions, "technique", nameOf).map(({ name, ...rest }) => ({
      technique: name,
      ...rest,
    })),
    benchmarks: factsOf(extractions, "benchmark", nameOf).map(({ name, ...rest }) => ({
      benchmark: name,
      ...rest,
    })),
  };
}

function factsOf(extractions: PaperExtraction[], kind: string, nameOf: (key: string) => string) {
  return extractions.flatMap(({ paper, facts }) =>
    facts
      .filter((fact) => fact.kind === kind)
      .map((fact) => ({
        model: nameOf(fact.model),
        name: fact.name,
        ...(fact.figure ? { figure: fact.figure } : {}),
        paper: paper.id,
        evidence: fact.evidence.sentence,
        start: fact.evidence.start,
        end: fact.evidence.end,
        rule: fact.evidence.rule,
        confidence: fact.evidence.confidence,
      })),
  );
}
