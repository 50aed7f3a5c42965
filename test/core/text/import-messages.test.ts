import { describe, expect, it } from 'vitest';
import { importWarnings, PERCENT_EXPECTED, quoted } from '../../../src/core/text/import-messages.js';

describe('import messages', () => {
  it('quote cells and summarise suppressed rows in one Dutch sentence', () => {
    expect(PERCENT_EXPECTED).toBe('een percentage van 0 tot en met 100');
    expect(quoted('abc')).toContain('abc');
    const warning = importWarnings.suppressed('a.csv', [4, 7]);
    expect(warning).toContain('a.csv');
    expect(warning).toContain('rij 4, 7');
    expect(warning).toContain('niet als nul');
  });
});
