import { describe, expect, it } from 'vitest';
import { clusterModel, type ClusterIdea } from '../../../../src/core/ideas/clusters/cluster-ideas.js';
import {
  combineClusters,
  type CombinedResult,
  type CuratedCluster,
} from '../../../../src/core/ideas/clusters/curated-clusters.js';
import { movedIdeas } from '../../../../src/core/ideas/clusters/moved-ideas.js';

/**
 * A small theme with a hand-made similarity: `ideas` by id (ids sort in the order given, so the model's
 * indices are their positions), every pair 0 unless `pairs` sets it (both ways). Texts that start
 * with an imperative ("Koppel", "Laat") propose something; "Ik typ …" only complains.
 */
function theme(ideas: Record<string, string>, pairs: readonly [string, string, number][]) {
  const ids = Object.keys(ideas).sort();
  const list: ClusterIdea[] = ids.map((id) => ({
    id,
    text: ideas[id] ?? '',
    branch: 'VVT',
    profession: null,
  }));
  const base = clusterModel(list);
  const n = ids.length;
  const similarity = new Float64Array(n * n);
  for (let i = 0; i < n; i++) similarity[i * n + i] = 1;
  for (const [a, b, s] of pairs) {
    similarity[ids.indexOf(a) * n + ids.indexOf(b)] = s;
    similarity[ids.indexOf(b) * n + ids.indexOf(a)] = s;
  }
  return { ...base, similarity };
}

/** Every pair of `ids` at similarity `s`. */
const within = (ids: readonly string[], s: number): [string, string, number][] =>
  ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string, number] => [a, b, s]));
/** Every pair across `as` and `bs` at similarity `s`. */
const across = (as: readonly string[], bs: readonly string[], s: number): [string, string, number][] =>
  as.flatMap((a) => bs.map((b): [string, string, number] => [a, b, s]));

const P = ['p1', 'p2', 'p3'];
const A = ['a1', 'a2', 'a3'];
const PROPOSE = (id: string) => `Koppel de systemen, zegt ${id}.`;
const texts = (ids: readonly string[], text: (id: string) => string = PROPOSE) =>
  Object.fromEntries(ids.map((id) => [id, text(id)]));
const solution = (pinned: boolean, members = P): CuratedCluster[] => [
  { id: 1, label: 'Koppelen', pinned, members },
];
const options = { threshold: 0.3 };
const automatic = (r: CombinedResult) =>
  r.clusters.filter((c) => !c.curated).map((c) => ({ key: c.key, ids: [...c.ids].sort() }));
const proposed = (r: CombinedResult) => r.proposals.map((p) => [p.ideaId, p.clusterKey]);

describe('a curator’s pinned solution over the automatic clustering', () => {
  it('leaves every automatic solution, its members and its key, as it was before pinning', () => {
    const model = theme(texts([...P, ...A]), [...within(P, 0.8), ...within(A, 0.6), ...across(P, A, 0.1)]);
    const before = combineClusters(model, solution(false), new Set(), options);
    const after = combineClusters(model, solution(true), new Set(), options);
    expect(automatic(before)).toEqual([{ key: 'auto-a1', ids: A }]);
    expect(automatic(after)).toEqual(automatic(before));
    expect(after.proposals).toEqual([]);
  });

  it('proposes new ideas that hold together more tightly than they resemble the pinned solution', () => {
    // n1–n4 nearly copy one another (0,9): their cohesion is above their resemblance to p1–p3 (0,5), but
    // they say what p1–p3 say by the theme's cut. Grouped apart from the pinned ideas they would found a
    // rival "Systemen koppelen" beside it (audit 5, finding 3).
    const N = ['n1', 'n2', 'n3', 'n4'];
    const model = theme(texts([...P, ...N]), [...within(P, 0.6), ...within(N, 0.9), ...across(P, N, 0.5)]);
    const unpinned = combineClusters(model, solution(false), new Set(), options);
    expect(automatic(unpinned)).toEqual([{ key: 'auto-n1', ids: N }]);
    const pinned = combineClusters(model, solution(true), new Set(), options);
    expect(automatic(pinned)).toEqual([]);
    expect(proposed(pinned)).toEqual(N.map((id) => [id, 'c1']));
    expect(pinned.proposals[0]?.similarity).toBeCloseTo(0.5);
    expect(pinned.unclustered).toEqual(N);
  });

  it('proposes a lone idea whose mean similarity reaches the cut, and leaves a distant one alone', () => {
    const model = theme(texts([...P, 's1', 's2']), [
      ...within(P, 0.8),
      ...across(['s1'], P, 0.4),
      ...across(['s2'], P, 0.2),
    ]);
    const after = combineClusters(model, solution(true), new Set(), options);
    expect(proposed(after)).toEqual([['s1', 'c1']]);
    expect(after.proposals[0]?.similarity).toBeCloseTo(0.4);
    expect(after.unclustered).toEqual(['s1', 's2']);
  });

  it('measures a loosely held pinned solution (a merge of two remedies) by its own cohesion', () => {
    // c1 merges p1–p3 and q1–q3 (0,8 within each, 0 across: cohesion 0,32). z1 says what q1–q3 say
    // (0,7): its mean over c1 is 0,35, under the cut of 0,4 but as close as c1's own ideas are.
    const Q = ['q1', 'q2', 'q3'];
    const model = theme(texts([...P, ...Q, 'z1', 'z2']), [
      ...within(P, 0.8),
      ...within(Q, 0.8),
      ...across(['z1'], Q, 0.7),
      ...across(['z2'], Q, 0.5),
    ]);
    const after = combineClusters(model, solution(true, [...P, ...Q]), new Set(), { threshold: 0.4 });
    expect(proposed(after)).toEqual([['z1', 'c1']]);
    expect(after.unclustered).toEqual(['z1', 'z2']);
  });

  it('proposes a near-copy of a pinned idea even where the similarity would not', () => {
    const model = theme(
      {
        ...texts(P),
        p1: 'Koppel het systeem van de apotheek aan ons dossier, dan typ ik de medicatie niet meer over.',
        x1: 'Koppel het systeem van de apotheek aan ons dossier, dan typ ik de medicatie niet meer over!',
      },
      within(P, 0.8),
    );
    expect(combineClusters(model, solution(false), new Set(), options).proposals).toEqual([]);
    const after = combineClusters(model, solution(true), new Set(), options);
    expect(proposed(after)).toEqual([['x1', 'c1']]);
    expect(after.unclustered).toEqual(['x1']);
  });

  it('makes no solution of new ideas that only complain, and proposes each for the pinned one', () => {
    const N = ['n1', 'n2', 'n3'];
    const model = theme(
      { ...texts(P), ...texts(N, (id) => `Bij ${id} typ ik alles over in drie systemen.`) },
      [...within(P, 0.8), ...within(N, 0.9), ...across(N, P, 0.4)],
    );
    const before = combineClusters(model, solution(false), new Set(), options);
    expect(automatic(before)).toEqual([]);
    const after = combineClusters(model, solution(true), new Set(), options);
    expect(proposed(after)).toEqual(N.map((id) => [id, 'c1']));
  });
});

