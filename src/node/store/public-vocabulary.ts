/**
 * The vocabulary (`idea_words`) serves typo correction ("Bedoelde u …?") and compound splitting for
 * public searches, so it may hold only words that a public idea holds. An import adds the words of
 * its texts (ideas-write.ts `addToVocabulary`); here the words a curator's change takes out of public
 * view are dropped again: the old text of an edited idea (a name edited out would otherwise still be
 * suggested for a near spelling) and the text of a hidden or erased idea. A word stays while any
 * visible idea holds it as the search index reads it (`plainto_tsquery` of the index's configuration:
 * its stem, or the word itself for a word with digits such as `24uurs`, which the index keeps whole).
 */
import { joinedWords, tokenize } from '../../core/ideas/analyzer/fold.js';
import type { Queryable } from './database.js';

/** The advisory lock of vocabulary pruning (advisory-locks.ts: taken last, after the solutions lock and the rows). */
const VOCABULARY_LOCK = 727276;

/** Words of texts as the vocabulary holds them (ideas-write.ts: as the search reads them; the database folds them again). */
export function vocabularyWordsOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of [...tokenize(text), ...joinedWords(text)]) words.add(word);
  return [...words];
}

/**
 * Drops the vocabulary words of `texts` whose stem no visible idea holds. Run after the change is
 * written and the search index settled, inside its transaction.
 */
export async function forgetWordsOutOfView(tx: Queryable, texts: readonly string[]): Promise<void> {
  if (texts.length === 0) return;
  // Serialised (PostgreSQL: several connections): two curators hiding the last two ideas that hold a
  // word would otherwise each still see the other's idea visible, and the word would stay. Under the
  // lock the statement's snapshot, taken after it, sees the other change committed.
  await tx.query(`SELECT pg_advisory_xact_lock(${VOCABULARY_LOCK})`);
  await tx.query(
    `DELETE FROM idea_words w
     WHERE w.word IN (SELECT lower(werkbalans_unaccent(t)) FROM unnest($1::text[]) AS t)
       AND NOT EXISTS (
         SELECT 1 FROM ideas i WHERE NOT i.hidden AND i.search_vector @@ plainto_tsquery('werkbalans_dutch', werkbalans_senses(w.word)))`,
    [vocabularyWordsOf(texts)],
  );
}
