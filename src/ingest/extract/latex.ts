// LaTeX as arXiv metadata carries it (`T\"ulu`, `40\%`, `\textbf{Foo-7B}`, `$1344 \times 1344$`, ``quoted'',
// `Adapters~(LoRA)`, `\cite{x}`, `\href{url}{text}`), decoded into the plain text the extractor reads, with a
// map from every decoded character back to the source it came from, so evidence can point into the stored
// abstract. Text without `\`, `$`, `~` or a backquote is returned as is (no copy, no map).
//
// What it does:
// - accents and special letters → Unicode (`\"u`, `\"{u}`, `{\"u}` → ü; `\ss` → ß; `\'{\i}` → í);
// - escapes → the character (`\%` `\&` `\$` `\#` `\_` `\{` `\}`), spacing commands → a space or nothing;
// - formatting commands keep their argument (`\textbf{X}`, `\emph{X}`, `\texttt{X}`, `\mathrm{X}`, any unknown
//   `\cmd{X}`), braces are dropped, `\href{url}{text}` → text, `\url{u}` → u verbatim;
// - references and notes are dropped with their arguments (`\cite`, `\ref`, `\label`, `\footnote`, ...);
// - math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) loses its delimiters; symbols become Unicode (`\times` → ×,
//   `\sim` → ~, `\leq` → ≤), Greek letters are spelled (`LLaVA-$\phi$` → LLaVA-phi, `$\mu$P` → muP: names are
//   written that way in plain text, and an ASCII name keys like its plain spelling); a one-character
//   subscript is glued (`$\pi_0$` → pi0), a longer one set off by a space (`BERT$_{\text{BASE}}$` → BERT BASE),
//   a superscript marker dropped (`Foo$^{*}$` → Foo), an exponent kept (`$10^{9}$` → 10^9);
// - `~` between words is a space (`Adapters~(LoRA)`), but "~" after a space stays ("trained for ~65 hours");
// - ``quoted'' → “quoted”, `single' → ‘single';
// - a `$` with no closing `$` nearby, or around prose ("$5 and $10"), stays a dollar sign.
// Dashes (`--`) are left alone: they read the same in plain text.

export interface SourceSpan {
  start: number;
  end: number;
}

export interface LatexView {
  /** The decoded text. */
  readonly text: string;
  /** True when nothing was decoded: `text` is the source and offsets map to themselves. */
  readonly identity: boolean;
  /**
   * The source span a decoded span was decoded from: it covers the source of every character of
   * `text.slice(start, end)`, and the markup around them up to the neighbouring characters' source
   * (`\textbf{Foo}.` for "Foo."), without leading or trailing whitespace.
   */
  toSource(start: number, end: number): SourceSpan;
}

