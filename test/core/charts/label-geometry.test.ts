/**
 * The geometry of every labelled figure of the example data, at every width the site draws and with
 * every profession highlighted at the narrow widths (at 720 px the six most crowded ones; every one in
 * `npm run fuzz`, test/fuzz/label-geometry.test.ts): no label overlaps another label or any dot, every
 * label of the quadrant plot stays inside its dot's quadrant (so neither label nor leader crosses a
 * median line), and the highlighted profession always has its label. The ideas' theme figures, with every theme of
 * config/themes.json and every branch of the contract: names, counts and bars apart and inside the
 * drawing, every count inside its cell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_WIDTHS } from '../../../src/core/charts/figure-spec.js';
import {
  MIN_CELL,
  overlappingTexts,
  themeBarsLayout,
  themeMatrixLayout,
  type PlacedText,
} from '../../../src/core/charts/theme-layout.js';
import { BRANCHES } from '../../../src/core/contract/branches.js';
import {
  checkQuadrantLabels,
  checkScatterLabels,
  crowdedProfessions,
  highlighted,
  PLAIN,
  SCATTERS,
} from './label-geometry.shared.js';

/** At 720 px the professions with the least room; every one at the narrower widths where layouts change. */
const CROWDED = crowdedProfessions(6);

describe('label geometry of the quadrant plot', () => {
  const cases = [...PLAIN, ...highlighted([280, 400, 560]), ...highlighted([720], CROWDED)];
  it(`keeps labels apart, off the dots and in their quadrant (${cases.length} layouts)`, () => {
    checkQuadrantLabels(cases);
  });
});

describe('label geometry of the scatters', () => {
  for (const scatter of SCATTERS) {
    it(`${scatter[0]} × ${scatter[1]}: labels apart and off the dots, the highlighted one always named`, () => {
      checkScatterLabels(scatter, [...PLAIN, ...highlighted([280]), ...highlighted([720], CROWDED)]);
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
