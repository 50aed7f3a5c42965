import { describe, expect, it } from 'vitest';
import { publicAttributeDecisions } from '../../../src/core/ideas/k-anonymity.js';

describe('k-anonymity of public attributes', () => {
  const counts = [
    { province: 'Utrecht', profession: 'Huisartsen', branch: 'Jeugdzorg', count: 5 },
    { province: 'Utrecht', profession: 'Sociaal werkers', branch: 'Jeugdzorg', count: 2 },
    { province: 'Zeeland', profession: 'Huisartsen', branch: 'Jeugdzorg', count: 3 },
    { province: 'Zeeland', profession: 'Jeugdzorgwerkers', branch: 'Jeugdzorg', count: 1 },
    { province: 'Limburg', profession: null, branch: 'Jeugdzorg', count: 1 },
  ];

  it('shows a combination shared by k ideas whole', () => {
    expect(publicAttributeDecisions(counts, 5)[0]).toMatchObject({
      showProvince: true,
      showProfession: true,
    });
  });

  it('drops the profession first, keeping the province when province and branch reach k', () => {
    // Utrecht × Jeugdzorg: 5 + 2 = 7 ideas.
    expect(publicAttributeDecisions(counts, 5)[1]).toMatchObject({
      showProvince: true,
      showProfession: false,
    });
  });

  it('drops the province as well when province and branch stay below k; the branch always stays', () => {
    // Zeeland × Jeugdzorg: 3 + 1 = 4 ideas; Limburg × Jeugdzorg: 1.
    const d = publicAttributeDecisions(counts, 5);
    expect(d[2]).toMatchObject({ showProvince: false, showProfession: false });
    expect(d[3]).toMatchObject({ showProvince: false, showProfession: false });
    expect(d[4]).toMatchObject({ showProvince: false });
  });

  it('k = 1 shows everything; a larger k hides more', () => {
    expect(publicAttributeDecisions(counts, 1).every((d) => d.showProvince && d.showProfession)).toBe(true);
    expect(publicAttributeDecisions(counts, 8).every((d) => !d.showProvince && !d.showProfession)).toBe(true);
  });
});
