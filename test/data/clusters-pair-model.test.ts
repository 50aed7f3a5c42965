// The learned pair similarity tried in bench/clusters/pair-model.ts (not used by the product): on small
// inputs its parts must do what their names say, so that its negative result in docs/clusters-rounds.md is about
// the data and not a broken fit, feature or ranking.
import { describe, expect, it } from 'vitest';
import { fitLogistic, predictLogistic, solve } from '../../bench/clusters/logistic.js';
import { FEATURE_COUNT, PAIR_FEATURES, judgedPairs, themePairs } from '../../bench/clusters/pair-features.js';
import { clusterWithPairModel, pairRanking } from '../../bench/clusters/pair-model.js';

describe('logistic regression', () => {
  it('solves a small linear system', () => {
    const a = Float64Array.from([0, 2, 1, 1, 1, 0, 2, 0, 3]);
    const x = solve(a, Float64Array.from([7, 3, 11]), 3);
    // 2y + z = 7, x + y = 3, 2x + 3z = 11 → x = 1, y = 2, z = 3.
    expect([...x].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([1, 2, 3]);
  });

  it('learns the direction of a feature, ignores a constant one, and is deterministic', () => {
    const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const ys = [0, 0, 0, 1, 0, 1, 0, 1, 1, 1];
    const rows = Float64Array.from(xs.flatMap((x) => [x, 7]));
    const labels = Uint8Array.from(ys);
    const model = fitLogistic(rows, labels, 2);
    expect(model.weights[1]).toBeGreaterThan(0);
    expect(model.weights[2]).toBe(0);
    expect(predictLogistic(model, [9, 7])).toBeGreaterThan(0.5);
    expect(predictLogistic(model, [0, 7])).toBeLessThan(0.5);
    expect([...fitLogistic(rows, labels, 2).weights]).toEqual([...model.weights]);
    // A stronger penalty pulls the weight towards 0.
    expect(fitLogistic(rows, labels, 2, { lambda: 100 }).weights[1]).toBeLessThan(model.weights[1] ?? 0);
  });
});

describe('pair ranking', () => {
  const n = 3;
  const same = new Uint8Array(n * n);
  same[0 * n + 1] = same[1 * n + 0] = 1;
  const score = (a: number, b: number, c: number) => {
    const s = new Float64Array(n * n);
    s[0 * n + 1] = a;
    s[0 * n + 2] = b;
    s[1 * n + 2] = c;
    return s;
  };
  it('is 1 when the judged pair comes first, 0 when last, 0,5 when tied', () => {
    expect(pairRanking(score(0.9, 0.1, 0.2), same, n)).toEqual({ auc: 1, ap: 1 });
    expect(pairRanking(score(0.05, 0.1, 0.2), same, n).auc).toBe(0);
    expect(pairRanking(score(0.05, 0.1, 0.2), same, n).ap).toBeCloseTo(1 / 3);
    expect(pairRanking(score(0.5, 0.5, 0.5), same, n).auc).toBe(0.5);
  });
});

describe('pair features of a theme', () => {
  const ideas = [
    { id: 'a', text: 'Koppel de systemen zodat ik niets dubbel hoef in te voeren.', branch: 'VVT', profession: null },
    { id: 'b', text: 'Laat de systemen met elkaar praten, dan typ ik niets dubbel over.', branch: 'VVT', profession: null },
    { id: 'c', text: 'Koppel het dossier aan de systemen van de apotheek.', branch: 'GGZ', profession: null },
    { id: 'd', text: 'Ik ben elke dag een uur kwijt aan formulieren voor de verzekeraar.', branch: 'GGZ', profession: null },
    { id: 'e', text: 'Ik ben veel tijd kwijt aan formulieren die niemand leest.', branch: null, profession: null },
    // Three unrelated ideas, so that the shared concepts above are not the theme's own field (half of it).
    { id: 'f', text: 'Geef nieuwe collega’s een vaste buddy in het eerste jaar.', branch: null, profession: null },
    { id: 'g', text: 'Plan de avonddiensten een maand vooruit.', branch: null, profession: null },
    { id: 'h', text: 'Betrek mantelzorgers bij het zorgplan.', branch: null, profession: null },
  ];
  const pairs = themePairs(ideas);
  const n = pairs.n;
  const at = (i: number, j: number, name: (typeof PAIR_FEATURES)[number]) =>
    pairs.features[(i * n + j) * FEATURE_COUNT + PAIR_FEATURES.indexOf(name)];

  it('links the pairs the product links, and only those get a cosine', () => {
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        expect(pairs.linked[i * n + j]).toBe((at(i, j, 'gated cosine') ?? 0) > 0 ? 1 : 0);
        expect(pairs.linked[i * n + j]).toBe(
          (at(i, j, 'shared solution concepts') ?? 0) + (at(i, j, 'shared thesaurus groups') ?? 0) > 0 ? 1 : 0,
        );
      }
    expect(pairs.linked[0 * n + 1]).toBe(1);
    expect(at(0, 1, 'shared solution concepts')).toBeGreaterThanOrEqual(1);
  });

  it('marks complaints and branches', () => {
    expect(at(0, 1, 'both complaints')).toBe(0);
    expect(at(3, 4, 'both complaints')).toBe(1);
    expect(at(0, 3, 'exactly one complaint')).toBe(1);
    expect(at(0, 1, 'same branch')).toBe(1);
    expect(at(2, 4, 'same branch')).toBe(0);
    expect(at(3, 4, 'same branch')).toBe(0);
  });

  it('labels a pair positive only inside one judged solution', () => {
    const same = judgedPairs(pairs.model, [{ ids: ['a', 'b', 'c'] }]);
    expect(same[0 * n + 1]).toBe(1);
    expect(same[1 * n + 2]).toBe(1);
    expect(same[0 * n + 3]).toBe(0);
    expect(same[3 * n + 4]).toBe(0);
    expect(same[0 * n + 0]).toBe(0);
  });

  it('clusters on the learned probability with the product’s rules', () => {
    // Weight on the gated cosine only: linked pairs get a high probability, so the three proposals meet
    // and the two complaints (no proposing idea) stay out of every solution.
    const weights = new Float64Array(FEATURE_COUNT + 1);
    weights[0] = 2;
    weights[1 + PAIR_FEATURES.indexOf('gated cosine')] = 10;
    const logistic = { mean: new Float64Array(FEATURE_COUNT), scale: new Float64Array(FEATURE_COUNT).fill(1), weights };
    const high = clusterWithPairModel(pairs, { logistic, cut: 0.5, gate: true });
    expect(high.clusters.map((c) => [...c.ids].sort())).toEqual([['a', 'b', 'c']]);
    expect(high.unclustered).toEqual(['d', 'e', 'f', 'g', 'h']);
    const low = clusterWithPairModel(pairs, { logistic, cut: 0.999999, gate: true });
    expect(low.clusters).toEqual([]);
  });
});
