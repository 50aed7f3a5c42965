/**
 * The curators' decisions on a theme's solutions: rename, merge, split, move an idea, pin, and the
 * proposals for pinned solutions taken in or declined. Each runs as one change (solutions-change.ts):
 * one transaction, recorded in the history.
 */
import { itemAt } from '../../core/contract/item-at.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import type { Database } from './database.js';
import {
  change,
  checkLabel,
  materialise,
  placeIdeas,
  touch,
  untilImportOf,
  type SolutionChange,
} from './solutions-change.js';
import { SolutionError, type SolutionCluster, type ThemeSolutions } from './solutions.js';

/** Gives a cluster a curator's summary line. */
export function renameSolution(db: Database, theme: string, key: string, label: string, c: SolutionChange) {
  const line = checkLabel(label);
  return change(db, theme, 'rename', c, async (tx, _s, find) => {
    const cluster = await find(key);
    await touch(tx, await materialise(tx, theme, cluster), line === undefined ? {} : { label: line });
    return { touched: cluster.ids, untilImport: untilImportOf(cluster) };
  });
}

/** Joins clusters into the first one named; an optional new summary line. */
export function mergeSolutions(
  db: Database,
  theme: string,
  keys: readonly string[],
  c: SolutionChange & { readonly label?: string },
) {
  const line = checkLabel(c.label);
  if (new Set(keys).size < 2) throw new SolutionError('bad-request', t.mergeNeedsTwo);
  return change(db, theme, 'merge', c, async (tx, _s, find) => {
    const clusters: SolutionCluster[] = [];
    for (const key of new Set(keys)) {
      const cluster = await find(key);
      if (!clusters.includes(cluster)) clusters.push(cluster);
    }
    if (clusters.length < 2) throw new SolutionError('bad-request', t.mergeNeedsTwo);
    const first = itemAt(clusters, 0);
    const target = await materialise(tx, theme, first);
    const ids = clusters.flatMap((cl) => cl.ids);
    await placeIdeas(tx, theme, ids, target);
    for (const other of clusters.slice(1))
      if (other.curated)
        await tx.query('DELETE FROM solution_clusters WHERE id = $1', [Number(other.key.slice(1))]);
    await touch(tx, target, line === undefined ? {} : { label: line });
    return { touched: ids, untilImport: untilImportOf(first) };
  });
}

/** Takes some ideas out of a cluster into a new curated cluster of their own. */
export function splitSolution(
  db: Database,
  theme: string,
  key: string,
  ideaIds: readonly string[],
  c: SolutionChange & { readonly label?: string },
) {
  const line = checkLabel(c.label);
  return change(db, theme, 'split', c, async (tx, _s, find) => {
    const cluster = await find(key);
    const moving = [...new Set(ideaIds)];
    for (const id of moving)
      if (!cluster.ids.includes(id)) throw new SolutionError('bad-request', t.notAMember(id, key));
    if (moving.length === 0 || moving.length >= cluster.ids.length)
      throw new SolutionError('bad-request', t.splitNeedsIdeas);
    const source = await materialise(tx, theme, cluster);
    await touch(tx, source);
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO solution_clusters (theme, label, pinned) SELECT $1, $2, pinned FROM solution_clusters WHERE id = $3 RETURNING id::text AS id',
      [theme, line ?? null, source],
    );
    await placeIdeas(tx, theme, moving, Number(rows[0]?.id));
    return { touched: cluster.ids, untilImport: untilImportOf(cluster) };
  });
}

/** Puts an idea in another cluster, or (`to` null) outside every cluster. */
export function moveIdea(db: Database, theme: string, ideaId: string, to: string | null, c: SolutionChange) {
  return change(db, theme, 'move', c, async (tx, s, find) => {
    if (!s.byId.has(ideaId)) throw new SolutionError('bad-request', t.notInTheme(ideaId, theme));
    const from = s.clusters.find((cl) => cl.ids.includes(ideaId));
    const target = to === null ? null : await find(to);
    // The cluster it leaves keeps its other members as they are (curated) or is recomputed (automatic).
    const targetId = target ? await materialise(tx, theme, target) : null;
    await placeIdeas(tx, theme, [ideaId], targetId);
    if (targetId !== null) {
      await touch(tx, targetId);
      // Taken in after all: no longer declined for it.
      await tx.query('DELETE FROM solution_declines WHERE cluster_id = $1 AND idea_id = $2', [
        targetId,
        ideaId,
      ]);
    }
    return {
      touched: [ideaId, ...(from?.ids ?? []), ...(target?.ids ?? [])],
      untilImport: target === null ? 'outside' : untilImportOf(target),
      asked: [ideaId],
    };
  });
}

/**
 * Pins a cluster (it survives a re-import and attracts proposals; the line and quote it shows now are
 * frozen: solutions-pinned.ts) or unpins it (a frozen line and quote are let go).
 */
