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

/** A run of a word's characters, or of the characters between words. */
const WORD = `[[:alnum:]${COMBINING_MARKS}]`;

export const SENSES_FUNCTION_020 = `CREATE OR REPLACE FUNCTION werkbalans_senses(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $body$
    SELECT CASE
      WHEN $1 !~* 'ouder' AND octet_length($1) = length($1) THEN $1
      WHEN werkbalans_sense_fold($1) !~ 'ouder' THEN $1
      ELSE (
        SELECT string_agg(
          CASE WHEN r.run[1] !~ E'^${WORD}' THEN ''
               WHEN werkbalans_sense_fold(r.run[1]) ~ E'^${ELDERLY_SOURCE}$' THEN E'${ELDERLY_TAG}'
               WHEN werkbalans_sense_fold(r.run[1]) ~ E'^${PARENT_SOURCE}$' THEN E'${PARENT_TAG}'
               ELSE '' END || r.run[1],
          '' ORDER BY r.n)
        FROM regexp_matches($1, E'${WORD}+|[^${WORD.slice(1, -1)}]+', 'g') WITH ORDINALITY AS r(run, n))
    END
  $body$`;

export const senseWordsMigration: Migration = {
  id: '020-sense-words',
  statements: [
    FOLD_FUNCTION,
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
