/** A rendered figure as a standalone SVG file (namespace declared, XML prologue). */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The figure's markup with `xmlns`, ready to be written as `.svg` or inlined in HTML. */
export function renderSvg(figure: SVGSVGElement, options: { readonly prologue?: boolean } = {}): string {
  figure.setAttribute('xmlns', SVG_NS);
  const markup = figure.outerHTML;
  return options.prologue === false ? markup : `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
