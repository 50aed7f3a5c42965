import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  facetValues,
  foldText,
  createLocalSearch,
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

  it('ranks ideas with every word first, finds ideas with some, also without accents and inside compounds', () => {
    const ids = (q: string) => localSearch(IDEAS, { q, filters: none }).items.map((i) => i.id);
    expect(ids('')).toEqual(['a', 'b', 'c']);
    expect(ids('overleg').slice(0, 2).sort()).toEqual(['b', 'c']);
    expect(ids('patient')[0]).toBe('c');
    expect(ids('CLIËNTEN thuiszorg')[0]).toBe('a');
    expect(ids('overleg maandag')[0]).toBe('b');
    expect(ids('fietsenstalling')).toEqual([]);
    expect(ids('"vast teamoverleg"')).toEqual(['b']);
    expect(ids('overleg -maandag')).not.toContain('b');
  });

  it('reads an unquoted hyphenated or apostrophe word loosely and a quoted one strictly (issue 12)', () => {
    const HYPHENS: LocalIdea[] = [
      idea('h1', 'Na een burn-out kwam ik langzaam terug.'),
      idea('h2', 'Een burnout voorkomen met minder diensten.'),
      idea('h3', "Collega's raken burn out door de diensten."),
      idea('h4', "Als zzp'er werk ik flexibel in de thuiszorg."),
      idea('h5', 'E-health helpt bij zorg op afstand.'),
      idea('h6', 'Meer ehealth in de wijk.'),
      idea('h7', 'Mantelzorgondersteuning in de gemeente.'),
      idea('h8', 'Een 24-uurs dienst in de nacht.'),
      idea('h9', 'Meer scholing voor nieuwe medewerkers.'),
    ];
    const search = createLocalSearch(HYPHENS);
    const ids = (q: string) =>
      search
        .search({ q, filters: none })
        .items.map((i) => i.id)
        .sort();
    expect(ids('burn-out')).toEqual(['h1', 'h2', 'h3']);
    expect(ids("zzp'ers")).toEqual(['h4']);
    expect(ids('zzp-ers')).toEqual(['h4']);
    expect(ids('e-health')).toEqual(['h5', 'h6']);
    expect(ids('mantelzorg-ondersteuning')).toEqual(['h7']);
    expect(ids('24-uurs')).toEqual(['h8']);
    // A word written with a hyphen or apostrophe is also indexed as one word (as on the server).
    expect(ids('ehealth')).toEqual(['h5', 'h6']);
    expect(ids('zzper')).toEqual(['h4']);
    expect(ids('24uurs')).toEqual(['h8']);
    // The indexed `burn-out` is found by `burnout` and by `burn out`.
    expect(ids('burnout')).toEqual(['h1', 'h2', 'h3']);
    expect(ids('burn out')).toEqual(['h1', 'h2', 'h3']);
    // Quoted, the phrase is strict.
    expect(ids('"burn-out"')).toEqual(['h1', 'h3']);
    expect(ids('"zzp-ers"')).toEqual([]);
    expect(search.search({ q: 'burn-out', filters: none }).query?.words).toEqual([
      { word: 'burn-out', ideas: 3 },
    ]);
  });

  it('marks the matched words in each snippet, accents, compounds and phrases included, as the server does', () => {
    const snippet = (q: string, id: string) =>
      localSearch(
        [...IDEAS, idea('x', 'Overleg <b>nu</b> & later.'), idea('y', 'Elk team wil korter teamoverleg.')],
        { q, filters: none },
      ).items.find((i) => i.id === id)?.snippet;
    expect(snippet('patient', 'c')).toBe('Minder registratie, meer overleg met <mark>patiënten</mark>.');
    // A compound whose part matched (`team` is a word of the ideas, so `teamoverleg` is split).
    expect(snippet('overleg', 'y')).toBe('Elk team wil korter <mark>teamoverleg</mark>.');
    expect(snippet('"vast teamoverleg"', 'b')).toBe(
      'Een <mark>vast</mark> <mark>teamoverleg</mark> op maandag.',
    );
    // The text is escaped; only the marks are markup.
    expect(snippet('overleg', 'x')).toBe('<mark>Overleg</mark> &lt;b&gt;nu&lt;/b&gt; &amp; later.');
    // Without words: the text, escaped, nothing marked.
    expect(snippet('', 'x')).toBe('Overleg &lt;b&gt;nu&lt;/b&gt; &amp; later.');
  });

  it('reads a misspelt thesaurus term that no idea holds as the term, offering nothing, as the server does', () => {
    const typed = localSearch(IDEAS, { q: 'verslagleging', filters: none });
    const meant = localSearch(IDEAS, { q: 'verslaglegging', filters: none });
    expect(typed.items.length).toBeGreaterThan(0);
    expect(typed.items.map((i) => i.id)).toEqual(meant.items.map((i) => i.id));
    expect(typed.query?.suggestion ?? null).toBeNull();
    expect(meant.query?.suggestion ?? null).toBeNull();
  });

  it('keeps the stop words of a quoted phrase in their place, as the server does', () => {
    // The same ideas and expectations as the server's test (test/node/store/ideas.shared.ts).
    const phrases = [
      idea('p1', 'Het rooster komt altijd te laat.'),
      idea('p2', 'Laat het rooster eerder weten.'),
      idea('p3', 'De roosters te laat bekendmaken is slordig.'),
      idea('p4', 'Wij krijgen de zorg van de wijkverpleging.'),
      idea('p5', 'De zorg is van ons allemaal.'),
      idea('p6', 'Wie te laat komt, mist de overdracht.'),
    ];
    const search = createLocalSearch(phrases);
    const ids = (q: string) =>
      search
        .search({ q, filters: none })
        .items.map((i) => i.id)
        .sort();
    expect(ids('"te laat"')).toEqual(['p1', 'p3', 'p6']);
    expect(ids('"roosters te laat"')).toEqual(['p3']);
    expect(ids('"de zorg van"')).toEqual(['p4']);
    expect(ids('"rooster laat"')).toEqual([]);
    expect(ids('zorg van')).toEqual(['p4', 'p5']);
    // `laat` is a weak word: it adds to the ranking, it finds nothing on its own.
    expect(ids('roosters te laat')).toEqual(['p1', 'p2', 'p3']);
  });

  it('says which words matched and what a misspelt word probably meant', () => {
    const result = localSearch(IDEAS, { q: 'maandag patienten', filters: none });
    expect(result.query).toEqual({
      words: [
        { word: 'maandag', ideas: 1 },
        { word: 'patienten', ideas: 1 },
      ],
      allWords: 0,
      suggestion: null,
    });
    expect(localSearch(IDEAS, { q: 'teamoverlg', filters: none }).query?.suggestion).toBe('teamoverleg');
    // Two neighbouring letters swapped: one edit, suggested and found (the index's own fuzzy match
    // counts it as two).
    // One quoted word is strict, as on the server: no compound (`teamoverleg`) for `"overleg"`.
    const ids = (q: string) =>
      localSearch(IDEAS, { q, filters: none })
        .items.map((i) => i.id)
        .sort();
    expect(ids('overleg')).toEqual(expect.arrayContaining(['b', 'c']));
    expect(ids('"overleg"')).toEqual(['c']);
    // Excluded between quotes, strictly as well: `teamoverleg` is not `"overleg"`.
    expect(ids('maandag -"overleg"')).toEqual(['b']);
    expect(localSearch(IDEAS, { q: '"maadnag"', filters: none }).query?.suggestion).toBe('"maandag"');
    // A quoted word written with a hyphen in the idea.
    const hyphen = [idea('h', 'De e-health app werkt goed.')];
    expect(localSearch(hyphen, { q: '"ehealth"', filters: none }).items.map((i) => i.id)).toEqual(['h']);
    const swapped = localSearch(IDEAS, { q: 'maadnag', filters: none });
    expect(swapped.query?.suggestion).toBe('maandag');
    expect(swapped.items.map((i) => i.id)).toContain('b');
  });

  it('matches a synonym in whole words only, as the server does, and the word itself inside compounds', () => {
    const ideas = [
      idea('s', 'Elk jaar nieuwe eisen voor het veiligheidsbeleid.'),
      idea('w', 'Een bewoner werd agressief.'),
      idea('v', 'Veiligheid gaat voor, het beleid ook.'),
    ];
    const ids = (q: string) =>
      localSearch(ideas, { q, filters: none })
        .items.map((i) => i.id)
        .sort();
    // `veiligheid` is a synonym of `agressie`; in `veiligheidsbeleid` it is a compound's part.
    expect(ids('agressie')).toEqual(['v', 'w']);
    expect(ids('veiligheid')).toEqual(['s', 'v', 'w']);
  });

  it('measures a typo on the word, as the server does, not on its stem', () => {
    const ideas = [idea('p', 'De post ligt al weken ongeopend.'), idea('q', 'Er wordt gepest in het team.')];
    const ids = (q: string) => localSearch(ideas, { q, filters: none }).items.map((i) => i.id);
    // `pesten` is stemmed `pest`, one edit from `post`, but the word is two edits from `post`.
    expect(ids('pesten')).not.toContain('p');
    expect(ids('gepset')).toEqual(['q']);
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

  it('finds every idea containing a query word, ranks ideas with all words first, and filters (property)', () => {
    const word = fc.constantFrom('overleg', 'registratie', 'cliënten', 'maandag', 'x');
    const filterOf = fc.record(
      Object.fromEntries(
        FACETS.map((f) => [f, fc.subarray(['VVT', 'GGZ', 'wens', 'voorstel', 'Utrecht', 'Samenwerking'])]),
      ) as Record<Facet, fc.Arbitrary<string[]>>,
    );
    const search = createLocalSearch(IDEAS);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 2 }), filterOf, (words, filters) => {
        const result = search.search({ q: words.join(' '), filters });
        const filtered = (i: LocalIdea) =>
          FACETS.every(
            (f) => filters[f].length === 0 || facetValues(i, f).some((v) => filters[f].includes(v)),
          );
        const has = (i: LocalIdea, w: string) => foldText(i.text).includes(foldText(w));
        // Every filtered idea that contains some query word is found.
        for (const i of IDEAS.filter((i) => filtered(i) && words.some((w) => has(i, w))))
          expect(result.items.map((x) => x.id)).toContain(i.id);
        expect(result.items.every(filtered)).toBe(true);
        // Ideas containing every word come before the others.
        const full = result.items.map((i) => words.every((w) => has(i, w)));
        expect(full).toEqual([...full].sort((a, b) => Number(b) - Number(a)));
        expect(result.total).toBe(result.items.length);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
