import type { Migration } from './migration.js';

/**
 * The vocabulary behind "Bedoelde u …?" holds only words a visible idea holds (public-vocabulary.ts).
 * Stores written before kept the words of ideas hidden or edited since, and migration 010 took the
 * joined words of every idea: they are dropped once here, by the same rule as `forgetWordsOutOfView`.
 */
export const publicVocabularyMigration: Migration = {
  id: '014-public-vocabulary',
  statements: [
    `DELETE FROM idea_words w
     WHERE NOT EXISTS (
       SELECT 1 FROM ideas i WHERE NOT i.hidden AND i.search_vector @@ plainto_tsquery('werkbalans_dutch', w.word))`,
  ],
};
