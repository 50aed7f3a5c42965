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
import { ideaAnalyzerWith } from '../../../../src/core/ideas/clusters/idea-analyzer.js';
import {
  MAX_CONCEPT_LINE,
  SOLUTION_CONCEPTS,
  solutionConceptsSchema,
  type SolutionConcepts,
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

describe('a concept named only through an entry with a second sense', () => {
  // `app` is a second sense of recording (a client's app); `rapportageapp` holds the sense.
  const concepts: SolutionConcepts = {
    concepts: [
      {
        id: 'vastleggen',
        label: 'Vastleggen met een app',
        why: 'Recording at the point of care.',
        words: ['app', 'rapportage'],
        secondSense: ['app'],
        labelWords: ['rapportageapp'],
      },
      { id: 'wijk', label: 'Hulp in de wijk', why: 'Help where people live.', words: ['wijk', 'buurt'] },
    ],
  };
  const lines = new Map(concepts.concepts.map((c) => [c.id, c.label ?? '']));
  const ideas = (texts: readonly string[]) =>
    clusterModel(
      texts.map((text, i) => ({ id: `i${i}`, text, branch: null, profession: null })),
      { analyzer: ideaAnalyzerWith(concepts) },
    );

  it('still links ideas (the grouping matches every entry), but does not make the label', () => {
    const model = ideas([
      'Geef cliënten een app voor hun afspraken in de wijk.',
      'Een app waarmee bewoners in de buurt elkaar vinden.',
      'Laat mensen in de wijk een app gebruiken voor boodschappen.',
      'Een rapportageapp zodat ik direct bij de cliënt vastleg.',
    ]);
    const app = model.terms.map((t) => t.filter((term) => term.key === 'vastleggen'));
    // Every idea names the concept for the grouping; three only through `app`.
    expect(app.every((t) => t.length > 0)).toBe(true);
    expect(app.map((t) => t.every((term) => term.secondSense === true))).toEqual([true, true, true, false]);
    // One idea in four names it in its sense: fewer than half, so the line is the wijk concept's.
    expect(clusterLabel([0, 1, 2, 3], model.space, model.terms, lines).label).toBe('Hulp in de wijk');
  });

  it('makes the label when at least half of the ideas name it in its sense', () => {
    const model = ideas([
      'Een rapportageapp zodat ik direct bij de cliënt vastleg.',
      'Met een rapportageapp is het verslag snel klaar.',
      'Geef cliënten een app voor hun afspraken.',
      'Een app voor de boodschappen.',
    ]);
    expect(clusterLabel([0, 1, 2, 3], model.space, model.terms, lines).label).toBe('Vastleggen met een app');
  });

  it('is validated: a second-sense entry must be one of the concept’s words', () => {
    const bad = { concepts: [{ ...concepts.concepts[0]!, secondSense: ['telefoon'] }] };
    expect(solutionConceptsSchema.safeParse(bad).success).toBe(false);
    expect(solutionConceptsSchema.safeParse(concepts).success).toBe(true);
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
