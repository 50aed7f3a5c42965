/**
 * Deterministic label placement for labelled dots (greedy, in pixel space). Each label tries candidate
 * boxes around its dot — right and left first, then above and below, then the diagonals — at growing
 * distances, and takes the first box that stays inside the frame and touches no placed label, no dot
 * and no leader line. A label further than `LEADER_FROM` from its dot gets a leader line. Crowded dots
 * go first, so the open space is left to the dots that can use it. A label that finds no box is left
 * out (`box: null`); the figure's data table still names every profession. A label may be held inside
 * a region (the quadrant of its dot), so it never sits across a split line from its dot.
 */
import { itemAt } from '../contract/item-at.js';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface LabelRequest {
  /** Dot centre in pixels. */
  readonly x: number;
  readonly y: number;
  /** Label size in pixels (estimated text width and line height). */
  readonly width: number;
  readonly height: number;
  /** Tie-breaker for a stable order. */
  readonly key: string;
}

export interface PlacedLabel {
  readonly key: string;
  /** The label box, or null when no free place was found. */
  readonly box: Box | null;
  /** True when the box is far enough from its dot to need a leader line. */
  readonly leader: boolean;
}

export interface PlacementOptions {
  readonly frame: Box;
  /** Dot radius in pixels. */
  readonly radius: number;
  /** Free space kept around each box. */
  readonly padding?: number;
  /** Boxes already taken (other texts in the plot). */
  readonly obstacles?: readonly Box[];
  /** Per request (same order), the area its label must stay inside (its dot's quadrant); default the frame. */
  readonly regions?: readonly Box[];
  /** Dots drawn without a label: no label may cover them either. */
  readonly unlabelled?: readonly { readonly x: number; readonly y: number }[];
  /** Key of the label placed first in every order (the reader's profession). */
  readonly first?: string;
}

/** Gaps between a dot's edge and its label, in pixels, tried in order. */
const DISTANCES = [2, 6, 12, 20, 30, 42, 56, 72, 90, 110, 135];
/** Labels further than this from their dot get a leader line. */
const LEADER_FROM = 12;
/** Directions as unit offsets, in order of preference. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0.5, -1],
  [-0.5, -1],
  [0.5, 1],
  [-0.5, 1],
];
/** Radius around a dot within which other dots count as neighbours (crowding order). */
const NEIGHBOURHOOD = 40;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function circleTouchesBox(x: number, y: number, r: number, box: Box): boolean {
  const dx = x - Math.max(box.left, Math.min(x, box.right));
  const dy = y - Math.max(box.top, Math.min(y, box.bottom));
  return dx * dx + dy * dy < r * r;
}

