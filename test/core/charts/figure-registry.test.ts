import { describe, expect, it } from 'vitest';
import { FIGURES, listFigures, reportSections, type FigurePlace } from '../../../src/core/charts/figures.js';
import { FigureCache } from '../../../src/node/server/figure-cache.js';
import { HttpProblem } from '../../../src/node/server/http-problem.js';
import { reportText } from '../../../src/core/text/report-text.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

describe('the figure registry', () => {
  it('says for every kind where it appears, and the report follows it', () => {
    for (const entry of FIGURES)
      expect(Object.keys(entry.appearsIn).sort()).toEqual(['downloads', 'report', 'site']);
    const sections = reportSections();
    expect(sections.map((s) => s.kind)).toEqual(
      FIGURES.filter((entry) => entry.appearsIn.report !== null).map((entry) => entry.kind),
    );
    for (const { section } of sections) expect(reportText.sections[section]).toBeTruthy();
  });

  it('lists for a place only the kinds that appear there', async () => {
    const result = await exampleAnalysis();
    const all = listFigures(result);
    expect(listFigures(result, 'report').map((f) => f.id)).toEqual(
      all.filter((f) => reportSections().some((s) => s.kind === f.kind)).map((f) => f.id),
    );
    expect(listFigures(result, 'downloads')).toHaveLength(all.length);
  });
});

describe('a figure kind kept out of one place', () => {
  // A test registry: the registry's kinds, with the scatters kept off the downloads.
  const registry = FIGURES.map((entry) =>
    entry.kind === 'scatter' ? { ...entry, appearsIn: { ...entry.appearsIn, downloads: false } } : entry,
  );

  it('is absent from that place and present in the others', async () => {
    const result = await exampleAnalysis();
    const kinds = (place: FigurePlace) => new Set(listFigures(result, place, registry).map((f) => f.kind));
    expect(kinds('downloads').has('scatter')).toBe(false);
    expect(kinds('downloads').has('quadrants')).toBe(true);
    expect(kinds('site').has('scatter')).toBe(true);
    expect(kinds('report').has('scatter')).toBe(true);
  });

  it('is left out of the server’s downloads list and files, and kept on the site', async () => {
    const result = await exampleAnalysis();
    const cache = new FigureCache(registry);
    const scatter = listFigures(result).find((f) => f.kind === 'scatter')!.id;
    expect(cache.list('k', result, 'downloads').some((f) => f.kind === 'scatter')).toBe(false);
    expect(cache.list('k', result, 'site').some((f) => f.id === scatter)).toBe(true);
    expect(() => cache.file('k', result, scatter)).toThrow(HttpProblem);
    expect(cache.spec('k', result, scatter, 'site').title).toBeTruthy();
  });
});

describe("today's kinds", () => {
  it('appear in every place', async () => {
    const result = await exampleAnalysis();
    const all = listFigures(result).map((f) => f.id);
    for (const place of ['site', 'downloads', 'report'] as const)
      expect(listFigures(result, place).map((f) => f.id)).toEqual(all);
  });
});
