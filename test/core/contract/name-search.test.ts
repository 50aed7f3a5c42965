import { describe, expect, it } from 'vitest';
import { otherProfessionNames, PROFESSIONS } from '../../../src/core/contract/professions.js';
import { searchMatches, substringDistance } from '../../../src/core/contract/name-search.js';

/** What the finder shows: the whole list decides (the server's list and the live filter alike). */
const found = (query: string) => {
  const matched = searchMatches(
    PROFESSIONS.map((name) => ({ name, aliases: otherProfessionNames(name) })),
    query,
  );
  return PROFESSIONS.filter((_, i) => matched[i]);
};

describe('finding a profession by what a reader types', () => {
  it('finds the everyday names care workers use (audit 8, finding 4)', () => {
    const one = (query: string, profession: string) => expect(found(query), query).toEqual([profession]);
    one('SPV', 'Verpleegkundigen psychiatrie, ggz');
    one('sociaal psychiatrisch verpleegkundige', 'Verpleegkundigen psychiatrie, ggz');
    one('wijkverpleging', 'Wijkverpleegkundigen');
    one('poh ggz', 'Praktijkondersteuners');
    one('POH-GGZ', 'Praktijkondersteuners');
    one('ambulant begeleider', 'Thuisbegeleiders');
    one('jeugdhulpverlener', 'Jeugdzorgwerkers');
    one('huishoudelijk medewerker', 'Huishoudelijke hulpen');
    one("pm'er", 'Teamleiders en medewerkers kinderopvang');
    one('BSO', 'Teamleiders en medewerkers kinderopvang');
    one('zorgmanager', 'Managers zorginstellingen');
    // Psychiatrists are medical specialists; the ggz nurses are no longer found by one typo.
    one('psychiater', 'Medisch specialisten');
  });

  it('keeps a word naming the sector or setting where it narrows, and leaves it out where it would empty the list', () => {
    expect(found('begeleider gehandicaptenzorg')).toEqual(found('begeleider'));
    expect(found('begeleider')).toEqual([
      'Groeps- en woonbegeleiders',
      'Persoonlijk begeleiders',
      'Thuisbegeleiders',
    ]);
    expect(found('ziekenhuis verpleegkundige')).toEqual(found('verpleegkundige'));
    expect(found('verpleegkundige')).toHaveLength(4);
    // Narrows: ggz names one of the nurses.
    expect(found('verpleegkundige ggz')).toEqual(['Verpleegkundigen psychiatrie, ggz']);
    // A word that is no setting still empties the list.
    expect(found('vrachtwagenchauffeur')).toEqual([]);
    expect(found('vrachtwagenchauffeur ziekenhuis')).toEqual([]);
  });

  it('matches every word anywhere in the name, ignoring case, accents and punctuation', () => {
    expect(found('verpleeg ggz')).toEqual(['Verpleegkundigen psychiatrie, ggz']);
    expect(found('HYGIENISTEN')).toEqual(['Tandartsassistenten en mondhygiënisten']);
    expect(found('')).toHaveLength(PROFESSIONS.length);
  });

  it('tolerates a typo in a longer word: one from 6 letters, two from 9', () => {
    expect(found('verpleegkundge')).toEqual([
      'Basisverpleegkundige niveau 4',
      'Gespecialiseerd verpleegkundigen en verpleegkundig coördinatoren',
      'Verpleegkundigen psychiatrie, ggz',
      'Wijkverpleegkundigen',
    ]);
    expect(found('fysioterapeut')).toEqual(['Fysiotherapeuten']);
    expect(found('doktersasistent')).toEqual(['Doktersassistenten']);
    expect(found('huisarst')).toEqual(['Huisartsen']);
    // Two neighbouring letters swapped are one edit.
    expect(found('huisatrs')).toEqual(['Huisartsen']);
    expect(substringDistance('huisatrs', 'huisartsen')).toBe(1);
  });

  it('finds a profession by its other names, with the same typo tolerance', () => {
    expect(found('thuiszorg')).toEqual(['Verzorgenden thuis- en kraamzorg']);
    expect(found('pedagogisch medewerker')).toEqual(['Teamleiders en medewerkers kinderopvang']);
    expect(found('pedagogish medewerker')).toEqual(['Teamleiders en medewerkers kinderopvang']);
    expect(found('operatieassistent')).toEqual(['OK-assistenten']);
    expect(found('POH')).toEqual(['Praktijkondersteuners']);
    // The words may come from the name and an other name alike.
    expect(found('pedagogisch kinderopvang')).toEqual(['Teamleiders en medewerkers kinderopvang']);
  });

  it('finds a profession by the everyday names of its workers (audit 7, finding 9)', () => {
    for (const name of ['psycholoog', 'psychologen', 'orthopedagoog', 'gz-psycholoog', 'GZ psycholoog'])
      expect(found(name)).toEqual(['Gedragsdeskundigen (wo)']);
    expect(found('wijkzuster')).toEqual(['Wijkverpleegkundigen']);
  });

  it('matches a word of 1 to 3 letters only where a word of the name starts', () => {
    // `ig` was inside verpleegkund-ig and gespecialiseerd: six professions for "verzorgende IG".
    expect(found('IG')).toEqual(['Verzorgenden intramuraal']);
    expect(found('ok')).toEqual(['OK-assistenten']);
    expect(found('ggz')).toEqual(['Verpleegkundigen psychiatrie, ggz']);
    expect(found('wo')).toEqual(['Gedragsdeskundigen (wo)', 'Groeps- en woonbegeleiders']);
    expect(found('ver').length).toBeGreaterThan(4);
    // From four letters a word is found inside a compound.
    expect(found('arts')).toContain('Huisartsen');
  });

  it('knows the other names of a name the data writes in any of its forms', () => {
    expect(otherProfessionNames('Verzorgende IG')).toEqual([
      'Verzorgenden intramuraal',
      'Verzorgende intramuraal',
    ]);
    expect(otherProfessionNames('huisartsen')).toEqual(['Huisartsen', 'Huisarts']);
    expect(otherProfessionNames('Gedragsdeskundigen')).toContain('Gedragsdeskundigen (wo)');
    expect(otherProfessionNames('Kapper')).toEqual([]);
  });

  it('keeps short words exact, so a typo budget does not flood the list', () => {
    // The physicians, now with the medical specialists (audit 8, finding 4); `tandarts` holds it too.
    expect(found('arts')).toEqual([
      'Huisartsen',
      'Medisch specialisten',
      'Tandartsassistenten en mondhygiënisten',
    ]);
    expect(found('xyz')).toEqual([]);
    expect(found('zorh')).toEqual([]);
    // Five letters stay exact too: with one letter dropped, `thuis` was `huis` inside any name.
    expect(found('thuis')).toEqual(['Thuisbegeleiders', 'Verzorgenden thuis- en kraamzorg']);
  });
});

describe('substringDistance', () => {
  it('is the fewest edits that turn the word into some part of the text', () => {
    expect(substringDistance('kund', 'verpleegkundige')).toBe(0);
    expect(substringDistance('kundge', 'verpleegkundige')).toBe(1);
    expect(substringDistance('abc', '')).toBe(3);
    expect(substringDistance('', 'abc')).toBe(0);
  });
});

describe('bounded work', () => {
  it('refuses a word far longer than any name without comparing it letter by letter', () => {
    // (No timing in tests: the early return is what keeps this cheap; the answer is checked here.)
    const long = 'a'.repeat(100_000);
    expect(found(long)).toEqual([]);
  });
});
