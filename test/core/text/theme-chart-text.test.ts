import { describe, expect, it } from 'vitest';
import { themeChartText } from '../../../src/core/text/theme-chart-text.js';

describe('theme chart text', () => {
  it('writes tooltips with Dutch counts', () => {
    expect(themeChartText.countTip('Werkdruk', 1234)).toBe('Werkdruk: 1.234 ideeën');
    expect(themeChartText.cellTip('GGZ', 'Werkdruk', 2)).toBe('GGZ × Werkdruk: 2 ideeën');
  });
});
