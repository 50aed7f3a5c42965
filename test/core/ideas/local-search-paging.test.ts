/**
 * Paging the static export's search (src/core/ideas/local-search.ts, `offset`): the order is total
 * (ties broken by id), so consecutive pages hold every match once, as the server's fixed rank window
 * does for its pages. Over the example ideas (voorbeelddata), queries with many ties.
 */
import { describe, expect, it } from 'vitest';
import { createLocalSearch, type LocalIdea } from '../../../src/core/ideas/local-search.js';
import { readIdeasBatch } from '../../../src/node/import/ideas-import.js';

const EXAMPLE = new URL('../../../data/ideeen-voorbeeld.csv', import.meta.url).pathname;
const ideas: LocalIdea[] = (await readIdeasBatch(EXAMPLE)).ideas;

describe('paging the static export search', () => {
  const engine = createLocalSearch(ideas);
  const none = { thema: [], soort: [], branche: [], provincie: [], beroep: [] };

  it('gives every match once: pages joined equal the whole list, at any page size', () => {
    // Broad queries with many ties on coverage and weight (the server once showed an idea on two pages).
    for (const q of [
      'hoe kan ik minder tijd kwijt zijn aan verslaglegging',
      'administratie',
      'werkdruk rooster',
      'te veel papierwerk',
      '',
    ]) {
      const whole = engine.search({ q, filters: none });
      const expected = whole.items.map((item) => item.id);
      expect(expected.length, q).toBe(whole.total);
      expect(new Set(expected).size, q).toBe(expected.length);
      for (const size of [7, 10, 25, 100]) {
        const joined: string[] = [];
        for (let offset = 0; offset < whole.total; offset += size) {
          const page = engine.search({ q, filters: none, limit: size, offset });
          expect(page.total, q).toBe(whole.total);
          joined.push(...page.items.map((item) => item.id));
        }
        expect(joined, `${q} by ${size}`).toEqual(expected);
      }
      // Past the end: nothing, and the total still said.
      const past = engine.search({ q, filters: none, limit: 10, offset: whole.total });
      expect(past.items).toEqual([]);
      expect(past.total).toBe(whole.total);
    }
  });

  it('pages a filtered search the same way, and a second engine over the same ideas agrees', () => {
    const filters = { ...none, soort: ['knelpunt'] };
    const q = 'werkdruk rooster';
    const whole = engine.search({ q, filters }).items.map((item) => item.id);
    const again = createLocalSearch(ideas);
    const joined: string[] = [];
    for (let offset = 0; offset < whole.length; offset += 10)
      joined.push(...again.search({ q, filters, limit: 10, offset }).items.map((item) => item.id));
    expect(whole.length).toBeGreaterThan(10);
    expect(joined).toEqual(whole);
  });
});
