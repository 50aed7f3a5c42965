import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_NAMES } from '../../../src/core/ideas/first-names.js';
import { maskPersonalData } from '../../../src/core/ideas/mask.js';
import { WORD_NAMES } from '../../../src/core/ideas/mask-bare-words.js';
import { LOWER_WORDS } from '../../../src/core/ideas/mask-lower-words.js';

const masked = (text: string) => maskPersonalData(text).text;

describe('first names that are also words (review 29m)', () => {
  it.each([
    // Names whose word rarely opens a Dutch sentence: masked at the start as any listed name.
    ['Noor heeft de hele nacht bij meneer gezeten.', '[naam] heeft de hele nacht bij meneer gezeten.'],
    ['Tim (8 jaar) heeft autisme.', '[naam] (8 jaar) heeft autisme.'],
    [
      'De melding ging naar Kim, onze kwaliteitsfunctionaris.',
      'De melding ging naar [naam], onze kwaliteitsfunctionaris.',
    ],
    ['Eva is ziek.', '[naam] is ziek.'],
    ['Peter zorgt voor koffie.', '[naam] zorgt voor koffie.'],
  ])('masks %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    // A name that is also a word, at a sentence's start, with proof of a person.
    ['Roos de Vries komt morgen.', '[naam] komt morgen.'],
    ['Max (17) woont sinds kort op de groep.', '[naam] (17) woont sinds kort op de groep.'],
    ['Roos (kamer 12) valt vaak.', '[naam] (kamer 12) valt vaak.'],
    ['Mark, onze nieuwe collega, kwam uit de GGZ.', '[naam], onze nieuwe collega, kwam uit de GGZ.'],
    ['Iris, verpleegkundige', '[naam], verpleegkundige'],
    ['Ik, Bas, werk als verzorgende.', 'Ik, [naam], werk als verzorgende.'],
    ['Floor! Wil je de deur dichtdoen?', '[naam]! Wil je de deur dichtdoen?'],
    // The caution holds for the sentence's first word only.
    ['Toen Roos ziek werd, was er niemand.', 'Toen [naam] ziek werd, was er niemand.'],
    ['Als Bas er niet is, loopt alles vast.', 'Als [naam] er niet is, loopt alles vast.'],
  ])('masks a word name shown to be a person: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    'Roos en eczeem komen vaak samen voor.',
    'Ben je er morgen ook?',
    'Zorgcentrum Iris heeft een nieuwe tuin.',
  ])('keeps a word name without proof: %j', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each([
    'De kinderopvang meldt luis; we controleren alle kinderen op luis en neten.',
    'In de verslavingszorg werken we met harm reduction en housing first.',
    'Ik werk met kitty litter op de zorgboerderij.',
    'Ze draagt graag rosa sokken.',
    'Merel zat op de vensterbank en bewoners keken ernaar.',
    'Bij de yogales sluiten we af met om shanti.',
    'We kochten een ton aan hulpmiddelen.',
  ])('keeps a lower-case word that is also a name: %j', (text) => {
    expect(masked(text)).toBe(text);
  });

  it('masks in lower case only listed names that are no word', () => {
    const lower = ['emre', 'fatima', 'sanne', 'zeynep', 'luis', 'harm', 'kitty', 'rosa', 'eva', 'roos'];
    const maskable = lower.filter((name) => masked(`zoals ${name} al zei`) !== `zoals ${name} al zei`);
    expect(maskable).toEqual(['emre', 'fatima', 'sanne', 'zeynep']);
  });

  it.runIf(existsSync('/usr/share/dict/dutch'))('lists every listed name that is a Dutch word', () => {
    const dict = new Set(readFileSync('/usr/share/dict/dutch', 'utf8').split('\n'));
    const missing = [...FIRST_NAMES].filter((n) => dict.has(n) && !WORD_NAMES.has(n) && !LOWER_WORDS.has(n));
    expect(missing).toEqual([]);
  });
});

describe('lists of names (review 29m)', () => {
  it.each([
    ['Begeleiders: Roos, Bas en Iris.', 'Begeleiders: [naam], [naam] en [naam].'],
    ['Aanwezig: Roos, Bas, Iris, Floor.', 'Aanwezig: [naam], [naam], [naam], [naam].'],
    ['Roos, Bas en Iris doen de nachten.', '[naam], [naam] en [naam] doen de nachten.'],
  ])('masks every listed first name of a list with names: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it('keeps a word before a comma that is no listed name', () => {
    expect(masked('Tulpen, rozen en Iris van de buren.')).toBe('Tulpen, rozen en [naam] van de buren.');
  });
});

describe('known names and idioms around a first name (review 29m)', () => {
  it.each([
    'Tijdens Maria Hemelvaart is de dagbesteding dicht.',
    'Magere Hein kwam vaak langs in die winter.',
    'Met Sint en Piet op bezoek bij de kinderafdeling.',
    'We lezen Annie M.G. Schmidt voor op de groep.',
  ])('keeps %j', (text) => {
    expect(masked(text)).toBe(text);
  });

  it('masks a name that only begins like an idiom', () => {
    expect(masked('Met Sint en Pieter op bezoek.')).toBe('Met Sint en [naam] op bezoek.');
  });
});

describe('idempotence over a long run of names (review 29m)', () => {
  it('masks a run of listed names whole, so a second pass changes nothing', () => {
    const text = 'Met Fatima Sanne Karin Petra Mehmet Wendy Yvonne Joyce Anouk Bianca Linda gaat het goed.';
    const once = masked(text);
    expect(once).not.toMatch(/Anouk|Bianca|Linda/);
    expect(masked(once)).toBe(once);
  });
});
