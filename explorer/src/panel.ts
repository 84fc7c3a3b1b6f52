// The side panel's contents: a model, a lineage edge with its evidence, a paper, a vocabulary entry, a relation.

import type { EdgeDetails, ModelDetails, ModelRepo, PaperDetails, PaperSummary, Relation } from "./api.ts";
import { h, lineSample } from "./dom.ts";
import { highlightEvidence } from "./highlight.ts";
import { EDGE_STYLES, type FamilyColour } from "./palette.ts";
import {
  addPage,
  type DerivativesPage,
  emptyList,
  type HfRelation,
  hubUrl,
  nextLabel,
  relationCount,
  relationTo,
  repoFigures,
} from "./repos.ts";

export interface PanelActions {
  /** Draw the lineage around this model. */
  openModel(name: string): void;
  /** Select a model already drawn (or draw it). */
  showModel(key: string, name: string): void;
  showEdge(id: string, childName: string): void;
  /** Fill one side of "How are these related?". */
  relate(slot: 0 | 1, name: string): void;
  colour(family: string | null): FamilyColour;
  /** The next page of a repo's derivatives of one relation (null: the first). */
  derivatives(id: string, relation: HfRelation, after: string | null): Promise<DerivativesPage>;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function familyChip(family: string | null, actions: PanelActions) {
  const colour = actions.colour(family);
  return h(
    "span",
    { class: "chip family-chip", style: `--fill:${colour.fill};--stroke:${colour.stroke}` },
    family ?? "no family",
  );
}

function chips(items: readonly string[], empty: string) {
  return items.length
    ? h(
        "ul",
        { class: "chips" },
        items.map((item) => h("li", { class: "chip" }, item)),
      )
    : h("p", { class: "muted" }, empty);
}

function paperItem(paper: PaperSummary) {
  const authors = paper.authors.map((author) => author.name).join(", ");
  return h(
    "li",
    { class: "paper" },
    h("strong", { class: "paper-title" }, paper.title),
    h("span", { class: "paper-date" }, " · ", h("time", { datetime: paper.date }, paper.date)),
    authors && h("div", { class: "paper-authors" }, authors, paper.authorsTruncated ? " et al." : "", ""),
    paper.organizations.length
      ? h("div", { class: "paper-orgs" }, paper.organizations.map((org) => org.name).join(", "))
      : null,
  );
}

function section(title: string, ...children: (Node | null | false)[]) {
  return h("section", { class: "panel-section" }, h("h3", null, title), ...children);
}

export function modelPanel(model: ModelDetails, actions: PanelActions): HTMLElement {
  const facts: [string, string][] = [];
  if (model.aliases.length) facts.push(["Also known as", model.aliases.join(", ")]);
  facts.push(["Sizes", model.sizes.join(", ") || "not stated"]);
  facts.push(["Tuning", model.tuning.join(", ") || "not stated"]);
  if (model.version) facts.push(["Version", model.version]);
  const link = (key: string, name: string) =>
    h("button", { type: "button", class: "link", onclick: () => actions.showModel(key, name) }, name);
  return h(
    "article",
    { class: "details", "aria-labelledby": "details-title", "data-details": "model", "data-key": model.key },
    h("p", { class: "eyebrow" }, "Model"),
    h("h2", { id: "details-title", tabindex: "-1" }, model.name),
    h("p", null, familyChip(model.family, actions)),
    h(
      "dl",
      { class: "facts" },
      facts.map(([term, value]) => [h("dt", null, term), h("dd", null, value)]),
    ),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", onclick: () => actions.openModel(model.name) }, "Centre here"),
      h(
        "button",
        { type: "button", onclick: () => actions.relate(0, model.name), title: "How are these related?" },
        "Compare as A",
      ),
      h(
        "button",
        { type: "button", onclick: () => actions.relate(1, model.name), title: "How are these related?" },
        "as B",
      ),
    ),
    section(
      "Papers",
      model.introducedIn.length
        ? h("ul", { class: "papers" }, model.introducedIn.map(paperItem))
        : h("p", { class: "muted" }, "No paper in the graph introduces it."),
      model.mentionedIn.length
        ? h(
            "details",
            null,
            h("summary", null, `Also mentioned in ${plural(model.mentionedIn.length, "paper")}`),
            h(
              "ul",
              { class: "papers" },
              model.mentionedIn.map((paper) =>
                h("li", null, paper.title, " · ", h("time", { datetime: paper.date }, paper.date)),
              ),
            ),
          )
        : null,
    ),
    section(
      "Lineage",
      model.parents.length || model.children.length
        ? h(
            "ul",
            { class: "lineage-list" },
            model.parents.map((edge) =>
              h(
                "li",
                null,
                h(
                  "button",
                  { type: "button", class: "link", onclick: () => actions.showEdge(edge.id, model.name) },
                  EDGE_STYLES[edge.type].label,
                ),
                " ",
                link(edge.parent.key, edge.parent.name),
              ),
            ),
            model.children.map((edge) =>
              h(
                "li",
                null,
                link(edge.child.key, edge.child.name),
                " is ",
                h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    onclick: () => actions.showEdge(edge.id, edge.child.name),
                  },
                  EDGE_STYLES[edge.type].label,
                ),
                " it",
              ),
            ),
          )
        : h("p", { class: "muted" }, "No lineage edge."),
    ),
    repoSection(model.repos, actions),
    section(
      "Capabilities",
      chips(
        model.capabilities.map((capability) => capability.name),
        "None stated for this model itself.",
      ),
      model.inheritedCapabilities.length
        ? h(
            "div",
            null,
            h("h4", null, "Inherited"),
            h(
              "ul",
              { class: "inherited" },
              model.inheritedCapabilities.map((inherited) =>
                h(
                  "li",
                  null,
                  h("span", { class: "chip" }, inherited.name),
                  " from ",
                  link(inherited.from.key, inherited.from.name),
                  h("span", { class: "muted" }, ` (${plural(inherited.depth, "generation")} up)`),
                ),
              ),
            ),
          )
        : null,
    ),
    section(
      "Techniques",
      chips(
        model.techniques.map((technique) => technique.name),
        "None stated.",
      ),
    ),
    section(
      "Benchmarks",
      model.benchmarks.length
        ? h(
            "ul",
            { class: "benchmarks" },
            model.benchmarks.map((benchmark) =>
              h(
                "li",
                null,
                benchmark.name,
                benchmark.figure ? h("span", { class: "figure" }, ` ${benchmark.figure}`) : null,
              ),
            ),
          )
        : h("p", { class: "muted" }, "None reported."),
    ),
  );
}

