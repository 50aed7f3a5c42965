/**
 * Where a cluster's ideas come from: ideas per branch, and per profession under the k-anonymity rule.
 * Professions are the public values the store already decided (src/core/ideas/k-anonymity.ts, null
 * when not shown); a profession is named only when at least k of the cluster's ideas show it, so a
 * small cluster never points at a handful of people. The rest are counted, not named.
 */
import { compareNames } from '../../contract/names.js';
import { K_ANONYMITY } from '../k-anonymity.js';

export interface OriginInput {
  readonly branch: string | null;
  /** The public profession (null when the k-anonymity rule hides it). */
  readonly profession: string | null;
}

export interface ClusterOrigin {
  /** Ideas per branch (ideas without a branch are not counted), keys in Dutch alphabetical order. */
  readonly branches: Readonly<Record<string, number>>;
  /** Ideas per profession, only professions shown by at least k of the cluster's ideas. */
  readonly professions: Readonly<Record<string, number>>;
  /** Ideas whose profession is not named here (hidden, missing, or fewer than k in the cluster). */
  readonly professionsNotNamed: number;
  /** The k the professions were named under, for the reader's note on the rest. */
  readonly k: number;
}

function sortedRecord(counts: Map<string, number>): Record<string, number> {
  const record: Record<string, number> = {};
  for (const key of [...counts.keys()].sort(compareNames)) record[key] = counts.get(key) ?? 0;
  return record;
}

export function clusterOrigin(ideas: readonly OriginInput[], k: number = K_ANONYMITY): ClusterOrigin {
  const branches = new Map<string, number>();
  const professions = new Map<string, number>();
  for (const idea of ideas) {
    if (idea.branch) branches.set(idea.branch, (branches.get(idea.branch) ?? 0) + 1);
    if (idea.profession) professions.set(idea.profession, (professions.get(idea.profession) ?? 0) + 1);
  }
  let named = 0;
  for (const [profession, count] of professions) {
    if (count < k) professions.delete(profession);
    else named += count;
  }
  return {
    branches: sortedRecord(branches),
    professions: sortedRecord(professions),
    professionsNotNamed: ideas.length - named,
    k,
  };
}
