/**
 * Labels for a set of dots in a plot with linear x and y scales: wraps each name, places the labels
 * without overlap (see label-placement.ts) and returns them in data coordinates, ready for Plot's text
 * and link marks, so what is tested in pixels is what Plot draws.
 */
import { compareNames } from '../contract/names.js';
import { nearestPoint, placeLabels, type Box } from './label-placement.js';
import { linearScale, type Domain } from './linear-scale.js';
import type { PlotArea } from './plot-figure.js';
import { hyphenateWord, textWidth, wrapText } from './text-width.js';
import { itemAt } from '../contract/item-at.js';

export const LABEL_SIZE = 12;
/** Line height of a label as a multiple of its font size. */
export const LABEL_LINE = 1.15;
/** Labels wrap at this share of the frame's width, at most 150 pixels. */
const LABEL_WRAP_SHARE = 0.24;
const LABEL_WRAP_MAX = 150;
/** …and at least this wide, so a narrow figure does not stack a name word by word. */
const LABEL_WRAP_MIN = 110;
/** Labels keep this many pixels from the edge of their region (a split line). */
const REGION_GAP = 2;
/** A label takes at most this share of its region's width, leaving room beside the dots near its edge. */
const REGION_SHARE = 0.75;
/** Lines of a label that found no place at its full length, on the second try. */
const RETRY_LINES = 1;

export interface DotLabelInput {
  readonly key: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface DotLabel {
  readonly key: string;
  /** Label text with `\n` between lines. */
  readonly text: string;
  /** Centre of the label in data coordinates. */
  readonly x: number;
  readonly y: number;
  /** Box in figure pixels. */
  readonly box: Box;
  /** Leader line from the dot to the label's nearest point, data coordinates; null when beside it. */
  readonly leader: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  } | null;
}

export interface DotLabelLayout {
  readonly placed: readonly DotLabel[];
  /** Keys of dots whose label found no free place. */
  readonly unplaced: readonly string[];
  /** Keys of dots left unlabelled on purpose (a narrow figure labels a selection). */
  readonly skipped: readonly string[];
}

/** A rectangle in data coordinates: x from–to, y from–to. */
export interface DataRegion {
  readonly x: Domain;
  readonly y: Domain;
}

export interface LabelDotsOptions {
  readonly radius: number;
  readonly obstacles?: readonly Box[];
  /** Keys to label, in order of importance; default every dot. The others stay unlabelled. */
  readonly select?: readonly string[] | undefined;
  /** The area a dot's label must stay in (its quadrant), in data coordinates. */
  readonly region?: (dot: DotLabelInput) => DataRegion;
  /** Key placed first (the reader's profession). */
  readonly first?: string | undefined;
  /** At most this many lines per label; a longer name ends in "…" (its tooltip has it whole). */
  readonly maxLines?: number | undefined;
}

function shorten(lines: string[], maxLines: number | undefined, width: number): string[] {
  if (maxLines === undefined) return lines;
  // A long compound on a line of its own is hyphenated when the label then keeps its lines
  // ("Doktersas-" / "sistenten" rather than "Doktersassist…").
  const hyphenated = lines.flatMap((line) =>
    line.includes(' ') ? [line] : hyphenateWord(line, width, LABEL_SIZE),
  );
  if (hyphenated.length <= maxLines) lines = hyphenated;
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  // A single word wider than the label (a long compound) is cut too.
  return kept.map((line) => {
    let cut = line;
    while (cut.length > 1 && textWidth(cut, LABEL_SIZE) > width)
      cut = `${cut.replace(/…$/, '').slice(0, -1)}…`;
    return cut;
  });
}

