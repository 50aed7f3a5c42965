import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  facetValues,
  foldText,
  localSearch,
  queryWords,
  type LocalIdea,
} from '../../../src/core/ideas/local-search.js';
import { FACETS, type Facet } from '../../../src/core/ideas/search-params.js';

const none: Record<Facet, string[]> = { thema: [], soort: [], branche: [], provincie: [], beroep: [] };
const idea = (id: string, text: string, extra: Partial<LocalIdea> = {}): LocalIdea => ({
  id,
  text,
  themes: [],
  kind: null,
  branch: null,
  province: null,
  profession: null,
  ...extra,
});

const IDEAS: LocalIdea[] = [
  idea('a', 'Meer tijd voor cliënten in de thuiszorg.', {
    themes: ['Werkdruk en roosters'],
    kind: 'wens',
    branch: 'VVT',
    province: 'Utrecht',
  }),
  idea('b', 'Een vast teamoverleg op maandag.', {
    themes: ['Samenwerking', 'Werkdruk en roosters'],
    kind: 'voorstel',
    branch: 'GGZ',
  }),
  idea('c', 'Minder registratie, meer overleg met patiënten.', {
    themes: ['Administratieve lasten'],
    kind: 'voorstel',
    branch: 'VVT',
    province: 'Utrecht',
  }),
];

describe('the static export’s ideas search', () => {
  it('folds case and accents, and splits a query on punctuation', () => {
    expect(foldText('Cliënten ÉÉN Coördinatie')).toBe('clienten een coordinatie');
    expect(queryWords('  Overleg, PATIËNT!  ')).toEqual(['overleg', 'patient']);
  });

  it('finds every word, also without accents and inside compound words', () => {
    const ids = (q: string) => localSearch(IDEAS, { q, filters: none }).items.map((i) => i.id);
    expect(ids('')).toEqual(['a', 'b', 'c']);
    expect(ids('overleg')).toEqual(['b', 'c']);
    expect(ids('patient')).toEqual(['c']);
    expect(ids('CLIËNTEN thuiszorg')).toEqual(['a']);
    expect(ids('overleg maandag')).toEqual(['b']);
    expect(ids('vakantie')).toEqual([]);
  });

  it('filters any value within a facet and every facet at once, counting each facet under the others', () => {
    const result = localSearch(IDEAS, {
      q: '',
      filters: { ...none, branche: ['VVT', 'GGZ'], soort: ['voorstel'] },
    });
    expect(result.items.map((i) => i.id)).toEqual(['b', 'c']);
    // The kind facet ignores its own filter: every kind among the VVT and GGZ ideas.
    expect(result.facets.soort).toEqual({ wens: 1, voorstel: 2 });
    // The branch facet ignores the branch filter but keeps the kind filter.
    expect(result.facets.branche).toEqual({ GGZ: 1, VVT: 1 });
    expect(result.facets.thema).toEqual({
      'Werkdruk en roosters': 1,
      Samenwerking: 1,
      'Administratieve lasten': 1,
    });
    expect(result.facets.provincie).toEqual({ Utrecht: 1 });
  });

  it('returns at most `limit` ideas but counts them all', () => {
    const result = localSearch(IDEAS, { q: '', filters: none, limit: 2 });
    expect(result.total).toBe(3);
    expect(result.items).toHaveLength(2);
  });

  it('agrees with a plain filter for any query and filters (property)', () => {
    const word = fc.constantFrom('overleg', 'meer', 'cliënten', 'team', 'x');
    const filterOf = fc.record(
      Object.fromEntries(
        FACETS.map((f) => [f, fc.subarray(['VVT', 'GGZ', 'wens', 'voorstel', 'Utrecht', 'Samenwerking'])]),
      ) as Record<Facet, fc.Arbitrary<string[]>>,
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 2 }), filterOf, (words, filters) => {
        const result = localSearch(IDEAS, { q: words.join(' '), filters });
        for (const found of result.items) {
          for (const w of words) expect(foldText(found.text)).toContain(foldText(w));
        }
        const plain = IDEAS.filter(
          (i) =>
            words.every((w) => foldText(i.text).includes(foldText(w))) &&
            FACETS.every(
              (f) => filters[f].length === 0 || facetValues(i, f).some((v) => filters[f].includes(v)),
            ),
        );
        expect(result.items.map((i) => i.id)).toEqual(plain.map((i) => i.id));
        for (const facet of FACETS) {
          const counted = Object.values(result.facets[facet]).reduce((a, b) => a + b, 0);
          if (facet !== 'thema' && filters[facet].length === 0)
            expect(counted).toBeLessThanOrEqual(result.total);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
