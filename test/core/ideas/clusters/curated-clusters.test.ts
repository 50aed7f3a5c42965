import { describe, expect, it } from 'vitest';
import { clusterModel, type ClusterIdea } from '../../../../src/core/ideas/clusters/cluster-ideas.js';
import {
  combineClusters,
  type CuratedCluster,
} from '../../../../src/core/ideas/clusters/curated-clusters.js';

// Ids sort in this order, so the model's indices are the positions in IDS.
const IDS = ['b1', 'b2', 'b3', 'b4', 'n1', 'n2', 'n3', 'p1', 'p2', 'p3', 's1'] as const;
const at = (id: (typeof IDS)[number]) => IDS.indexOf(id);

/**
 * A theme with a hand-made similarity: a curated solution p1–p3; an automatic group b1–b4 (all pairs
 * 0,5) whose representative b1 resembles p1–p3 even more (0,7); three new ideas n1–n3 that hold
 * together (0,4) but resemble p1–p3 more (0,6); and a lone idea s1 close to p1–p3 (0,4).
 */
function model(textOf: (id: string) => string = (id) => `Idee ${id} over koppeling van systemen.`) {
  const ideas: ClusterIdea[] = IDS.map((id) => ({
    id,
    text: textOf(id),
    branch: 'VVT',
    profession: null,
  }));
  const base = clusterModel(ideas);
  const n = IDS.length;
  const similarity = new Float64Array(n * n);
  const set = (a: (typeof IDS)[number], b: (typeof IDS)[number], s: number) => {
    similarity[at(a) * n + at(b)] = s;
    similarity[at(b) * n + at(a)] = s;
  };
  for (let i = 0; i < n; i++) similarity[i * n + i] = 1;
  const groups = { b: ['b1', 'b2', 'b3', 'b4'], n: ['n1', 'n2', 'n3'], p: ['p1', 'p2', 'p3'] } as const;
  for (const a of groups.b) for (const b of groups.b) if (a !== b) set(a, b, 0.5);
  for (const a of groups.n) for (const b of groups.n) if (a !== b) set(a, b, 0.4);
  for (const a of groups.p) for (const b of groups.p) if (a !== b) set(a, b, 0.8);
  for (const p of groups.p) {
    set('b1', p, 0.7);
    for (const m of groups.n) set(m, p, 0.6);
    set('s1', p, 0.4);
  }
  return { ...base, similarity };
}

const curated = (pinned: boolean): CuratedCluster[] => [
  { id: 1, label: 'Koppelen', pinned, members: ['p1', 'p2', 'p3'] },
];
const options = { threshold: 0.3 };

describe('a curator’s pinned solution over the automatic clustering', () => {
  it('leaves every automatic solution, its members and its key, as it was before pinning', () => {
    const before = combineClusters(model(), curated(false), new Set(), options);
    const after = combineClusters(model(), curated(true), new Set(), options);
    const automatic = (r: typeof before) =>
      r.clusters.filter((c) => !c.curated).map((c) => ({ key: c.key, ids: [...c.ids].sort() }));
    expect(automatic(before)).toContainEqual({ key: 'auto-b1', ids: ['b1', 'b2', 'b3', 'b4'] });
    expect(automatic(after)).toContainEqual({ key: 'auto-b1', ids: ['b1', 'b2', 'b3', 'b4'] });
    expect(after.proposals.map((p) => p.ideaId)).not.toContain('b1');
  });

  it('proposes a lone idea and a group of new ideas that fit the pinned solution better than themselves', () => {
    const before = combineClusters(model(), curated(false), new Set(), options);
    expect(before.proposals).toEqual([]);
    expect(before.clusters.map((c) => [...c.ids].sort())).toContainEqual(['n1', 'n2', 'n3']);
    expect(before.unclustered).toEqual(['s1']);

    const after = combineClusters(model(), curated(true), new Set(), options);
    expect(after.proposals.map((p) => [p.ideaId, p.clusterKey])).toEqual([
      ['n1', 'c1'],
      ['n2', 'c1'],
      ['n3', 'c1'],
      ['s1', 'c1'],
    ]);
    expect(after.proposals.find((p) => p.ideaId === 's1')?.similarity).toBeCloseTo(0.4);
    expect(after.unclustered).toEqual(['n1', 'n2', 'n3', 's1']);
    expect(after.clusters.map((c) => c.key).sort()).toEqual(['auto-b1', 'c1']);
  });

  it('makes no solution of new ideas that only complain, and proposes each for the pinned one', () => {
    // n1–n3 propose nothing ("Ik typ alles over"): together they share a complaint, not a remedy.
    const complaining = () =>
      model((id) => (id.startsWith('n') ? `Bij ${id} typ ik alles over in drie systemen.` : `Idee ${id}.`));
    const before = combineClusters(complaining(), curated(false), new Set(), options);
    expect(before.clusters.map((c) => [...c.ids].sort())).not.toContainEqual(['n1', 'n2', 'n3']);
    expect(before.unclustered).toEqual(['n1', 'n2', 'n3', 's1']);
    const after = combineClusters(complaining(), curated(true), new Set(), options);
    expect(after.proposals.map((p) => p.ideaId)).toEqual(['n1', 'n2', 'n3', 's1']);
  });
});
