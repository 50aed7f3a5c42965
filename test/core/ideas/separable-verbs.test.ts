/**
 * Dutch separable verbs split in a query's main clause (separable-verbs.ts): `valt … uit` is read as
 * `uitval`/`uitvallen` when that word is known, and the particle is then not searched on its own.
 */
import { describe, expect, it } from 'vitest';
import { THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';
import { formatQuery, distinctWords, parseQuery } from '../../../src/core/ideas/query-terms.js';
import {
  infinitiveOfStem,
  infinitivesOf,
  joinedWord,
  readSeparableVerbs,
  stemOfInfinitive,
  type JoinKnowledge,
} from '../../../src/core/ideas/separable-verbs.js';

/** Knowledge of a few words, as a databank's vocabulary would hold them, and the bundled thesaurus. */
const know = (...words: string[]): JoinKnowledge => ({
  isKnown: (word) => words.includes(word) || THESAURUS.terms.has(word),
  terms: THESAURUS.terms,
});
const read = (q: string, knowledge: JoinKnowledge) => readSeparableVerbs(parseQuery(q), knowledge);
/** The words a query searches after the joining (what the server looks up). */
const searched = (q: string, knowledge: JoinKnowledge) => distinctWords(read(q, knowledge));

describe('verb forms', () => {
  it('finds the infinitive of present, plural and past forms, weak and strong', () => {
    const cases: [string, string][] = [
      ['valt', 'vallen'],
      ['vallen', 'vallen'],
      ['viel', 'vallen'],
      ['vielen', 'vallen'],
      ['neemt', 'nemen'],
      ['nam', 'nemen'],
      ['werk', 'werken'],
      ['werkt', 'werken'],
      ['werkte', 'werken'],
      ['werkten', 'werken'],
      ['vult', 'vullen'],
      ['vulde', 'vullen'],
      ['loopt', 'lopen'],
      ['liep', 'lopen'],
      ['draag', 'dragen'],
      ['sprongen', 'springen'],
      ['geeft', 'geven'],
      ['blijft', 'blijven'],
      ['zet', 'zetten'],
      ['kan', 'kunnen'],
    ];
    // Guesses (`werkten` may be a plural, as `wachten` is): the infinitive is among them.
    for (const [form, infinitive] of cases) expect(infinitivesOf(form), form).toContain(infinitive);
    // The present singular's likeliest reading first.
    expect(infinitivesOf('valt')[0]).toBe('vallen');
    expect(infinitivesOf('loopt')[0]).toBe('lopen');
  });

  it('spells stems and infinitives into each other', () => {
    for (const [s, infinitive] of [
      ['val', 'vallen'],
      ['neem', 'nemen'],
      ['draag', 'dragen'],
      ['geef', 'geven'],
      ['lees', 'lezen'],
      ['werk', 'werken'],
      ['spring', 'springen'],
    ] as const) {
      expect(infinitiveOfStem(s)).toBe(infinitive);
      expect(stemOfInfinitive(infinitive)).toBe(s);
    }
  });
});

describe('joinedWord', () => {
  it('takes the first known of infinitive, noun and irregular noun', () => {
    expect(joinedWord('neemt', 'over', know('overnemen', 'overname'))).toBe('overnemen');
    expect(joinedWord('valt', 'uit', know())).toBe('uitval'); // a thesaurus term (werkdruk)
    expect(joinedWord('draag', 'over', know('overdracht'))).toBe('overdracht');
    expect(joinedWord('vult', 'in', know('invullen'))).toBe('invullen');
  });

  it('reads a known finite form (`uitloopt`) as its infinitive', () => {
    expect(joinedWord('loopt', 'uit', know('uitloopt'))).toBe('uitlopen');
  });

  it('takes a noun that starts thesaurus terms as their family (`inval` of `invallers`)', () => {
    expect(THESAURUS.terms.has('invallers')).toBe(true);
    expect(joinedWord('val', 'in', know())).toBe('inval');
  });

  it('invents no word: nothing known, nothing joined', () => {
    expect(joinedWord('neemt', 'over', { isKnown: () => false })).toBeNull();
    expect(joinedWord('sprongen', 'bij', know())).toBeNull();
  });
});

describe('readSeparableVerbs', () => {
  it('joins each split verb of a main clause and leaves its particle out of the search', () => {
    const knowledge = know('overnemen');
    expect(searched('collega valt uit wie neemt over', knowledge)).toEqual([
      'collega',
      'uitval',
      'wie',
      'overnemen',
    ]);
    expect(searched("ik werk nieuwe collega's in", knowledge)).toContain('inwerken');
    expect(searched('wie vult het formulier in', know('invullen'))).toEqual([
      'wie',
      'invullen',
      'het',
      'formulier',
    ]);
  });

  it('lets prepositional phrases and new clauses follow the particle', () => {
    expect(searched('ik val in op een andere afdeling', know())).toEqual([
      'ik',
      'inval',
      'op',
      'een',
      'andere',
      'afdeling',
    ]);
    expect(searched('ik draag over aan de avonddienst', know('overdracht'))).toContain('overdracht');
    expect(searched('de planning loopt uit', know('uitloopt'))).toEqual(['de', 'planning', 'uitlopen']);
  });

  it('reads a particle followed by its object as a preposition', () => {
    const knowledge = know('inwerken', 'opkomen', 'aandoen');
    expect(searched('werk in de wijk', knowledge)).toEqual(['werk', 'in', 'de', 'wijk']);
    expect(searched('manager komt nooit op de vloer', knowledge)).not.toContain('opkomen');
    expect(searched('wat moeten we doen aan de wachtlijst', knowledge)).not.toContain('aandoen');
  });

  it('joins no verb across a clause boundary, nor a quoted or negated word', () => {
    expect(searched('ik werk als het druk is in', know('inwerken'))).not.toContain('inwerken');
    expect(searched('"werk" nieuwe collega in', know('inwerken'))).not.toContain('inwerken');
    expect(searched('-werk nieuwe collega in', know('inwerken'))).not.toContain('inwerken');
  });

  it('writes the query back as typed', () => {
    const terms = read('wie vult het formulier in', know('invullen'));
    expect(terms[1]).toMatchObject({ words: ['invullen'], typed: 'vult', separable: true });
    expect(terms[4]).toMatchObject({ words: ['in'], particle: true });
    expect(formatQuery(terms)).toBe('wie vult het formulier in');
  });
});
