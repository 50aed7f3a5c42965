/**
 * Concept postings of the ideas search (issue 12 speed, issue 14 goal 4): per idea, the thesaurus
 * groups (config/thesaurus.json) whose terms its text holds, as `ideas.concepts int[]` (group number =
 * position in the config, from 1) with a GIN index. The synonym tiers of a query word are then one
 * array overlap (`concepts && '{3,7}'`) instead of a tsquery of every synonym's stem: the candidate
 * lookup reads one posting list per group instead of merging forty, and each candidate's tier test is
 * an array overlap instead of forty lexeme lookups.
 *
 * The column is generated from the text by `werkbalans_concepts(tsvector)`, an IMMUTABLE function whose
 * body holds one tsquery per group (the Dutch stems of the group's terms, as PostgreSQL stems them,
 * matched as the server's synonym tier always matched them). Every write path keeps it right with no
 * code of its own. When the thesaurus changes, {@link syncSearchConcepts} (run by `migrate` at every
 * open) sees another fingerprint, redefines the function and recomputes the column of every idea once.
 */
import { createHash } from 'node:crypto';
import { THESAURUS, type Thesaurus, type ThesaurusGroup } from '../../core/ideas/analyzer/thesaurus.js';
import { quoteLexeme } from '../../core/ideas/tsquery.js';
import type { Queryable } from './database.js';

/** Bumped when the function's shape changes, so that a store recomputes its concepts. */
const FUNCTION_VERSION = 1;

/** The concept numbers of thesaurus groups (1 = the config's first group). */
export function conceptIds(groups: readonly ThesaurusGroup[], thesaurus: Thesaurus = THESAURUS): number[] {
  const ids = groups.map((group) => thesaurus.groups.indexOf(group) + 1).filter((id) => id > 0);
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** What the stored concepts were computed from: the groups' terms in order, and the function's shape. */
export function conceptsFingerprint(thesaurus: Thesaurus = THESAURUS): string {
  const terms = thesaurus.groups.map((group) => group.terms);
  return createHash('sha256')
    .update(JSON.stringify({ v: FUNCTION_VERSION, terms }))
    .digest('hex')
    .slice(0, 32);
}

/**
 * The function over the groups' tsqueries (`stems[k]`: the stems of group k + 1's terms). A group
 * without stems never matches.
 */
export function conceptsFunctionSql(stems: readonly (readonly string[])[]): string {
  const tests = stems
    .map((groupStems, k) => {
      const unique = [...new Set(groupStems)].filter((s) => s.length > 0);
      if (unique.length === 0) return null;
      const query = unique.map(quoteLexeme).join(' | ').replace(/'/g, "''");
      return `CASE WHEN $1 @@ '${query}'::tsquery THEN ${k + 1} END`;
    })
    .filter((test): test is string => test !== null);
  const body = tests.length
    ? `SELECT array_remove(ARRAY[${tests.join(',\n    ')}]::int[], NULL)`
    : `SELECT '{}'::int[]`;
  return `CREATE OR REPLACE FUNCTION werkbalans_concepts(tsvector) RETURNS int[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $concepts$
    ${body}
  $concepts$`;
}

/**
 * Makes the stored concepts match `thesaurus`: nothing when the fingerprint agrees (one read), else the
 * function is redefined from the terms' stems and every idea's concepts are recomputed (a rewrite of
 * the ideas table, once per thesaurus change). Runs in `tx` (migrate's transaction or its own).
 * `recompute: false` only defines the function (the migration, before it adds the column).
 */
export async function syncSearchConcepts(
  tx: Queryable,
  thesaurus: Thesaurus = THESAURUS,
  options: { readonly recompute?: boolean } = {},
): Promise<boolean> {
  const fingerprint = conceptsFingerprint(thesaurus);
  const stored = (await tx.query<{ fingerprint: string }>('SELECT fingerprint FROM search_concepts_state'))
    .rows[0]?.fingerprint;
  if (stored === fingerprint) return false;
  await tx.query('SELECT pg_advisory_xact_lock(727275)');
  const again = (await tx.query<{ fingerprint: string }>('SELECT fingerprint FROM search_concepts_state'))
    .rows[0]?.fingerprint;
  if (again === fingerprint) return false;
  const terms = thesaurus.groups.flatMap((group, k) => group.terms.map((term) => [k, term] as const));
  const rows = (
    await tx.query<{ k: number; stems: string[] | null }>(
      `SELECT x.k::int AS k, ts_lexize('dutch_stem', lower(werkbalans_unaccent(x.term))) AS stems
       FROM unnest($1::int[], $2::text[]) AS x(k, term)`,
      [terms.map(([k]) => k), terms.map(([, term]) => term)],
    )
  ).rows;
  const stems: string[][] = thesaurus.groups.map(() => []);
  for (const row of rows) stems[row.k]!.push(...(row.stems ?? []));
  await tx.query(conceptsFunctionSql(stems));
  // A generated column is recomputed whenever its row is written (not needed before the column exists).
  if (options.recompute ?? true) await tx.query('UPDATE ideas SET text = text');
  await tx.query('DELETE FROM search_concepts_state');
  await tx.query('INSERT INTO search_concepts_state (fingerprint) VALUES ($1)', [fingerprint]);
  return true;
}
