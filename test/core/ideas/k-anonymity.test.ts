import { describe, expect, it } from 'vitest';
import {
  publishAttributes,
  publishedTuples,
  tupleKey,
  type AttributeCount,
  type AttributeTuple,
} from '../../../src/core/ideas/k-anonymity.js';

const UT = 'Utrecht';
const ZE = 'Zeeland';
const JZ = 'Jeugdzorg';
const KO = 'Kinderopvang';

function published(counts: AttributeCount[], k = 5): AttributeTuple[] {
  return publishAttributes(counts, k).map((d) => d.published);
}

/** Ideas per published tuple. */
function publishedCounts(counts: AttributeCount[], k = 5): Map<string, number> {
  const map = new Map<string, number>();
  publishAttributes(counts, k).forEach((d, i) => {
    const key = tupleKey(d.published);
    map.set(key, (map.get(key) ?? 0) + counts[i]!.count);
  });
  return map;
}

describe('k-anonymity with complementary suppression', () => {
  it('shows a combination shared by k ideas whole', () => {
    const counts = [{ province: UT, profession: 'Huisartsen', branch: JZ, count: 5 }];
    expect(published(counts)[0]).toEqual({ province: UT, profession: 'Huisartsen', branch: JZ });
  });

  it('drops the profession of a small cell when its province and branch reach k without it', () => {
    const counts = [
      { province: UT, profession: 'Sociaal werkers', branch: JZ, count: 2 },
      { province: UT, profession: 'Jeugdzorgwerkers', branch: JZ, count: 3 },
    ];
    expect(published(counts)).toEqual([
      { province: UT, profession: null, branch: JZ },
      { province: UT, profession: null, branch: JZ },
    ]);
  });

  it('the attack of issue 10: five shown and one hidden becomes zero shown and six hidden', () => {
    // Before: Huisartsen shown for 5 ideas, one idea without profession; the bridge names the other.
    const counts = [
      { province: UT, profession: 'Huisartsen', branch: JZ, count: 5 },
      { province: UT, profession: 'Sociaal werkers', branch: JZ, count: 1 },
    ];
    expect(published(counts)).toEqual([
      { province: UT, profession: null, branch: JZ },
      { province: UT, profession: null, branch: JZ },
    ]);
  });

  it('complementary suppression takes the smallest shown cell, not a larger one', () => {
    const counts = [
      { province: UT, profession: 'Huisartsen', branch: JZ, count: 9 },
      { province: UT, profession: 'Jeugdzorgwerkers', branch: JZ, count: 6 },
      { province: UT, profession: 'Sociaal werkers', branch: JZ, count: 2 },
    ];
    expect(published(counts).map((t) => t.profession)).toEqual(['Huisartsen', null, null]);
  });

  it('a genuinely missing profession counts as shown without one (a reader cannot tell them apart)', () => {
    const counts = [
      { province: UT, profession: 'Huisartsen', branch: JZ, count: 6 },
      { province: UT, profession: null, branch: JZ, count: 1 },
    ];
    expect(published(counts).map((t) => t.profession)).toEqual([null, null]);
  });

  it('drops the province when province and branch stay below k, and fills the branch rest to k', () => {
    const counts = [
      { province: ZE, profession: 'Huisartsen', branch: JZ, count: 3 },
      { province: UT, profession: 'Jeugdzorgwerkers', branch: JZ, count: 5 },
      { province: 'Limburg', profession: 'Jeugdzorgwerkers', branch: JZ, count: 7 },
    ];
    // Zeeland × Jeugdzorg (3) loses its province; 3 < 5 without province, so the smallest other tuple
    // of the branch (Utrecht, 5) joins it.
    expect(published(counts)).toEqual([
      { province: null, profession: null, branch: JZ },
      { province: null, profession: null, branch: JZ },
      { province: 'Limburg', profession: 'Jeugdzorgwerkers', branch: JZ },
    ]);
  });

  it('a branch with fewer than k ideas in all is shown without its branch, and joined to reach k', () => {
    const counts = [
      { province: UT, profession: 'Huisartsen', branch: KO, count: 2 },
      { province: UT, profession: 'Huisartsen', branch: JZ, count: 6 },
    ];
    expect(published(counts)).toEqual([
      { province: null, profession: null, branch: null },
      { province: null, profession: null, branch: null },
    ]);
  });

  it('every published tuple is shared by k ideas or more (random tables)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    for (let round = 0; round < 100; round++) {
      const counts: AttributeCount[] = [];
      for (let i = 0; i < 12; i++) {
        counts.push({
          province: pick([UT, ZE, null]),
          profession: pick(['A', 'B', 'C', null]),
          branch: pick([JZ, KO, null]),
          count: 1 + Math.floor(random() * 7),
        });
      }
      const total = counts.reduce((sum, c) => sum + c.count, 0);
      for (const [, n] of publishedCounts(counts)) if (total >= 5) expect(n).toBeGreaterThanOrEqual(5);
      publishAttributes(counts).forEach((d) => {
        // Only generalised, never changed; a hidden province hides the profession too.
        for (const field of ['province', 'profession', 'branch'] as const)
          expect([d[field], null]).toContain(d.published[field]);
        if (d.published.province === null && d.province !== null) expect(d.published.profession).toBeNull();
      });
    }
  });

  it('k = 1 shows everything; a databank below k shows nothing of anyone', () => {
    const counts = [
      { province: UT, profession: 'A', branch: JZ, count: 1 },
      { province: ZE, profession: 'B', branch: KO, count: 2 },
    ];
    expect(published(counts, 1)).toEqual(
      counts.map(({ province, profession, branch }) => ({
        province,
        profession,
        branch,
      })),
    );
    expect(published(counts, 5).every((t) => !t.province && !t.profession && !t.branch)).toBe(true);
  });

  it('publishedTuples gives each idea of a list its published tuple', () => {
    const ideas = [...Array.from({ length: 5 }, () => ({ p: UT, q: 'A', b: JZ })), { p: UT, q: 'B', b: JZ }];
    const tuples = publishedTuples(ideas, (i) => ({ province: i.p, profession: i.q, branch: i.b }));
    expect(tuples.every((t) => t.province === UT && t.profession === null)).toBe(true);
  });

  describe('the cheapest complement (audit 7, finding 2)', () => {
    const NH = 'Noord-Holland';
    const UMC = "UMC's";
    const VVT = 'VVT';

    /** Values a decision withdraws from the real, publishable tuple. */
    function withdrawn(counts: AttributeCount[], k = 5): number {
      return publishAttributes(counts, k).reduce((sum, d, i) => {
        const lost = (['province', 'profession', 'branch'] as const).filter(
          (f) => d[f] !== null && d.published[f] === null,
        ).length;
        return sum + lost * counts[i]!.count;
      }, 0);
    }

    it('one idea left without any value takes single cells, not a whole small tuple of others', () => {
      // The audit's table: a held branch leaves one idea of (Utrecht, –, –) with nothing to publish.
      const counts = [
        { province: UT, profession: 'Verzorgenden intramuraal', branch: null, count: 1 },
        { province: NH, profession: 'Verpleegkundigen', branch: UMC, count: 3 },
        { province: NH, profession: 'Artsen', branch: UMC, count: 2 },
        { province: null, profession: 'Jeugdzorgwerkers', branch: JZ, count: 4 },
        { province: null, profession: null, branch: JZ, count: 8 },
      ];
      const out = published(counts);
      // Before: the smallest tuple (Noord-Holland, –, UMC's; 5 ideas) lost province and branch.
      expect(out[1]).toEqual({ province: NH, profession: null, branch: UMC });
      expect(out[2]).toEqual({ province: NH, profession: null, branch: UMC });
      // Now: one cell of four, each losing only its branch; the branch keeps 8 ideas.
      expect(out[3]).toEqual({ province: null, profession: null, branch: null });
      expect(out[4]).toEqual({ province: null, profession: null, branch: JZ });
      expect(publishedCounts(counts).get(tupleKey({ province: null, profession: null, branch: null }))).toBe(
        5,
      );
      // Utrecht 1 × 2, the professions of Noord-Holland 5 × 1 (step 1), Jeugdzorg 4 × 2 (was 15 + 5 + 2 + 4).
      expect(withdrawn(counts)).toBe(2 + 5 + 8);
    });

    it('a branch short of k takes a cell of a larger province tuple, which keeps k', () => {
      const counts = [
        { province: null, profession: null, branch: JZ, count: 2 },
        { province: ZE, profession: 'Huisartsen', branch: JZ, count: 6 },
        { province: UT, profession: 'A', branch: JZ, count: 3 },
        { province: UT, profession: 'B', branch: JZ, count: 4 },
        { province: UT, profession: null, branch: JZ, count: 3 },
      ];
      const out = published(counts);
      // Before: the whole (Zeeland, Huisartsen, Jeugdzorg) tuple lost two values for 6 ideas.
      expect(out[1]).toEqual({ province: ZE, profession: 'Huisartsen', branch: JZ });
      // Now: three ideas of Utrecht lose their province (the first cell of three in key order).
      expect(out.slice(2).map((t) => t.province)).toEqual([null, UT, UT]);
      for (const [, n] of publishedCounts(counts)) expect(n).toBeGreaterThanOrEqual(5);
      // Utrecht A 3 × 2, Utrecht B 4 × 1 (step 1); before also Zeeland 6 × 2.
      expect(withdrawn(counts)).toBe(6 + 4);
    });

    it('takes a whole tuple when no part of it can leave without falling below k', () => {
      // (Utrecht, –, VVT) has 6: taking 2 of it would leave 4, so it goes whole or not at all.
      const counts = [
        { province: null, profession: null, branch: null, count: 3 },
        { province: UT, profession: 'A', branch: VVT, count: 4 },
        { province: UT, profession: 'B', branch: VVT, count: 2 },
        { province: ZE, profession: 'C', branch: KO, count: 9 },
      ];
      const out = published(counts);
      // Two values × 6 ideas = 12 is cheaper than three values × 9 ideas = 27.
      expect(out[1]).toEqual({ province: null, profession: null, branch: null });
      expect(out[2]).toEqual({ province: null, profession: null, branch: null });
      expect(out[3]).toEqual({ province: ZE, profession: 'C', branch: KO });
    });

    it('the choice is a function of the counts: input order does not matter', () => {
      const counts = [
        { province: UT, profession: null, branch: null, count: 1 },
        { province: null, profession: 'A', branch: JZ, count: 2 },
        { province: null, profession: 'B', branch: JZ, count: 2 },
        { province: null, profession: 'C', branch: JZ, count: 2 },
        { province: null, profession: null, branch: JZ, count: 5 },
        { province: null, profession: null, branch: KO, count: 7 },
      ];
      const forward = new Map(publishAttributes(counts).map((d) => [tupleKey(d), tupleKey(d.published)]));
      const backward = new Map(
        publishAttributes([...counts].reverse()).map((d) => [tupleKey(d), tupleKey(d.published)]),
      );
      expect(backward).toEqual(forward);
      // Four ideas needed: two cells of two from Jeugdzorg (4 values), not Kinderopvang (7).
      expect(publishedCounts(counts).get(tupleKey({ province: null, profession: null, branch: JZ }))).toBe(7);
    });
  });
});
