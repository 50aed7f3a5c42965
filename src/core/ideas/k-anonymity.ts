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
 *    1…k−1, the cheapest complement of that branch joins them (below); a branch with nothing left to
 *    add (fewer than k ideas in all) is shown without its branch as well;
 * 4. the ideas shown without any attribute number 0 or at least k in the same way (unless the whole
 *    databank has fewer than k visible ideas: then nothing is shown of anyone).
 * "Smallest" (step 2) is by count, ties by the labels (code-unit order of the JSON key): a stable rule.
 *
 * The cheapest complement (steps 3 and 4; audit 7, finding 2). Until then these steps moved the
 * smallest other published tuple whole: one imported idea with a held branch label, alone in
 * (Utrecht, –, –) and so shown without anything, took the five Noord-Holland UMC ideas with it, which
 * lost province and branch everywhere. The rule needs only that the short tuple reaches k and that every
 * tuple a cell leaves keeps 0 or at least k ideas; nothing requires a donor to go whole. So the step
 * chooses, among all sets of whole cells from the other published tuples of the branch (step 3) or of
 * the databank (step 4) that meet both conditions, the one that withdraws the fewest published values
 * (ideas moved × values each loses), then moves the fewest ideas, then the fewest cells; ties to the
 * first found with candidates and cells in key order (a 0/1 knapsack over at most a few hundred cells,
 * with the ideas gathered, capped at the need < k, as its state). A cell of four that loses only its
 * branch (4 values) now goes instead of a tuple of five that loses two (10). Step 2 needs no such
 * choice: one cell of ≥ k always suffices there and the smallest is the cheapest. Nothing cheaper is
 * safe: the idea(s) of the short tuple have no value left to withdraw, and a value they do not have
 * may never be published; hiding them would drop ideas the curator did not hide.
 *
 * The change is still of whole cells and decided from counts only, so the argument below holds
 * unchanged. What it adds: a donor tuple may now shrink (keeping ≥ k) where before it went whole or
 * stayed. Across two versions a reader can then see that the ideas that moved form whole cells, the
 * same kind of thing any count change already shows (a cell that reaches k regains its profession); the
 * guarantee is for each published table, as it was. Each change's answer says what it did to other
 * ideas (public-changes.ts), so a curator is never left to find out from the facets.
 *
 * Why this cannot be differenced: the decision is a function of the *counts* per real tuple only, never
 * of an idea's id, text or position, and whole cells move together. So swapping the real tuples of two
 * ideas that share a published tuple changes nothing anyone can see; whatever an attacker derives about
 * one idea (from filters, facets, query words or config/bridge.json) holds for every idea of its
 * published tuple, which has ≥ k members. Each step only empties a tuple, fills one to ≥ k or takes
 * cells from one that keeps ≥ k, so later steps never undo earlier ones. Filters and facets must then act on the published values only
 * (search-columns.ts reads the `public_*` columns).
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

/** How many values a tuple publishes (0…3). */
function valuesOf(t: AttributeTuple): number {
  return (t.province === null ? 0 : 1) + (t.profession === null ? 0 : 1) + (t.branch === null ? 0 : 1);
}

/** What a complement costs: published values withdrawn, then ideas moved, then cells moved. */
interface Complement {
  readonly values: number;
  readonly ideas: number;
  readonly cells: readonly Cell[];
}

function cheaper(a: Complement, b: Complement | undefined): boolean {
  return !b || (a.values - b.values || a.ideas - b.ideas || a.cells.length - b.cells.length) < 0;
}

/**
 * The subsets of one published tuple's cells that may leave it: the whole tuple, or cells whose
 * removal leaves it at least k. Per amount below `need` one subset (fewest cells first found), and the
 * smallest amount of `need` or more; cells in key order, so the choice is a function of the counts.
 */
function takeable(
  entry: { count: number; cells: readonly Cell[] },
  need: number,
  k: number,
): { amount: number; cells: readonly Cell[] }[] {
  // by[s] for s < need: a subset of exactly s ideas; over: the smallest subset of need or more.
  const by: (readonly Cell[] | undefined)[] = [[]];
  let over: { amount: number; cells: readonly Cell[] } | undefined;
  const cells = [...entry.cells].sort((a, b) => (tupleKey(a.real) < tupleKey(b.real) ? -1 : 1));
  for (const cell of cells) {
    for (let s = need - 1; s >= 0; s--) {
      const base = by[s];
      if (!base) continue;
      const amount = s + cell.real.count;
      const subset = [...base, cell];
      if (amount < need) {
        const known = by[amount];
        if (!known || subset.length < known.length) by[amount] = subset;
      } else if (!over || amount < over.amount) over = { amount, cells: subset };
    }
  }
  const options: { amount: number; cells: readonly Cell[] }[] = [];
  const allowed = (amount: number) => amount > 0 && amount <= entry.count - k;
  by.forEach((subset, amount) => {
    if (subset && allowed(amount)) options.push({ amount, cells: subset });
  });
  if (over && allowed(over.amount)) options.push(over);
  options.push({ amount: entry.count, cells: entry.cells });
  return options;
}

/**
 * The cheapest complement for a published tuple `target` of 1…k−1 ideas: whole cells from the
 * `candidates` (other published tuples) that bring it to k, each candidate keeping 0 or at least k
 * ideas. Cheapest = fewest published values withdrawn (ideas moved × values each loses), then fewest
 * ideas, then fewest cells; ties go to the first found with the candidates in key order. A 0/1
 * knapsack over the candidates with the ideas gathered (capped at the need) as state: a few hundred
 * cells and a need below k. Undefined when all candidates together stay below the need.
 */
function cheapestComplement(
  target: { tuple: AttributeTuple; count: number },
  candidates: readonly { tuple: AttributeTuple; count: number; cells: readonly Cell[] }[],
  k: number,
): readonly Cell[] | undefined {
  const need = k - target.count;
  let best: (Complement | undefined)[] = [{ values: 0, ideas: 0, cells: [] }];
  const sorted = [...candidates].sort((a, b) => (tupleKey(a.tuple) < tupleKey(b.tuple) ? -1 : 1));
  for (const entry of sorted) {
    const lost = valuesOf(entry.tuple) - valuesOf(target.tuple);
    const next = [...best];
    for (const option of takeable(entry, need, k)) {
      for (let g = 0; g <= need; g++) {
        const base = best[g];
        if (!base) continue;
        const reached = Math.min(need, g + option.amount);
        const complement: Complement = {
          values: base.values + option.amount * lost,
          ideas: base.ideas + option.amount,
          cells: [...base.cells, ...option.cells],
        };
        if (cheaper(complement, next[reached])) next[reached] = complement;
      }
    }
    best = next;
  }
  return best[need]?.cells;
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
    const pick = cheapestComplement(entry, others, k);
    if (pick) moveTo(pick, bare);
    else moveTo(entry.cells, NOTHING);
  }

  // 4. Ideas without any attribute: 0 or ≥ k.
  const all = tuples(cells);
  const nothing = all.get(tupleKey(NOTHING));
  if (nothing && nothing.count < k) {
    const pick = cheapestComplement(
      nothing,
      [...all.values()].filter((t) => t !== nothing),
      k,
    );
    if (pick) moveTo(pick, NOTHING);
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
