import { describe, expect, it } from 'vitest';
import {
  CONCEPT_SITUATION_EMPHASIS,
  FAMILY_TERMS,
  ideaAnalyzer,
  ideaAnalyzerWith,
  SITUATION_EMPHASIS,
} from '../../../../src/core/ideas/clusters/idea-analyzer.js';
import {
  SOLUTION_CONCEPTS,
  solutionConceptsSchema,
} from '../../../../src/core/ideas/clusters/solution-concepts.js';

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

describe('concept families (off by default; bench/clusters/families-protocol.md)', () => {
  const text = 'Koppel de systemen aan elkaar. Spreek het verslag in met spraak.';
  const families = (analyzer: typeof ideaAnalyzer) =>
    analyzer([text])
      .analyse(text)
      .filter((term) => term.kind === 'family')
      .map((term) => term.key);

  it('makes no family term unless asked', () => {
    expect(FAMILY_TERMS).toBe(false);
    expect(families(ideaAnalyzer)).toEqual([]);
  });

  it("adds each concept's family, with the concept's emphasis", () => {
    const withFamilies = ideaAnalyzerWith(undefined, SITUATION_EMPHASIS, CONCEPT_SITUATION_EMPHASIS, true);
    const terms = withFamilies([text]).analyse(text);
    const familyOf = new Map(SOLUTION_CONCEPTS.concepts.map((c) => [c.id, c.family]));
    const concepts = terms.filter((term) => term.kind === 'concept');
    expect(concepts.length).toBeGreaterThan(0);
    expect(families(withFamilies)).toContain('digitale-hulpmiddelen');
    expect(new Set(families(withFamilies))).toEqual(new Set(concepts.map((term) => familyOf.get(term.key))));
  });

  it('reaches no family through a concept left out of the list', () => {
    const without = SOLUTION_CONCEPTS.concepts.filter((c) => c.family !== 'digitale-hulpmiddelen');
    const analyzer = ideaAnalyzerWith(
      { ...SOLUTION_CONCEPTS, concepts: without },
      SITUATION_EMPHASIS,
      CONCEPT_SITUATION_EMPHASIS,
      true,
    );
    expect(families(analyzer)).not.toContain('digitale-hulpmiddelen');
  });

  it('holds every concept in a known family (the schema checks it)', () => {
    const ids = new Set(SOLUTION_CONCEPTS.families?.map((f) => f.id));
    for (const concept of SOLUTION_CONCEPTS.concepts) expect(ids.has(concept.family ?? '')).toBe(true);
    const broken = { ...SOLUTION_CONCEPTS, concepts: [{ id: 'x', family: 'geen', why: 'x', words: ['xx'] }] };
    expect(solutionConceptsSchema.safeParse(broken).success).toBe(false);
  });
});
