/**
 * Near-duplicate ideas (src/core/ideas/clusters/near-duplicates.ts) in the store: flagged on import for
 * the ideas the import wrote, listed per theme for curators (computed afresh, with the decisions taken),
 * and decided: keep both, or merge — the other idea is hidden with the reason, so it stays in the
 * history and can be shown again (which opens the pair again). Nothing is ever dropped without a curator.
 */
import { nearDuplicates, type NearDuplicate } from '../../core/ideas/clusters/near-duplicates.js';
import type { PublicChanges } from '../../core/ideas/public-changes.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import type { Database, Queryable } from './database.js';
import { lockSolutions } from './advisory-locks.js';
import { hideIdeaIn } from './ideas-curation.js';
import { SolutionError, themeIdeas } from './solutions.js';

/** An import of more ideas than this is not compared on import (the curators' lists still show its pairs). */
export const MAX_IMPORT_COMPARED = 5_000;

export type DuplicateStatus = 'open' | 'kept' | 'merged';

export interface FlaggedPair extends NearDuplicate {
  readonly status: DuplicateStatus;
  readonly reason: string | null;
}

/**
 * A decision taken: for `merged`, which idea stays and which was hidden, and what hiding it did to the
 * published values of the other ideas (the k-anonymity rule), as every hide says.
 */
export interface DecidedPair extends FlaggedPair {
  readonly keep?: string;
  readonly hidden?: string;
  readonly publicChanges?: PublicChanges;
}

/** Flags the near-duplicates among and against `ids` (ideas just written), theme by theme; returns new flags. */
export async function flagNearDuplicates(tx: Queryable, ids: readonly string[]): Promise<NearDuplicate[]> {
  if (ids.length === 0 || ids.length > MAX_IMPORT_COMPARED) return [];
  const only = new Set(ids);
  const { rows } = await tx.query<{ theme: string }>(
    `SELECT DISTINCT t.theme FROM ideas i CROSS JOIN LATERAL unnest(i.themes) AS t(theme)
     WHERE i.id = ANY ($1::text[]) AND NOT i.hidden ORDER BY t.theme`,
    [ids],
  );
  // One after the other: a transaction is one connection, and pg wants one query at a time on it.
  // Stored themes, not published ones: a curator compares every idea, an unaccepted label too.
  const pools: { id: string; text: string }[][] = [];
  for (const r of rows)
    pools.push(
      (
        await tx.query<{ id: string; text: string }>(
          'SELECT id, text FROM ideas WHERE NOT hidden AND $1 = ANY (themes) ORDER BY id',
          [r.theme],
        )
      ).rows,
    );
  const unthemed = (
    await tx.query<{ id: string; text: string }>(
      `SELECT id, text FROM ideas WHERE NOT hidden AND themes = '{}'
         AND EXISTS (SELECT 1 FROM ideas n WHERE n.id = ANY ($1::text[]) AND n.themes = '{}') ORDER BY id`,
      [ids],
    )
  ).rows;
  const found = new Map<string, NearDuplicate>();
  for (const pool of [...pools, unthemed])
    for (const pair of nearDuplicates(pool, { only })) found.set(`${pair.a}\u0000${pair.b}`, pair);
  const pairs = [...found.values()];
  if (pairs.length === 0) return [];
  const inserted = await tx.query<{ a: string; b: string }>(
    `INSERT INTO idea_near_duplicates (idea_a, idea_b, similarity)
     SELECT * FROM unnest($1::text[], $2::text[], $3::real[]) ON CONFLICT DO NOTHING
     RETURNING idea_a AS a, idea_b AS b`,
    [pairs.map((p) => p.a), pairs.map((p) => p.b), pairs.map((p) => p.similarity)],
  );
  const fresh = new Set(inserted.rows.map((r) => `${r.a}\u0000${r.b}`));
  return pairs.filter((p) => fresh.has(`${p.a}\u0000${p.b}`));
}

/** The near-duplicate pairs within a theme's visible ideas, each with the curator's decision if any. */
export async function themeNearDuplicates(db: Queryable, theme: string): Promise<FlaggedPair[]> {
  const pairs = nearDuplicates(await themeIdeas(db, theme));
  if (pairs.length === 0) return [];
  const { rows } = await db.query<{ a: string; b: string; status: DuplicateStatus; reason: string | null }>(
    `SELECT idea_a AS a, idea_b AS b, status, reason FROM idea_near_duplicates
     WHERE idea_a = ANY ($1::text[]) AND idea_b = ANY ($2::text[])`,
    [pairs.map((p) => p.a), pairs.map((p) => p.b)],
  );
  const decided = new Map(rows.map((r) => [`${r.a}\u0000${r.b}`, r]));
  return pairs.map((p) => {
    const d = decided.get(`${p.a}\u0000${p.b}`);
    // Both ideas are visible here: a merge was undone by showing the hidden idea again, so it is open.
    const status = d?.status === 'merged' ? 'open' : (d?.status ?? 'open');
    return { ...p, status, reason: d?.reason ?? null };
  });
}

/**
 * A curator's decision on a pair: `kept` (both stay) or `merged` into `keep` (the other is hidden with
 * the reason). The pair must be flagged, or be a near-duplicate now. One transaction: the hide and the
 * decision land together.
 */
export async function decideNearDuplicate(
  db: Database,
  pair: { readonly a: string; readonly b: string },
  decision: { readonly status: 'kept' | 'merged'; readonly keep?: string; readonly reason: string },
): Promise<DecidedPair> {
  const reason = decision.reason.trim();
  if (!reason) throw new SolutionError('no-reason', t.reasonMissing);
  const [a, b] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
  if (decision.keep !== undefined && decision.keep !== a && decision.keep !== b)
    throw new SolutionError('bad-request', t.keepNotInPair(decision.keep, pair.a, pair.b));
  // One transaction under the solutions lock: the hide and the decision land together or not at all.
  return db.transaction(async (tx) => {
    await lockSolutions(tx);
    const texts = (
      await tx.query<{ id: string; text: string }>(
        'SELECT id, text FROM ideas WHERE id = ANY ($1::text[]) ORDER BY id FOR UPDATE',
        [[a, b]],
      )
    ).rows;
    const now = texts.length === 2 ? nearDuplicates(texts) : [];
    const stored = (
      await tx.query<{ similarity: number }>(
        'SELECT similarity FROM idea_near_duplicates WHERE idea_a = $1 AND idea_b = $2',
        [a, b],
      )
    ).rows[0];
    const similarity = now[0]?.similarity ?? stored?.similarity;
    if (similarity === undefined) throw new SolutionError('unknown-cluster', t.unknownPair(a, b));
    let merged: { keep: string; hidden: string; publicChanges?: PublicChanges } | undefined;
    if (decision.status === 'merged') {
      const keep = decision.keep === b ? b : a;
      const drop = keep === a ? b : a;
      const hid = await hideIdeaIn(tx, drop, { reason: t.mergedDuplicateReason(keep, reason) });
      merged = { keep, hidden: drop, ...(hid.publicChanges ? { publicChanges: hid.publicChanges } : {}) };
    }
    await tx.query(
      `INSERT INTO idea_near_duplicates (idea_a, idea_b, similarity, status, decided_at, reason)
       VALUES ($1, $2, $3, $4, now(), $5)
       ON CONFLICT (idea_a, idea_b) DO UPDATE SET status = EXCLUDED.status, decided_at = now(), reason = EXCLUDED.reason`,
      [a, b, similarity, decision.status, reason],
    );
    return { a, b, similarity, status: decision.status, reason, ...merged };
  });
}
