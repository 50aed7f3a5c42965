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
});
