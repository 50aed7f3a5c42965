// A solution's quote under "oplossingen" is a proposal, an opportunity or a wish when the solution
// holds one (audit 7, finding 4): the most central such idea, the medoid only when every member is a
// knelpunt or of unknown soort. The key stays the medoid's, so curations keep their solution.
import { describe, expect, it } from 'vitest';
import { TWO_REMEDIES } from './two-remedies.js';
import {
  clusterIdeas,
  clusterModel,
  type ClusterIdea,
} from '../../../../src/core/ideas/clusters/cluster-ideas.js';
import { medoidOf } from '../../../../src/core/ideas/clusters/medoid.js';
import type { IdeaKind } from '../../../../src/core/ideas/idea.js';

const withKinds = (kinds: Readonly<Record<string, IdeaKind>>): ClusterIdea[] =>
  TWO_REMEDIES.map((i) => ({ ...i, kind: kinds[i.id] ?? null }));

describe('the quote of a solution', () => {
  const plain = clusterIdeas(TWO_REMEDIES).clusters[0]!;
  const medoid = plain.quote.id;
  const others = plain.ids.filter((id) => id !== medoid);

  it('is the medoid when every member is a knelpunt, or no soort is known', () => {
    const all = Object.fromEntries(plain.ids.map((id) => [id, 'knelpunt' as const]));
    expect(clusterIdeas(withKinds(all)).clusters[0]?.quote.id).toBe(medoid);
    expect(plain.key).toBe(`auto-${medoid}`);
  });

  it('is the most central proposal, opportunity or wish when the medoid is a knelpunt', () => {
    const kinds: Record<string, IdeaKind> = { [medoid]: 'knelpunt' };
    for (const id of others) kinds[id] = 'wens';
    const cluster = clusterIdeas(withKinds(kinds)).clusters[0]!;
    // The most central of the others: the highest mean similarity to all the members.
    const model = clusterModel(TWO_REMEDIES);
    const index = (id: string) => model.ideas.findIndex((i) => i.id === id);
    const members = plain.ids.map(index);
    const central = medoidOf(members, model.similarity, model.ideas.length, others.map(index));
    expect(cluster.quote.id).toBe(model.ideas[central]?.id);
    expect(cluster.quote.id).not.toBe(medoid);
    expect(cluster.ids[0]).toBe(cluster.quote.id);
    expect([...cluster.ids].sort()).toEqual([...plain.ids].sort());
    // Key and line stay those of the medoid: stored curations and judged labels keep their solution.
    expect(cluster.key).toBe(plain.key);
    expect(cluster.label).toBe(plain.label);
  });

  it('takes one voorstel among knelpunten, whatever its place', () => {
    for (const chosen of others) {
      const kinds: Record<string, IdeaKind> = Object.fromEntries(plain.ids.map((id) => [id, 'knelpunt']));
      kinds[chosen] = 'voorstel';
      expect(clusterIdeas(withKinds(kinds)).clusters[0]?.quote.id).toBe(chosen);
    }
  });
});
