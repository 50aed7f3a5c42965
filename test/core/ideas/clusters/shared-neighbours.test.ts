import { describe, expect, it } from 'vitest';
import {
  nearestNeighbours,
  sharedNeighbourSimilarity,
} from '../../../../src/core/ideas/clusters/shared-neighbours.js';
import { conceptMatcher } from '../../../../src/core/ideas/clusters/solution-concepts.js';

/** A symmetric n × n matrix from its upper triangle, given as [i, j, value] triples. */
function matrix(n: number, pairs: readonly (readonly [number, number, number])[]): Float64Array {
  const s = new Float64Array(n * n);
  for (const [i, j, value] of pairs) {
    s[i * n + j] = value;
    s[j * n + i] = value;
  }
  return s;
}

describe('shared-neighbour similarity', () => {
  it('links two ideas that share no word but are both close to a third', () => {
    // 0 and 1 share nothing; both are close to 2.
    const s = matrix(3, [
      [0, 2, 0.6],
      [1, 2, 0.6],
    ]);
    const blended = sharedNeighbourSimilarity(s, 3, 2, 0.5);
    expect(blended[0 * 3 + 1]).toBeGreaterThan(0);
    // Profiles: 0 → (1, 0, 0.6), 1 → (0, 1, 0.6), both of length √1.36; their cosine is 0.36 / 1.36.
    expect(blended[0 * 3 + 1]).toBeCloseTo(0.5 * (0.36 / 1.36));
    expect(blended[1 * 3 + 0]).toBe(blended[0 * 3 + 1]);
  });

  it('keeps an idea without any link alone and leaves the diagonal at 0', () => {
    const s = matrix(4, [
      [0, 1, 0.5],
      [1, 2, 0.5],
    ]);
    const blended = sharedNeighbourSimilarity(s, 4, 3, 0.3);
    for (let j = 0; j < 4; j++) {
      expect(blended[3 * 4 + j]).toBe(0);
      expect(blended[j * 4 + j]).toBe(0);
    }
  });

  it('is the plain similarity at blend 0', () => {
    const s = matrix(3, [
      [0, 1, 0.2],
      [1, 2, 0.7],
    ]);
    expect([...sharedNeighbourSimilarity(s, 3, 2, 0)]).toEqual([...s]);
  });

  it('takes the most similar neighbours, ties to the lower index', () => {
    const s = matrix(5, [
      [0, 1, 0.3],
      [0, 2, 0.5],
      [0, 3, 0.3],
      [0, 4, 0.1],
    ]);
    expect(nearestNeighbours(s, 5, 0, 2)).toEqual([2, 1]);
    expect(nearestNeighbours(s, 5, 0, 3)).toEqual([2, 1, 3]);
    expect(nearestNeighbours(s, 5, 1, 3)).toEqual([0]);
  });
});

describe('solution concepts of a word', () => {
  it('counts only the longest entry that matches', () => {
    const matcher = conceptMatcher({
      concepts: [
        { id: 'care-plan', why: 'test', words: ['plan'] },
        { id: 'planning', why: 'test', words: ['planning'] },
        { id: 'schedule', why: 'test', words: ['rooster'] },
        { id: 'shifts', why: 'test', words: ['rooster'] },
      ],
    });
    expect(matcher.ofWord('planning', [])).toEqual(['planning']);
    expect(matcher.ofWord('plannen', [])).toEqual(['care-plan']);
    expect(matcher.ofWord('roosterplanning', ['rooster', 'planning'])).toEqual(['planning']);
    expect(matcher.ofWord('roosters', [])).toEqual(['schedule', 'shifts']);
  });
});
