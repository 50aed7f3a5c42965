/**
 * The geometry of every labelled figure of the example data, at every width the site draws and with
 * every profession highlighted: no label overlaps another label or any dot, every label of the quadrant
 * plot stays inside its dot's quadrant (so neither label nor leader crosses a median line), and the
 * highlighted profession always has its label. The ideas' theme figures, with every theme of
 * config/themes.json and every branch of the contract: names, counts and bars apart and inside the
 * drawing, every count inside its cell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_WIDTHS } from '../../../src/core/charts/figure-spec.js';
import { boxesOverlap, type Box } from '../../../src/core/charts/label-placement.js';
import { linearScale } from '../../../src/core/charts/linear-scale.js';
import { quadrantGeometry } from '../../../src/core/charts/quadrant-plot.js';
import { scatterGeometry } from '../../../src/core/charts/scatter.js';
import {
  MIN_CELL,
  overlappingTexts,
  themeBarsLayout,
  themeMatrixLayout,
  type PlacedText,
} from '../../../src/core/charts/theme-layout.js';
import { BRANCHES } from '../../../src/core/contract/branches.js';
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

describe("geometry of the ideas' theme figures", () => {
  const themes = (
    JSON.parse(readFileSync(new URL('../../../config/themes.json', import.meta.url), 'utf8')) as {
      themes: { label: string }[];
    }
  ).themes.map((t) => t.label);
  /** Counts up to three digits, so the widest count text is measured too. */
  const countOf = (i: number, j: number) => ((i * 7 + j * 13) % 17) + (i === 0 && j <= 1 ? 180 : 0);
  const inside = (t: PlacedText, width: number) => t.box.left >= 0 && t.box.right <= width;
  const where = (width: number) => `${width}px`;

  it('bars: names, bars and counts apart and inside the drawing at every width', () => {
    const bars = themes.map((theme, i) => ({ theme, count: countOf(i, 0) + 1 }));
    for (const width of [...FIGURE_WIDTHS, 320, 1440]) {
      const g = themeBarsLayout(bars, width);
      expect(g.above, where(width)).toBe(width < 520);
      expect(overlappingTexts([...g.names, ...g.counts, ...g.bars]), where(width)).toEqual([]);
      for (const t of [...g.names, ...g.counts])
        expect(inside(t, g.width), `${t.key} ${where(width)}`).toBe(true);
    }
  });

  it('a large databank: counts of five and six digits fit their cells and bars, or the cells print none', () => {
    const large = (i: number, j: number) => countOf(i, j) * 700 + 12_345;
    const bars = themes.map((theme, i) => ({ theme, count: large(i, 0) * 9 }));
    const cells = themes.flatMap((row, i) =>
      BRANCHES.map((column, j) => ({ row, column, count: large(i, j) })),
    );
    for (const width of [...FIGURE_WIDTHS, 320, 1440]) {
      const b = themeBarsLayout(bars, width);
      expect(overlappingTexts([...b.names, ...b.counts, ...b.bars]), where(width)).toEqual([]);
      for (const t of b.counts) expect(inside(t, b.width), `${t.key} ${where(width)}`).toBe(true);
      const g = themeMatrixLayout(themes, BRANCHES, cells, width);
      expect(g.cells.length, where(width)).toBe(g.countsPrinted ? cells.length : 0);
      for (const cell of g.cells) {
        const left = g.margins.left + BRANCHES.indexOf(cell.column as never) * g.cellWidth;
        expect(cell.box.left, `${cell.key} ${where(width)}`).toBeGreaterThanOrEqual(left + 1);
        expect(cell.box.right, `${cell.key} ${where(width)}`).toBeLessThanOrEqual(left + g.cellWidth - 1);
      }
    }
    expect(themeMatrixLayout(themes, BRANCHES, cells, 280).countsPrinted).toBe(false);
  });

  for (const [name, columns] of [
    ['theme × branch', BRANCHES as readonly string[]],
    ['theme × theme', themes],
  ] as const) {
    it(`${name}: row and column names apart, every count inside its cell`, () => {
      const cells = themes.flatMap((row, i) =>
        columns.map((column, j) => ({ row, column, count: row === column ? 0 : countOf(i, j) })),
      );
      for (const width of [...FIGURE_WIDTHS, 320, 1440]) {
        const g = themeMatrixLayout(themes, columns, cells, width);
        expect(g.cellWidth, where(width)).toBeGreaterThanOrEqual(MIN_CELL);
        expect(overlappingTexts([...g.rowNames, ...g.columnNames, ...g.cells]), where(width)).toEqual([]);
        for (const t of [...g.rowNames, ...g.columnNames, ...g.cells])
          expect(inside(t, g.width), `${t.key} ${where(width)}`).toBe(true);
        for (const cell of g.cells) {
          const j = columns.indexOf(cell.column);
          const left = g.margins.left + j * g.cellWidth;
          expect(cell.box.left, `${cell.key} ${where(width)}`).toBeGreaterThanOrEqual(left + 1);
          expect(cell.box.right, `${cell.key} ${where(width)}`).toBeLessThanOrEqual(left + g.cellWidth - 1);
        }
        // Every name keeps its row: a name above its cells ends before them, one beside them before the frame.
        for (const n of g.rowNames) expect(n.box.right <= g.width - 12 || !g.above, n.key).toBe(true);
      }
    });
  }
});
