import { describe, expect, it } from 'vitest';
import { InputErrors } from '../../../src/core/contract/input-error.js';
import { Problems, WARNING_CODES, type Warning } from '../../../src/core/contract/problems.js';

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
    expect(problems.failed).toBe(false);
    expect(() => problems.throwIfFailed()).not.toThrow();
  });

  it('adopts a warning made elsewhere as it is, once per sentence, after its own', () => {
    const problems = new Problems('c.csv');
    const row: Warning = {
      code: 'unknown-label',
      file: 'c.csv',
      row: 4,
      column: 'branche',
      message: 'onbekend',
    };
    problems.warn('ignored-column', 'kolom E genegeerd');
    problems.adopt(row);
    problems.adopt({ ...row, row: 9 });
    expect(problems.warningRecords()).toEqual([
      { code: 'ignored-column', file: 'c.csv', message: 'kolom E genegeerd' },
      row,
    ]);
  });

  it('refuses the file at once with every error collected before', () => {
    const problems = new Problems('d.json');
    problems.errorAt({ row: 2, found: 'x', expected: 'y' }, 'eerste');
    let thrown: unknown;
    try {
      problems.refuse({ found: '', expected: 'een lijst' }, 'tweede');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputErrors);
    expect((thrown as InputErrors).errors.map((e) => e.message)).toEqual(['eerste', 'tweede']);
  });

  it('lists every code once', () => {
    expect(new Set(WARNING_CODES).size).toBe(WARNING_CODES.length);
    expect(WARNING_CODES).not.toContain('idea-row');
  });
});
