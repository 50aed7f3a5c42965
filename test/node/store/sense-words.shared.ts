/**
 * The two search paths read a text's words alike (session 29): the index terms the static export makes
 * of a text (analyzer/fold.ts `tokenize`, then `stem`, with the senses' tags of word-senses.ts) are the
 * lexemes the server's search vector holds (`werkbalans_senses`, migration 020, then `to_tsvector` with
 * `unaccent` and the Dutch stemmer). Compared for every word of `ouder` written with an accent on each of
 * its vowels (composed, as a combining mark, upper case), beside `_`, small digits, quotes, dashes and
 * other signs, and in letters that `unaccent` folds and NFD does not (`ø`, `ß`, full width). Before,
 * `Oudéren`, `ÖUDERS` and `ouders_groep` had the sense's tag only in the static export, `ouderén` the
 * wrong one on the server, and `Øuders`, `oudersß`, `ouders²` were other words in the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinedWords, tokenize } from '../../../src/core/ideas/analyzer/fold.js';
import { DUTCH_STOP_WORDS } from '../../../src/core/ideas/analyzer/dutch-stop-words.js';
import { stem } from '../../../src/core/ideas/analyzer/stem.js';
import type { Database } from '../../../src/node/store/database.js';

/** Words of either sense, of neither, and words that only hold the letters `ouder`. */
const WORDS = [
  'ouder',
  'ouders',
  'oudere',
  'ouderen',
  'ouderenzorg',
  'ouderavond',
  'ouderdom',
  'ouderling',
  'ouderwets',
  'grootouders',
  'schouder',
  'kouder',
];

const ACCENTS: Readonly<Record<string, readonly string[]>> = {
  o: ['ó', 'ö', 'ò', 'ô'],
  u: ['ú', 'ü', 'ù', 'û'],
  e: ['é', 'ë', 'è', 'ê'],
};

/** The word as written, capitalised, in capitals, and with an accent on one vowel, composed or not. */
function writings(word: string): string[] {
  const out = [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];
  for (let i = 0; i < word.length; i++)
    for (const accented of ACCENTS[word.charAt(i)] ?? []) {
      const written = word.slice(0, i) + accented + word.slice(i + 1);
      out.push(written, written.normalize('NFD'), written.toUpperCase());
    }
  return out;
}

/** Signs beside a word: each ends it on both paths. */
const SIGNS = [
  '_',
  '__',
  '²',
  '½',
  '’',
  "'",
  '—',
  '\u00a0',
  '«',
  '»',
  '(',
  ')',
  ':',
  ';',
  '!',
  '?',
  ',',
  '*',
  '+',
  '=',
  '|',
];

export const TEXTS: readonly string[] = [
  ...WORDS.flatMap(writings),
  ...WORDS.flatMap((word) =>
    SIGNS.flatMap((sign) => [
      `${sign}${word}`,
      `${word}${sign}`,
      `groep${sign}${word}`,
      `${word}${sign}groep`,
    ]),
  ),
  // Letters unaccent folds that NFD leaves, and letters and digits after the word.
  'Øuders',
  'øuderen',
  'oudersß',
  'ouderø',
  'ＯＵＤＥＲＳ',
  'ｏｕｄｅｒｅｎｚｏｒｇ',
  'oudeﬁets',
  'ouders2',
  'ouderen2024',
  'Oudérenzorg en Ouderavond_2024 bĳ de ÖUDERCOMMISSIE',
];

/** The static export's index terms of a text (local-search.ts: its words and joined words, no stop words). */
function browserTerms(text: string): string[] {
  const words = [...tokenize(text), ...joinedWords(text)].filter((word) => !DUTCH_STOP_WORDS.has(word));
  return [...new Set(words.map(stem))].sort();
}

export function senseWordsSuite(name: string, open: () => Promise<Database>): void {
  describe(`the words of a text on both search paths, ${name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(() => db?.close());

    it('gives the index terms of the static export as the lexemes of the search vector', async () => {
      const { rows } = await db.query<{ text: string; lexemes: string[] }>(
        `SELECT t AS text, tsvector_to_array(
             to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(t))
             || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(werkbalans_joined_words(t)))) AS lexemes
         FROM unnest($1::text[]) AS t`,
        [TEXTS],
      );
      const differ = rows
        .map((row) => ({ text: row.text, server: [...row.lexemes].sort(), static: browserTerms(row.text) }))
        .filter((row) => row.server.join(' ') !== row.static.join(' '));
      expect(differ).toEqual([]);
      expect(rows.length).toBe(TEXTS.length);
    });

    it('puts a tag before the word as written and changes nothing else', async () => {
      const { rows } = await db.query<{ text: string; tagged: string }>(
        'SELECT t AS text, werkbalans_senses(t) AS tagged FROM unnest($1::text[]) AS t',
        [['Oudéren_groep en ÖUDERS, de schouder²', 'Geen enkel woord hier', 'ouder\u0301s']],
      );
      expect(rows.map((row) => row.tagged)).toEqual([
        'xqsnrOudéren_groep en xqprtÖUDERS, de schouder²',
        'Geen enkel woord hier',
        'xqprtouder\u0301s',
      ]);
    });
  });
}
