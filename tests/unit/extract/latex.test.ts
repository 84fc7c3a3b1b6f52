// LaTeX in abstracts and titles as arXiv metadata carries it: decoded for extraction, evidence offsets still
// into the stored abstract. All model names here are made up.
import { describe, expect, it } from "vitest";
import { extractPaper } from "../../../src/ingest/extract/index.ts";
import { decodeLatex } from "../../../src/ingest/extract/latex.ts";
import { maskUrls, splitSentences } from "../../../src/ingest/extract/sentences.ts";
import { paperIdFromTitle } from "../../../src/ingest/parse/index.ts";
import { paper } from "./paper.ts";

const decoded = (source: string) => decodeLatex(source).text;

describe("decodeLatex: what the extractor reads", () => {
  it.each([
    // Accents and special letters, in every spelling.
    [String.raw`T\"ulu 2`, "Tülu 2"],
    [
      String.raw`T\"{u}lu, {\"u}, \'e, \`a, \^o, \~n, \=a, \.z, \c{c}, \v{s}, \v s, \u{g}, \H{o}`,
      "Tülu, ü, é, à, ô, ñ, ā, ż, ç, š, š, ğ, ő",
    ],
    [String.raw`Andr\'{\i}s, \ss, \o, \O, \ae, \l{}\'od\'z, \aa`, "Andrís, ß, ø, Ø, æ, łódź, å"],
    // Escapes.
    [String.raw`40\% pass@1, R\&D, \$5M, \#1, a\_b, \{x\}`, "40% pass@1, R&D, $5M, #1, a_b, {x}"],
    // Formatting keeps its argument; braces go.
    [
      String.raw`\textbf{Zorb-7B} and \texttt{Quill-v1.0} and \emph{new} and {\em old} and \textsc{Ab}`,
      "Zorb-7B and Quill-v1.0 and new and old and Ab",
    ],
    [String.raw`a $\textbf{Zorb-Data}$ set, $\textit{we release it}$`, "a Zorb-Data set, we release it"],
    [
      String.raw`\textcolor{red}{Red}, \mbox{Box}, {BERT}, \LaTeX{} and \unknown{kept}`,
      "Red, Box, BERT, LaTeX and kept",
    ],
    // Links: the text of \href, the address of \url.
    [String.raw`Code: \url{https://github.com/org/zorb}.`, "Code: https://github.com/org/zorb."],
    [String.raw`See \href{https://zorb.ai/x}{our page}.`, "See our page."],
    // Math: delimiters go, symbols become characters, Greek letters are spelled.
    [
      String.raw`up to $1344 \times 1344$ pixels, $\sim$7B, $\geq$90\%, $>$5`,
      "up to 1344 × 1344 pixels, ~7B, ≥90%, >5",
    ],
    [
      String.raw`Zorb-$\phi$, $\mu$P, $\tau$-bench, $\Phi$-2, $\alpha\beta$`,
      "Zorb-phi, muP, tau-bench, Phi-2, alpha beta",
    ],
    [
      String.raw`$\pi_0$, $K_s$, Zorb$_{\text{BASE}}$, Quill$_{1.5}$, Zorb-3$_{175B}$`,
      "pi0, Ks, Zorb BASE, Quill 1.5, Zorb-3 175B",
    ],
    [
      String.raw`Zorb$^{*}$, Quill$^\dagger$, $10^{9}$ tokens, the 1$^{st}$`,
      "Zorb, Quill, 10^9 tokens, the 1st",
    ],
    [String.raw`\(x+y\) and \[z\] and $$w$$`, "x+y and z and w"],
    [String.raw`$\mathcal{O}(n \log n)$`, "O(n log n)"],
    // Quotes.
    ["we propose ``Zorb'', ``Quill\" and `it'", "we propose “Zorb”, “Quill\" and ‘it'"],
    // Ties are spaces; "~" meaning "about" stays.
    ["Low Rank Adapters~(LoRA), Fig.~3", "Low Rank Adapters (LoRA), Fig. 3"],
    ["trained for ~65 hours (~1 day)", "trained for ~65 hours (~1 day)"],
    // References and notes go, with the space before them.
    [
      String.raw`models~\cite{a,b}. Others \citep[p.~3]{c}, and \footnote{a note} more \ref{tab}`,
      "models. Others, and more",
    ],
    [String.raw`strong models (\cite{a}) and others [\citet{b}].`, "strong models and others."],
    [String.raw`Zorb-\textbf {Quill} and \bf Bold`, "Zorb-Quill and Bold"],
    // Dollars that open no math stay.
    ["costs $5 and $10 each", "costs $5 and $10 each"],
    ["a lone $ sign", "a lone $ sign"],
    // Spacing commands, dashes left alone.
    [String.raw`a\,b a\ b a\-b a\\b -- and ---`, "a b a b ab a b -- and ---"],
  ])("%s", (source, text) => {
    expect(decoded(source)).toBe(text);
  });

  it("returns plain text as is, with offsets mapping to themselves", () => {
    const text = "We introduce Zorb-7B (a 7B model), 40% better. Code at https://zorb.ai.";
    const view = decodeLatex(text);
    expect(view.identity).toBe(true);
    expect(view.text).toBe(text);
    expect(view.toSource(13, 20)).toEqual({ start: 13, end: 20 });
  });

  it("maps a decoded span to its source with the markup around it", () => {
    const source = String.raw`We use \textbf{Zorb-7B}. It beats T\"ulu 2~\cite{x}.`;
    const view = decodeLatex(source);
    expect(view.text).toBe("We use Zorb-7B. It beats Tülu 2.");
    const span = (s: string) => {
      const at = view.text.indexOf(s);
      const { start, end } = view.toSource(at, at + s.length);
      return source.slice(start, end);
    };
    expect(span("We use Zorb-7B.")).toBe(String.raw`We use \textbf{Zorb-7B}.`);
    expect(span("Zorb-7B")).toBe(String.raw`\textbf{Zorb-7B}`);
    expect(span("It beats Tülu 2.")).toBe(String.raw`It beats T\"ulu 2~\cite{x}.`);
    expect(span("ü")).toBe(String.raw`\"u`);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Offsets: a property over random LaTeX-laden text.

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  "We introduce ",
  "Zorb-7B",
  String.raw`\textbf{Quill-2}`,
  String.raw`\texttt{Zorb-v1.0}`,
  String.raw`T\"ulu`,
  String.raw`T\"{u}lu 3`,
  String.raw`\'{\i}`,
  String.raw`40\%`,
  String.raw`R\&D`,
  String.raw`$1344 \times 1344$`,
  String.raw`$\sim$7B`,
  String.raw`Zorb-$\phi$`,
  String.raw`$\pi_0$`,
  String.raw`Zorb$_{\text{BASE}}$`,
  "Quill$^{*}$",
  "$10^{9}$",
  "``quoted''",
  "Adapters~(LoRA)",
  " ~5 days",
  String.raw`\cite{a,b}`,
  String.raw`~\citep[p.~3]{c}`,
  String.raw`\footnote{a note}`,
  String.raw`\url{https://github.com/org/zorb}`,
  String.raw`\href{https://zorb.ai}{our site}`,
  String.raw`\emph{new}`,
  "{\\em old}",
  String.raw`\ss{}`,
  String.raw`\ldots`,
  "$5 and $10",
  ". ",
  ", ",
  " ",
  " ",
  "model",
  "(",
  ")",
];

// Letters and digits folded to plain lower-case Latin, Greek letters spelled: what both sides share.
const FOLD: Record<string, string> = { ß: "ss", æ: "ae", ø: "o", ł: "l", ı: "i", œ: "oe" };
function wordChars(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæøłıœ]/gu, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]/gu, "");
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const ch of needle) {
    at = haystack.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

describe("decodeLatex: offsets", () => {
  const next = random(11);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const sources = Array.from({ length: 200 }, () =>
    Array.from({ length: 4 + Math.floor(next() * 20) }, () => pick(FRAGMENTS)).join(""),
  );

  it("maps every decoded span back to a source span holding the same letters and digits", () => {
    for (const source of sources) {
      const view = decodeLatex(source);
      const n = view.text.length;
      for (let k = 0; k < 30; k++) {
        const s = Math.floor(next() * (n + 1));
        const e = s + Math.floor(next() * (n + 1 - s));
        const span = view.toSource(s, e);
        expect(0 <= span.start && span.start <= span.end && span.end <= source.length, source).toBe(true);
        const slice = source.slice(span.start, span.end);
        const want = wordChars(view.text.slice(s, e));
        if (!isSubsequence(want, wordChars(slice)))
          expect({ source, decoded: view.text.slice(s, e), slice }).toBe(
            "a slice holding the decoded letters",
          );
      }
      // Spans grow with their decoded span: starts and ends are monotone.
      for (let s = 0; s < n; s++) {
        const a = view.toSource(s, s + 1);
        const b = view.toSource(s + 1, Math.min(n, s + 2));
        expect(a.start <= b.start || b.start === b.end).toBe(true);
      }
    }
  });

  it("maps the whole decoded text to the whole source (trimmed)", () => {
    for (const source of sources) {
      const view = decodeLatex(source);
      expect(view.toSource(0, view.text.length)).toEqual({
        start: source.length - source.trimStart().length,
        end: source.trimEnd().length,
      });
    }
  });

  it("splits decoded sentences where the source has them", () => {
    const source = String.raw`We use \textbf{Zorb-7B}~\cite{x}. Code: \url{https://github.com/org/Zorb-7B}. Next, \href{https://zorb.ai/Quill}{see here}. Done.`;
    const view = decodeLatex(source);
    const sentences = splitSentences(view.text).map((s) => {
      const span = view.toSource(s.start, s.end);
      return source.slice(span.start, span.end);
    });
    expect(sentences).toEqual([
      String.raw`We use \textbf{Zorb-7B}~\cite{x}.`,
      String.raw`Code: \url{https://github.com/org/Zorb-7B}.`,
      String.raw`Next, \href{https://zorb.ai/Quill}{see here}.`,
      "Done.",
    ]);
    // The address is masked: no name is read out of it.
    expect(maskUrls(view.text)).not.toContain("Zorb-7B}");
    expect(maskUrls(decoded(String.raw`at \url{huggingface.co/org/Quill-2}.`))).toBe(
      `at ${" ".repeat("huggingface.co/org/Quill-2".length)}.`,
    );
  });

  // Its speed is measured with the extraction's, in the bench; here, that text without LaTeX is left as it is.
  it("leaves long text without LaTeX untouched", () => {
    const plain = "We introduce Zorb-7B, a model. ".repeat(2_000);
    expect(decodeLatex(plain).text).toBe(plain);
  });
});

describe("extractPaper on LaTeX", () => {
  const abstract = String.raw`Open models lag behind closed ones~\cite{a,b}. We introduce \textbf{Zorb-7B}, a language model fine-tuned from \texttt{Quill-2} on 40\% more data. \textbf{Zorb-7B} outperforms T\"ulu 2 on $1344 \times 1344$ images, see \url{https://github.com/org/zorb}.`;
  const input = paper(String.raw`\textbf{Zorb-7B}: Open Models`, abstract);
  const result = extractPaper(input);

  it("reads the names decoded", () => {
    const names = result.models.flatMap((m) => [m.name, ...m.aliases]);
    expect(names).toEqual(expect.arrayContaining(["Zorb-7B", "Quill-2", "Tülu 2"]));
    expect(names.join(" ")).not.toMatch(/[\\{}$]/);
  });

  it("finds the lineage and the comparison", () => {
    const edges = result.relations.map((r) => `${r.type} ${r.from} ${r.to}`);
    const zorb = result.models.find((m) => m.aliases.includes("Zorb-7B") || m.name === "Zorb-7B")?.key;
    const quill = result.models.find((m) => m.name === "Quill-2")?.key;
    expect(edges).toContain(`BASED_ON ${zorb} ${quill}`);
    expect(result.relations.some((r) => r.type === "COMPARED_WITH" && r.from === zorb)).toBe(true);
  });

  it("keeps the paper as stored and points evidence into the stored abstract", () => {
    expect(result.paper).toBe(input);
    const evidence = [...result.relations, ...result.facts].map((x) => x.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(input.abstract.slice(e.start, e.end)).toBe(e.sentence);
    const based = result.relations.find((r) => r.type === "BASED_ON");
    expect(based?.evidence.sentence).toBe(
      String.raw`We introduce \textbf{Zorb-7B}, a language model fine-tuned from \texttt{Quill-2} on 40\% more data.`,
    );
  });

  it("gives the same result as the plain spelling", () => {
    const plain = extractPaper(
      paper(
        "Zorb-7B: Open Models",
        "Open models lag behind closed ones. We introduce Zorb-7B, a language model fine-tuned from Quill-2 on 40% more data. Zorb-7B outperforms Tülu 2 on 1344 × 1344 images, see https://github.com/org/zorb.",
      ),
    );
    const shape = (r: typeof result) => ({
      models: r.models,
      introduces: r.introduces,
      relations: r.relations.map((x) => [x.type, x.from, x.to, x.evidence.rule]),
    });
    expect(shape(result)).toEqual(shape(plain));
  });
});

describe("paper ids from LaTeX titles", () => {
  it("slug the decoded title, so a feed's source and a listing's rendering agree", () => {
    expect(paperIdFromTitle(String.raw`T\"ulu 3: Open Post-Training`)).toBe(
      paperIdFromTitle("Tülu 3: Open Post-Training"),
    );
    expect(paperIdFromTitle(String.raw`Zorb-$\phi$: A Small Assistant`)).toBe("zorb-phi-a-small-assistant");
    expect(paperIdFromTitle("Zorb-φ: A Small Assistant")).toBe("zorb-phi-a-small-assistant");
    expect(paperIdFromTitle(String.raw`$\pi_0$: A Policy`)).toBe("pi0-a-policy");
  });
});
