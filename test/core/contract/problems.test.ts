import { describe, expect, it } from 'vitest';
import { InputErrors } from '../../../src/core/contract/input-error.js';
import { Problems } from '../../../src/core/contract/problems.js';

describe('the problem collector', () => {
  it('keeps every error and throws them together', () => {
    const problems = new Problems('a.csv');
    problems.errorAt({ row: 3, column: 'waarde', found: 'abc', expected: 'een getal' }, 'fout 1');
    problems.errorAt({ found: '', expected: 'een kolom' }, 'fout 2');
    expect(problems.failed).toBe(true);
    expect(problems.errorList()).toEqual([
      { file: 'a.csv', row: 3, column: 'waarde', found: 'abc', expected: 'een getal', message: 'fout 1' },
      { file: 'a.csv', found: '', expected: 'een kolom', message: 'fout 2' },
    ]);
    expect(() => problems.throwIfFailed()).toThrow(InputErrors);
    expect(() => problems.throwIfFailed(() => new RangeError('eigen'))).toThrow(RangeError);
  });

  it('gives warnings a code, says each sentence once, and summarises suppressed cells first', () => {
    const problems = new Problems('b.csv');
    problems.warn('other-indicator', "'Verzuim' is geen indicator");
    problems.warn('other-indicator', "'Verzuim' is geen indicator");
    problems.warn('ignored-column', 'kolom C genegeerd', { row: 1, column: 'C' });
    problems.suppressed(7);
    problems.suppressed(4);
    const records = problems.warningRecords();
    expect(records.map((w) => w.code)).toEqual(['suppressed', 'other-indicator', 'ignored-column']);
    expect(records[0]!.message).toContain('(rij 4, 7)');
    expect(records[2]).toEqual({
      code: 'ignored-column',
      file: 'b.csv',
      message: 'kolom C genegeerd',
      row: 1,
      column: 'C',
    });
    expect(problems.warningList()).toEqual(records.map((w) => w.message));
    expect(problems.failed).toBe(false);
    expect(() => problems.throwIfFailed()).not.toThrow();
  });
});
