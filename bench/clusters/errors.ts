// Error analysis of the clustering on the judged set: per theme, each judged solution with where its
// ideas went, the pairs split that belong together and the pairs merged that do not, and the ideas
// judged ungrouped that were put in a group. `node scripts/run-ts.js bench/clusters/errors.ts`
// prints the themes read while tuning; `HELD_OUT=1` prints only the held-out themes' counts (no
// texts), for after a choice.
import { clusterIdeas } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';

export interface PairErrors {
  readonly theme: string;
  readonly heldOut: boolean;
  /** Pairs judged together and clustered together / apart. */
  readonly together: number;
  readonly split: number;
  /** Pairs clustered together but judged apart: both judged grouped (wrong solution), or one ungrouped. */
  readonly mergedWrong: number;
  readonly mergedUngrouped: number;
  /** Judged-grouped ideas left unclustered; judged-ungrouped ideas put in a cluster. */
  readonly groupedLeftAlone: number;
  readonly ungroupedPulledIn: number;
}

export function pairErrors(
  judged: { clusters: readonly { ids: readonly string[] }[]; ungrouped: readonly string[] },
  predicted: readonly (readonly string[])[],
): Omit<PairErrors, 'theme' | 'heldOut'> {
  const truth = new Map<string, number>();
  judged.clusters.forEach((c, k) => c.ids.forEach((id) => truth.set(id, k)));
  const ours = new Map<string, number>();
  predicted.forEach((c, k) => c.forEach((id) => ours.set(id, k)));
  const ids = [...truth.keys(), ...judged.ungrouped];
  let together = 0;
  let split = 0;
  let mergedWrong = 0;
  let mergedUngrouped = 0;
  for (let a = 0; a < ids.length; a++)
    for (let b = a + 1; b < ids.length; b++) {
      const x = ids[a] ?? '';
      const y = ids[b] ?? '';
      const t = truth.get(x) !== undefined && truth.get(x) === truth.get(y);
      const o = ours.get(x) !== undefined && ours.get(x) === ours.get(y);
      if (t && o) together++;
      else if (t) split++;
      else if (o) {
        if (truth.has(x) && truth.has(y)) mergedWrong++;
        else mergedUngrouped++;
      }
    }
  return {
    together,
    split,
    mergedWrong,
    mergedUngrouped,
    groupedLeftAlone: [...truth.keys()].filter((id) => !ours.has(id)).length,
    ungroupedPulledIn: judged.ungrouped.filter((id) => ours.has(id)).length,
  };
}

if (process.argv[1]?.endsWith('errors.ts')) {
  const heldOut = process.env.HELD_OUT === '1';
  for (const judged of judgedThemes().filter((j) => (j.heldOut === true) === heldOut)) {
    const ideas = exampleIdeasOf(judged.theme);
    const text = new Map(ideas.map((idea) => [idea.id, idea.text]));
    const result = clusterIdeas(ideas);
    const predicted = result.clusters.map((c) => c.ids);
    const errors = pairErrors(judged, predicted);
    console.log(`\n## ${judged.theme}: ${JSON.stringify(errors)}`);
    if (heldOut) continue;
    const ours = new Map<string, number>();
    predicted.forEach((c, k) => c.forEach((id) => ours.set(id, k)));
    result.clusters.forEach((c, k) => console.log(`  C${k}: ${c.label}`));
    const show = (id: string) =>
      `    ${id} [${ours.has(id) ? `C${ours.get(id)}` : '-'}] ${(text.get(id) ?? '').slice(0, 150)}`;
    for (const c of judged.clusters) {
      console.log(`  * ${c.label}`);
      for (const id of c.ids) console.log(show(id));
    }
    console.log('  * (ungrouped)');
    for (const id of judged.ungrouped) console.log(show(id));
  }
}
