import { describe, expect, it } from 'vitest';
import { unquotedQuery } from '../../../src/core/ideas/unquoted-query.js';

describe('the words of a quoted phrase without their quotes', () => {
  it('loosens each quoted phrase into its words and keeps the rest as typed', () => {
    expect(unquotedQuery('"dubbele registratie"')).toBe('dubbele registratie');
    expect(unquotedQuery('rooster "vaste agenda" -"te laat"')).toBe('rooster vaste agenda -"te laat"');
    expect(unquotedQuery('"burn-out" klachten')).toBe('burn out klachten');
    // One quoted word is strict too, so it is offered without its quotes.
    expect(unquotedQuery('"registratie"')).toBe('registratie');
    expect(unquotedQuery('"agresie" planning')).toBe('agresie planning');
  });

  it('has nothing to offer for a query without a phrase to loosen', () => {
    expect(unquotedQuery('dubbele registratie')).toBeNull();
    expect(unquotedQuery('burn-out')).toBeNull();
    expect(unquotedQuery('-"te laat" rooster')).toBeNull();
    expect(unquotedQuery('')).toBeNull();
  });
});
