import { describe, expect, it } from 'vitest';
import {
  CONCEPT_SITUATION_EMPHASIS,
  ideaAnalyzer,
  SITUATION_EMPHASIS,
} from '../../../../src/core/ideas/clusters/idea-analyzer.js';

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

  it('weighs a concept named only in the situation below the situation words, and one in the remedy fully', () => {
    const text = 'De familie belt elke dag over de planning. Koppel de systemen aan elkaar.';
    const terms = ideaAnalyzer([text]).analyse(text);
    const of = (word: string, kind: string) =>
      terms.filter((term) => term.word === word && term.kind === kind).map((term) => term.emphasis);
    expect(of('familie', 'concept').length).toBeGreaterThan(0);
    for (const emphasis of of('familie', 'concept')) expect(emphasis).toBe(CONCEPT_SITUATION_EMPHASIS);
    expect(of('familie', 'stem')).toEqual([SITUATION_EMPHASIS]);
    expect(of('koppel', 'concept').length).toBeGreaterThan(0);
    for (const emphasis of of('koppel', 'concept')) expect(emphasis).toBe(1);
    expect(CONCEPT_SITUATION_EMPHASIS).toBeLessThan(SITUATION_EMPHASIS);
  });
});
