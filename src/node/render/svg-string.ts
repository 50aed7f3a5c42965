/**
 * A rendered figure as a standalone SVG file. Serialised here, not with the DOM's outerHTML: the server
 * DOM leaves `<` and `&` unescaped in attribute values, which breaks XML (a profession named `A & B`
 * would make an invalid file). The output is valid XML and valid inline HTML alike.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const ELEMENT = 1;
const TEXT = 3;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function serialise(node: Node): string {
  if (node.nodeType === TEXT) return escapeText(node.textContent ?? '');
  if (node.nodeType !== ELEMENT) return '';
  const element = node as Element;
  const name = element.localName;
  const attributes = Array.from(element.attributes)
    .map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`)
    .join('');
  const children = Array.from(element.childNodes).map(serialise).join('');
  return children ? `<${name}${attributes}>${children}</${name}>` : `<${name}${attributes}/>`;
}

/** The figure's markup with `xmlns`, ready to be written as `.svg` or inlined in HTML. */
export function renderSvg(figure: SVGSVGElement, options: { readonly prologue?: boolean } = {}): string {
  figure.setAttribute('xmlns', SVG_NS);
  const markup = serialise(figure);
  return options.prologue === false ? markup : `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
