// Why the families round's variants did not help (bench/clusters/families-protocol.md), on the themes
// read while tuning only (never a held-out theme). Per theme: how many ideas name each family (and how
// many families the rarity cut drops for covering more than half of the theme), how well a shared
// family and a shared concept tell judged-together pairs from judged-apart ones, the theme's adaptive
// cut and the sizes of its solutions with and without family terms.
//   node scripts/run-ts.js bench/clusters/family-diagnostics.ts
import {
  clusterIdeas,
  clusterModel,
  thresholdOf,
  type ClusterOptions,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { DEFAULT_CONCEPT_WEIGHTS } from '../../src/core/ideas/clusters/concept-vectors.js';
import {
  CONCEPT_SITUATION_EMPHASIS,
  ideaAnalyzerWith,
  SITUATION_EMPHASIS,
} from '../../src/core/ideas/clusters/idea-analyzer.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';

const withFamilies = (weight: number): Partial<ClusterOptions> => ({
  analyzer: ideaAnalyzerWith(undefined, SITUATION_EMPHASIS, CONCEPT_SITUATION_EMPHASIS, true),
  weights: {
    ...DEFAULT_CONCEPT_WEIGHTS,
    kindWeights: { ...DEFAULT_CONCEPT_WEIGHTS.kindWeights, family: weight },
  },
});

const share = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)} %`);

for (const judged of judgedThemes().filter((j) => j.heldOut !== true)) {
  const ideas = exampleIdeasOf(judged.theme);
  const plain = clusterModel(ideas, {});
  const fam = clusterModel(ideas, withFamilies(0.25));
  const n = fam.ideas.length;
  const sets = (kind: 'concept' | 'family') =>
    fam.terms.map((terms) => new Set(terms.filter((t) => t.kind === kind).map((t) => t.key)));
  const concepts = sets('concept');
  const families = sets('family');
  const df = new Map<string, number>();
  for (const s of families) for (const k of s) df.set(k, (df.get(k) ?? 0) + 1);
  const conceptDf = new Map<string, number>();
  for (const s of concepts) for (const k of s) conceptDf.set(k, (conceptDf.get(k) ?? 0) + 1);
  const cut = [...df].filter(([, d]) => d > Math.floor(n / 2));
  const truth = new Map<string, number>();
  judged.clusters.forEach((c, k) => c.ids.forEach((id) => truth.set(id, k)));
  // The rarity cut of concept-vectors.ts: a term of one idea or of more than half of the theme is left out.
  const inVectors = (d: number) => d >= 2 && d <= Math.max(2, Math.floor(n / 2));
  const kept = (k: string) => inVectors(df.get(k) ?? 0);
  const keptConcept = (k: string) => inVectors(conceptDf.get(k) ?? 0);
  // Pairs of judged-grouped ideas: together (one solution) or apart (two solutions).
  const count = { together: 0, apart: 0, famTogether: 0, famApart: 0, conTogether: 0, conApart: 0 };
  const onlyFamily = { together: 0, apart: 0 };
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const x = truth.get(fam.ideas[a]?.id ?? '');
      const y = truth.get(fam.ideas[b]?.id ?? '');
      if (x === undefined || y === undefined) continue;
      const same = x === y;
      const sharesFamily = [...(families[a] ?? [])].some((k) => kept(k) && families[b]?.has(k));
      const sharesConcept = [...(concepts[a] ?? [])].some((k) => keptConcept(k) && concepts[b]?.has(k));
      if (same) {
        count.together++;
        if (sharesFamily) count.famTogether++;
        if (sharesConcept) count.conTogether++;
        if (sharesFamily && !sharesConcept) onlyFamily.together++;
      } else {
        count.apart++;
        if (sharesFamily) count.famApart++;
        if (sharesConcept) count.conApart++;
        if (sharesFamily && !sharesConcept) onlyFamily.apart++;
      }
    }
  console.log(`\n${judged.theme} (${n} ideas)`);
  console.log(
    `  families named: ${[...df]
      .sort((p, q) => q[1] - p[1])
      .map(([k, d]) => `${k} ${d}`)
      .join(', ')}`,
  );
  console.log(`  cut for covering more than half: ${cut.map(([k]) => k).join(', ') || 'none'}`);
  console.log(
    `  judged-together pairs sharing a concept ${share(count.conTogether, count.together)}, a family ${share(count.famTogether, count.together)}; judged-apart pairs: a concept ${share(count.conApart, count.apart)}, a family ${share(count.famApart, count.apart)} (${count.together} together, ${count.apart} apart)`,
  );
  console.log(
    `  pairs sharing a family but no concept: ${onlyFamily.together} judged together, ${onlyFamily.apart} judged apart`,
  );
  console.log(
    `  adaptive cut: ${thresholdOf(plain, 'adaptive').toFixed(3)} without families, ${thresholdOf(fam, 'adaptive').toFixed(3)} with (weight 0,25), ${thresholdOf(clusterModel(ideas, withFamilies(0.5)), 'adaptive').toFixed(3)} (0,5)`,
  );
  for (const [what, options] of [
    ['without families', {}],
    ['0,25', withFamilies(0.25)],
    ['0,5', withFamilies(0.5)],
  ] as const) {
    const result = clusterIdeas(ideas, options);
    console.log(
      `  solutions ${what}: ${result.clusters.length} (ideas ${result.clusters.map((c) => c.ids.length).join(', ')}), ${result.unclustered.length} unclustered`,
    );
  }
}
