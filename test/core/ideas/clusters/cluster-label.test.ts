import { describe, expect, it } from 'vitest';
import { TWO_REMEDIES } from './two-remedies.js';
import { clusterIdeas, clusterModel } from '../../../../src/core/ideas/clusters/cluster-ideas.js';
import {
  clusterLabel,
  distinctLabels,
  MAX_AUTOMATIC_LABEL,
  shortenLabel,
} from '../../../../src/core/ideas/clusters/cluster-label.js';
import { combineClusters } from '../../../../src/core/ideas/clusters/curated-clusters.js';
import { remedyLine } from '../../../../src/core/ideas/clusters/remedy-phrase.js';
import {
  MAX_CONCEPT_LINE,
  SOLUTION_CONCEPTS,
  solutionConceptsSchema,
} from '../../../../src/core/ideas/clusters/solution-concepts.js';

const IDEAS = TWO_REMEDIES;

const lineOf = (id: string) => SOLUTION_CONCEPTS.concepts.find((c) => c.id === id)?.label;

describe('the automatic label of a solution', () => {
  it('is the Dutch line of the solution concept most of its ideas name', () => {
    const labels = clusterIdeas(IDEAS).clusters.map((c) => c.label);
    // Every idea of the first cluster names both linking systems and entering data once.
    expect([lineOf('systemen-koppelen'), lineOf('dubbel-invoeren')]).toContain(labels[0]);
    // The second names both executives and walking along; equal scores go to the first line A–Z.
    expect(labels[1]).toBe(lineOf('bestuur-beleid'));
    expect(labels[1]).toBe('Beleid dicht bij de werkvloer');
  });

  it('falls back to whole words as the ideas write them when no concept has a line', () => {
    const model = clusterModel(IDEAS);
    const members = [0, 1, 2, 3];
    const { label, words } = clusterLabel(members, model.space, model.terms, new Map());
    expect(words.length).toBeGreaterThan(0);
    const written = new Set(
      members.flatMap((m) => (model.ideas[m]?.text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)),
    );
    for (const word of words) {
      expect(written.has(word)).toBe(true);
      expect([...word].length).toBeGreaterThanOrEqual(4);
    }
    expect(label.charAt(0)).toBe(label.charAt(0).toUpperCase());
    expect(label.length).toBeLessThanOrEqual(MAX_AUTOMATIC_LABEL);
  });

  it('gives way to a curator’s line, which keeps the automatic one beside it', () => {
    const model = clusterModel(IDEAS);
    const { clusters } = combineClusters(
      model,
      [{ id: 1, label: 'Eén systeem voor alles', pinned: false, members: ['a1', 'a2', 'a3', 'a4'] }],
      new Set(),
    );
    const curated = clusters.find((c) => c.curated)!;
    expect(curated.label).toBe('Eén systeem voor alles');
    expect([lineOf('systemen-koppelen'), lineOf('dubbel-invoeren')]).toContain(curated.automaticLabel);
  });

  it('differs from the labels of the theme’s earlier solutions, a curator’s line aside', () => {
    const model = clusterModel(IDEAS);
    const line = lineOf('systemen-koppelen')!;
    const twice = [
      { label: line, ids: ['a1', 'a2', 'a3', 'a4'] },
      { label: line, ids: ['a1', 'a3', 'a4'] },
    ];
    const [first, second] = distinctLabels(twice, model);
    expect(first).toBe(line);
    expect(second).not.toBe(line);
    expect(second!.length).toBeLessThanOrEqual(MAX_AUTOMATIC_LABEL);
    expect(distinctLabels(twice, model, () => false)).toEqual([line, line]);
  });

  it('never changes a fixed line (a curator’s or a pinned one): an automatic solution before it gives way', () => {
    const model = clusterModel(IDEAS);
    const line = clusterIdeas(IDEAS).clusters[0]!.label;
    const automaticFirst = [
      { label: line, ids: ['a1', 'a2', 'a3', 'a4'], fixed: false },
      { label: line, ids: ['a1', 'a3', 'a4'], fixed: true },
    ];
    const [first, second] = distinctLabels(automaticFirst, model, (c) => !c.fixed);
    expect(second).toBe(line);
    expect(first).not.toBe(line);
  });

  it('tells apart any number of solutions with one line, even with the same words', () => {
    // Audit 5 finding 10: at scale one theme showed "Laten zien waarvoor gegevens dienen" four times.
    const model = clusterModel(IDEAS);
    const line = lineOf('systemen-koppelen')!;
    const same = Array.from({ length: 6 }, () => ({ label: line, ids: ['a1', 'a2', 'a3', 'a4'] }));
    const labels = distinctLabels(same, model);
    expect(labels[0]).toBe(line);
    expect(new Set(labels).size).toBe(same.length);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(MAX_AUTOMATIC_LABEL);
  });

  it('keeps a curator’s line and a pinned solution’s line; an earlier automatic one gives way', () => {
    const model = clusterModel(IDEAS);
    const line = lineOf('systemen-koppelen')!;
    const three = [
      { label: line, ids: ['a1', 'a2', 'a3', 'a4'], curator: false, pinned: false },
      { label: line, ids: ['a1', 'a3', 'a4'], curator: false, pinned: true },
      { label: line, ids: ['a2', 'a3', 'a4'], curator: true, pinned: false },
    ];
    const labels = distinctLabels(
      three,
      model,
      (c) => !c.curator,
      undefined,
      (c) => c.pinned,
    );
    expect(labels[2]).toBe(line);
    expect(labels[1]).not.toBe(line);
    expect(labels[0]).not.toBe(line);
    expect(new Set(labels).size).toBe(3);
    // The pinned one chose first: the first automatic alternative is its.
    expect(distinctLabels([three[1]!, three[2]!], model, (c) => !c.curator)[0]).toBe(labels[1]);
  });

  it('draws on a line for every bundled concept: short, distinct, Dutch', () => {
    const lines = SOLUTION_CONCEPTS.concepts.map((c) => c.label ?? '');
    expect(lines.filter((l) => l === '')).toEqual([]);
    expect(new Set(lines).size).toBe(lines.length);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(MAX_CONCEPT_LINE);
      expect(line).toMatch(/^[\p{Lu}]/u);
    }
  });
});

