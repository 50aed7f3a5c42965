/**
 * The label checks of the quadrant plot and the scatters, for label-geometry.test.ts (every width, every
 * profession highlighted at the narrow widths, the most crowded ones at 720 px) and for the long run in
 * test/fuzz/label-geometry.test.ts (every profession highlighted at 720 px, `npm run fuzz`).
 */
import { expect } from 'vitest';
import { FIGURE_WIDTHS } from '../../../src/core/charts/figure-spec.js';
import { boxesOverlap, leaderPassesDot, type Box } from '../../../src/core/charts/label-placement.js';
import { linearScale } from '../../../src/core/charts/linear-scale.js';
import { quadrantGeometry } from '../../../src/core/charts/quadrant-plot.js';
import { scatterGeometry } from '../../../src/core/charts/scatter.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

export const result = await exampleAnalysis();
export const names = result.professions.map((p) => p.name);

/** A layout to check: a width, and the profession highlighted in it (none: the plain figure). */
export interface LabelCase {
  readonly width: number;
  readonly highlight: string | undefined;
}

/** The plain figure at every width the site draws. */
export const PLAIN: readonly LabelCase[] = FIGURE_WIDTHS.map((width) => ({ width, highlight: undefined }));

/** Every profession highlighted at each of `widths`. */
export function highlighted(widths: readonly number[], professions: readonly string[] = names): LabelCase[] {
  return widths.flatMap((width) => professions.map((highlight) => ({ width, highlight })));
}

/**
 * The `count` professions whose dots lie closest to another dot in the quadrant plot (indices scaled to
 * their ranges): where a highlighted label has the least room, so the hardest cases of a sweep.
 */
export function crowdedProfessions(count: number): string[] {
  const ps = result.professions;
  const span = (values: number[]) => Math.max(...values) - Math.min(...values) || 1;
  const rx = span(ps.map((p) => p.resources));
  const ry = span(ps.map((p) => p.demands));
  const nearest = ps.map((p) => ({
    name: p.name,
    distance: Math.min(
      ...ps
        .filter((q) => q !== p)
        .map((q) => Math.hypot((p.resources - q.resources) / rx, (p.demands - q.demands) / ry)),
    ),
  }));
  return nearest
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : 1))
    .slice(0, count)
    .map((p) => p.name);
}

function touchesDot(box: Box, x: number, y: number, r: number): boolean {
  const dx = x - Math.max(box.left, Math.min(x, box.right));
  const dy = y - Math.max(box.top, Math.min(y, box.bottom));
  return dx * dx + dy * dy < r * r;
}

function checkLabels(boxes: readonly Box[], dots: readonly { x: number; y: number }[], radius: number) {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
    for (const dot of dots) expect(touchesDot(boxes[i]!, dot.x, dot.y, radius)).toBe(false);
  }
}

/**
 * Quadrant plot: labels apart, off the dots, in their dot's quadrant, no leader line through another
 * dot (from the edge of its own); the highlighted one placed.
 */
export function checkQuadrantLabels(cases: readonly LabelCase[]): void {
  for (const { width, highlight } of cases) {
    const g = quadrantGeometry(result, width, highlight);
    const x = linearScale(g.xDomain, [g.frame.left, g.frame.right]);
    const y = linearScale(g.yDomain, [g.frame.bottom, g.frame.top]);
    const dots = result.professions.map((p) => ({ x: x(p.resources), y: y(p.demands), p }));
    const splitX = x(result.medians.resources);
    const splitY = y(result.medians.demands);
    checkLabels(
      g.labels.placed.map((l) => l.box),
      dots,
      g.dotRadius,
    );
    for (const label of g.labels.placed) {
      const { p } = dots.find((d) => d.p.name === label.key)!;
      const right = p.quadrant === 3 || p.quadrant === 4;
      const top = p.quadrant === 2 || p.quadrant === 4;
      const where = `${label.key} at ${width}px${highlight ? `, ${highlight} highlighted` : ''}`;
      expect(right ? label.box.left >= splitX : label.box.right <= splitX, where).toBe(true);
      expect(top ? label.box.bottom <= splitY : label.box.top >= splitY, where).toBe(true);
      for (const corner of g.cornerBoxes) expect(boxesOverlap(label.box, corner), where).toBe(false);
    }
    // No leader line passes through another profession's dot (it would seem to be that dot's label).
    for (const label of g.labels.placed) {
      if (!label.leader) continue;
      // The leader is in data units; the dots in pixels.
      const [cx, cy, x2, y2] = [
        x(label.leader.x1),
        y(label.leader.y1),
        x(label.leader.x2),
        y(label.leader.y2),
      ];
      const through = dots
        .filter((d) => d.p.name !== label.key && leaderPassesDot(cx, cy, x2, y2, g.dotRadius, d))
        .map((d) => d.p.name);
      expect(through, `leader of ${label.key} at ${width}px${highlight ? `, ${highlight}` : ''}`).toEqual([]);
    }
    if (width >= 600) expect(g.labels.skipped).toEqual([]);
    if (highlight) expect(g.labels.placed.map((l) => l.key)).toContain(highlight);
    expect(g.labels.unplaced, `${width}px, ${highlight ?? 'no highlight'}`).toEqual([]);
  }
}

export const SCATTERS = [
  ['resources', 'tevreden_organisatie'],
  ['demands', 'tevreden_organisatie'],
  ['resources', 'tevreden_werk'],
  ['demands', 'tevreden_werk'],
] as const;

/** A scatter: labels apart and off the dots, the highlighted one always named. */
export function checkScatterLabels(
  [index, outcome]: (typeof SCATTERS)[number],
  cases: readonly LabelCase[],
): void {
  for (const { width, highlight } of cases) {
    const g = scatterGeometry(result, index, outcome, width, highlight);
    const x = linearScale(g.xDomain, [g.frame.left, g.frame.right]);
    const y = linearScale(g.yDomain, [g.frame.bottom, g.frame.top]);
    checkLabels(
      g.labels.placed.map((l) => l.box),
      g.points.map((p) => ({ x: x(p.x), y: y(p.y) })),
      4.5,
    );
    if (highlight)
      expect(
        g.labels.placed.map((l) => l.key),
        `${highlight} at ${width}`,
      ).toContain(highlight);
  }
}
