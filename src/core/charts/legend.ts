/**
 * A legend of swatches with text, flowed into rows that fit the figure's width. Decoration only
 * (`aria-hidden`): the description and the data table say the same in words.
 */
import { FONT, PAD } from './frame.js';
import { px, svgElement, type Attributes } from './svg-element.js';
import { textWidth } from './text-width.js';

export interface LegendItem {
  /** Swatch element name (`circle`, `rect`, `path`) and its attributes, centred on (0, 0). */
  readonly swatch: { readonly tag: string; readonly attributes: Attributes };
  readonly text: string;
}

const ROW = 20;
const SWATCH = 14;
const GAP = 18;

interface Placed {
  readonly item: LegendItem;
  readonly x: number;
  readonly y: number;
}

function flow(items: readonly LegendItem[], width: number): { placed: Placed[]; height: number } {
  const placed: Placed[] = [];
  let x = PAD;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + 5 + textWidth(item.text, FONT.note);
    if (x > PAD && x + w > width - PAD) {
      row++;
      x = PAD;
    }
    placed.push({ item, x, y: row * ROW + ROW / 2 });
    x += w + GAP;
  }
  return { placed, height: items.length === 0 ? 0 : (row + 1) * ROW };
}

export function legendHeight(items: readonly LegendItem[], width: number): number {
  return flow(items, width).height;
}

export function drawLegend(
  group: SVGGElement,
  document: Document,
  items: readonly LegendItem[],
  width: number,
) {
  group.setAttribute('aria-hidden', 'true');
  group.setAttribute('font-size', String(FONT.note));
  group.setAttribute('class', 'wb-legend');
  for (const { item, x, y } of flow(items, width).placed) {
    const swatch = svgElement(document, 'g', { transform: `translate(${px(x + SWATCH / 2)},${px(y)})` });
    swatch.append(svgElement(document, item.swatch.tag, item.swatch.attributes));
    group.append(
      swatch,
      svgElement(
        document,
        'text',
        { x: px(x + SWATCH + 5), y: px(y), dy: '0.32em', 'text-anchor': 'start' },
        item.text,
      ),
    );
  }
}
