import { describe, expect, it } from 'vitest';
import { clustersAbout } from '../../../../src/core/ideas/clusters/clusters-about.js';

const TEXTS: Record<string, string> = {
  a1: 'Minder registratie in het dossier.',
  a2: 'Het formulier kan weg.',
  a3: 'Schrap de dubbele registraties.',
  b1: 'Meer steun van de leidinggevende.',
  b2: 'Een leidinggevende die luistert.',
  c1: 'Koffie in de teamkamer.',
  c2: 'Een fruitschaal op de afdeling.',
  c3: 'Registratie van de koffie.',
};

describe('solutions about a concept (for the bridge)', () => {
  const clusters = [
    { key: 'c', ids: ['c1', 'c2', 'c3'] },
    { key: 'a', ids: ['a1', 'a2', 'a3'] },
    { key: 'b', ids: ['b1', 'b2'] },
  ];
  const about = (concept: string) =>
    clustersAbout(clusters, (id) => TEXTS[id], concept).map((c) => [c.cluster.key, c.matching]);

  it('finds the solutions whose ideas carry a word, most carrying first, below a third left out', () => {
    expect(about('registratie')).toEqual([
      ['a', 2],
      ['c', 1],
    ]);
    expect(about('leidinggevende')).toEqual([['b', 2]]);
    expect(about('salaris')).toEqual([]);
  });

  it('matches a thesaurus group by its id', () => {
    expect(about('administratie').map(([key]) => key)).toContain('a');
  });
});
