import { describe, expect, it } from 'vitest';
import { analysisMessages } from '../../../src/core/text/analysis-messages.js';
import { expectFinishedTexts } from './catalogue.js';

describe('analysis messages', () => {
  it('are finished Dutch phrases that name what is wrong', () => {
    expect(expectFinishedTexts(analysisMessages)).toBeGreaterThan(0);
    expect(analysisMessages.unknownVariant('x', ['jdr', 'drie-themas'])).toBe(
      "Onbekende indexvariant 'x'. Bekende varianten: jdr, drie-themas.",
    );
    expect(analysisMessages.unknownPeriod('2020', [])).toContain('Beschikbare perioden: geen.');
    expect(analysisMessages.invalidDraws(0)).toContain('1 tot 10.000.000');
  });
});
