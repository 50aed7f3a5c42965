/**
 * The candidates of a profile's ideas from and about its profession (src/core/ideas/profession-ideas.ts):
 * the visible ideas whose published profession is the profession, or that hold one of its occupation
 * words (occupation-words.ts; a prefix of the word's stem, through the GIN index), newest first, at
 * most {@link MAX_PROFESSION_CANDIDATES}. Whether the text names the occupation as the writer's own is
 * decided in TypeScript; this only bounds what it reads. Public views: published profession and branch
 * only (ideas-public.ts).
 */
import { OCCUPATION_WORDS } from '../../core/ideas/occupation-words.js';
import type { ProfessionCandidate } from '../../core/ideas/profession-ideas.js';
import { TEXT_SEARCH_CONFIG } from './search-query.js';
import type { Queryable } from './database.js';

/** The most ideas one profile weighs for its profession (newest first). */
export const MAX_PROFESSION_CANDIDATES = 1_000;

/** The occupation words of a profession as prefix query words (none for most professions). */
export function occupationPrefixes(profession: string): string[] {
  return OCCUPATION_WORDS.filter((w) => w.profession === profession)
    .map((w) => `${w.start}:*`)
    .sort();
}

export async function professionCandidates(
  db: Queryable,
  profession: string,
  limit: number = MAX_PROFESSION_CANDIDATES,
): Promise<ProfessionCandidate[]> {
  const query = occupationPrefixes(profession).join(' | ');
  const { rows } = await db.query<ProfessionCandidate>(
    `SELECT id, text, public_branch AS branch, public_profession AS profession, example FROM ideas
     WHERE NOT hidden AND (public_profession = $1::text
       OR ($2::text <> '' AND search_vector @@ to_tsquery('${TEXT_SEARCH_CONFIG}', werkbalans_senses($2::text))))
     ORDER BY created_at DESC, id LIMIT $3::int`,
    [profession, query, limit],
  );
  return rows;
}