export function labelDots(
  all: readonly DotLabelInput[],
  scales: { readonly x: Domain; readonly y: Domain; readonly frame: PlotArea },
  options: LabelDotsOptions,
): DotLabelLayout {
  const { frame } = scales;
  const x = linearScale(scales.x, [frame.left, frame.right]);
  const y = linearScale(scales.y, [frame.bottom, frame.top]);
  const chosen = options.select ? new Set(options.select) : null;
  const dots = chosen ? all.filter((d) => chosen.has(d.key)) : all;
  const skipped = chosen ? all.filter((d) => !chosen.has(d.key)) : [];
  const wrap = Math.min(
    LABEL_WRAP_MAX,
    Math.max(LABEL_WRAP_MIN, (frame.right - frame.left) * LABEL_WRAP_SHARE),
  );
  const { region } = options;
  const regionBox = (regionOf: NonNullable<typeof region>, d: DotLabelInput): Box => {
    const r = regionOf(d);
    const [x0, x1] = [x(r.x[0]), x(r.x[1])];
    const [y0, y1] = [y(r.y[0]), y(r.y[1])];
    return {
      left: Math.min(x0, x1) + REGION_GAP,
      right: Math.max(x0, x1) - REGION_GAP,
      top: Math.min(y0, y1) + REGION_GAP,
      bottom: Math.max(y0, y1) - REGION_GAP,
    };
  };
  // A label never is wider than the region it must stay in (a narrow quadrant).
  const wrapOf = (d: DotLabelInput) => {
    if (!region) return wrap;
    const box = regionBox(region, d);
    const share = options.maxLines === undefined ? 1 : REGION_SHARE;
    return Math.max(LABEL_SIZE, Math.min(wrap, (box.right - box.left) * share - 4));
  };
  const layout = (maxLinesOf: (key: string) => number | undefined) => {
    const lines = dots.map((d) =>
      shorten(wrapText(d.text, wrapOf(d), LABEL_SIZE), maxLinesOf(d.key), wrapOf(d)),
    );
    const placements = placeLabels(
      dots.map((d, i) => ({
        x: x(d.x),
        y: y(d.y),
        width: Math.max(...itemAt(lines, i).map((line) => textWidth(line, LABEL_SIZE))) + 2,
        height: itemAt(lines, i).length * LABEL_SIZE * LABEL_LINE,
        key: d.key,
      })),
      {
        frame,
        radius: options.radius,
        padding: 1,
        obstacles: options.obstacles ?? [],
        ...(region ? { regions: dots.map((d) => regionBox(region, d)) } : {}),
        unlabelled: skipped.map((d) => ({ x: x(d.x), y: y(d.y) })),
        ...(options.first ? { first: options.first } : {}),
      },
    );
    return { lines, placements };
  };
  // The reader's profession keeps its whole name where it finds a place; the others are cut to
  // `maxLines`. A label that found no place tries again one step shorter: whole → `maxLines` → one
  // line ("…"; its tooltip has it whole).
  const { first, maxLines } = options;
  const limit = new Map<string, number | undefined>(
    dots.map((d) => [d.key, d.key === first ? undefined : maxLines]),
  );
  const shorter = (current: number | undefined): number =>
    current === undefined && maxLines !== undefined ? maxLines : RETRY_LINES;
  let { lines, placements } = layout((key) => limit.get(key));
  for (let round = 0; round < 2; round++) {
    const homeless = dots
      .filter((_, i) => !itemAt(placements, i).box)
      .map((d) => d.key)
      .filter((key) => limit.get(key) !== RETRY_LINES);
    if (homeless.length === 0) break;
    for (const key of homeless) limit.set(key, shorter(limit.get(key)));
    ({ lines, placements } = layout((key) => limit.get(key)));
  }
  const placed: DotLabel[] = [];
  const unplaced: string[] = [];
  dots.forEach((d, i) => {
    const { box, leader } = itemAt(placements, i);
    if (!box) {
      unplaced.push(d.key);
      return;
    }
    const [ex, ey] = nearestPoint({ x: x(d.x), y: y(d.y) }, box);
    placed.push({
      key: d.key,
      text: itemAt(lines, i).join('\n'),
      x: x.invert((box.left + box.right) / 2),
      y: y.invert((box.top + box.bottom) / 2),
      box,
      leader: leader ? { x1: d.x, y1: d.y, x2: x.invert(ex), y2: y.invert(ey) } : null,
    });
  });
  // A selection is best effort: a chosen label that finds no place is skipped, except the first.
  if (chosen) {
    const dropped = unplaced.filter((key) => key !== options.first);
    return {
      placed,
      unplaced: unplaced.filter((key) => key === options.first),
      skipped: [...skipped.map((d) => d.key), ...dropped],
    };
  }
  return { placed, unplaced, skipped: skipped.map((d) => d.key) };
}

/**
 * The labels a narrow figure can carry: the reader's profession first, then the dots furthest from the
 * centre (the extremes a reader looks for), at most `count` in all, in that order.
 */
export function extremeKeys(
  dots: readonly DotLabelInput[],
  centre: { readonly x: number; readonly y: number },
  spread: { readonly x: number; readonly y: number },
  count: number,
  first?: string,
): string[] {
  const distance = (d: DotLabelInput) =>
    Math.hypot((d.x - centre.x) / (spread.x || 1), (d.y - centre.y) / (spread.y || 1));
  const ranked = [...dots]
    .filter((d) => d.key !== first)
    .sort((a, b) => distance(b) - distance(a) || compareNames(a.key, b.key))
    .map((d) => d.key);
  const head = first && dots.some((d) => d.key === first) ? [first] : [];
  return [...head, ...ranked].slice(0, Math.max(count, head.length));
}