describe('a concept named only in a second sense (audit 6 finding 5)', () => {
  // Four ideas whose only link to the care plan is the verb "plan" (schedule), one stem of the
  // concept `zorgplan`: they propose rest after a heavy call, not a better care plan.
  const rest = [
    'Na een zware rit is er geen tijd om bij te komen. Plan een kwartier rust na elke zware inzet.',
    'Na een reanimatie moeten we meteen door. Plan een kwartier rust na zo’n zware inzet.',
    'Er is geen pauze na een heftige melding. Plan rust na elke zware inzet in het rooster.',
    'Na een zware inzet gaan we door naar de volgende. Plan standaard rust na een zware inzet.',
  ].map((text, i) => ({ id: `r${i + 1}`, text, branch: null, profession: null }));

  it('gives the group no concept line, but its representative’s own remedy', () => {
    const model = clusterModel(rest);
    const { label } = clusterLabel([0, 1, 2, 3], model.space, model.terms, undefined, rest[0]!.text);
    expect(label).not.toBe(lineOf('zorgplan'));
    expect(label).toBe('Plan een kwartier rust na elke zware inzet');
  });

  it('still gives the line when the ideas name the concept in its own sense', () => {
    const plans = rest.map((idea) => ({ ...idea, text: `${idea.text} Maak het zorgplan korter.` }));
    const model = clusterModel(plans);
    const { label } = clusterLabel([0, 1, 2, 3], model.space, model.terms, undefined, plans[0]!.text);
    expect(label).toBe(lineOf('zorgplan'));
  });

  it('is marked with a reason, on one of the concept’s own words only', () => {
    const zorgplan = SOLUTION_CONCEPTS.concepts.find((c) => c.id === 'zorgplan')!;
    expect(zorgplan.secondSenses?.['plan']?.length).toBeGreaterThan(10);
    const wrong = { ...zorgplan, secondSenses: { plannen: 'not one of the words of this concept' } };
    expect(() => solutionConceptsSchema.parse({ concepts: [wrong] })).toThrow();
  });
});

describe('lines told apart', () => {
  it('never show a loose word in brackets: another concept, the remedy, or a number', () => {
    // Audit 6 finding 5: "(vangen)", "(draai)", "(half)" told two lines apart and meant nothing.
    const model = clusterModel(IDEAS);
    const line = lineOf('systemen-koppelen')!;
    const quote = { text: IDEAS[1]!.text };
    const same = Array.from({ length: 6 }, () => ({ label: line, ids: ['a1', 'a2', 'a3', 'a4'], quote }));
    const labels = distinctLabels(same, model);
    expect(new Set(labels).size).toBe(same.length);
    for (const label of labels) {
      expect(label).not.toMatch(/\((?!\d+\)$)/u);
      expect(label.length).toBeLessThanOrEqual(MAX_AUTOMATIC_LABEL);
    }
    expect(labels).toContain(remedyLine(quote.text, MAX_AUTOMATIC_LABEL));
    expect(labels).toContain(`${line} (2)`);
  });

  it('number a long line after a whole word', () => {
    const model = clusterModel(IDEAS);
    const long = 'Plan een kwartier rust na elke zware inzet';
    const labels = distinctLabels(
      [long, long].map((label) => ({ label, ids: ['a1', 'a2', 'a3', 'a4'] })),
      model,
      () => true,
      new Map(),
    );
    expect(labels[1]).toBe('Plan een kwartier rust na elke zware… (2)');
  });
});

describe('the remedy line of an idea', () => {
  it('is the sentence that proposes, without its stop, cut at a word', () => {
    expect(
      remedyLine('Het rooster komt laat. Publiceer het rooster zes weken vooruit. Dat scheelt.', 45),
    ).toBe('Publiceer het rooster zes weken vooruit');
    expect(remedyLine('Ik wil minder formulieren. Nu gaat er veel tijd in zitten.', 45)).toBe(
      'Ik wil minder formulieren',
    );
    const cut = remedyLine('Vraag de gemeente om een verslag per jaar in plaats van per verlenging.', 45);
    expect(cut).toBe('Vraag de gemeente om een verslag per jaar in…');
    expect(cut.length).toBeLessThanOrEqual(45);
  });
});

describe('a label too long', () => {
  it('is cut at a word boundary, or inside one very long word with an ellipsis', () => {
    expect(shortenLabel('Kort genoeg')).toBe('Kort genoeg');
    const words = shortenLabel('Systemen koppelen, dubbel invoeren voorkomen en minder formulieren invullen');
    expect(words.length).toBeLessThanOrEqual(MAX_AUTOMATIC_LABEL);
    expect(words).toBe('Systemen koppelen, dubbel invoeren voorkomen');
    const one = shortenLabel('a'.repeat(60));
    expect(one).toBe(`${'a'.repeat(MAX_AUTOMATIC_LABEL - 1)}…`);
  });
});
