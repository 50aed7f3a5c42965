// The variants tried in bench/clusters/round-variants.ts (not used by the product): the variant
// analyzer with the product's weights must give the product's terms, and the linkages and the
// reassignment must do what their names say on a small matrix, so that their negative result in the
// README is about the data and not a broken method.
import { describe, expect, it } from 'vitest';
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import { ideaAnalyzer } from '../../src/core/ideas/clusters/idea-analyzer.js';
import { lanceWilliams, reassign } from '../../bench/clusters/round-variants.js';
import { outcomeParts, productParts, variantAnalyzer } from '../../bench/clusters/variant-analyzer.js';
import { twoTriples } from './similarity-fixture.js';

const TEXTS = [
  'Nu typ ik alles twee keer over. Koppel de systemen, dan scheelt dat een uur per dienst.',
  'Laat de wijkverpleegkundige zelf de zorg indiceren zonder toestemming van de verzekeraar.',
  'Met een app maak ik in een paar tikken de dagverslagen. Dat scheelt veel schrijfwerk.',
];

// Two tight triples (0–2, 3–5); 6 is a little closer to the second than to the first.
const N = 7;
function matrix(): Float64Array {
  const { s, set } = twoTriples(N);
  for (const i of [0, 1, 2]) set(i, 6, 0.4);
  for (const i of [3, 4, 5]) set(i, 6, 0.5);
  set(0, 3, 0.1);
  return s;
}

describe('the variant analyzer', () => {
  it('gives the product’s terms with the product’s weights', () => {
    const product = ideaAnalyzer(TEXTS);
    const variant = variantAnalyzer(productParts())(TEXTS);
    for (const text of TEXTS) expect(variant.analyse(text)).toEqual(product.analyse(text));
  });

  it('weighs an outcome sentence apart from the remedy and the situation', () => {
    const parts = outcomeParts(0.3, 0.2)('Nu typ ik alles over. Koppel de systemen. Dat scheelt een uur.');
    expect(parts.map((p) => [p.plain, p.concept])).toEqual([
      [0.8, 0.5],
      [1, 1],
      [0.3, 0.2],
    ]);
    // Without a remedy sentence an idea is all remedy, as in the product.
    expect(outcomeParts(0.3, 0.2)(TEXTS[2] ?? '').every((p) => p.plain === 1 && p.concept === 1)).toBe(true);
  });
});

describe('linkages and reassignment', () => {
  it('average linkage by Lance–Williams equals the product’s nearest-neighbour chain', () => {
    const s = matrix();
    for (const t of [0.3, 0.45, 0.6])
      expect(lanceWilliams(s, N, t, 'average').sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual(
        averageLinkage(s, N, t),
      );
  });

  it('single linkage joins at the closest pair, complete at the farthest', () => {
    const s = matrix();
    // 6 is 0,5 from each of 3–5: single and complete linkage both join it at 0,45.
    expect(lanceWilliams(s, N, 0.45, 'single')).toContainEqual([3, 4, 5, 6]);
    expect(lanceWilliams(s, N, 0.45, 'complete')).toContainEqual([3, 4, 5, 6]);
    // At 0,35 single linkage joins the two triples through 6 (0,4); complete linkage does not (0).
    expect(lanceWilliams(s, N, 0.35, 'single')).toContainEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(lanceWilliams(s, N, 0.35, 'complete')).toContainEqual([0, 1, 2]);
  });

  it('a cap refuses a group above its size', () => {
    expect(lanceWilliams(matrix(), N, 0.3, 'average', 0.3, 3)).toContainEqual([3, 4, 5]);
  });

  it('reassignment moves an idea to the group it is closest to on average', () => {
    // 6 starts in the first triple; on average it is closer to the second.
    const moved = reassign(matrix(), N, [[0, 1, 2, 6], [3, 4, 5]], 3, 0);
    expect(moved).toContainEqual([3, 4, 5, 6]);
    expect(moved).toContainEqual([0, 1, 2]);
  });
});
