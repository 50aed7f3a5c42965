// The variants tried in bench/clusters/method-variants.ts (not used by the product) must do what their
// names say on small inputs, so that their negative result in docs/clusters-rounds.md is about the data and not a
// broken method.
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/core/ideas/analyzer/stem.js';
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import { louvain, stableGroups, upgmaTree } from '../../bench/clusters/method-variants.js';
import { verbBase } from '../../bench/clusters/variant-analyzer.js';
import { twoTriples } from './similarity-fixture.js';

/** Two tight triples (0–2, 3–5) whose cross pairs are `cross`; 6 joins the second at `six`. */
function matrix(cross: number, six: number): { s: Float64Array; n: number } {
  const n = 7;
  const { s, set } = twoTriples(n);
  for (const i of [0, 1, 2]) for (const j of [3, 4, 5]) set(i, j, cross);
  for (const j of [3, 4, 5]) set(j, 6, six);
  return { s, n };
}

describe('verb forms', () => {
  const attested = (...words: string[]) => {
    const stems = new Set(words.map(stem));
    return (wordStem: string) => stems.has(wordStem);
  };
  it('reads a participle or a present tense as its attested verb', () => {
    expect(verbBase('gekoppeld', attested('koppelen'))).toBe('koppel');
    expect(verbBase('ingevoerd', attested('invoeren'))).toBe('invoer');
    expect(verbBase('koppelt', attested('koppelen'))).toBe('koppel');
    expect(verbBase('koppelt', attested('koppelen'), false)).toBe('koppelt');
  });
  it('leaves a word whose base no other word has', () => {
    expect(verbBase('gezond', attested('koppelen'))).toBe('gezond');
    expect(verbBase('gemeenten', attested('meent'))).toBe('gemeenten');
  });
});

describe('per-branch selection', () => {
  it('keeps the group the cut makes when it has one branch', () => {
    const { s, n } = matrix(0, 0.5);
    expect(stableGroups(upgmaTree(s, n, 0.3), 0.3, 3, 'eom')).toEqual(averageLinkage(s, n, 0.3));
  });
  it('splits a group whose two halves outlive it', () => {
    const { s, n } = matrix(0.35, 0);
    expect(averageLinkage(s, n, 0.3)).toEqual([[0, 1, 2, 3, 4, 5], [6]]);
    expect(stableGroups(upgmaTree(s, n, 0.3), 0.3, 3, 'eom')).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });
});

describe('Louvain communities', () => {
  it('finds the two triples', () => {
    const { s, n } = matrix(0.05, 0.5);
    const groups = louvain(s, n, 1, 0).map((g) => [...g].sort((a, b) => a - b));
    expect(groups.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([
      [0, 1, 2],
      [3, 4, 5, 6],
    ]);
  });
});
