/**
 * k-anonymity with complementary suppression for public views of ideas. An idea carries three
 * quasi-identifiers: province, profession and branch. Public views show each idea's *published* tuple
 * (a value or nothing per attribute) and a reader cannot tell a value left out from one never given, so
 * the published table is what must be safe: every published (province, profession, branch) tuple is
 * shared by at least k visible ideas. Values are generalised in a fixed hierarchy — profession first
 * (23 professions, the most identifying), then province, then (only for a branch with fewer than k ideas
 * in all) the branch — and always for whole cells:
 *
 * 1. a (province, profession, branch) cell of fewer than k ideas loses its profession;
 * 2. in each province + branch group, the ideas shown without profession number 0 or at least k: when
 *    1…k−1, the smallest cell still shown in that group loses its profession too (complementary
 *    suppression; one cell suffices, it has ≥ k ideas); a group with no cell left to add is below k in
 *    all and loses its province as well;
 * 3. in each branch, the ideas shown without province and profession number 0 or at least k: when
 *    1…k−1, the smallest other published tuple of that branch joins them; a branch with nothing left to
 *    add (fewer than k ideas in all) is shown without its branch as well;
 * 4. the ideas shown without any attribute number 0 or at least k in the same way (unless the whole
 *    databank has fewer than k visible ideas: then nothing is shown of anyone).
 * "Smallest" is by count, ties by the labels (code-unit order of the JSON key): a stable rule.
 *
 * Why this cannot be differenced: the decision is a function of the *counts* per real tuple only, never
 * of an idea's id, text or position, and whole cells move together. So swapping the real tuples of two
 * ideas that share a published tuple changes nothing anyone can see; whatever an attacker derives about
 * one idea (from filters, facets, query words or config/bridge.json) holds for every idea of its
 * published tuple, which has ≥ k members. Each step only empties a tuple or fills one to ≥ k, so later
 * steps never undo earlier ones. Filters and facets must then act on the published values only
 * (search-query.ts reads the `public_*` columns).
 *
 * A missing value is a value of its own (`null`); so is an unknown label until a curator accepts or
 * maps it (the caller passes it as null: see known-labels.ts).
 */
import { valueFor } from '../contract/item-at.js';

/** The default k: no published combination of province, profession and branch below five ideas. */
export const K_ANONYMITY = 5;

/** Province, profession and branch of an idea; null = none (or none that may be published). */
export interface AttributeTuple {
  readonly province: string | null;
  readonly profession: string | null;
  readonly branch: string | null;
}

export interface AttributeCount extends AttributeTuple {
  /** Visible ideas with exactly this combination. */
  readonly count: number;
}

/** What public views show for every idea of one combination. */
export interface PublicAttributeDecision extends AttributeTuple {
  readonly published: AttributeTuple;
}

/** Key of a tuple; `null` and a string never collide. */
export function tupleKey(t: AttributeTuple): string {
  return JSON.stringify([t.province, t.profession, t.branch]);
}

const NOTHING: AttributeTuple = { province: null, profession: null, branch: null };

interface Cell {
  readonly real: AttributeCount;
  published: AttributeTuple;
}

/** The published tuples and their cells, recomputed from the cells (a few hundred at most). */
function tuples(
  cells: readonly Cell[],
): Map<string, { tuple: AttributeTuple; cells: Cell[]; count: number }> {
  const map = new Map<string, { tuple: AttributeTuple; cells: Cell[]; count: number }>();
  for (const cell of cells) {
    const key = tupleKey(cell.published);
    const entry = map.get(key) ?? { tuple: cell.published, cells: [], count: 0 };
    entry.cells.push(cell);
    entry.count += cell.real.count;
    map.set(key, entry);
  }
  return map;
}

function moveTo(cellsToMove: readonly Cell[], target: AttributeTuple): void {
  for (const cell of cellsToMove) cell.published = target;
}

/** The smallest of `candidates` (count, then key): the stable rule for complementary suppression. */
function smallest<T extends { tuple: AttributeTuple; count: number }>(
  candidates: readonly T[],
): T | undefined {
  return [...candidates].sort(
    (a, b) => a.count - b.count || (tupleKey(a.tuple) < tupleKey(b.tuple) ? -1 : 1),
  )[0];
}

