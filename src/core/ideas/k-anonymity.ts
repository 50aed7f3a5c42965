/**
 * k-anonymity for public views of ideas. An idea carries three quasi-identifiers: province, profession
 * and branch. A public view never shows a combination of them that fewer than k visible ideas share.
 *
 * Rule, in order:
 * 1. the (province, profession, branch) combination is shared by ≥ k ideas → show all three;
 * 2. else drop the profession: it is the most identifying attribute (23 professions, against 12
 *    provinces and 10 branches, and a profession within one branch and province is often a handful of
 *    people); if (province, branch) is shared by ≥ k ideas → show province and branch;
 * 3. else drop the province as well: the branch alone stays, because it names a sector of thousands of
 *    workers and is the label the research itself publishes beside every quote.
 * A missing attribute counts as its own value (a group of ideas without a province is a group too).
 * Counts are over visible (not hidden) ideas, so hiding an idea can change how others are shown.
 */

/** The default k: no public combination of province, profession and branch below five ideas. */
export const K_ANONYMITY = 5;

export interface AttributeCount {
  readonly province: string | null;
  readonly profession: string | null;
  readonly branch: string | null;
  /** Visible ideas with exactly this combination. */
  readonly count: number;
}

export interface PublicAttributeDecision extends Omit<AttributeCount, 'count'> {
  readonly showProvince: boolean;
  readonly showProfession: boolean;
}

/** SQL for the counts the rule needs (every visible combination); no parameters. */
export const ATTRIBUTE_COUNTS_SQL = `SELECT province, profession, branch, count(*)::int AS count
  FROM ideas WHERE NOT hidden GROUP BY province, profession, branch`;

function key(...values: readonly (string | null)[]): string {
  return JSON.stringify(values);
}

/** The decision for every combination in `counts`, in the order given. */
export function publicAttributeDecisions(
  counts: readonly AttributeCount[],
  k: number = K_ANONYMITY,
): PublicAttributeDecision[] {
  const provinceBranch = new Map<string, number>();
  for (const c of counts) {
    const pb = key(c.province, c.branch);
    provinceBranch.set(pb, (provinceBranch.get(pb) ?? 0) + c.count);
  }
  return counts.map((c) => {
    const full = c.count >= k;
    const withoutProfession = full || (provinceBranch.get(key(c.province, c.branch)) ?? 0) >= k;
    return {
      province: c.province,
      profession: c.profession,
      branch: c.branch,
      showProfession: full,
      showProvince: withoutProfession,
    };
  });
}
