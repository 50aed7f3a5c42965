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
});
