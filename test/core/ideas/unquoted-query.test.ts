import { describe, expect, it } from 'vitest';
import { unquotedQuery } from '../../../src/core/ideas/unquoted-query.js';

describe('the words of a quoted phrase without their quotes', () => {
  it('loosens each quoted phrase into its words and keeps the rest as typed', () => {
    expect(unquotedQuery('"dubbele registratie"')).toBe('dubbele registratie');
    expect(unquotedQuery('rooster "vaste agenda" -"te laat"')).toBe('rooster vaste agenda -"te laat"');
    expect(unquotedQuery('"burn-out" klachten')).toBe('burn out klachten');
  });

  it('has nothing to offer for a query without a phrase to loosen', () => {
    expect(unquotedQuery('dubbele registratie')).toBeNull();
    expect(unquotedQuery('burn-out')).toBeNull();
    expect(unquotedQuery('"registratie"')).toBeNull();
    expect(unquotedQuery('-"te laat" rooster')).toBeNull();
    expect(unquotedQuery('')).toBeNull();
  });
});
