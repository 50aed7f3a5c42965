import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesElevenTest } from '../../../src/core/ideas/bsn.js';
import { validBsn } from '../../support/bsn.js';

describe('BSN eleven test', () => {
  it('accepts known valid numbers', () => {
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('999999990')).toBe(true);
  });

  it('refuses a number one digit off, all zeros, and anything not nine digits', () => {
    expect(passesElevenTest('123456781')).toBe(false);
    expect(passesElevenTest('111222334')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
    expect(passesElevenTest('1234567820')).toBe(false);
    expect(passesElevenTest('12345678a')).toBe(false);
  });

  it('accepts every number built to pass it', () => {
    fc.assert(fc.property(validBsn, (bsn) => passesElevenTest(bsn)));
  });

  it('refuses every valid number with its last digit changed', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 1, max: 9 }), (bsn, delta) => {
        const last = (Number(bsn[8]) + delta) % 10;
        return !passesElevenTest(`${bsn.slice(0, 8)}${last}`);
      }),
    );
  });
});
