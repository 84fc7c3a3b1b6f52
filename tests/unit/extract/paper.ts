// Builds the Paper records the extraction tests feed in; the listing parser is tested elsewhere.
import type { Paper } from "../../../src/domain/types.ts";

export function paper(title: string, abstract: string): Paper {
  return {
    id: title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/gu, ""),
    title,
    authors: [],
    authorsTruncated: false,
    organizations: [],
    date: "2025-01-01",
    yearInferred: false,
    category: null,
    abstract,
    source: { file: "test", line: 1 },
  };
}
