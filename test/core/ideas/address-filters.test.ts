import { describe, expect, it } from 'vitest';
import {
  highlightsOf,
  isProfessionHighlight,
  tickedByAddress,
} from '../../../src/core/ideas/address-filters.js';

describe('filters a static ideas page takes from its address', () => {
  it('ticks a filter from a loosely written value', () => {
    expect(tickedByAddress('thema', 'Werkdruk en roosters', ['werkdruk'])).toBe(true);
    expect(tickedByAddress('beroep', 'Huisartsen', ['Huisartsen'])).toBe(true);
    expect(tickedByAddress('thema', 'Werkdruk en roosters', ['', 'salaris'])).toBe(false);
  });

  it('never turns "mijn beroep" (`beroep=<slug>`) into the profession filter', () => {
    expect(isProfessionHighlight('huisartsen')).toBe(true);
    expect(isProfessionHighlight('Huisartsen')).toBe(false);
    expect(tickedByAddress('beroep', 'Huisartsen', ['huisartsen'])).toBe(false);
    expect(tickedByAddress('beroep', 'Huisartsen', ['huisartsen', 'Huisartsen'])).toBe(true);
  });

  it('keeps the highlight when the page rewrites its address', () => {
    expect(highlightsOf(new URLSearchParams('q=agressie&beroep=huisartsen&beroep=Huisartsen'))).toEqual([
      'huisartsen',
    ]);
  });
});
