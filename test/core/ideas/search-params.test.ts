import { describe, expect, it } from 'vitest';
import {
  ideaSearchParams,
  InvalidSearchParams,
  parseIdeaSearchParams,
} from '../../../src/core/ideas/search-params.js';

describe('search parameters', () => {
  it('defaults to the first 20 of every idea', () => {
    expect(parseIdeaSearchParams({})).toEqual({
      q: '',
      filters: { thema: [], soort: [], branche: [], provincie: [], beroep: [] },
      limit: 20,
      offset: 0,
    });
  });

  it('matches filter values like the import does, keeping unknown ones as written', () => {
    const params = parseIdeaSearchParams({
      thema: ['regeldruk', 'Onbekend thema'],
      soort: 'Wensen',
      branche: 'vvt',
      provincie: 'friesland',
      beroep: 'huisarts',
    });
    expect(params.filters).toEqual({
      thema: ['Administratieve lasten', 'Onbekend thema'],
      soort: ['wens'],
      branche: ['Verpleging, verzorging en thuiszorg (VVT)'],
      provincie: ['Fryslân'],
      beroep: ['Huisartsen'],
    });
  });

  it('caps the page size at 100 and refuses what is not a whole number or a kind', () => {
    expect(parseIdeaSearchParams({ limit: '500' }).limit).toBe(100);
    expect(parseIdeaSearchParams({ limit: 0 }).limit).toBe(0);
    let error: unknown;
    try {
      parseIdeaSearchParams({ limit: '-1', offset: 'tien', soort: 'klacht' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidSearchParams);
    expect((error as InvalidSearchParams).issues.map((i) => i.parameter)).toEqual([
      'soort',
      'limit',
      'offset',
    ]);
    expect((error as InvalidSearchParams).message).toContain(
      "Parameter 'limit': gevonden '-1', verwacht een geheel getal van 0 tot en met 100.",
    );
  });

  it('names the upper bound when an offset has more digits than it reads', () => {
    const result = ideaSearchParams.safeParse({ offset: '99999999999' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => (issue.code === 'custom' ? issue.params : {}))).toEqual([
      { found: '99999999999', expected: 'een geheel getal van 0 tot en met 999.999.999' },
    ]);
  });

  it('is one zod schema: each unreadable parameter an issue at its path with what was found and expected', () => {
    const result = ideaSearchParams.safeParse({ soort: ['wens', 'klacht'], limit: '1,5', onbekend: 'x' });
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((issue) => [issue.path, issue.code === 'custom' ? issue.params : {}]),
    ).toEqual([
      [['soort'], { found: 'klacht', expected: 'wens, kans, knelpunt of voorstel' }],
      [['limit'], { found: '1,5', expected: 'een geheel getal van 0 tot en met 100' }],
    ]);
    expect(ideaSearchParams.parse({ q: ['a', ' b '], soort: ['Wensen', 'wens'], offset: 40 })).toEqual({
      q: 'a b',
      filters: { thema: [], soort: ['wens'], branche: [], provincie: [], beroep: [] },
      limit: 20,
      offset: 40,
    });
  });
});
