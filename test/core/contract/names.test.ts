import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareNames,
  editDistance,
  foldAccents,
  labelKey,
  MAX_PLAIN_DIGITS,
  nearestLabel,
  likelySlugs,
  isPlainName,
  normaliseLabel,
  plainNameOrder,
} from '../../../src/core/contract/names.js';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Names of ASCII letters, digits and spaces, from a seeded generator (the same names every run). */
function plainNames(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return (state >>> 8) % n;
  };
  const alphabet = ['a', 'B', 'e', 'E', 'i', 'j', 'I', 'J', 'z', 'Z', 'y', ' ', '0', '1', '2', '9', '00'];
  return Array.from({ length: count }, () => {
    const length = next(9);
    let name = next(4) === 0 ? 'Beroep ' : '';
    for (let k = 0; k < length; k++) name += alphabet[next(alphabet.length)];
    return name;
  });
}

describe('names', () => {
  it('folds accents and case the same way for every key', () => {
    expect(foldAccents('Cliënten ÉÉN Coördinatie')).toBe('clienten een coordinatie');
    expect(normaliseLabel('  Verpleegkundigen psychiatrie,  GGZ ')).toBe('verpleegkundigen psychiatrie ggz');
    expect(labelKey('Noord-Holland')).toBe(labelKey('noord holland'));
    expect(labelKey('Patiënt (zorg)')).toBe('patientzorg');
  });

  it('folds the letters PostgreSQL unaccent folds and NFD keeps, as the server reads them', () => {
    // The Dutch ligature, a PDF's `ﬁ`, full width, `ß`, `æ`, `œ` and letters with a stroke (session 29).
    expect(foldAccents('BĲ de ﬁnanciën')).toBe('bij de financien');
    expect(foldAccents('ＯＵＤＥＲＳ ２４')).toBe('ouders 24');
    expect(foldAccents('Straße Æble Œuvre Øuders Łódź Đak')).toBe('strasse aeble oeuvre ouders lodz dak');
    expect(foldAccents('Oude\u0301ren')).toBe('ouderen');
  });

  it('orders names the Dutch way: case and accents aside, numbers by value, ties by code units', () => {
    const names = ['niveau 10', 'Élan', 'niveau 4', 'elan', 'Appel', 'appel'];
    expect([...names].sort(compareNames)).toEqual([
      'Appel',
      'appel',
      'elan',
      'Élan',
      'niveau 4',
      'niveau 10',
    ]);
    expect(compareNames('Huisartsen', 'Huisartsen')).toBe(0);
  });

  it('orders plain names (ASCII letters, digits, spaces) exactly as the Dutch collator, without it', () => {
    const names = [
      ...plainNames(1_500, 7),
      'Beroep 001',
      'Beroep 1',
      'Beroep 01a',
      'Beroep 10',
      'beroep 2',
      'Beroep  2',
      'Beroep2',
      '000',
      '0',
      '',
      ' ',
      'IJsselmeer',
      'ijzer',
      'Izaak',
      'a 12345678901234567890',
      'a 12345678901234567891',
      'a 9999999999999999999',
    ];
    expect(names.every(isPlainName)).toBe(true);
    let compared = 0;
    const differ: string[] = [];
    for (let i = 0; i < names.length; i++)
      for (let j = i; j < names.length; j += 1 + (i % 7)) {
        const a = names[i]!;
        const b = names[j]!;
        if (Math.sign(plainNameOrder(a, b)) !== collator.compare(a, b))
          differ.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        compared++;
      }
    expect(compared).toBeGreaterThan(100_000);
    expect(differ.slice(0, 5)).toEqual([]);
    expect(isPlainName('Cliënten')).toBe(false);
    expect(isPlainName('Noord-Holland')).toBe(false);
    // A plain name beside one that is not: the collator decides, as before.
    expect(compareNames('Élan', 'Elan 2')).toBe(collator.compare('Élan', 'Elan 2'));
  });

  it('sends control characters and very long numbers to the collator, so the order stays one order', () => {
    // The collator ignores control characters; ICU compares numbers of over 254 digits in chunks.
    for (const name of ['a\u0019s', 'a\u0000b', 'a\u0010', '\u001fz', `x${'1'.repeat(MAX_PLAIN_DIGITS + 1)}`])
      expect(isPlainName(name)).toBe(false);
    expect(isPlainName(`x${'1'.repeat(MAX_PLAIN_DIGITS)} 2`)).toBe(true);
    expect(collator.compare('a\u0019s', 'ab')).toBe(1);
    expect(Math.sign(compareNames('a\u0019s', 'ab'))).toBe(1);
    const long = ['1'.repeat(255), `2${'0'.repeat(254)}`];
    expect(Math.sign(compareNames(long[0]!, long[1]!))).toBe(collator.compare(long[0]!, long[1]!));
    // Any three names sort to the same order whatever order they come in (transitive, total).
    const pool = [...plainNames(40, 7), 'áb', 'Ab', 'a\u0019s', 'ab', 'a b', 'a\u0000b', 'a1', 'a01', 'é1'];
    fc.assert(
      fc.property(fc.subarray(pool, { minLength: 3, maxLength: 3 }), fc.nat(5), (three, turn) => {
        const sorted = [...three].sort(compareNames);
        const turned = [...three.slice(turn % 3), ...three.slice(0, turn % 3)].reverse().sort(compareNames);
        expect(turned).toEqual(sorted);
      }),
      { seed: 11, numRuns: 2_000 },
    );
  });

  it('measures the edit distance', () => {
    expect(editDistance('werkdruk', 'werkdruk')).toBe(0);
    expect(editDistance('agresie', 'agressie')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    // Two neighbouring letters swapped are one edit (they were two).
    expect(editDistance('werkdurk', 'werkdruk')).toBe(1);
    expect(editDistance('roosetr', 'rooster')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    // A swap and a replacement; letters apart are no swap; the optimal string alignment counts `ca` →
    // `abc` as three (no edit of a swapped pair again).
    expect(editDistance('abdc', 'bacd')).toBe(2);
    expect(editDistance('abc', 'cba')).toBe(2);
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('finds the nearest admitted label, the earlier one on a tie, none when none is admitted', () => {
    const candidates = ['Jeugdzorg', 'Kinderopvang', 'Jeugdzorx'].map((label) => ({
      label,
      key: labelKey(label),
    }));
    expect(nearestLabel(labelKey('Jeugdzorgg'), candidates)).toBe('Jeugdzorg');
    expect(nearestLabel(labelKey('Jeugdzorgx'), candidates)).toBe('Jeugdzorg');
    expect(nearestLabel(labelKey('Apotheek'), candidates, (distance) => distance <= 2)).toBeUndefined();
    const share = (wanted: string, key: string) =>
      editDistance(wanted, key) / Math.max(wanted.length, key.length);
    expect(nearestLabel(labelKey('kinderopvan'), candidates, (s) => s <= 0.4, share)).toBe('Kinderopvang');
  });
});

describe('likelySlugs', () => {
  const pages = [
    'werkdruk-en-roosters',
    'samenwerking',
    'administratieve-lasten',
    'ontwikkeling-en-loopbaan',
  ].map((key) => ({ label: key, key }));

  it('offers the slug holding the wanted slug, or the nearest within a third of its length', () => {
    expect(likelySlugs('werkdruk', pages)).toEqual(['werkdruk-en-roosters']);
    expect(likelySlugs('Samenwerkng', pages)).toEqual(['samenwerking']);
    expect(likelySlugs('werkdruk-en-roosters-2024', pages)).toEqual(['werkdruk-en-roosters']);
  });

  it('offers every slug an ambiguous address is part of, nearest in length first, none beyond three', () => {
    expect(likelySlugs('werk', pages)).toEqual(['samenwerking', 'werkdruk-en-roosters']);
    const many = ['a-zorg', 'b-zorg', 'c-zorg', 'd-zorg'].map((key) => ({ label: key, key }));
    expect(likelySlugs('zorg', many.slice(0, 3))).toHaveLength(3);
    expect(likelySlugs('zorg', many)).toEqual([]);
  });

  it('suggests nothing for a short or distant slug', () => {
    expect(likelySlugs('we', pages)).toEqual([]);
    expect(likelySlugs('xyzzy', pages)).toEqual([]);
    expect(likelySlugs('roosterwerk', pages)).toEqual([]);
  });
});
