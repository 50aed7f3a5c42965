import type { Queryable } from './database.js';

/**
 * The GIN indexes a search reads: the text, the concept postings (synonyms), the published themes and
 * the vocabulary's trigrams. Each keeps a pending list of new entries that every scan of it reads
 * linearly; after importing 100 000 ideas on PGlite the concept and theme indexes held 154 and 117
 * pending pages when only the text index was cleaned.
 */
export const GIN_INDEXES = [
  'ideas_search_vector_idx',
  'ideas_concepts_idx',
  'ideas_public_themes_idx',
  'idea_words_trgm_idx',
] as const;

/**
 * After a write: move the GIN indexes' pending entries into the indexes proper (a search scans the
 * pending list linearly; at 100 000 ideas an uncleaned list made searches twice as slow) and, after a bulk
 * write, refresh the planner's statistics of the ideas and their vocabulary. PGlite runs no autovacuum,
 * so nothing else would do either. A single curation change skips the statistics (ANALYZE of 100 000
 * ideas takes about 0,4 s on PGlite, and one idea does not change them).
 */
export async function settleSearchIndex(
  tx: Queryable,
  options: { readonly analyse: boolean },
): Promise<void> {
  await tx.query(`SELECT gin_clean_pending_list(i::regclass) FROM unnest($1::text[]) AS i`, [GIN_INDEXES]);
  if (!options.analyse) return;
  await tx.query('ANALYZE ideas');
  // Without statistics the planner takes the vocabulary for large and walks its trigram index: 11 ms
  // per search at 100 000 ideas on PGlite, against 2 ms with them.
  await tx.query('ANALYZE idea_words');
}