const TRIGGER = /[\\$~`]/;

/** Decodes `source`; the fast path returns it untouched when it holds no LaTeX trigger character. */
export function decodeLatex(source: string): LatexView {
  if (!TRIGGER.test(source)) return identityView(source);
  const decoder = new Decoder(source);
  decoder.run(0, source.length);
  return decoder.view();
}

function identityView(text: string): LatexView {
  return {
    text,
    identity: true,
    toSource: (start, end) => ({ start, end: Math.max(start, end) }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Tables

/** Accent commands → combining marks. */
const ACCENTS: Record<string, string> = {
  '"': "\u0308",
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030C",
  H: "\u030B",
  c: "\u0327",
  k: "\u0328",
  r: "\u030A",
  d: "\u0323",
  b: "\u0331",
};

function capitalise(word: string): string {
  return word.slice(0, 1).toUpperCase() + word.slice(1);
}

const GREEK = [
  "alpha",
  "beta",
  "gamma",
  "delta",
  "epsilon",
  "zeta",
  "eta",
  "theta",
  "iota",
  "kappa",
  "lambda",
  "mu",
  "nu",
  "xi",
  "omicron",
  "pi",
  "rho",
  "sigma",
  "tau",
  "upsilon",
  "phi",
  "chi",
  "psi",
  "omega",
];

/** Commands that stand for text: letters, symbols, spelled Greek letters. */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  // Letters.
  ["ss", "ß"],
  ["SS", "SS"],
  ["o", "ø"],
  ["O", "Ø"],
  ["ae", "æ"],
  ["AE", "Æ"],
  ["oe", "œ"],
  ["OE", "Œ"],
  ["aa", "å"],
  ["AA", "Å"],
  ["l", "ł"],
  ["L", "Ł"],
  ["i", "ı"],
  ["j", "ȷ"],
  ["dh", "ð"],
  ["DH", "Ð"],
  ["th", "þ"],
  ["TH", "Þ"],
  ["ng", "ŋ"],
  ["NG", "Ŋ"],
  // Names.
  ["LaTeX", "LaTeX"],
  ["TeX", "TeX"],
  ["BibTeX", "BibTeX"],
  ["LaTeXe", "LaTeX2e"],
  // Text symbols.
  ["ldots", "…"],
  ["dots", "…"],
  ["cdots", "⋯"],
  ["textellipsis", "…"],
  ["textendash", "–"],
  ["textemdash", "—"],
  ["textquoteleft", "‘"],
  ["textquoteright", "’"],
  ["textquotedblleft", "“"],
  ["textquotedblright", "”"],
  ["textasciitilde", "~"],
  ["textasciicircum", "^"],
  ["textbackslash", "\\"],
  ["textbar", "|"],
  ["textless", "<"],
  ["textgreater", ">"],
  ["textregistered", "®"],
  ["texttrademark", "™"],
  ["textcopyright", "©"],
  ["copyright", "©"],
  ["textbullet", "•"],
  ["textdagger", "†"],
  ["dag", "†"],
  ["dagger", "†"],
  ["ddag", "‡"],
  ["ddagger", "‡"],
  ["S", "§"],
  ["P", "¶"],
  ["pounds", "£"],
  ["euro", "€"],
  ["deg", "°"],
  ["degree", "°"],
  ["textdegree", "°"],
  ["textperthousand", "‰"],
  ["checkmark", "✓"],
  ["textpercent", "%"],
  // Math symbols.
  ["times", "×"],
  ["div", "÷"],
  ["pm", "±"],
  ["mp", "∓"],
  ["cdot", "·"],
  ["sim", "~"],
  ["approx", "≈"],
  ["simeq", "≃"],
  ["cong", "≅"],
  ["propto", "∝"],
  ["le", "≤"],
  ["leq", "≤"],
  ["leqslant", "≤"],
  ["ge", "≥"],
  ["geq", "≥"],
  ["geqslant", "≥"],
  ["ll", "≪"],
  ["gg", "≫"],
  ["ne", "≠"],
  ["neq", "≠"],
  ["equiv", "≡"],
  ["to", "→"],
  ["rightarrow", "→"],
  ["longrightarrow", "⟶"],
  ["leftarrow", "←"],
  ["gets", "←"],
  ["Rightarrow", "⇒"],
  ["Leftarrow", "⇐"],
  ["leftrightarrow", "↔"],
  ["Leftrightarrow", "⇔"],
  ["mapsto", "↦"],
  ["uparrow", "↑"],
  ["downarrow", "↓"],
  ["infty", "∞"],
  ["partial", "∂"],
  ["nabla", "∇"],
  ["sum", "∑"],
  ["prod", "∏"],
  ["int", "∫"],
  ["sqrt", "√"],
  ["in", "∈"],
  ["notin", "∉"],
  ["subset", "⊂"],
  ["subseteq", "⊆"],
  ["supset", "⊃"],
  ["cup", "∪"],
  ["cap", "∩"],
  ["forall", "∀"],
  ["exists", "∃"],
  ["neg", "¬"],
  ["lnot", "¬"],
  ["land", "∧"],
  ["wedge", "∧"],
  ["lor", "∨"],
  ["vee", "∨"],
  ["oplus", "⊕"],
  ["otimes", "⊗"],
  ["odot", "⊙"],
  ["circ", "∘"],
  ["bullet", "•"],
  ["star", "⋆"],
  ["ast", "∗"],
  ["prime", "′"],
  ["ell", "ℓ"],
  ["hbar", "ℏ"],
  ["emptyset", "∅"],
  ["varnothing", "∅"],
  ["langle", "⟨"],
  ["rangle", "⟩"],
  ["lfloor", "⌊"],
  ["rfloor", "⌋"],
  ["lceil", "⌈"],
  ["rceil", "⌉"],
  ["vert", "|"],
  ["lvert", "|"],
  ["rvert", "|"],
  ["mid", "|"],
  ["Vert", "‖"],
  ["|", "‖"],
  ["top", "⊤"],
  ["bot", "⊥"],
  ["perp", "⊥"],
  ["angle", "∠"],
  ["triangle", "△"],
  ["log", "log"],
  ["ln", "ln"],
  ["exp", "exp"],
  ["max", "max"],
  ["min", "min"],
  ["argmax", "argmax"],
  ["argmin", "argmin"],
  ["sin", "sin"],
  ["cos", "cos"],
  ["tan", "tan"],
  ["tanh", "tanh"],
  ["sinh", "sinh"],
  ["cosh", "cosh"],
  ["arg", "arg"],
  ["gcd", "gcd"],
  ["lim", "lim"],
  ["sup", "sup"],
  ["inf", "inf"],
  ["det", "det"],
  ["dim", "dim"],
  ["Pr", "Pr"],
  // Spacing.
  ["quad", " "],
  ["qquad", " "],
  ["enspace", " "],
  ["thinspace", " "],
  ["newline", " "],
  ["linebreak", " "],
  ["par", " "],
  ["space", " "],
  // Escapes and short spacing commands.
  ["%", "%"],
  ["&", "&"],
  ["$", "$"],
  ["#", "#"],
  ["_", "_"],
  ["{", "{"],
  ["}", "}"],
  [" ", " "],
  [",", " "],
  [";", " "],
  [":", " "],
  [">", " "],
  ["\\", " "],
  ["!", ""],
  ["/", ""],
  ["-", ""],
  ["@", ""],
  ["*", ""],
  ...GREEK.map((name) => [name, name] as const),
  ...GREEK.map((name) => [capitalise(name), capitalise(name)] as const),
  ["varepsilon", "epsilon"],
  ["vartheta", "theta"],
  ["varpi", "pi"],
  ["varrho", "rho"],
  ["varsigma", "sigma"],
  ["varphi", "phi"],
  ["digamma", "digamma"],
]);

/** Spelled Greek letters: set off by a space from a letter before them in the same math group. */
const SPELLED = new Set([...GREEK, ...GREEK.map(capitalise)]);

/** Commands dropped with their (optional and one mandatory) arguments: references, notes, layout. */
const DROPPED = new Set([
  "cite",
  "citep",
  "citet",
  "citealp",
  "citealt",
  "citeauthor",
  "citeyear",
  "citenum",
  "nocite",
  "ref",
  "eqref",
  "autoref",
  "cref",
  "Cref",
  "pageref",
  "label",
  "footnote",
  "footnotetext",
  "thanks",
  "vspace",
  "hspace",
  "color",
  "includegraphics",
  "bibitem",
  "index",
  "marginpar",
  "todo",
  "hyperref",
  "setlength",
]);

/** Commands whose first argument is dropped and second kept: `\href{url}{text}`, `\textcolor{red}{text}`. */
const SECOND_ARGUMENT = new Set(["href", "textcolor", "colorbox"]);
/** Commands whose argument is copied verbatim. */
const VERBATIM = new Set(["url", "path", "nolinkurl"]);

const LETTER = /[A-Za-z]/;
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// "$5 and $10": a pair of dollars around prose is not math.
const PROSE = /(?:^|\s)[a-z]{3,}\s/;
const MAX_MATH = 400;

// ---------------------------------------------------------------------------------------------------------
// Decoder

class Decoder {
  private readonly out: string[] = [];
  /** Source span of each decoded UTF-16 unit. */
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private math = false;
  private mathStart = 0;
  private openQuote = false;

  constructor(private readonly src: string) {}

  view(): LatexView {
    while (this.out.length > 0 && this.out[this.out.length - 1] === " ") this.pop();
    const { src, from, to } = this;
    const text = this.out.join("");
    const n = text.length;
    return {
      text,
      identity: false,
      toSource(start, end) {
        const s = Math.max(0, Math.min(start, n));
        const e = Math.max(s, Math.min(end, n));
        const first = s < n ? (from[s] ?? src.length) : src.length;
        let a = s === 0 ? 0 : Math.min(to[s - 1] ?? 0, first);
        while (a < first && SPACE.test(src[a] ?? "")) a++;
        if (e === s) return { start: a, end: a };
        const last = to[e - 1] ?? src.length;
        let b = e < n ? Math.max(from[e] ?? src.length, last) : src.length;
        while (b > last && SPACE.test(src[b - 1] ?? "")) b--;
        return { start: a, end: b };
      },
    };
  }

  /** Appends `text`, every unit of it decoded from `src[a, b)`. */
  private put(text: string, a: number, b: number): void {
    for (let k = 0; k < text.length; k++) {
      const unit = text[k] ?? "";
      if (unit === " " && (this.out.length === 0 || this.out[this.out.length - 1] === " ")) continue;
      this.out.push(unit);
      this.from.push(a);
      this.to.push(b);
    }
  }

  private pop(): void {
    this.out.pop();
    this.from.pop();
    this.to.pop();
  }

  private last(): string {
    return this.out[this.out.length - 1] ?? "";
  }

  /** Decodes `src[i, end)`. */
  run(start: number, end: number): void {
    const src = this.src;
    let i = start;
    while (i < end) {
      const c = src[i] ?? "";
      if (c === "\\") i = this.command(i, end);
      else if (c === "{" || c === "}") i++;
      else if (c === "$") i = this.dollar(i, end);
      else if (c === "~") {
        // A tie between words is a space; after a space or an opening bracket it means "about".
        const prev = src[i - 1] ?? " ";
        this.put(this.math || !(SPACE.test(prev) || prev === "(" || prev === "[") ? " " : "~", i, i + 1);
        i++;
      } else if (c === "`") {
        if (src[i + 1] === "`") {
          this.put("“", i, i + 2);
          this.openQuote = true;
          i += 2;
        } else {
          this.put("‘", i, i + 1);
          i++;
        }
      } else if (c === "'" && src[i + 1] === "'" && this.openQuote) {
        this.put("”", i, i + 2);
        this.openQuote = false;
        i += 2;
      } else if ((c === "_" || c === "^") && this.math) i = this.script(i, end);
      else {
        if (c === '"') this.openQuote = false;
        this.put(SPACE.test(c) ? " " : c, i, i + 1);
        i++;
      }
    }
  }

  /** A `$`: math if a closing `$` follows nearby around something other than prose; else a dollar sign. */
  private dollar(i: number, end: number): number {
    const src = this.src;
    if (this.math) return i + 1; // a stray delimiter inside math
    const display = src[i + 1] === "$";
    const open = display ? 2 : 1;
    const close = closingDollar(src, i + open, Math.min(end, i + open + MAX_MATH), display);
    if (close < 0) {
      this.put("$", i, i + 1);
      return i + 1;
    }
    const inner = src.slice(i + open, close);
    if (!inner.includes("\\") && PROSE.test(inner)) {
      this.put("$", i, i + 1);
      return i + 1;
    }
    this.inMath(i + open, close);
    return close + open;
  }

  private inMath(start: number, end: number): void {
    const [math, mathStart] = [this.math, this.mathStart];
    this.math = true;
    this.mathStart = this.out.length;
    this.run(start, end);
    this.math = math;
    this.mathStart = mathStart;
  }

  /** A `\…` sequence at `i`; returns where decoding continues. */
  private command(i: number, end: number): number {
    const src = this.src;
    let j = i + 1;
    if (j >= end) return end;
    if (LETTER.test(src[j] ?? "")) while (j < end && LETTER.test(src[j] ?? "")) j++;
    else j++;
    const name = src.slice(i + 1, j);

    // Math delimiters.
    if (name === "(" || name === "[") {
      const closer = name === "(" ? "\\)" : "\\]";
      const close = src.indexOf(closer, j);
      if (close < 0 || close > end) return j;
      this.inMath(j, close);
      return close + 2;
    }
    if (name === ")" || name === "]") return j;

    const accent = ACCENTS[name];
    if (accent !== undefined) return this.accent(i, j, end, accent);

    if (DROPPED.has(name)) {
      const after = skipArguments(src, j, end, 1);
      // No space left before the punctuation that followed a citation ("models~\cite{x}." → "models.").
      const next = src[after] ?? "";
      if (this.last() === " " && (next === "" || SPACE.test(next) || /[.,;:!?)\]]/.test(next))) this.pop();
      // Nor empty brackets where the citation was the only thing in them ("models (\cite{x})").
      if ((this.last() === "(" && next === ")") || (this.last() === "[" && next === "]")) {
        this.pop();
        if (this.last() === " ") this.pop();
        return after + 1;
      }
      return after;
    }
    if (SECOND_ARGUMENT.has(name)) return skipArguments(src, j, end, 1);
    if (VERBATIM.has(name)) {
      const k = skipSpaces(src, j, end);
      if (src[k] !== "{") return j;
      const close = matchingBrace(src, k, end);
      if (close < 0) return j;
      for (let p = k + 1; p < close; p++) this.put(src[p] ?? "", p, p + 1);
      return close + 1;
    }

    const symbol = SYMBOLS.get(name);
    if (symbol !== undefined) {
      if (this.math && SPELLED.has(name) && /\p{L}/u.test(this.last()) && this.out.length > this.mathStart)
        this.put(" ", i, i);
      this.put(symbol, i, j);
      return j;
    }
    // Formatting (`\textbf`, `\emph`, `\mathrm`), declarations (`\bf`, `\em`) and unknown commands: the
    // command goes, its argument (if any) is decoded in place because braces are dropped.
    const k = skipStar(src, j, end);
    const arg = skipSpaces(src, k, end);
    return src[arg] === "{" ? arg : k;
  }

  /** `\"u`, `\"{u}`, `\'{\i}`, `\v c`: the base letter with the combining mark, composed. */
  private accent(i: number, j: number, end: number, mark: string): number {
    const src = this.src;
    let k = j;
    if (LETTER.test(src[i + 1] ?? "")) k = skipSpaces(src, k, end);
    let base = "";
    let next = k;
    if (src[k] === "{") {
      const close = matchingBrace(src, k, end);
      if (close < 0) return j;
      base = src.slice(k + 1, close).trim();
      next = close + 1;
    } else if (k < end) {
      base = src[k] ?? "";
      next = k + 1;
      if (base === "\\") {
        let m = next;
        while (m < end && LETTER.test(src[m] ?? "")) m++;
        base = src.slice(k, m);
        next = m;
      }
    }
    if (base === "\\i" || base === "i") base = "i";
    else if (base === "\\j") base = "j";
    else if (base.startsWith("\\")) base = SYMBOLS.get(base.slice(1)) ?? "";
    if (base === "") {
      // A lone accent (`\~{}`): the accent character itself.
      this.put(src[i + 1] === "~" ? "~" : "", i, next);
      return next;
    }
    this.put(`${base}${mark}`.normalize("NFC"), i, next);
    return next;
  }

  /** `_x`, `_{xy}`, `^*`, `^{10}` in math. */
  private script(i: number, end: number): number {
    const src = this.src;
    const kind = src[i];
    const k = skipSpaces(src, i + 1, end);
    let inner: [number, number];
    let next: number;
    if (src[k] === "{") {
      const close = matchingBrace(src, k, end);
      if (close < 0) return i + 1;
      inner = [k + 1, close];
      next = close + 1;
    } else if (src[k] === "\\") {
      let m = k + 1;
      if (LETTER.test(src[m] ?? "")) while (m < end && LETTER.test(src[m] ?? "")) m++;
      else m++;
      inner = [k, m];
      next = m;
    } else {
      if (k >= end) return end;
      inner = [k, k + 1];
      next = k + 1;
    }
    const mark = this.out.length;
    const before = this.last();
    this.run(inner[0], inner[1]);
    const content = this.out.slice(mark).join("").trim();
    if (kind === "^") {
      if (!WORD_CHAR.test(content)) this.truncate(mark);
      else if (/^[\p{N}+\-−]/u.test(content)) this.insert(mark, "^", i, i + 1);
    } else if (content.length > 1 && WORD_CHAR.test(before)) this.insert(mark, " ", i, i + 1);
    return next;
  }

  private truncate(length: number): void {
    while (this.out.length > length) this.pop();
  }

  private insert(at: number, unit: string, a: number, b: number): void {
    this.out.splice(at, 0, unit);
    this.from.splice(at, 0, a);
    this.to.splice(at, 0, b);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Scanning helpers

function skipSpaces(src: string, i: number, end: number): number {
  let k = i;
  while (k < end && SPACE.test(src[k] ?? "")) k++;
  return k;
}

function skipStar(src: string, i: number, end: number): number {
  return i < end && src[i] === "*" ? i + 1 : i;
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function matchingBrace(src: string, open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < end; k++) {
    const c = src[k];
    if (c === "\\") k++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return k;
  }
  return -1;
}

/** Skips a `*`, optional `[…]` arguments and `count` braced arguments after a command name. */
function skipArguments(src: string, i: number, end: number, count: number): number {
  let k = skipStar(src, i, end);
  for (;;) {
    const m = skipSpaces(src, k, end);
    if (src[m] !== "[") break;
    const close = src.indexOf("]", m);
    if (close < 0 || close >= end) break;
    k = close + 1;
  }
  for (let n = 0; n < count; n++) {
    const m = skipSpaces(src, k, end);
    if (src[m] !== "{") break;
    const close = matchingBrace(src, m, end);
    if (close < 0) break;
    k = close + 1;
  }
  return k;
}

/** Index of the `$` (or `$$`) closing math opened before `from`, or -1. */
function closingDollar(src: string, from: number, limit: number, display: boolean): number {
  for (let k = from; k < limit; k++) {
    const c = src[k];
    if (c === "\\") k++;
    else if (c === "$") {
      if (!display) return k;
      if (src[k + 1] === "$") return k;
    }
  }
  return -1;
}
