import { describe, expect, it } from 'vitest';
import {
  clusterModel,
  describeCluster,
  type ClusterIdea,
} from '../../../../src/core/ideas/clusters/cluster-ideas.js';
import { isComplaint, proposesRemedy } from '../../../../src/core/ideas/clusters/remedy-phrase.js';

/** Four ideas; k1 is the medoid (closest to the others) and only complains. */
function model(texts: Record<string, string>) {
  const ids = Object.keys(texts).sort();
  const ideas: ClusterIdea[] = ids.map((id) => ({
    id,
    text: texts[id] ?? '',
    branch: 'VVT',
    profession: null,
  }));
  const n = ids.length;
  const similarity = new Float64Array(n * n);
  const set = (a: string, b: string, s: number) => {
    similarity[ids.indexOf(a) * n + ids.indexOf(b)] = s;
    similarity[ids.indexOf(b) * n + ids.indexOf(a)] = s;
  };
  for (let i = 0; i < n; i++) similarity[i * n + i] = 1;
  set('k1', 'a1', 0.7);
  set('k1', 'a2', 0.7);
  set('k1', 'a3', 0.7);
  set('a1', 'a2', 0.5);
  set('a1', 'a3', 0.3);
  set('a2', 'a3', 0.3);
  return { ...clusterModel(ideas), similarity };
}

const members = [0, 1, 2, 3];

describe('the quote of a solution', () => {
  it('is the most central idea that proposes something, not a bare complaint', () => {
    const m = model({
      a1: 'Registreer alleen de afwijkingen.',
      a2: 'Schrap de risicoscreenings bij een opname van één nacht.',
      a3: 'Laat het team zelf kiezen welke lijsten nodig zijn.',
      k1: 'We moeten zes risicoscreenings afnemen. Niemand weet nog waarom.',
    });
    const cluster = describeCluster(m, members);
    expect(cluster.quote.id).toBe('a1');
    expect(cluster.ids[0]).toBe('a1');
    // The key stays with the medoid, so it does not move when only the quote's rule changes.
    expect(cluster.key).toBe('auto-k1');
  });

  it('is the medoid when every idea only complains', () => {
    const m = model({
      a1: 'Ik vul elke dag dezelfde lijst in.',
      a2: 'Ik typ alles twee keer over.',
      a3: 'Het formulier telt zes pagina’s.',
      k1: 'We moeten zes risicoscreenings afnemen. Niemand weet nog waarom.',
    });
    expect(describeCluster(m, members).quote.id).toBe('k1');
  });
});

describe('whether an idea proposes something, for the quote', () => {
  it('reads a duty or a question the writers report as no proposal, unlike the clustering', () => {
    const duty = 'We moeten zes risicoscreenings afnemen. Niemand op de afdeling weet nog waarom.';
    expect(isComplaint(duty)).toBe(false);
    expect(proposesRemedy(duty)).toBe(false);
    expect(proposesRemedy('Zorgverzekeraars moeten stoppen met die formulieren.')).toBe(true);
    expect(proposesRemedy('Leg uit waarom elke registratie nodig is.')).toBe(true);
    expect(proposesRemedy('Beeldbellen voorkomt vaak een crisis in het weekend.')).toBe(true);
  });
});
