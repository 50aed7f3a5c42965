/**
 * Erasure on request (a privacy request, GDPR art. 17): an idea goes with its whole history — every
 * earlier text, label and reason — and with the words of its texts that no other idea uses (the
 * vocabulary that typo matching looks in). What stays is a record without the text: the id, the time,
 * how many versions went, and the curator's reason with personal data masked. The public labels are
 * recomputed (the idea no longer counts for the k-anonymity rule) and the tables are vacuumed so the
 * rows are not kept as dead tuples. An import that brings the same id again skips it (ideas-import.ts).
 */
import { maskPersonalData } from '../../core/ideas/mask.js';
import { ideasMessages } from '../../core/text/ideas-messages.js';
import { lockSolutions } from './advisory-locks.js';
import type { Database, Queryable } from './database.js';
import { CurationError } from './ideas-curation.js';
import { settleSearchIndex } from './ideas-maintenance.js';
import { forgetWordsOutOfView } from './public-vocabulary.js';
import { publicChangesOf, refreshPublicAttributes } from './ideas-public.js';
import type { PublicChanges } from '../../core/ideas/public-changes.js';
import { scrubErasedIdea } from './solutions-erase.js';
import { itemAt } from '../../core/contract/item-at.js';

/** Longest reason kept (characters). */
const MAX_REASON = 500;

export interface Erasure {
  readonly id: string;
  readonly erasedAt: string;
  readonly versions: number;
  /** The reason as recorded: personal data masked. */
  readonly reason: string;
  /** What the erasure did to other ideas' published values (k-anonymity rule). */
  readonly publicChanges?: PublicChanges;
}

/** The reason as kept: masked, on one line, not too long. */
export function recordedReason(reason: string): string {
  return maskPersonalData(reason.replace(/\s+/g, ' ').trim()).text.slice(0, MAX_REASON);
}

/** Erases an idea and its history; throws CurationError 'not-found' or 'no-reason'. */
export async function eraseIdea(
  db: Database,
  id: string,
  options: { readonly reason: string },
): Promise<Erasure> {
  const reason = recordedReason(options.reason);
  if (!reason) throw new CurationError('no-reason', ideasMessages.reasonMissing);
  const erasure = await db.transaction(async (tx) => {
    // Before any row: the erasure rewrites other ideas' labels and the solutions (advisory-locks.ts).
    await lockSolutions(tx);
    const texts = (
      await tx.query<{ text: string | null }>(
        `SELECT text FROM ideas WHERE id = $1
         UNION ALL SELECT snapshot->>'text' FROM idea_history WHERE idea_id = $1`,
        [id],
      )
    ).rows.map((r) => r.text ?? '');
    if (texts.length === 0) throw new CurationError('not-found', ideasMessages.notFound(id));
    await tx.query('DELETE FROM idea_history WHERE idea_id = $1', [id]);
    await tx.query('DELETE FROM ideas WHERE id = $1', [id]);
    await forgetWordsOutOfView(tx, texts);
    const { rows } = await tx.query<Erasure>(
      `INSERT INTO idea_erasures (idea_id, versions, reason) VALUES ($1, $2, $3)
       ON CONFLICT (idea_id) DO UPDATE SET erased_at = now(), versions = idea_erasures.versions + $2, reason = $3
       RETURNING idea_id AS id, versions, reason,
         to_char(erased_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "erasedAt"`,
      [id, texts.length, reason],
    );
    const publicChanges = await publicChangesOf(tx, await refreshPublicAttributes(tx), [id]);
    await scrubErasedIdea(tx, id, texts);
    await settleSearchIndex(tx, { analyse: false });
    return { ...itemAt(rows, 0), publicChanges };
  });
  // Dead rows would keep the text in the table files until vacuumed (PGlite has no autovacuum). On
  // PostgreSQL a very large table may take longer than the statement timeout; autovacuum follows then.
  try {
    await db.exec('VACUUM idea_history, ideas, idea_words, solution_history, idea_facet_counts');
  } catch (error) {
    if ((error as { code?: string }).code !== '57014') throw error;
  }
  return erasure;
}

/** Every erasure, newest first. */
export async function listErasures(db: Queryable): Promise<Erasure[]> {
  return (
    await db.query<Erasure>(
      `SELECT idea_id AS id, versions, reason,
         to_char(erased_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "erasedAt"
       FROM idea_erasures ORDER BY erased_at DESC, idea_id`,
    )
  ).rows;
}

/** The ids among `ids` that were erased on request. */
export async function erasedIds(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  // Most stores never erased an idea: spare sending every id of an import (25 000 in a file) for nothing.
  const { rows: some } = await db.query('SELECT 1 FROM idea_erasures LIMIT 1');
  if (some.length === 0) return new Set();
  const { rows } = await db.query<{ id: string }>(
    'SELECT idea_id AS id FROM idea_erasures WHERE idea_id = ANY($1::text[])',
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}
