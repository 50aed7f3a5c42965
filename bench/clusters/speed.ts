// Speed of clustering one theme: 1 000 synthetic ideas (data/make-synthetic-ideas.ts, seeded), the
// whole pipeline (analysis, vectors, similarities, average linkage, labels, medoids), median of runs.
// Target: within 2 s on this machine. Also 2 000 ideas, the most the store clusters per theme.
import { clusterIdeas } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { generateIdeas } from '../../data/make-synthetic-ideas.js';

export function clusterTimings(sizes: readonly number[], runs = 5) {
  return sizes.map((n) => {
    const ideas = generateIdeas(n).map((idea, i) => ({
      id: `s${String(i).padStart(6, '0')}`,
      text: idea.text,
      branch: idea.branch ?? null,
      profession: null,
    }));
    const seconds: number[] = [];
    let clusters = 0;
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      clusters = clusterIdeas(ideas).clusters.length;
      seconds.push((performance.now() - start) / 1000);
    }
    seconds.sort((a, b) => a - b);
    return { ideas: n, clusters, medianSeconds: seconds[Math.floor(runs / 2)] ?? 0, runs };
  });
}

if (process.argv[1]?.endsWith('speed.ts')) {
  for (const row of clusterTimings([1000, 2000]))
    console.log(
      `${row.ideas} ideas: ${row.medianSeconds.toFixed(3)} s (median of ${row.runs}), ${row.clusters} clusters`,
    );
}
