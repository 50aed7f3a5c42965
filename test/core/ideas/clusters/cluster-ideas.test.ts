import { describe, expect, it } from 'vitest';
import { idea, TWO_REMEDIES } from './two-remedies.js';
import {
  clusterIdeas,
  clusterModel,
  DEFAULT_CLUSTER_OPTIONS,
  solutionOf,
  type ClusterIdea,
} from '../../../../src/core/ideas/clusters/cluster-ideas.js';
import { clusterOrigin } from '../../../../src/core/ideas/clusters/cluster-origin.js';
import { dutchList } from '../../../../src/core/ideas/clusters/cluster-label.js';
import { ideaAnalyzer } from '../../../../src/core/ideas/clusters/idea-analyzer.js';

const IDEAS = TWO_REMEDIES;

describe('clustering the ideas of a theme', () => {
  it('groups ideas that propose one remedy in different words and leaves the odd one out', () => {
    const result = clusterIdeas(IDEAS);
    expect(result.clusters.map((c) => [...c.ids].sort())).toEqual([
      ['a1', 'a2', 'a3', 'a4'],
      ['b1', 'b2', 'b3'],
    ]);
    expect(result.unclustered).toEqual(['c1']);
  });

  it('gives the same clusters whatever order the ideas come in', () => {
    const forward = clusterIdeas(IDEAS);
    const backward = clusterIdeas([...IDEAS].reverse());
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });

  it('describes a cluster by its representative idea, a Dutch label and its branches', () => {
    const [first] = clusterIdeas(IDEAS).clusters;
    expect(first?.ids[0]).toBe(first?.quote.id);
    expect(first?.quote.text).toBe(IDEAS.find((i) => i.id === first?.quote.id)?.text);
    expect(first?.label).toMatch(/^\p{Lu}\p{Ll}/u);
    expect(first?.branches).toEqual({ 'Sociaal werk': 3, 'UMC’s': 1 });
  });

  it('makes no solution of ideas that only share a complaint', () => {
    const others = IDEAS.filter((x) => x.id.startsWith('b') || x.id === 'c1');
    const complaints = [
      idea('k1', 'Het declareren bij de verzekeraar kost mij elke week uren.'),
      idea('k2', 'Voor de verzekeraar declareer ik elke behandeling apart, met codes.'),
      idea('k3', 'Ik ben een halve dag per week kwijt aan declaraties voor de verzekeraar.'),
    ];
    const ids = (ideas: ClusterIdea[], minProposing?: number) =>
      clusterIdeas(ideas, minProposing === undefined ? {} : { minProposing }).clusters.map((c) =>
        [...c.ids].sort(),
      );
    expect(ids([...others, ...complaints], 0)).toEqual([
      ['b1', 'b2', 'b3'],
      ['k1', 'k2', 'k3'],
    ]);
    const result = clusterIdeas([...others, ...complaints]);
    expect(result.clusters.map((c) => [...c.ids].sort())).toEqual([['b1', 'b2', 'b3']]);
    expect(result.unclustered).toEqual(['c1', 'k1', 'k2', 'k3']);
    // One proposal among them makes it a solution again.
    const proposal = idea('k4', 'Laat de verzekeraar de declaraties zelf ophalen.');
    expect(ids([...others, ...complaints.slice(0, 2), proposal])).toEqual([
      ['b1', 'b2', 'b3'],
      ['k1', 'k2', 'k4'],
    ]);
  });

  it('keeps a complaint in a solution only when it is close enough to the ideas that propose', () => {
    // p1–p3 propose; c1 and c2 only complain. c1 is close to the proposals (0,4), c2 only to c1.
    const ideas = [
      idea('c1', 'Ik typ alles over.'),
      idea('c2', 'Drie systemen, niets gekoppeld.'),
      idea('p1', 'Koppel de systemen.'),
      idea('p2', 'Laat de systemen gegevens uitwisselen.'),
      idea('p3', 'Ik wil één systeem.'),
    ];
    const base = clusterModel(ideas);
    const n = ideas.length;
    const similarity = new Float64Array(n * n);
    const set = (a: number, b: number, value: number) => {
      similarity[a * n + b] = value;
      similarity[b * n + a] = value;
    };
    set(2, 3, 0.5);
    set(2, 4, 0.5);
    set(3, 4, 0.5);
    for (const p of [2, 3, 4]) {
      set(0, p, 0.4);
      set(1, p, 0.1);
    }
    set(0, 1, 0.6);
    const model = { ...base, similarity };
    const all = [0, 1, 2, 3, 4];
    expect(solutionOf(model, all, 0.3, DEFAULT_CLUSTER_OPTIONS)).toEqual({
      members: [0, 2, 3, 4],
      left: [1],
    });
    expect(solutionOf(model, all, 0.3, { ...DEFAULT_CLUSTER_OPTIONS, anchorComplaints: false })).toEqual({
      members: all,
      left: [],
    });
    // A group that keeps fewer than the minimum size after that is no solution at all.
    expect(solutionOf(model, [0, 1, 2], 0.3, DEFAULT_CLUSTER_OPTIONS)).toEqual({
      members: [],
      left: [0, 1, 2],
    });
  });

  it('makes no cluster smaller than the minimum size', () => {
    const result = clusterIdeas(IDEAS, { minClusterSize: 4 });
    expect(result.clusters.map((c) => c.ids.length)).toEqual([4]);
    expect(result.unclustered).toEqual(['b1', 'b2', 'b3', 'c1']);
  });

  it('returns nothing for no ideas and leaves a single idea alone', () => {
    expect(clusterIdeas([])).toEqual({ clusters: [], unclustered: [] });
    expect(clusterIdeas([IDEAS[0]!])).toEqual({ clusters: [], unclustered: ['a1'] });
  });
});

