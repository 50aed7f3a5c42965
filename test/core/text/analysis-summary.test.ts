import { describe, expect, it } from 'vitest';
import {
  ANALYSE_PROGRESS_FORMAT,
  analysisSummary,
  measureLabel,
} from '../../../src/core/text/analysis-summary.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

describe('analysis summary', () => {
  it('labels measures in Dutch', () => {
    expect(ANALYSE_PROGRESS_FORMAT).toContain('{value}/{total} trekkingen');
    expect(measureLabel('resources')).toBe('Hulpbronnenindex');
    expect(measureLabel('werkdruk')).not.toBe('werkdruk');
  });

  it('summarises the example analysis with Dutch numbers and the example label', async () => {
    const text = analysisSummary(await exampleAnalysis());
    expect(text).toContain('voorbeelddata');
    expect(text).toMatch(/\d,\d/);
    expect(text).not.toMatch(/undefined|NaN/);
  });

  it('prints each data warning by its sentence', async () => {
    const result = await exampleAnalysis();
    const warning = {
      code: 'unclassified' as const,
      file: 'x.csv',
      message: 'Zorgtest mist autonomie en is niet ingedeeld.',
    };
    const text = analysisSummary({ ...result, warnings: [warning] });
    expect(text).toContain('Opmerkingen over de data:\n  - Zorgtest mist autonomie en is niet ingedeeld.\n');
    expect(text).not.toContain('[object Object]');
  });

  it('says who switches quadrant in singular or plural, with the figure’s scenario words', async () => {
    const result = await exampleAnalysis();
    const [base] = result.sensitivity;
    const change = { name: 'A', from: 1 as const, to: 2 as const };
    const text = analysisSummary({
      ...result,
      sensitivity: [
        {
          ...base!,
          kind: 'leave-one-out',
          label: 'Loopbaanperspectief',
          leftOut: 'loopbaanperspectief',
          changes: [change],
        },
        {
          ...base!,
          kind: 'variant',
          label: 'Drie thema’s',
          leftOut: null,
          changes: [change, { ...change, name: 'B' }],
        },
      ],
    });
    expect(text).toContain(
      'Gevoeligheid: Zonder loopbaanperspectief: 1 beroep wisselt van kwadrant; Drie thema’s: 2 beroepen wisselen van kwadrant.',
    );
    expect(text).not.toMatch(/\(en\)/);
  });
});
