// The corpus-learned similarities tried in bench/clusters/representations.ts (not used by the product):
// they must relate words that co-occur in the corpus, not only words two ideas share, so that their
// negative result in docs/clusters-rounds.md is about the data and not a broken method.
import { describe, expect, it } from 'vitest';
import { expandedSimilarity, latentSimilarity } from '../../bench/clusters/latent-space.js';
import type { AnalysedTerm } from '../../src/core/ideas/clusters/analyzer.js';

const text = (...stems: string[]): AnalysedTerm[] => stems.map((key) => ({ key, kind: 'stem', word: key }));
const kindWeights = { stem: 1, part: 1, concept: 1, group: 1 };

// `koppel` and `systeem` always go together, as do `meeloop` and `directie`; `fruit` goes with neither.
const CORPUS = [
  text('koppel', 'systeem', 'dossier'),
  text('koppel', 'systeem'),
  text('koppel', 'systeem', 'apotheek'),
  text('meeloop', 'directie', 'dienst'),
  text('meeloop', 'directie'),
  text('meeloop', 'directie', 'nacht'),
  text('fruit', 'kamer'),
  text('fruit', 'kamer', 'pauze'),
];
// Ideas that share no word: the first two are related through the corpus, the third is not.
const IDEAS = [text('koppel'), text('systeem'), text('directie')];

describe('similarities learned from a corpus', () => {
  it('LSA relates two ideas that share no word but whose words co-occur, and not unrelated ones', () => {
    const s = latentSimilarity(IDEAS, CORPUS, { dims: 3, kindWeights });
    expect(s[0 * 3 + 1]).toBeGreaterThan(0.9);
    expect(s[0 * 3 + 2]).toBeLessThan(0.1);
    expect(s[1 * 3 + 0]).toBe(s[0 * 3 + 1]);
    expect(latentSimilarity(IDEAS, CORPUS, { dims: 3, kindWeights })).toEqual(s);
  });

  it('PPMI expansion does the same through each word’s related words', () => {
    const s = expandedSimilarity(IDEAS, CORPUS, { kindWeights, neighbours: 5, gamma: 0.5, minCount: 2 });
    expect(s[0 * 3 + 1]).toBeGreaterThan(0.5);
    expect(s[0 * 3 + 2]).toBe(0);
    const none = expandedSimilarity(IDEAS, CORPUS, { kindWeights, neighbours: 5, gamma: 0, minCount: 2 });
    expect(none[0 * 3 + 1]).toBe(0);
  });
});