describe('moving an idea out of an automatic solution', () => {
  // a1–a4 propose one remedy (0,6); k1 only complains and stays through a1 (0,9; 0,2 to the others:
  // mean 0,375 over the proposing ideas, above the cut of 0,3).
  const ideas = { ...texts(['a1', 'a2', 'a3', 'a4']), k1: 'Ik typ alles twee keer over.' };
  const pairs = [
    ...within(['a1', 'a2', 'a3', 'a4'], 0.6),
    ['k1', 'a1', 0.9],
    ...across(['k1'], ['a2', 'a3', 'a4'], 0.2),
  ];
  const model = theme(ideas, pairs as [string, string, number][]);

  it('takes out exactly that idea: the rest keeps every member, the complaint as well', () => {
    expect(automatic(combineClusters(model, [], new Set(), options))).toEqual([
      { key: 'auto-a1', ids: ['a1', 'a2', 'a3', 'a4', 'k1'] },
    ]);
    const moved = combineClusters(model, [], new Set(['a1']), options);
    expect(automatic(moved).map((c) => c.ids)).toEqual([['a2', 'a3', 'a4', 'k1']]);
    expect(moved.unclustered).toEqual(['a1']);
  });

  it('takes out exactly that idea when it moves into another solution', () => {
    const moved = combineClusters(
      model,
      [{ id: 2, label: null, pinned: false, members: ['a1'] }],
      new Set(),
      options,
    );
    expect(automatic(moved).map((c) => c.ids)).toEqual([['a2', 'a3', 'a4', 'k1']]);
    expect(moved.unclustered).toEqual([]);
  });

  it('leaves the rest unclustered only when it is no solution any more (fewer than three ideas)', () => {
    const moved = combineClusters(model, [], new Set(['a1', 'a2', 'a3']), options);
    expect(automatic(moved)).toEqual([]);
    expect(moved.unclustered).toEqual(['a1', 'a2', 'a3', 'a4', 'k1']);
  });
});

describe('the ideas a change moved', () => {
  const ideas = { ...texts(['a1', 'a2', 'a3', 'a4']), k1: 'Ik typ alles twee keer over.' };
  const model = theme(ideas, [
    ...within(['a1', 'a2', 'a3', 'a4'], 0.6),
    ['k1', 'a1', 0.9],
    ...across(['k1'], ['a2', 'a3', 'a4'], 0.2),
  ]);
  const before = combineClusters(model, [], new Set(), options);

  it('names only the idea asked for when the rest stays (its key may change with the medoid)', () => {
    const after = combineClusters(model, [], new Set(['a1']), options);
    expect(movedIdeas(before, after)).toEqual([{ id: 'a1', from: 'auto-a1', to: null }]);
    const into = combineClusters(
      model,
      [{ id: 2, label: null, pinned: false, members: ['a1'] }],
      new Set(),
      options,
    );
    expect(movedIdeas(before, into)).toEqual([{ id: 'a1', from: 'auto-a1', to: 'c2' }]);
  });

  it('names every idea that went along when what is left is no solution any more', () => {
    const after = combineClusters(model, [], new Set(['a1', 'a2', 'a3']), options);
    expect(movedIdeas(before, after).map((m) => [m.id, m.to])).toEqual([
      ['a1', null],
      ['a2', null],
      ['a3', null],
      ['a4', null],
      ['k1', null],
    ]);
  });
});
