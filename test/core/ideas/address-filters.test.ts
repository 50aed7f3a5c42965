import { describe, expect, it } from 'vitest';
import {
  highlightsOf,
  isProfessionHighlight,
  professionSlugs,
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

  it('takes any profession written as a slug as the highlight, not only the bundled ones', () => {
    // Audit 6, finding 1: `logopedisten` (not among the bundled professions) became a filter.
    expect(isProfessionHighlight('logopedisten')).toBe(true);
    expect(tickedByAddress('beroep', 'Logopedisten', ['logopedisten'])).toBe(false);
    expect(highlightsOf(new URLSearchParams('beroep=logopedisten&beroep=Logopedisten'))).toEqual([
      'logopedisten',
    ]);
  });

  it('names the highlighted profession from the professions the page holds', () => {
    const names = professionSlugs(['Zorgcoördinatoren & casemanagers', 'Logopedisten', 'Logopedisten']);
    expect([...names]).toEqual([
      ['zorgcoordinatoren-casemanagers', 'Zorgcoördinatoren & casemanagers'],
      ['logopedisten', 'Logopedisten'],
    ]);
  });

  it('keeps the highlight when the page rewrites its address', () => {
    expect(highlightsOf(new URLSearchParams('q=agressie&beroep=huisartsen&beroep=Huisartsen'))).toEqual([
      'huisartsen',
    ]);
  });
});
