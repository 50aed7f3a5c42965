import { describe, expect, it } from 'vitest';
import { FIGURES, listFigures, reportSections } from '../../../src/core/charts/figures.js';
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
