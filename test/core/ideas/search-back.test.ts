import { describe, expect, it } from 'vitest';
import { searchBackOf, searchBackQuery } from '../../../src/core/ideas/search-back.js';

describe('searchBackOf', () => {
  it("keeps the ideas page's own parameters and drops everything else", () => {
    const back = searchBackOf(
      '?q=werkdruk&thema=Werkdruk+en+roosters&thema=Samenwerking&offset=20&x=1&versie=2',
    );
    expect(back).toEqual({ q: 'werkdruk', thema: ['Werkdruk en roosters', 'Samenwerking'], offset: '20' });
    expect(searchBackQuery(back)).toBe('q=werkdruk&offset=20&thema=Werkdruk+en+roosters&thema=Samenwerking');
  });

  it('gives nothing for an empty or missing search, and skips empty values', () => {
    expect(searchBackOf(undefined)).toEqual({});
    expect(searchBackOf('q=&branche=')).toEqual({});
    expect(searchBackQuery({})).toBe('');
  });

  it('takes the first of a repeated single value', () => {
    expect(searchBackOf('q=a&q=b')).toEqual({ q: 'a' });
  });
});
