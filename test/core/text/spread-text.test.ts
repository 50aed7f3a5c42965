/** Audit 4, finding 12: the spread sentence gives the quartiles as the interquartile range's bounds. */
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/core/analysis/result.js';
import { spreadOf } from '../../../src/core/analysis/spread.js';
import { spreadComparison } from '../../../src/core/text/report-findings.js';
import { spreadPhrase } from '../../../src/core/text/spread-text.js';
import { spreadFinding } from '../../../src/core/text/story.js';
import { strongResources } from '../../support/analysis-fixture.js';

// Nine professions: quartiles 55 and 70, min 40, max 90.
const organisation = spreadOf('tevreden_organisatie', [40, 50, 55, 60, 62, 65, 70, 80, 90]);
const work = spreadOf('tevreden_werk', [75, 76, 77, 78, 79, 80, 81, 82, 83]);

function withSpreads(): AnalysisResult {
  const result = strongResources();
  const of = (measure: string) => (measure === 'tevreden_werk' ? work : organisation);
  return {
    ...result,
    spreads: result.spreads.map((s) =>
      s.measure === 'tevreden_werk' || s.measure === 'tevreden_organisatie' ? of(s.measure) : s,
    ),
  };
}

describe('the spread sentence', () => {
  it('keeps the quartiles', () => {
    expect([organisation.q1, organisation.q3, organisation.iqr]).toEqual([55, 70, 15]);
  });

  it('bounds the interquartile range by the quartiles and calls min–max the range of all professions', () => {
    expect(spreadPhrase(organisation)).toBe(
      'interkwartielafstand 15,0 procentpunt (de middelste helft van de ingedeelde beroepen ligt tussen 55,0% en 70,0%; alle ingedeelde beroepen tussen 40,0% en 90,0%)',
    );
  });

  it('in the report names each outcome once', () => {
    const text = spreadComparison(withSpreads())!.text;
    expect(text).toBe(
      'De verschillen tussen beroepen zitten vooral in tevredenheid met de organisatie: interkwartielafstand 15,0 procentpunt (de middelste helft van de ingedeelde beroepen ligt tussen 55,0% en 70,0%; alle ingedeelde beroepen tussen 40,0% en 90,0%). Tevredenheid met het werk ligt dichter bij elkaar: interkwartielafstand 4,0 procentpunt (de middelste helft van de ingedeelde beroepen ligt tussen 77,0% en 81,0%; alle ingedeelde beroepen tussen 75,0% en 83,0%).',
    );
    expect(text).not.toMatch(/(tevredenheid met de organisatie): \1/i);
  });

  it('on the home page gives the quartiles to the expert', () => {
    const expert = spreadFinding(withSpreads())!.expert.join(' ');
    expect(expert).toContain('tussen 55,0% en 70,0%');
    expect(expert).not.toMatch(/van 40,0% tot 90,0%/);
  });
});
