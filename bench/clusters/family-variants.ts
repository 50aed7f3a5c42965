// The families round (bench/clusters/families-protocol.md): the four variants fixed there, beside the
// product, on the three lines that decide (tuning mean, concept dropout, leave-theme-out; themes read
// while tuning only), in one run; plus the tuning themes' pair counts (bench/clusters/errors.ts) to
// see whether fewer judged-together pairs are split. Never a held-out theme.
//   node scripts/run-ts.js bench/clusters/family-variants.ts
import { clusterIdeas, type ClusterOptions } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { DEFAULT_CONCEPT_WEIGHTS } from '../../src/core/ideas/clusters/concept-vectors.js';
import {
  CONCEPT_SITUATION_EMPHASIS,
  ideaAnalyzerWith,
  SITUATION_EMPHASIS,
} from '../../src/core/ideas/clusters/idea-analyzer.js';
import type { SolutionConcepts } from '../../src/core/ideas/clusters/solution-concepts.js';
import { pairErrors } from './errors.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';
import { clusterQuality, conceptDropoutQuality, leaveThemeOutQuality } from './quality.js';

interface Variant {
  readonly name: string;
  /** Family kind weight; undefined: no family terms (the product). */
  readonly weight?: number;
  readonly opensGate: boolean;
}

const VARIANTS: readonly Variant[] = [
  { name: 'none (the product)', opensGate: false },
  { name: 'F1: 0,25, gate closed', weight: 0.25, opensGate: false },
  { name: 'F2: 0,5, gate closed', weight: 0.5, opensGate: false },
  { name: 'F3: 0,25, gate open', weight: 0.25, opensGate: true },
  { name: 'F4: 0,5, gate open', weight: 0.5, opensGate: true },
];

const f = (x: number) => x.toFixed(3).replace('.', ',');
const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;

const tuningThemes = judgedThemes().filter((judged) => judged.heldOut !== true);
console.log(
  '| variant | tuning (per theme) | dropout | leave-theme-out (per theme) | pairs together / split / merged wrong (tuning themes) |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const v of VARIANTS) {
  const families = v.weight !== undefined;
  const analyzerWith = (concepts?: SolutionConcepts) =>
    ideaAnalyzerWith(concepts, SITUATION_EMPHASIS, CONCEPT_SITUATION_EMPHASIS, families);
  const options: Partial<ClusterOptions> = {
    analyzer: analyzerWith(),
    weights: {
      ...DEFAULT_CONCEPT_WEIGHTS,
      kindWeights: { ...DEFAULT_CONCEPT_WEIGHTS.kindWeights, family: v.weight ?? 0 },
    },
    familiesOpenGate: v.opensGate,
  };
  const rows = clusterQuality(options, 7, undefined, (judged) => judged.heldOut !== true);
  const dropout = conceptDropoutQuality(options, 12, 2 / 3, clusterIdeas, analyzerWith);
  const lto = leaveThemeOutQuality(options, clusterIdeas, analyzerWith);
  const pairs = tuningThemes.map((judged) =>
    pairErrors(
      judged,
      clusterIdeas(exampleIdeasOf(judged.theme), options).clusters.map((c) => c.ids),
    ),
  );
  const sum = (key: 'together' | 'split' | 'mergedWrong') => pairs.reduce((s, p) => s + p[key], 0);
  console.log(
    `| ${v.name} | ${f(mean(rows.map((r) => r.ours)))} (${rows.map((r) => f(r.ours)).join(' / ')}) | ${f(dropout.mean)} | ${f(lto.mean)} (${lto.themes.map((t) => f(t.ours)).join(' / ')}) | ${sum('together')} / ${sum('split')} / ${sum('mergedWrong')} |`,
  );
}
