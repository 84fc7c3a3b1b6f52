// A small element builder: text goes in as text nodes (never as HTML), so data from papers cannot inject markup.

type Child = Node | string | number | null | undefined | false;
type Children = Child | readonly Children[];
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, "").toLowerCase(), value);
    else if (name === "class") element.className = String(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Children[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === "object") parent.appendChild(child as Node);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Resolves once the browser has painted the next frame. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

/** A short line-style sample for legends and panels. */
export function lineSample(colour: string, width: number, dash: number[], label: string): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "34");
  svg.setAttribute("height", "12");
  svg.setAttribute("viewBox", "0 0 34 12");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "line-sample");
  svg.dataset.label = label;
  const line = document.createElementNS(ns, "line");
  line.setAttribute("x1", "1");
  line.setAttribute("y1", "6");
  line.setAttribute("x2", "25");
  line.setAttribute("y2", "6");
  line.setAttribute("stroke", colour);
  line.setAttribute("stroke-width", String(width));
  if (dash.length) line.setAttribute("stroke-dasharray", dash.join(" "));
  const arrow = document.createElementNS(ns, "path");
  arrow.setAttribute("d", "M25 1.5 L33 6 L25 10.5 Z");
  arrow.setAttribute("fill", colour);
  svg.append(line, arrow);
  return svg;
}
