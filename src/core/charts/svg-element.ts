/** Creating SVG nodes in whichever document is passed in (linkedom in Node, the page in the browser). */

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attributes = Readonly<Record<string, string | number | null | undefined>>;

/** An SVG element with attributes (null/undefined skipped) and optional text content. */
export function svgElement(
  document: Document,
  tag: string,
  attributes: Attributes = {},
  text?: string,
): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Rounds a pixel coordinate to two decimals so the output is compact and stable. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}