/** The distance from point (px,py) to the segment (x1,y1)–(x2,y2). */
function distanceToSegment(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/**
 * Whether a leader line from the dot at (cx,cy) of radius `radius` to (x2,y2), drawn from the dot's
 * edge, passes within `radius + padding` of another dot: it would seem to be that dot's label.
 */
export function leaderPassesDot(
  cx: number,
  cy: number,
  x2: number,
  y2: number,
  radius: number,
  dot: { readonly x: number; readonly y: number },
  padding = 0,
): boolean {
  const length = Math.hypot(x2 - cx, y2 - cy);
  if (length <= radius) return false;
  const x1 = cx + ((x2 - cx) * radius) / length;
  const y1 = cy + ((y2 - cy) * radius) / length;
  return distanceToSegment(dot.x, dot.y, x1, y1, x2, y2) < radius + padding;
}

/** Whether segment (x1,y1)–(x2,y2) crosses the box (Liang–Barsky clipping). */
function segmentTouchesBox(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function candidateBox(
  request: LabelRequest,
  [ux, uy]: readonly [number, number],
  gap: number,
  radius: number,
) {
  const reach = radius + gap;
  // Diagonals keep the box corner on the 45° line; straight directions centre the box on the axis.
  const cx = request.x + ux * (reach + request.width / 2);
  const cy = request.y + uy * (reach + request.height / 2);
  return {
    left: cx - request.width / 2,
    right: cx + request.width / 2,
    top: cy - request.height / 2,
    bottom: cy + request.height / 2,
  };
}

function inside(box: Box, frame: Box): boolean {
  return (
    box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom
  );
}

function grow(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

/** Step of the grid of last-resort positions, in pixels. */
const GRID = 6;

/** Boxes of the label's size on a grid over the frame, nearest to the dot first. */
function gridBoxes(request: LabelRequest, frame: Box): Box[] {
  const boxes: { box: Box; d: number }[] = [];
  for (let left = frame.left; left + request.width <= frame.right; left += GRID) {
    for (let top = frame.top; top + request.height <= frame.bottom; top += GRID) {
      const box = { left, top, right: left + request.width, bottom: top + request.height };
      boxes.push({ box, d: distanceToBox(request.x, request.y, box) });
    }
  }
  return boxes
    .sort((a, b) => a.d - b.d || a.box.top - b.box.top || a.box.left - b.box.left)
    .map((b) => b.box);
}

/** Distance from a point to the nearest point of a box (0 inside). */
function distanceToBox(x: number, y: number, box: Box): number {
  const [nx, ny] = nearestPoint({ x, y }, box);
  return Math.hypot(x - nx, y - ny);
}

interface Attempt {
  readonly labels: Map<number, PlacedLabel>;
  readonly unplaced: number;
  /** Leader lines that pass through another dot (placed so only where nothing else was free). */
  readonly crossings: number;
  readonly distance: number;
}

function attempt(
  requests: readonly LabelRequest[],
  order: readonly number[],
  options: PlacementOptions,
): Attempt {
  const { frame, radius } = options;
  const padding = options.padding ?? 1;
  const dots: readonly { readonly x: number; readonly y: number }[] = [
    ...requests,
    ...(options.unlabelled ?? []),
  ];
  const placed: Box[] = [...(options.obstacles ?? [])];
  const leaders: [number, number, number, number][] = [];
  const labels = new Map<number, PlacedLabel>();
  let unplaced = 0;
  let crossings = 0;
  let distance = 0;
  for (const i of order) {
    const request = itemAt(requests, i);
    const region = options.regions?.[i] ?? frame;
    let chosen: PlacedLabel = { key: request.key, box: null, leader: false };
    const take = (box: Box, gap: number, strict: boolean): boolean => {
      const padded = grow(box, padding);
      if (!inside(box, frame) || !inside(box, region)) return false;
      if (placed.some((other) => boxesOverlap(padded, other))) return false;
      if (dots.some((dot) => circleTouchesBox(dot.x, dot.y, radius + padding, box))) return false;
      if (leaders.some(([x1, y1, x2, y2]) => segmentTouchesBox(x1, y1, x2, y2, padded))) return false;
      // A label nearer to another dot than to its own needs a leader line to say whose it is.
      const own = distanceToBox(request.x, request.y, box);
      const confusable = dots.some((dot) => dot !== request && distanceToBox(dot.x, dot.y, box) < own);
      const leader = gap > LEADER_FROM || confusable;
      const end = leader ? nearestPoint(request, box) : null;
      if (end && placed.some((other) => segmentTouchesBox(request.x, request.y, end[0], end[1], other)))
        return false;
      // A leader line through another dot would seem to say the label is that dot's: avoided where
      // any other spot is free (the strict pass), allowed only as the last resort.
      // Measured from the edge of its own dot, so a neighbour overlapping that dot does not count.
      const crosses =
        end !== null &&
        dots.some(
          (dot) =>
            dot !== request && leaderPassesDot(request.x, request.y, end[0], end[1], radius, dot, padding),
        );
      if (strict && crosses) return false;
      placed.push(box);
      if (end) leaders.push([request.x, request.y, end[0], end[1]]);
      if (crosses) crossings++;
      chosen = { key: request.key, box, leader };
      distance += gap;
      return true;
    };
    search: for (const strict of [true, false]) {
      for (const gap of DISTANCES) {
        for (const direction of DIRECTIONS) {
          if (take(candidateBox(request, direction, gap, radius), gap, strict)) break search;
        }
      }
      // Then any free spot in the frame, nearest first, with a leader line.
      for (const box of gridBoxes(request, region)) {
        if (take(box, LEADER_FROM + distanceToBox(request.x, request.y, box), strict)) break search;
      }
    }
    if (!chosen.box) unplaced++;
    labels.set(i, chosen);
  }
  return { labels, unplaced, crossings, distance };
}

/**
 * Places every label; tries a few deterministic orders (crowded first, then left to right, right to
 * left, top down, bottom up) and keeps the one that leaves fewest labels out, then the one with fewest
 * leader lines through another dot, then the tightest.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const crowding = requests.map(
    (a) => requests.filter((b) => b !== a && Math.hypot(a.x - b.x, a.y - b.y) < NEIGHBOURHOOD).length,
  );
  const byKey = (i: number, j: number) => (itemAt(requests, i).key < itemAt(requests, j).key ? -1 : 1);
  const indices = requests.map((_, i) => i);
  const firstOf = (order: number[]) => {
    const at = order.findIndex((i) => itemAt(requests, i).key === options.first);
    return at <= 0 ? order : [itemAt(order, at), ...order.slice(0, at), ...order.slice(at + 1)];
  };
  const orders = [
    [...indices].sort((i, j) => itemAt(crowding, j) - itemAt(crowding, i) || byKey(i, j)),
    [...indices].sort((i, j) => itemAt(requests, i).x - itemAt(requests, j).x || byKey(i, j)),
    [...indices].sort((i, j) => itemAt(requests, j).x - itemAt(requests, i).x || byKey(i, j)),
    [...indices].sort((i, j) => itemAt(requests, i).y - itemAt(requests, j).y || byKey(i, j)),
    [...indices].sort((i, j) => itemAt(requests, j).y - itemAt(requests, i).y || byKey(i, j)),
  ].map(firstOf);
  let best: Attempt | null = null;
  for (const order of orders) {
    const next = attempt(requests, order, options);
    if (
      !best ||
      next.unplaced < best.unplaced ||
      (next.unplaced === best.unplaced && next.crossings < best.crossings) ||
      (next.unplaced === best.unplaced && next.crossings === best.crossings && next.distance < best.distance)
    )
      best = next;
    if (best.unplaced === 0 && best.crossings === 0 && best.distance === 0) break;
  }
  if (!best) throw new Error('label placement tried no order');
  const { labels } = best;
  return requests.map((_, i) => {
    const label = labels.get(i);
    if (!label) throw new Error(`label ${i} has no placement`);
    return label;
  });
}

/** The point of `box` nearest to the dot: where its leader line ends. */
export function nearestPoint(dot: { readonly x: number; readonly y: number }, box: Box): [number, number] {
  return [Math.max(box.left, Math.min(dot.x, box.right)), Math.max(box.top, Math.min(dot.y, box.bottom))];
}
