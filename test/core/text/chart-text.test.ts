import { describe, expect, it } from 'vitest';
import { chartText, OUTCOME_LABELS, periodLabel } from '../../../src/core/text/chart-text.js';
import { expectFinishedTexts } from './catalogue.js';

describe('chart text', () => {
  it('names outcomes and periods in Dutch', () => {
    expectFinishedTexts(OUTCOME_LABELS);
    expect(periodLabel(null)).toBeNull();
    expect(periodLabel('2024KW04')).toMatch(/2024/);
    expect(chartText.percentAxis('Werkdruk')).toBe('Werkdruk (%)');
  });
});
