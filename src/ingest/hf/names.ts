// A Hub repo id read with the project's name grammar (src/domain/names.ts): which model a repo is a checkpoint of.
// "google/gemma-3-4b-it" is Gemma 3 IT (or, when no such model is stored, Gemma 3), size 4B, instruction-tuned;
// "TheQuanter/Foo-2-7B-Chat-GGUF" is Foo 2 Chat stored as GGUF. Only general rules: the owner, storage and
// quantisation suffixes, sizes, tuning words and revision suffixes; never a list of models.
import { isFormatSuffix, isLetterVersion, keyOf, modelKey, parseModelName } from "../../domain/names.ts";
import type { Tuning } from "../../domain/types.ts";

/** One model key a repo may be a checkpoint of, with the rule that reads it so and how sure that rule is. */
export interface CheckpointCandidate {
  key: string;
  rule: string;
  confidence: number;
}

export interface RepoName {
  /** The repo's name less owner and storage suffixes, as the grammar reads it ("gemma-3-4b-it"). */
  modelName: string;
  size: string | null;
  tuning: Tuning | null;
  /** Keys to look up, most specific (and most sure) first. */
  candidates: CheckpointCandidate[];
}

// How a checkpoint is stored or quantised, beyond the grammar's own format suffixes: "Q4_K_M", "4bit",
// "bnb-4bit", "4.0bpw", "i1" (imatrix), "w4a16", "int4".
const STORAGE_PIECE =
  /^(?:onnx|safetensors|fp32|nf4|bnb|\d+-?bits?|\d+(?:\.\d+)?bpw|i?q\d(?:_[a-z0-9]+)*|i1|imatrix|w\d+a\d+|quantized|quant)$/iu;

export function isStoragePiece(piece: string): boolean {
  return isFormatSuffix(piece) || STORAGE_PIECE.test(piece);
}

/** "v0.2", "v1", "2407": a revision written after the name, which papers leave out. */
const REVISION_TIER = /^(?:v\d+(?:\.\d+)*|\d{4,})$/iu;

/** The repo's name without its owner and its storage suffixes; underscores read as dashes. */
export function checkpointName(repoId: string): string {
  const name = repoId.slice(repoId.indexOf("/") + 1);
  const kept = name.split("-").filter((piece, index) => index === 0 || !isStoragePiece(piece));
  // Hub names write millions in lower case ("embeddinggemma-300m"); the grammar's sizes end in a capital.
  return kept
    .map((piece) => (/^\d+(?:\.\d+)?m$/u.test(piece) ? piece.toUpperCase() : piece))
    .join("-")
    .replace(/_/gu, "-");
}

/** Reads a repo id: the model keys it may name, in the order to try them. */
export function readRepoName(repoId: string): RepoName {
  const owner = repoId.includes("/") ? repoId.slice(0, repoId.indexOf("/")) : "";
  const modelName = checkpointName(repoId);
  const candidates: CheckpointCandidate[] = [];
  const add = (key: string, rule: string, confidence: number) => {
    if (key !== "" && !candidates.some((candidate) => candidate.key === key)) {
      candidates.push({ key, rule, confidence });
    }
  };
  const readAs = (name: string, prefix: string, scale: number) => {
    const parsed = parseModelName(name);
    if (!parsed.stem) return;
    add(modelKey(name), `${prefix}name`, 0.95 * scale);
    if (parsed.tuning)
      add(keyOf(parsed, { sizes: false, tuning: false }), `${prefix}name-less-tuning`, 0.85 * scale);
    const revisions = parsed.tiers.filter((tier) => REVISION_TIER.test(tier) || isLetterVersion(tier));
    if (revisions.length > 0) {
      const unrevised = { ...parsed, tiers: parsed.tiers.filter((tier) => !revisions.includes(tier)) };
      add(keyOf(unrevised, { sizes: false }), `${prefix}name-less-revision`, 0.75 * scale);
      add(
        keyOf(unrevised, { sizes: false, tuning: false }),
        `${prefix}name-less-revision-and-tuning`,
        0.7 * scale,
      );
    }
  };
  readAs(modelName, "hf.", 1);
  // "meta-llama/Meta-Llama-3-8B": a name that repeats a word of its owner before the model's own name.
  const [first, ...rest] = modelName.split("-");
  const ownerWords = new Set(owner.toLowerCase().split(/[-_.]/u));
  if (first && rest.length > 0 && ownerWords.has(first.toLowerCase()) && /^\p{L}/u.test(rest[0] ?? "")) {
    readAs(rest.join("-"), "hf.owner-prefix.", 0.9);
  }
  const parsed = parseModelName(modelName);
  return { modelName, size: parsed.sizes[0] ?? null, tuning: parsed.tuning, candidates };
}
