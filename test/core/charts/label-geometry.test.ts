/**
 * The geometry of every labelled figure of the example data, at every width the site draws and with
 * every profession highlighted: no label overlaps another label or any dot, every label of the quadrant
 * plot stays inside its dot's quadrant (so neither label nor leader crosses a median line), and the
 * highlighted profession always has its label.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE_WIDTHS } from '../../../src/core/charts/figure-spec.js';
import { boxesOverlap, type Box } from '../../../src/core/charts/label-placement.js';
import { linearScale } from '../../../src/core/charts/linear-scale.js';
import { quadrantGeometry } from '../../../src/core/charts/quadrant-plot.js';
import { scatterGeometry } from '../../../src/core/charts/scatter.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

const result = await exampleAnalysis();
const names = result.professions.map((p) => p.name);
/** Every width for the plain figure; the highlight loop at the widths where layouts change. */
const HIGHLIGHT_WIDTHS = [280, 400, 560, 720];

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

describe('label geometry of the quadrant plot', () => {
  const cases = [
    ...FIGURE_WIDTHS.map((width) => ({ width, highlight: undefined as string | undefined })),
    ...HIGHLIGHT_WIDTHS.flatMap((width) => names.map((highlight) => ({ width, highlight }))),
  ];
  it(`keeps labels apart, off the dots and in their quadrant (${cases.length} layouts)`, () => {
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
      if (width >= 600) expect(g.labels.skipped).toEqual([]);
      if (highlight) expect(g.labels.placed.map((l) => l.key)).toContain(highlight);
      expect(g.labels.unplaced, `${width}px, ${highlight ?? 'no highlight'}`).toEqual([]);
    }
  });
});

describe('label geometry of the scatters', () => {
  for (const [index, outcome] of [
    ['resources', 'tevreden_organisatie'],
    ['demands', 'tevreden_organisatie'],
    ['resources', 'tevreden_werk'],
    ['demands', 'tevreden_werk'],
  ] as const) {
    it(`${index} × ${outcome}: labels apart and off the dots, the highlighted one always named`, () => {
      const cases = [
        ...FIGURE_WIDTHS.map((width) => ({ width, highlight: undefined as string | undefined })),
        ...[280, 720].flatMap((width) => names.map((highlight) => ({ width, highlight }))),
      ];
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
    });
  }
});