describe('where a cluster comes from', () => {
  it('names a profession only when at least k of the cluster’s ideas show it', () => {
    const origin = clusterOrigin(
      [
        ...Array.from({ length: 5 }, () => ({ branch: 'Jeugdzorg', profession: 'Jeugdzorgwerkers' })),
        { branch: 'Jeugdzorg', profession: 'Gedragsdeskundigen (wo)' },
        { branch: null, profession: null },
      ],
      5,
    );
    expect(origin.professions).toEqual({ Jeugdzorgwerkers: 5 });
    expect(origin.professionsNotNamed).toBe(2);
    expect(origin.branches).toEqual({ Jeugdzorg: 6 });
    expect(origin.k).toBe(5);
  });

  it('carries the k it named professions under, so the reader’s note states that k', () => {
    const ideas = Array.from({ length: 3 }, () => ({ branch: 'Jeugdzorg', profession: 'Jeugdzorgwerkers' }));
    expect(clusterOrigin(ideas, 3)).toMatchObject({ professions: { Jeugdzorgwerkers: 3 }, k: 3 });
    expect(clusterOrigin(ideas, 5)).toMatchObject({ professions: {}, professionsNotNamed: 3, k: 5 });
  });
});

describe('the words of the analysis', () => {
  it('drops stop words and finds a concept through a compound part', () => {
    const analyzer = ideaAnalyzer(['Het teamoverleg', 'een team, een overleg']);
    const terms = analyzer.analyse('Het teamoverleg van de cliënten');
    expect(terms.some((t) => t.word === 'het' || t.word === 'van')).toBe(false);
    expect(terms.filter((t) => t.kind === 'part').map((t) => t.key)).toEqual(['team', 'overleg']);
    expect(terms.filter((t) => t.kind === 'concept').map((t) => t.key)).toContain('overleg');
    // Labels keep the accents as written; keys are folded stems.
    expect(terms.find((t) => t.kind === 'stem' && t.key === 'client')?.word).toBe('cliënten');
  });

  it('writes a list the Dutch way', () => {
    expect(dutchList(['systemen', 'koppeling', 'dossier'])).toBe('Systemen, koppeling en dossier');
    expect(dutchList(['meelopen'])).toBe('Meelopen');
    expect(dutchList([])).toBe('');
  });
});
