import {
  COMBINING_MARKS,
  ELDERLY_SOURCE,
  ELDERLY_TAG,
  PARENT_SOURCE,
  PARENT_TAG,
} from '../../../core/ideas/analyzer/word-senses.js';
import type { Migration } from './migration.js';

/**
 * The senses of `ouder` read word by word, as the static export reads them (session 29). Migration 019
 * tested its two patterns on the text as written, between `\m` and `\M`, so the server and the browser
 * read some words apart: an accented word (`Oudéren`, `ÖUDERS`) had no tag on the server, as the
 * pattern saw the `é` before `unaccent` took it off, and `ouderén` the parent's tag; a word beside `_`
 * (`ouders_groep`, `groep_ouderen`) had none either, `_` being a word character to `\m` and `\M` but a
 * separator to the parser and the browser. The index then held the one stem `ouder` for them, which no
 * query stem (taken from the folded word) matches: an idea writing `Oudéren` was found by no `ouderen`
 * on the server and by every `ouderen` in the static export.
 *
 * `werkbalans_senses` now reads each run of letters, digits and combining marks (the parser's word, the
 * browser's `tokenize`) folded as the index folds it (`werkbalans_sense_fold`: `unaccent`, lower case,
 * the marks `unaccent` leaves), and tests the patterns of word-senses.ts, anchored, on that; the tag goes
 * before the run as written. A text that is plain ASCII without `ouder` is returned after one test, as
 * before, and one whose folding holds no `ouder` after the folding.
 *
 * Stores made before are rewritten in place, in the migration's transaction: the search vector and the
 * concepts (from the same analysis, as the trigger of migration 019 writes them) of each idea whose
 * folded text holds `ouder`. The vocabulary needs no change: its words were folded before 019 tagged
 * them. The concept functions' stems (search-concepts.ts) are of folded thesaurus terms, which both
 * versions read alike. The literals are escape strings, safe with `standard_conforming_strings` off.
 */
const FOLD_FUNCTION = `CREATE OR REPLACE FUNCTION werkbalans_sense_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $body$
    SELECT regexp_replace(lower(werkbalans_unaccent($1)), E'[${COMBINING_MARKS}]+', '', 'g')
  $body$`;

/** A character of a word: a letter or digit to PostgreSQL (the parser's word), or a combining mark. */
const WORD = `[[:alnum:]${COMBINING_MARKS}]`;

/**
 * The tags of a text that may hold a word of either sense, put in word by word: each run of a word's
 * characters with the characters before it, the run folded once (as written when it is ASCII, not at
 * all when too short to hold `ouder`). Folding every run twice, in runs of either kind, took 210
 * against 115 µs per text holding `ouder` with its `to_tsvector` (PGlite, 3 000 synthetic texts).
 */
const SENSE_WORDS_FUNCTION = `CREATE OR REPLACE FUNCTION werkbalans_sense_words(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $body$
    SELECT string_agg(
        r.run[1]
          || CASE WHEN f.word ~ E'^${ELDERLY_SOURCE}$' THEN E'${ELDERLY_TAG}'
                  WHEN f.word ~ E'^${PARENT_SOURCE}$' THEN E'${PARENT_TAG}'
                  ELSE '' END
          || r.run[2],
        '' ORDER BY r.n)
    FROM regexp_matches($1, E'([^${WORD.slice(1, -1)}]*)(${WORD}*)', 'g') WITH ORDINALITY AS r(run, n)
    CROSS JOIN LATERAL (
      SELECT CASE WHEN length(r.run[2]) < 5 THEN ''
                  WHEN octet_length(r.run[2]) = length(r.run[2]) THEN lower(r.run[2])
                  ELSE werkbalans_sense_fold(r.run[2]) END AS word) f
  $body$`;

/**
 * One expression, as migration 019's was: a text without `ouder` is returned after a test or two (plain
 * ASCII without it, or a text whose folding holds none). With the tagging in this function's own body
 * every call cost more, tagged or not: 38 against 31 µs per plain text, 49 against 41 per text with
 * accents (019: 27 and 32; `to_tsvector` included, same measurement).
 */
export const SENSES_FUNCTION_020 = `CREATE OR REPLACE FUNCTION werkbalans_senses(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $body$
    SELECT CASE
      WHEN $1 !~* 'ouder' AND octet_length($1) = length($1) THEN $1
      WHEN werkbalans_sense_fold($1) !~ 'ouder' THEN $1
      ELSE werkbalans_sense_words($1) END
  $body$`;

export const senseWordsMigration: Migration = {
  id: '020-sense-words',
  statements: [
    FOLD_FUNCTION,
    SENSE_WORDS_FUNCTION,
    SENSES_FUNCTION_020,
    `UPDATE ideas i SET
       search_vector = a.words
         || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(werkbalans_joined_words(i.text))),
       concepts = werkbalans_phrase_postings(
           a.words || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(werkbalans_joined_words(i.text))),
           i.text)
         || werkbalans_concepts(a.words)
     FROM (SELECT id, to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(translate(text, '<>', '  '))) AS words
           FROM ideas WHERE werkbalans_sense_fold(text) ~ 'ouder') a
     WHERE i.id = a.id`,
  ],
};
