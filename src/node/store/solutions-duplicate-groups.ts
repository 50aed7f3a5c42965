/**
 * A curator's decision on a whole group of near-duplicate ideas (near-duplicate-groups.ts) in one go:
 * keep them all, or keep one and hide the ideas that are near-duplicates of it, with the reason (never
 * deleted; shown again with "tonen"). A group is a chain (A~B~C), and A and C need not say the same: an
 * idea joined to the kept one only through others is not hidden, and its pairs stay open (`open` in the
 * answer) for a decision of its own. Every pair decided is recorded with the decision, as
 * `decideNearDuplicate` records one pair. The group must still be one group: its ideas visible in the
 * theme and joined by near-duplicate pairs among the theme's ideas now, as the curators' page found them.
 *
 * One transaction under the solutions lock (advisory-locks.ts), the ideas read `FOR UPDATE`: the check,
 * every hide and the pairs land together or not at all, and two curators deciding one group at once
 * decide it one after the other (the second sees what the first hid).
 */
import { keepOneOf, nearDuplicateGroups } from '../../core/ideas/clusters/near-duplicate-groups.js';
import { nearDuplicates, type NearDuplicate } from '../../core/ideas/clusters/near-duplicates.js';
import type { PublicChanges } from '../../core/ideas/public-changes.js';
import { nearDuplicateGroupText as g } from '../../core/text/near-duplicate-group-text.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import { lockSolutions } from './advisory-locks.js';
import type { Database, Queryable } from './database.js';
import { hideIdeasIn } from './ideas-curation.js';
import { SolutionError, themeIdeas } from './solutions.js';

export interface GroupDecision {
  /** The idea that stays; null keeps every idea of the group. */
  readonly keep: string | null;
  readonly reason: string;
}

export interface GroupOutcome {
  readonly ids: readonly string[];
  /** The ideas decided to stay: all of them, or the one kept. */
  readonly kept: readonly string[];
  /** Ideas this decision hid. */
  readonly hidden: readonly string[];
  /** Ideas of the group that are no near-duplicate of the kept one: still shown, their pairs still open. */
  readonly open: readonly string[];
  /**
   * What hiding them did to the published values of the other ideas (the k-anonymity rule), as every
   * hide says; absent when nothing was hidden.
   */
  readonly publicChanges?: PublicChanges;
}

export async function decideNearDuplicateGroup(
  db: Database,
  theme: string,
  ideaIds: readonly string[],
  decision: GroupDecision,
): Promise<GroupOutcome> {
  const reason = decision.reason.trim();
  if (!reason) throw new SolutionError('no-reason', t.reasonMissing);
  const ids = [...new Set(ideaIds)].sort();
  if (ids.length < 2) throw new SolutionError('bad-request', g.tooFew);
  const keep = decision.keep;
  if (keep !== null && !ids.includes(keep)) throw new SolutionError('bad-request', g.keepNotInGroup(keep));
  return db.transaction(async (tx) => {
    await lockSolutions(tx);
    const { rows } = await tx.query<{ id: string }>(
      'SELECT id FROM ideas WHERE id = ANY ($1::text[]) ORDER BY id FOR UPDATE',
      [ids],
    );
    const missing = ids.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length > 0) throw new SolutionError('unknown-cluster', g.unknownIdeas(missing));
    // Compared as the curators' page compares them: among the theme's visible ideas, whose words weigh
    // as the theme's (compared on their own, three ideas can pair that do not in their theme). An idea
    // hidden or gone from the theme since: no longer the group shown.
    const pool = await themeIdeas(tx, theme);
    const group = new Set(ids);
    if (pool.filter((i) => group.has(i.id)).length !== ids.length)
      throw new SolutionError('bad-request', g.notOneGroup);
    const pairs = nearDuplicates(pool, { only: group }).filter((p) => group.has(p.a) && group.has(p.b));
    const groups = nearDuplicateGroups(pairs);
    if (groups.length !== 1 || groups[0]?.ids.length !== ids.length)
      throw new SolutionError('bad-request', g.notOneGroup);
    if (keep === null) {
      await recordPairs(tx, pairs, 'kept', reason);
      return { ids, kept: ids, hidden: [], open: [] };
    }
    const { hide, open } = keepOneOf(pairs, ids, keep);
    // One refresh for the whole decision: its net change to the other ideas' published values.
    const { hidden, publicChanges } = await hideIdeasIn(tx, hide, {
      reason: t.mergedDuplicateReason(keep, reason),
    });
    // The pairs this decision merged: the kept idea with each hidden one, and the hidden ones among
    // themselves. A pair with an idea left open is not decided.
    const gone = new Set([keep, ...hide]);
    await recordPairs(
      tx,
      pairs.filter((p) => gone.has(p.a) && gone.has(p.b)),
      'merged',
      reason,
    );
    return { ids, kept: [keep], hidden, open, publicChanges };
  });
}

async function recordPairs(
  tx: Queryable,
  pairs: readonly NearDuplicate[],
  status: 'kept' | 'merged',
  reason: string,
): Promise<void> {
  if (pairs.length === 0) return;
  await tx.query(
    `INSERT INTO idea_near_duplicates (idea_a, idea_b, similarity, status, decided_at, reason)
     SELECT a, b, s, $4, now(), $5 FROM unnest($1::text[], $2::text[], $3::real[]) AS p(a, b, s)
     ON CONFLICT (idea_a, idea_b) DO UPDATE SET status = EXCLUDED.status, decided_at = now(), reason = EXCLUDED.reason`,
    [pairs.map((p) => p.a), pairs.map((p) => p.b), pairs.map((p) => p.similarity), status, reason],
  );
}
