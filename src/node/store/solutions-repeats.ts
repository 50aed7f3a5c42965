/**
 * Ideas a reader would read twice: near-duplicates (core near-duplicates.ts, the curators' measure)
 * that no curator has decided on yet. A pair a curator kept is two ideas; a merged pair already shows
 * one (the other is hidden). Readers see each group of such ideas once, with how often it was sent in,
 * and counts say how many of a solution's ideas are such repeats.
 */
import { nearDuplicates } from '../../core/ideas/clusters/near-duplicates.js';
import type { Repeats } from '../../core/ideas/repeats.js';
import type { Queryable } from './database.js';

/** The undecided near-duplicate groups among `ideas` (connected through open pairs). */
export async function openRepeats(
  db: Queryable,
  ideas: readonly { readonly id: string; readonly text: string }[],
): Promise<Repeats> {
  const pairs = nearDuplicates(ideas);
  if (pairs.length === 0) return new Map();
  const { rows } = await db.query<{ a: string; b: string }>(
    `SELECT idea_a AS a, idea_b AS b FROM idea_near_duplicates
     WHERE status <> 'open' AND idea_a = ANY ($1::text[]) AND idea_b = ANY ($2::text[])`,
    [pairs.map((p) => p.a), pairs.map((p) => p.b)],
  );
  const decided = new Set(rows.map((r) => `${r.a}\u0000${r.b}`));
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(id, r);
    return r;
  };
  for (const { a, b } of pairs) {
    if (decided.has(`${a}\u0000${b}`)) continue;
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const r = root(id);
    groups.set(r, [...(groups.get(r) ?? []), id]);
  }
  const repeats = new Map<string, readonly string[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = group.sort();
    for (const id of sorted) repeats.set(id, sorted);
  }
  return repeats;
}
