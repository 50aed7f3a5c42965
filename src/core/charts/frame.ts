/**
 * The house frame around every plot: title and subtitle above, an optional legend, the plot, notes and
 * the source line below; and the accessibility of the whole: `role="img"`, `<title>`, `<desc>` and the
 * style sheet with the palette. Figures lay the frame out first (to know the plot's margins), let Plot
 * draw, then call {@link finishFigure}.
 */
import type { FigureSpec } from './figure-spec.js';
import { AXIS_GROUP_NAMES } from '../text/chart-text.js';
import { paletteCss } from './palette.js';
import { px, svgElement } from './svg-element.js';
import { wrapText } from './text-width.js';

/** Font sizes in pixels; nothing below 12, since figures are drawn at the width they are shown. */
export const FONT = { title: 17, subtitle: 13, body: 12, note: 12 } as const;
export const FONT_FAMILY = 'system-ui, "DejaVu Sans", sans-serif';
/** Line height as a multiple of the font size. */
const LEADING = 1.3;
/** Outer padding of the figure in pixels. */
export const PAD = 12;
/** Root class; the palette's rules hang under it. */
export const ROOT_CLASS = 'wb-figure';
const GAP = 10;

interface Line {
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  /** Baseline y in pixels. */
  readonly y: number;
}

export interface FrameLayout {
  readonly width: number;
  readonly height: number;
  /** Top of the area given to Plot's margins (the plot's own marginTop starts here). */
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly legendTop: number;
  readonly lines: readonly Line[];
}

export interface FrameSizes {
  readonly width: number;
  /** Height of the plot including its axes. */
  readonly plotHeight: number;
  readonly legendHeight?: number;
}

function block(texts: readonly string[], size: number, bold: boolean, width: number, top: number) {
  const lines: Line[] = [];
  let y = top;
  for (const text of texts) {
    for (const line of wrapText(text, width - 2 * PAD, size, bold)) {
      y += size * LEADING;
      lines.push({ text: line, size, bold, y: y - size * (LEADING - 1) - size * 0.2 });
    }
  }
  return { lines, bottom: y };
}

export function layoutFrame(spec: FigureSpec, sizes: FrameSizes): FrameLayout {
  const { width } = sizes;
  const title = block([spec.title], FONT.title, true, width, PAD);
  const subtitle = block([spec.subtitle], FONT.subtitle, false, width, title.bottom + 2);
  const legendTop = subtitle.bottom + GAP;
  const plotTop = legendTop + (sizes.legendHeight ?? 0) + (sizes.legendHeight ? GAP : 0);
  const plotBottom = plotTop + sizes.plotHeight;
  const notes = block(spec.notes, FONT.note, false, width, plotBottom + GAP);
  const source = block([spec.source], FONT.note, false, width, notes.bottom + 2);
  return {
    width,
    height: Math.ceil(source.bottom + PAD),
    plotTop,
    plotBottom,
    legendTop,
    lines: [...title.lines, ...subtitle.lines, ...notes.lines, ...source.lines],
  };
}

/** The style sheet of every figure: layout and the palette in light and dark mode. */
export function figureStyles(): string {
  return `.${ROOT_CLASS} { display: block; height: auto; max-width: 100%; }\n.${ROOT_CLASS} text { white-space: pre; }\n${paletteCss(ROOT_CLASS)}`;
}

/**
 * Turns Plot's SVG into the figure: fixes size and fonts, replaces Plot's style with the palette, adds
 * the frame's texts, `<title>`, `<desc>` and ARIA, and gives Plot's generated ids stable names.
 */
export function finishFigure(
  svg: SVGSVGElement,
  spec: FigureSpec,
  layout: FrameLayout,
  options: { readonly document: Document; readonly idPrefix: string },
): SVGSVGElement {
  const { document, idPrefix } = options;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  svg.setAttribute('class', ROOT_CLASS);
  svg.setAttribute('width', String(layout.width));
  svg.setAttribute('height', String(layout.height));
  svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('font-size', String(FONT.body));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', titleId);
  svg.setAttribute('aria-describedby', descId);
  svg.setAttribute('data-figure', spec.id);
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();

  renumberIds(svg, idPrefix);
  labelGroups(svg);

  const texts = svgElement(document, 'g', {
    'aria-hidden': 'true',
    class: 'wb-frame',
    'text-anchor': 'start',
  });
  for (const line of layout.lines) {
    texts.append(
      svgElement(
        document,
        'text',
        { x: PAD, y: px(line.y), 'font-size': line.size, 'font-weight': line.bold ? 'bold' : null },
        line.text,
      ),
    );
  }
  const style = svgElement(document, 'style', {}, figureStyles());
  svg.prepend(
    svgElement(document, 'title', { id: titleId }, spec.title),
    svgElement(document, 'desc', { id: descId }, spec.description),
    style,
    texts,
  );
  return svg;
}

/**
 * Plot names its groups in English ("dot", "x-axis tick label"). A mark given `ariaDescription` is
 * named by it instead; axes get Dutch names; other groups keep no name rather than an English one.
 */
function labelGroups(svg: SVGSVGElement): void {
  for (const group of Array.from(svg.querySelectorAll('g[aria-label], g[aria-description]'))) {
    const description = group.getAttribute('aria-description');
    const plotName = group.getAttribute('aria-label') ?? '';
    const name = description ?? AXIS_GROUP_NAMES[plotName];
    group.removeAttribute('aria-description');
    if (name) {
      // aria-label needs a role to be allowed on a <g>.
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', name);
    } else {
      group.removeAttribute('aria-label');
    }
  }
}

/** Plot numbers its clip paths from a global counter; rename them after the figure. */
function renumberIds(svg: SVGSVGElement, idPrefix: string): void {
  const renamed = new Map<string, string>();
  for (const node of Array.from(svg.querySelectorAll('[id]'))) {
    const id = node.getAttribute('id');
    if (id === null) continue;
    const next = `${idPrefix}-${renamed.size + 1}`;
    renamed.set(id, next);
    node.setAttribute('id', next);
  }
  if (renamed.size === 0) return;
  for (const node of Array.from(svg.querySelectorAll('[clip-path], [mask], [fill], [href]'))) {
    for (const attribute of ['clip-path', 'mask', 'fill', 'href']) {
      const value = node.getAttribute(attribute);
      if (!value) continue;
      const match = /url\(#([^)]+)\)|^#(.+)$/.exec(value);
      const target = match ? renamed.get(match[1] ?? match[2] ?? '') : undefined;
      if (target) node.setAttribute(attribute, value.startsWith('#') ? `#${target}` : `url(#${target})`);
    }
  }
}