/**
 * A base's derivatives of one relation: a button with the count, which loads them a page at a time ("Show 20
 * more"), so that a base with thousands never draws thousands of boxes at once.
 */
function derivativeGroup(repo: string, relation: HfRelation, count: number, actions: PanelActions) {
  let list = emptyList(count);
  const items = h("ul", { class: "derivative-list", hidden: true });
  const more = h("button", { type: "button", class: "link show-more", hidden: true });
  const problem = h("p", { class: "muted", role: "status", hidden: true });
  const render = () => {
    items.replaceChildren(
      ...list.shown.map((derivative) =>
        h(
          "li",
          { "data-repo": derivative.id },
          h("code", null, derivative.id),
          " ",
          h("span", { class: "muted" }, repoFigures(derivative)),
        ),
      ),
    );
    more.hidden = !list.more;
    more.textContent = nextLabel(list);
  };
  const loadPage = async () => {
    more.disabled = true;
    problem.hidden = true;
    try {
      list = addPage(list, await actions.derivatives(repo, relation, list.after));
      render();
    } catch (error) {
      problem.hidden = false;
      problem.textContent = `Could not load them: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener("click", () => void loadPage());
  const toggle = h(
    "button",
    { type: "button", class: "link group-toggle", "aria-expanded": "false" },
    relationCount(relation, count),
  );
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    items.hidden = !open;
    more.hidden = !open || !list.more;
    if (open && list.shown.length === 0) void loadPage();
  });
  render();
  more.hidden = true;
  return h("li", { class: "derivative-group", "data-relation": relation }, toggle, items, more, problem);
}

function repoItem(repo: ModelRepo, actions: PanelActions) {
  const figures = repoFigures(repo);
  return h(
    "li",
    { class: "repo", "data-repo": repo.id },
    h("code", { class: "repo-id" }, repo.id),
    repo.stub ? h("span", { class: "muted" }, " (only named by another repo)") : null,
    figures ? h("div", { class: "repo-figures muted" }, figures) : null,
    repo.baseModels.length
      ? h(
          "div",
          { class: "repo-base" },
          repo.baseModels.map((base) => relationTo(base.relation, base.repo.id)).join("; "),
        )
      : null,
    h("div", { class: "hub-url" }, hubUrl(repo.id)),
    repo.derivatives.totalCount
      ? h(
          "div",
          { class: "derivatives" },
          "Built on it: ",
          h(
            "ul",
            { class: "derivative-groups" },
            repo.derivatives.byRelation.map((group) =>
              derivativeGroup(repo.id, group.relation, group.count, actions),
            ),
          ),
        )
      : null,
  );
}

function repoSection(repos: readonly ModelRepo[], actions: PanelActions) {
  return section(
    repos.length ? `Hub repos (${repos.length})` : "Hub repos",
    repos.length
      ? h(
          "ul",
          { class: "repo-list" },
          repos.map((repo) => repoItem(repo, actions)),
        )
      : h("p", { class: "muted" }, "No Hugging Face repo imported is a checkpoint of it."),
  );
}

export function edgePanel(edge: EdgeDetails, actions: PanelActions): HTMLElement {
  const look = EDGE_STYLES[edge.type];
  const names = [edge.child.name, ...edge.child.aliases, edge.parent.name, ...edge.parent.aliases];
  return h(
    "article",
    { class: "details", "aria-labelledby": "details-title", "data-details": "edge", "data-edge": edge.id },
    h("p", { class: "eyebrow" }, "Lineage"),
    h(
      "h2",
      { id: "details-title", tabindex: "-1" },
      edge.child.name,
      " ",
      h("span", { class: "edge-type", style: `color:${look.colour}` }, look.label),
      " ",
      edge.parent.name,
    ),
    h(
      "p",
      { class: "edge-description" },
      lineSample(look.colour, look.width, look.dash, look.label),
      ` ${edge.type}: ${look.description}.`,
    ),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { type: "button", onclick: () => actions.showModel(edge.child.key, edge.child.name) },
        edge.child.name,
      ),
      h(
        "button",
        { type: "button", onclick: () => actions.showModel(edge.parent.key, edge.parent.name) },
        edge.parent.name,
      ),
    ),
    section(
      edge.evidence.length === 1 ? "Evidence" : `Evidence (${edge.evidence.length} sentences)`,
      edge.evidence.length
        ? h(
            "ol",
            { class: "evidence-list" },
            edge.evidence.map((evidence) =>
              h(
                "li",
                { class: "evidence" },
                h(
                  "blockquote",
                  { class: "sentence" },
                  highlightEvidence(evidence.sentence, names).map((segment) =>
                    segment.mark ? h("mark", { class: `mark-${segment.mark}` }, segment.text) : segment.text,
                  ),
                ),
                h(
                  "dl",
                  { class: "facts evidence-facts" },
                  h("dt", null, "Paper"),
                  h("dd", null, h("ul", { class: "papers" }, paperItem(evidence.paper))),
                  h("dt", null, "Rule"),
                  h("dd", null, h("code", null, evidence.rule)),
                  h("dt", null, "Confidence"),
                  h(
                    "dd",
                    null,
                    h("meter", {
                      min: 0,
                      max: 1,
                      value: evidence.confidence,
                      "aria-label": "confidence",
                    }),
                    ` ${Math.round(evidence.confidence * 100)}%`,
                  ),
                  h("dt", null, "Where"),
                  h("dd", null, `characters ${evidence.start}–${evidence.end} of the abstract`),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, "No sentence recorded."),
    ),
  );
}

export function paperPanel(paper: PaperDetails): HTMLElement {
  return h(
    "article",
    { class: "details", "aria-labelledby": "details-title", "data-details": "paper" },
    h("p", { class: "eyebrow" }, "Paper"),
    h("h2", { id: "details-title", tabindex: "-1" }, paper.title),
    h("ul", { class: "papers" }, paperItem(paper)),
    paper.category ? h("p", { class: "muted" }, `Category: ${paper.category}`) : null,
    section("Abstract", h("p", { class: "abstract" }, paper.abstract)),
    h("p", { class: "muted" }, "Tip: search for a model this paper introduces to draw its lineage."),
  );
}

export function vocabularyPanel(
  kind: string,
  entry: { name: string; models: { key: string; name: string; family: string | null }[] },
  actions: PanelActions,
): HTMLElement {
  return h(
    "article",
    { class: "details", "aria-labelledby": "details-title", "data-details": "vocabulary" },
    h("p", { class: "eyebrow" }, kind),
    h("h2", { id: "details-title", tabindex: "-1" }, entry.name),
    section(
      `Models (${entry.models.length})`,
      h(
        "ul",
        { class: "model-list" },
        entry.models.map((model) =>
          h(
            "li",
            null,
            h(
              "button",
              { type: "button", class: "link", onclick: () => actions.openModel(model.name) },
              model.name,
            ),
            " ",
            familyChip(model.family, actions),
          ),
        ),
      ),
    ),
  );
}

export function relationPanel(a: string, b: string, relation: Relation, actions: PanelActions): HTMLElement {
  const path = relation.path;
  return h(
    "section",
    { class: "relation-result", "aria-live": "polite", "data-relation": path ? "related" : "unrelated" },
    h("h3", null, `${a} and ${b}`),
    h(
      "p",
      { class: "muted highlight-key" },
      h("span", { class: "key-swatch key-path", "aria-hidden": "true" }),
      " the path ",
      h("span", { class: "key-swatch key-common", "aria-hidden": "true" }),
      " common ancestors (in the graph)",
    ),
    path === null
      ? h("p", null, "No lineage path links them.")
      : path.length === 0
        ? h("p", null, "They are the same model.")
        : h(
            "ol",
            { class: "path-list" },
            path.map((step) =>
              h(
                "li",
                null,
                h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    onclick: () => actions.showEdge(step.id, step.child.name),
                  },
                  `${step.child.name} ${EDGE_STYLES[step.type].label} ${step.parent.name}`,
                ),
              ),
            ),
          ),
    h("h4", null, "Common ancestors"),
    relation.common.length
      ? h(
          "ul",
          { class: "common-list" },
          relation.common.map((common) =>
            h(
              "li",
              null,
              h(
                "button",
                {
                  type: "button",
                  class: "link",
                  onclick: () => actions.showModel(common.model.key, common.model.name),
                },
                common.model.name,
              ),
              h(
                "span",
                { class: "muted" },
                ` — ${plural(common.depthFromA, "generation")} above ${a}, ${plural(common.depthFromB, "generation")} above ${b}`,
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, "None."),
  );
}

export function messagePanel(title: string, text: string, suggestions: string[], actions: PanelActions) {
  return h(
    "article",
    { class: "details", role: "alert", "data-details": "message" },
    h("h2", { id: "details-title", tabindex: "-1" }, title),
    h("p", null, text),
    suggestions.length
      ? h(
          "p",
          null,
          "Did you mean ",
          suggestions.map((name, i) => [
            i ? " or " : "",
            h("button", { type: "button", class: "link", onclick: () => actions.openModel(name) }, name),
          ]),
          "?",
        )
      : null,
  );
}