/**
 * The published tuple of every combination in `counts` (one entry per distinct combination; entries
 * with the same combination are merged), in the order given.
 */
export function publishAttributes(
  counts: readonly AttributeCount[],
  k: number = K_ANONYMITY,
): PublicAttributeDecision[] {
  const byKey = new Map<string, Cell>();
  for (const c of counts) {
    if (c.count <= 0) continue;
    const key = tupleKey(c);
    const before = byKey.get(key);
    const real = { ...c, count: (before?.real.count ?? 0) + c.count };
    byKey.set(key, { real, published: { province: c.province, profession: c.profession, branch: c.branch } });
  }
  const cells = [...byKey.values()].sort((a, b) => (tupleKey(a.real) < tupleKey(b.real) ? -1 : 1));

  // 1. Small cells lose their profession.
  for (const cell of cells) {
    if (cell.real.profession !== null && cell.real.count < k)
      cell.published = { ...cell.published, profession: null };
  }

  // 2. Per province + branch: ideas without profession 0 or ≥ k. Moves stay inside one group (or go to
  // the branch's bare tuple, which step 3 settles), so one snapshot of the tuples serves every group.
  const afterStep1 = [...tuples(cells).values()];
  const shownIn = new Map<string, typeof afterStep1>();
  for (const t of afterStep1) {
    if (t.tuple.province === null || t.tuple.profession === null) continue;
    const group = JSON.stringify([t.tuple.province, t.tuple.branch]);
    shownIn.set(group, [...(shownIn.get(group) ?? []), t]);
  }
  for (const entry of afterStep1) {
    const { tuple } = entry;
    if (tuple.province === null || tuple.profession !== null || entry.count >= k) continue;
    const pick = smallest(shownIn.get(JSON.stringify([tuple.province, tuple.branch])) ?? []);
    if (pick) moveTo(pick.cells, tuple);
    else moveTo(entry.cells, { province: null, profession: null, branch: tuple.branch });
  }

  // 3. Per branch: ideas without province and profession 0 or ≥ k.
  const branches = [...new Set(cells.map((c) => c.published.branch))].filter((b) => b !== null).sort();
  for (const branch of branches) {
    const all = tuples(cells);
    const bare: AttributeTuple = { province: null, profession: null, branch };
    const entry = all.get(tupleKey(bare));
    if (!entry || entry.count >= k) continue;
    const others = [...all.values()].filter((t) => t.tuple.branch === branch && t !== entry);
    const pick = smallest(others);
    if (pick) moveTo(pick.cells, bare);
    else moveTo(entry.cells, NOTHING);
  }

  // 4. Ideas without any attribute: 0 or ≥ k.
  const all = tuples(cells);
  const nothing = all.get(tupleKey(NOTHING));
  if (nothing && nothing.count < k) {
    const pick = smallest([...all.values()].filter((t) => t !== nothing));
    if (pick) moveTo(pick.cells, NOTHING);
  }

  return counts.map((c) => {
    const cell = byKey.get(tupleKey(c));
    return {
      province: c.province,
      profession: c.profession,
      branch: c.branch,
      published: cell ? cell.published : NOTHING,
    };
  });
}

/**
 * The published tuple of each idea of a list (the pure form of what the store keeps in its `public_*`
 * columns): `tupleOf` gives the publishable tuple of an idea (unknown labels already null).
 */
export function publishedTuples<T>(
  ideas: readonly T[],
  tupleOf: (idea: T) => AttributeTuple,
  k: number = K_ANONYMITY,
): AttributeTuple[] {
  const counts = new Map<string, AttributeCount>();
  const keys = ideas.map((idea) => {
    const t = tupleOf(idea);
    const key = tupleKey(t);
    counts.set(key, { ...t, count: (counts.get(key)?.count ?? 0) + 1 });
    return key;
  });
  const decided = new Map(publishAttributes([...counts.values()], k).map((d) => [tupleKey(d), d.published]));
  return keys.map((key) => valueFor(decided, key));
}
