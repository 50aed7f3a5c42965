import { describe, expect, it } from 'vitest';
import { ideaAnalyzer } from '../../../../src/core/ideas/clusters/idea-analyzer.js';

describe("the clustering's analyzer", () => {
  const texts = [
    'Eén overleg in plaats van twee losse, tegen de eenzaamheid.',
    'Een buurtkamer tegen eenzaamheid, in plaats van een folder.',
    'Eenzaam zijn is een heidens gevoel.',
  ];
  const analyzer = ideaAnalyzer(texts);
  const words = (text: string) => analyzer.analyse(text).map((term) => term.word);

  it('gives no term to the fixed phrase "in plaats van"', () => {
    expect(words(texts[0]!)).not.toContain('plaats');
  });

  it('gives no compound part to a suffix such as -heid', () => {
    const terms = analyzer.analyse(texts[1]!);
    expect(terms.filter((term) => term.kind === 'part').map((term) => term.word)).not.toContain('heid');
    expect(terms.some((term) => term.word === 'eenzaamheid')).toBe(true);
  });
});