export function pinSolution(db: Database, theme: string, key: string, pinned: boolean, c: SolutionChange) {
  return change(db, theme, pinned ? 'pin' : 'unpin', c, async (tx, _s, find) => {
    const cluster = await find(key);
    const id = await materialise(tx, theme, cluster);
    if (pinned)
      await tx.query(
        `UPDATE solution_clusters SET pinned = true, line_frozen = line_frozen OR label IS NULL,
           label = coalesce(label, $2), quote_id = coalesce(quote_id, $3), updated_at = now() WHERE id = $1`,
        [id, cluster.label, cluster.quote.id],
      );
    else
      await tx.query(
        `UPDATE solution_clusters SET pinned = false, label = CASE WHEN line_frozen THEN NULL ELSE label END,
           line_frozen = false, quote_id = NULL, updated_at = now() WHERE id = $1`,
        [id],
      );
    return { touched: cluster.ids, untilImport: pinned ? false : 'solution' };
  });
}

/**
 * "Not in this solution": an idea proposed for a pinned solution is declined, with the reason; it is
 * not proposed for that solution again (also after an import) unless a curator moves it in.
 */
export function declineProposal(db: Database, theme: string, ideaId: string, key: string, c: SolutionChange) {
  return declineProposals(db, theme, key, [ideaId], c);
}

function chosenProposals(ideaIds: readonly string[]): string[] {
  const ids = [...new Set(ideaIds.map((id) => id.trim()).filter((id) => id !== ''))];
  if (ids.length === 0) throw new SolutionError('bad-request', t.proposalsMissing);
  return ids;
}

/** Refuses the whole decision when one of the ticked ideas is not (or no longer) in the theme. */
function requireInTheme(s: ThemeSolutions, ids: readonly string[], theme: string): void {
  for (const id of ids) if (!s.byId.has(id)) throw new SolutionError('bad-request', t.notInTheme(id, theme));
}

/**
 * Several ideas declined for one pinned solution at once (the curator's page: the proposals ticked):
 * one transaction, all or none, one history entry per idea as {@link declineProposal} records one.
 */
export function declineProposals(
  db: Database,
  theme: string,
  key: string,
  ideaIds: readonly string[],
  c: SolutionChange,
) {
  const ids = chosenProposals(ideaIds);
  return change(db, theme, 'decline', c, async (tx, s, find) => {
    requireInTheme(s, ids, theme);
    const cluster = await find(key);
    if (!cluster.pinned) throw new SolutionError('bad-request', t.declineNeedsPinned(cluster.label));
    for (const id of ids)
      if (cluster.ids.includes(id))
        throw new SolutionError('bad-request', t.declineMember(id, cluster.label));
    await tx.query(
      `INSERT INTO solution_declines (cluster_id, idea_id, reason) SELECT $1, unnest($2::text[]), $3
       ON CONFLICT (cluster_id, idea_id) DO UPDATE SET reason = EXCLUDED.reason, decided_at = now()`,
      [Number(cluster.key.slice(1)), ids, c.reason.trim()],
    );
    return {
      touched: ids,
      untilImport: false,
      entries: ids.map((id) => ({
        touched: [id],
        detail: {
          declined: [{ key: cluster.key, label: cluster.label, idea: id }],
          ...(ids.length > 1 ? { ideas: [id], together: ids } : {}),
        },
      })),
    };
  });
}

/**
 * Several ideas proposed for one solution taken into it at once (the curator's page: the proposals
 * ticked): one transaction, all or none, one history entry per idea as a move of that idea records it.
 */
export function acceptProposals(
  db: Database,
  theme: string,
  key: string,
  ideaIds: readonly string[],
  c: SolutionChange,
) {
  const ids = chosenProposals(ideaIds);
  return change(db, theme, 'move', c, async (tx, s, find) => {
    requireInTheme(s, ids, theme);
    const target = await find(key);
    for (const id of ids)
      if (target.ids.includes(id)) throw new SolutionError('bad-request', t.acceptMember(id, target.label));
    const targetId = await materialise(tx, theme, target);
    await placeIdeas(tx, theme, ids, targetId);
    await touch(tx, targetId);
    // Taken in after all: no longer declined for it.
    await tx.query('DELETE FROM solution_declines WHERE cluster_id = $1 AND idea_id = ANY ($2::text[])', [
      targetId,
      ids,
    ]);
    const fromOf = (id: string) => s.clusters.find((cl) => cl.ids.includes(id))?.ids ?? [];
    return {
      touched: [...ids, ...target.ids, ...ids.flatMap(fromOf)],
      untilImport: untilImportOf(target),
      asked: ids,
      // Each entry names its idea; the others decided with it are named once (solutions-history-text.ts).
      entries: ids.map((id) => ({
        touched: [id, ...fromOf(id), ...target.ids],
        ...(ids.length > 1 ? { detail: { ideas: [id], together: ids } } : {}),
      })),
    };
  });
}
