import { describe, expect, it } from 'vitest';
import {
  renderThemeBranches,
  renderThemeCounts,
  renderThemePairs,
  themeBranchSpec,
  themeCountsSpec,
  themePairsSpec,
  type ThemeCounts,
} from '../../../src/core/charts/theme-figures.js';
import { FIGURE_WIDTHS } from '../../../src/core/charts/figure-spec.js';
import { findThemeFigure, listThemeFigures } from '../../../src/core/charts/figures.js';
import { nodeDocument } from '../../../src/node/render/document.js';
import { BRANCHES } from '../../../src/core/contract/branches.js';

const COUNTS: ThemeCounts = {
  total: 9,
  themes: [
    { theme: 'Werkdruk en roosters', count: 5 },
    { theme: 'Administratieve lasten', count: 3 },
    { theme: 'Samenwerking', count: 2 },
    { theme: 'Veiligheid en agressie', count: 1 },
  ],
  byBranch: [
    { theme: 'Werkdruk en roosters', branch: 'Verpleging, verzorging en thuiszorg (VVT)', count: 3 },
    { theme: 'Werkdruk en roosters', branch: 'Kinderopvang', count: 2 },
    { theme: 'Administratieve lasten', branch: 'Verpleging, verzorging en thuiszorg (VVT)', count: 2 },
  ],
  together: [{ a: 'Samenwerking', b: 'Werkdruk en roosters', count: 2 }],
  example: 'all',
};

describe('theme figures', () => {
  it('say in words what the bars show, most first', () => {
    const spec = themeCountsSpec(COUNTS);
    expect(spec.description).toBe(
      'Staafdiagram van het aantal ideeën per thema (4 thema’s). De meeste ideeën gaan over Werkdruk en roosters (5), Administratieve lasten (3) en Samenwerking (2); de minste over Veiligheid en agressie (1).',
    );
    expect(spec.table.rows.map((r) => r[0])).toEqual(COUNTS.themes.map((t) => t.theme));
    expect(spec.source).toContain('voorbeelddata');
  });

  it('name example data in the source line of every figure exactly when there is some', () => {
    for (const spec of [themeCountsSpec, themeBranchSpec, themePairsSpec]) {
      expect(spec({ ...COUNTS, example: 'all' }).source).toMatch(/voorbeelddata: zelf geschreven/);
      expect(spec({ ...COUNTS, example: 'some' }).source).toMatch(/deels voorbeelddata/);
      expect(spec({ ...COUNTS, example: 'none' }).source).toBe(
        'Bron: ideeënbank van werkbalans. Bewerking: werkbalans.',
      );
    }
  });

  it('tabulate theme × branch and theme × theme with zeros filled in, symmetric for pairs', () => {
    const branches = themeBranchSpec(COUNTS);
    expect(branches.table.columns.map((c) => c.label)).toEqual([
      'Thema',
      'Kinderopvang',
      'Verpleging, verzorging en thuiszorg (VVT)',
    ]);
    expect(branches.table.rows[0]).toEqual(['Werkdruk en roosters', '2', '3']);
    expect(branches.description).toContain(
      'Werkdruk en roosters in Verpleging, verzorging en thuiszorg (VVT) (3 ideeën)',
    );
    const pairs = themePairsSpec(COUNTS);
    const at = (row: string, column: string) =>
      pairs.table.rows.find((r) => r[0] === row)![pairs.table.columns.findIndex((c) => c.label === column)];
    expect(at('Samenwerking', 'Werkdruk en roosters')).toBe('2');
    expect(at('Werkdruk en roosters', 'Samenwerking')).toBe('2');
  });

  it('draw accessible SVG that prints every count (not shade alone)', () => {
    const largest = [
      [renderThemeCounts, '5'],
      [renderThemeBranches, '3'],
      [renderThemePairs, '2'],
    ] as const;
    for (const [render, count] of largest) {
      const svg = render(COUNTS, { document: nodeDocument() });
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.querySelector('desc')?.textContent).toBeTruthy();
      expect(Array.from(svg.querySelectorAll('text')).map((t) => t.textContent)).toContain(count);
    }
  });

  it('are in the figure registry and drawn at every width the site asks for', () => {
    const figures = listThemeFigures(COUNTS);
    expect(figures.map((f) => f.id)).toEqual(['ideeen-per-thema', 'themas-per-branche', 'themas-samen']);
    expect(findThemeFigure(COUNTS, 'themas-samen')?.spec().title).toBe('Thema’s die samen voorkomen');
    expect(findThemeFigure(COUNTS, 'kwadranten')).toBeUndefined();
    for (const figure of figures)
      for (const width of FIGURE_WIDTHS) {
        const svg = figure.render({ document: nodeDocument(), width });
        expect(svg.getAttribute('width'), `${figure.id} at ${width}`).toBe(String(width));
        const sizes = Array.from(svg.querySelectorAll('[font-size]')).map((e) =>
          Number(e.getAttribute('font-size')),
        );
        expect(Math.min(...sizes), `${figure.id} at ${width}`).toBeGreaterThanOrEqual(12);
      }
  });

  it('put each theme on its own line above its row on a phone, beside it when there is room', () => {
    // A name on two lines is one text of two tspans: read it as its words.
    const texts = (width: number) =>
      Array.from(
        renderThemeBranches(COUNTS, { document: nodeDocument(), width }).querySelectorAll('text'),
      ).map((t) => {
        const lines = Array.from(t.querySelectorAll('tspan')).map((l) => l.textContent);
        return lines.length > 0 ? lines.join(' ') : t.textContent;
      });
    // Narrow: the name is drawn above the cells and a branch name gives its abbreviation.
    expect(texts(280)).toContain('Werkdruk en roosters');
    expect(texts(280)).toContain('VVT');
    expect(texts(280)).not.toContain('Verpleging, verzorging en thuiszorg (VVT)');
    expect(texts(720)).toContain('Verpleging, verzorging en thuiszorg (VVT)');
    // Wide: a long branch name stands upright on two lines, not one long one.
    const svg = renderThemeBranches(COUNTS, { document: nodeDocument(), width: 720 });
    const name = Array.from(svg.querySelectorAll('text')).find((t) =>
      (t.textContent ?? '').startsWith('Verpleging'),
    )!;
    expect(name.querySelectorAll('tspan')).toHaveLength(2);
  });

  it('leave counts that do not fit out of the cells and say where they are (a large databank)', () => {
    const large: ThemeCounts = {
      ...COUNTS,
      byBranch: BRANCHES.map((branch) => ({ theme: 'Samenwerking', branch, count: 12_345 })),
    };
    const texts = (width: number) =>
      Array.from(
        renderThemeBranches(large, { document: nodeDocument(), width }).querySelectorAll('text'),
      ).map((t) => t.textContent ?? '');
    expect(texts(280)).not.toContain('12.345');
    expect(texts(280).join(' ')).toContain('De aantallen passen niet in de vakken');
    expect(texts(720)).toContain('12.345');
    expect(texts(720).join(' ')).not.toContain('De aantallen passen niet');
  });

  it('stay sensible without any ideas', () => {
    const empty: ThemeCounts = { total: 0, themes: [], byBranch: [], together: [], example: 'none' };
    expect(themeCountsSpec(empty).description).toBe('Er zijn nog geen ideeën met een thema.');
    expect(() => renderThemeBranches(empty, { document: nodeDocument() })).not.toThrow();
    expect(() => renderThemePairs(empty, { document: nodeDocument() })).not.toThrow();
  });
});
