/**
 * The candidates of the bridge on a profession page (src/core/ideas/bridge-selection.ts): the visible
 * ideas that carry one of the concepts' themes or hold one of their words (a prefix of each word's
 * stem, through the GIN index), newest first, at most {@link MAX_BRIDGE_CANDIDATES}. The relevance is
 * decided in TypeScript by the search analyzer; this only bounds what it reads. Public views:
 * published themes, branch and profession only (ideas-public.ts).
 */
import { conceptWords, type BridgeConcept } from '../../core/contract/bridge-config.js';
import { tokenize } from '../../core/ideas/analyzer/analyzer.js';
import { DUTCH_STOP_WORDS } from '../../core/ideas/analyzer/dutch-stop-words.js';
import type { BridgeCandidate } from '../../core/ideas/bridge-selection.js';
import { TEXT_SEARCH_CONFIG } from './search-query.js';
import type { Queryable } from './database.js';

/** The most ideas one profile's bridge weighs (newest first); the example databank has 221. */
export const MAX_BRIDGE_CANDIDATES = 3_000;

/** One prefix query word per term: the word itself, or a phrase's longest word that is not a stop word. */
export function termPrefixes(concepts: readonly BridgeConcept[]): string[] {
  const out = new Set<string>();
  for (const term of concepts.flatMap((c) => conceptWords(c))) {
    const words = tokenize(term).filter((w) => !DUTCH_STOP_WORDS.has(w) && w.length >= 3);
    const longest = words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
    if (longest) out.add(longest);
  }
  return [...out].sort();
}

export async function bridgeCandidates(
  db: Queryable,
  concepts: readonly BridgeConcept[],
  limit: number = MAX_BRIDGE_CANDIDATES,
): Promise<BridgeCandidate[]> {
  const themes = [...new Set(concepts.flatMap((c) => c.themes))];
  const prefixes = termPrefixes(concepts);
  const query = prefixes.map((word) => `${word}:*`).join(' | ');
  const { rows } = await db.query<BridgeCandidate>(
    `SELECT id, text, public_themes AS themes, public_branch AS branch, public_profession AS profession,
       example FROM ideas
     WHERE NOT hidden AND (public_themes && $1::text[]
       OR ($2::text <> '' AND search_vector @@ to_tsquery('${TEXT_SEARCH_CONFIG}', werkbalans_senses($2::text))))
     ORDER BY created_at DESC, id LIMIT $3::int`,
    [themes, query, limit],
  );
  return rows;
}
