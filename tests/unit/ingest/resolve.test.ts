// Resolution across papers: one node per model and one spelling per family, whichever paper names them how.
import { describe, expect, it } from "vitest";
import { modelKey } from "../../../src/domain/names.ts";
import { extractPaper } from "../../../src/ingest/extract/index.ts";
import { resolveAcrossPapers } from "../../../src/ingest/resolve.ts";
import { paper } from "../extract/paper.ts";

const PAPERS = [
  paper(
    "Skua 2: Open Foundation and Chat Models",
    "We release Skua 2, a collection of pretrained and fine-tuned models. Our fine-tuned models, called Skua 2-Chat, are optimised for dialogue. Skua 2 13B Chat outperforms open chat models.",
  ),
  paper(
    "Grebe: Legal Reasoning",
    "We present Grebe, a legal model fine-tuned from SKUA-2 13B. Grebe outperforms Skua2-Chat-70B on three legal benchmarks.",
  ),
  paper(
    "Tern: small models",
    "We present Tern, a model built on the skua architecture-free recipe of SKUA 2.",
  ),
];

describe("resolveAcrossPapers", () => {
  const resolved = resolveAcrossPapers(PAPERS.map(extractPaper));
  const models = resolved.flatMap((x) => x.models);

  it("keeps one model per name whatever its spelling, size or case", () => {
    // "Skua 2-Chat", "Skua 2 13B Chat" and "Skua2-Chat-70B": one chat variant with two sizes, in two papers.
    const chatKeys = new Set(models.filter((m) => /chat/iu.test(m.name)).map((m) => m.key));
    expect([...chatKeys]).toEqual([modelKey("Skua 2 Chat")]);
    const sizes = new Set(models.filter((m) => m.key === modelKey("Skua 2 Chat")).flatMap((m) => m.sizes));
    expect([...sizes].sort()).toEqual(["13B", "70B"]);
    expect(
      new Set(models.filter((m) => /^skua/iu.test(m.name) && !/chat/iu.test(m.name)).map((m) => m.key)),
    ).toEqual(new Set([modelKey("Skua 2")]));
  });

  it("spells a family one way across papers, as the introducing paper does", () => {
    const families = new Set(models.filter((m) => /skua/iu.test(m.name)).map((m) => m.family));
    expect([...families]).toEqual(["Skua"]);
  });
});
