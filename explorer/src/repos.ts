// A model's Hub repos as the side panel shows them: counts in words, the Hub page's address, and a base's
// derivatives grouped by relation, loaded a page at a time and never all at once. Pure (no DOM).

export const HF_RELATIONS = ["FINETUNE", "ADAPTER", "MERGE", "QUANTIZED", "SUCCESSOR"] as const;
export type HfRelation = (typeof HF_RELATIONS)[number];

/** Derivatives loaded per "show more" (the API's pages go up to 100; a panel shows a screenful). */
export const DERIVATIVES_PAGE = 20;

/** The repo's page on the Hub, shown as text: the explorer itself loads nothing from the internet. */
export const hubUrl = (id: string): string =>
  `https://huggingface.co/${id.split("/").map(encodeURIComponent).join("/")}`;

const RELATION_WORDS: Record<HfRelation, [string, string]> = {
  FINETUNE: ["fine-tune", "fine-tunes"],
  ADAPTER: ["adapter", "adapters"],
  MERGE: ["merge", "merges"],
  QUANTIZED: ["quantized", "quantized"],
  SUCCESSOR: ["new version", "new versions"],
};

const number = (count: number) => count.toLocaleString("en");

/** "1,240 quantized", "1 fine-tune", "3 adapters". */
export const relationCount = (relation: HfRelation, count: number): string =>
  `${number(count)} ${RELATION_WORDS[relation][count === 1 ? 0 : 1]}`;

const RELATION_TO: Record<HfRelation, string> = {
  FINETUNE: "fine-tune of",
  ADAPTER: "adapter for",
  MERGE: "merge of",
  QUANTIZED: "quantized from",
  SUCCESSOR: "new version of",
};

/** How a repo stands to its base: "fine-tune of quokka-ai/Quokka-2-7b-hf", "quantized from …". */
export const relationTo = (relation: HfRelation, base: string): string => `${RELATION_TO[relation]} ${base}`;

/** "310,000 downloads · 1,900 likes", leaving out what the Hub did not say. */
export function repoFigures(repo: { downloads: number | null; likes: number | null }): string {
  const parts: string[] = [];
  if (repo.downloads !== null)
    parts.push(`${number(repo.downloads)} download${repo.downloads === 1 ? "" : "s"}`);
  if (repo.likes !== null) parts.push(`${number(repo.likes)} like${repo.likes === 1 ? "" : "s"}`);
  return parts.join(" · ");
}

export interface DerivativeRepo {
  id: string;
  downloads: number | null;
  likes: number | null;
}

/** One page of a base's derivatives of one relation, as `HfRepo.derivatives` answers it. */
export interface DerivativesPage {
  repos: DerivativeRepo[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The derivatives of one relation loaded so far: what is shown, and where the next page starts. */
export interface DerivativeList {
  total: number;
  shown: DerivativeRepo[];
  /** The cursor after the last shown; null before the first page. */
  after: string | null;
  more: boolean;
}

export const emptyList = (total: number): DerivativeList => ({
  total,
  shown: [],
  after: null,
  more: total > 0,
});

/** The list with the next page added (a repo already shown is not shown twice). */
export function addPage(list: DerivativeList, page: DerivativesPage): DerivativeList {
  const seen = new Set(list.shown.map((repo) => repo.id));
  return {
    total: list.total,
    shown: [...list.shown, ...page.repos.filter((repo) => !seen.has(repo.id))],
    after: page.endCursor ?? list.after,
    more: page.hasNextPage,
  };
}

/** The label of the "show more" button: the next page's size, or what is left when that is less. */
export function nextLabel(list: DerivativeList): string {
  const left = Math.max(0, list.total - list.shown.length);
  return list.shown.length === 0
    ? `Show ${Math.min(DERIVATIVES_PAGE, left)}`
    : `Show ${Math.min(DERIVATIVES_PAGE, left)} more`;
}
