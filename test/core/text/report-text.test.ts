import { describe, expect, it } from 'vitest';
import { caveats, methodParagraphs, reportText } from '../../../src/core/text/report-text.js';
import { exampleAnalysis } from '../../support/example-analysis.js';
import { expectFinished, expectFinishedTexts } from './catalogue.js';

describe('report text', () => {
  it('titles, sections and method paragraphs read as finished Dutch', async () => {
    expectFinishedTexts(reportText);
    expect(reportText.figureLabel(3)).toBe('Figuur 3');
    const result = await exampleAnalysis();
    for (const paragraph of [...methodParagraphs(result), ...caveats(result)]) expectFinished(paragraph);
    expect(methodParagraphs(result).join(' ')).toMatch(/mediaan/);
  });

  it('names the professions without a quadrant in the introduction, in singular and plural', () => {
    expect(reportText.intro(22, null, ['Huisartsen'])).toContain(
      ' 1 beroep heeft geen kwadrant, omdat er een cijfer ontbreekt: Huisartsen. Zijn gepubliceerde cijfers staan wel in de rangordes, de profielen en de tabel met alle cijfers; zie ook de kanttekeningen.',
    );
    expect(reportText.intro(20, null, ['Huisartsen', 'OK-assistenten', 'Thuisbegeleiders'])).toContain(
      ' 3 beroepen hebben geen kwadrant, omdat er een cijfer ontbreekt: Huisartsen, OK-assistenten en Thuisbegeleiders. Hun gepubliceerde cijfers staan wel',
    );
    expect(reportText.intro(23, null, [])).not.toContain('kwadrant');
  });
});
