/**
 * An attacker against the published ideas (issue 10, item 3). On random databanks whose professions
 * follow config/bridge.json (so the attacker's knowledge of the bridge is true), the attacker sees only
 * what a reader sees: the search of the static export (localSearch over the published values, the same
 * semantics as the server's filters and facets) under every filter combination and some query words,
 * and tries to derive a hidden profession or province:
 *
 * A. bridge differencing (the attack of the issue): in a province + branch group, the ideas shown
 *    without profession; if the bridge leaves one profession of that branch unshown, claim it for all
 *    of them; likewise a hidden province within a branch when one province of the databank is unshown;
 * B. filter leaks: an idea listed under `beroep=v` or `provincie=v` that does not show v has v;
 * C. count differencing: a facet count above the ideas listed with that value, under any filters and
 *    query words, says that hidden ideas have it; when the surplus equals all hidden ones, claim it.
 *
 * The attacker succeeds when every idea of a claim truly has the claimed value and the claim singles
 * out fewer than k ideas: a real combination below k derived from what is public. It must never
 * succeed. Two mutants show that the attacker has teeth: the rule before complementary suppression,
 * and a search that filters and counts on the real values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIDGE } from '../../src/core/contract/bridge-config.js';
import { FACETS, type Facet } from '../../src/core/ideas/facets.js';
import { K_ANONYMITY, publishedTuples, type AttributeTuple } from '../../src/core/ideas/k-anonymity.js';
import { publishable, publishableLabels } from '../../src/core/ideas/known-labels.js';
import {
  localSearch,
  type LocalIdea,
  type LocalSearchParams,
  type LocalSearchResult,
} from '../../src/core/ideas/local-search.js';
import { FUZZ_TIMEOUT_MS, fuzz, runs } from './fuzz-settings.js';

const K = K_ANONYMITY;
const PROVINCES = ['Utrecht', 'Zeeland', 'Limburg'];
const BRANCHES = ['Jeugdzorg', 'Kinderopvang', 'Geestelijke gezondheidszorg (GGZ)'];
const WORDS = ['rooster', 'overleg', 'minder', 'formulieren', 'team', 'scholing'];
const THEMES = ['Werkdruk en roosters', 'Samenwerking', 'Thema van Jansen'];
const LABELS = publishableLabels();

/**
 * Professions a branch employs: config/bridge.json, narrowed to two per branch so that the bridge
 * pins a hidden profession down as often as possible (the attacker knows this list, the databanks
 * follow it).
 */
const EMPLOYED = new Map(
  BRANCHES.map((branch) => [
    branch,
    Object.entries(BRIDGE.professions)
      .filter(([, branches]) => (branches as readonly string[]).includes(branch))
      .map(([profession]) => profession)
      .sort()
      .slice(0, 2),
  ]),
);

interface RealIdea {
  readonly id: string;
  readonly text: string;
  readonly themes: readonly string[];
  readonly kind: string | null;
  readonly branch: string | null;
  readonly province: string | null;
  readonly profession: string | null;
}

const ideaArb = (id: number, branches = BRANCHES, provinces = PROVINCES) =>
  fc
    .record({
      branch: fc.option(fc.constantFrom(...branches, 'Wijkteam Jansen'), { freq: 8 }),
      province: fc.option(fc.constantFrom(...provinces), { freq: 8 }),
      professionPick: fc.nat(),
      professionKind: fc.constantFrom('bridge', 'bridge', 'bridge', 'bridge', 'none', 'unknown'),
      words: fc.subarray(WORDS, { minLength: 1, maxLength: 3 }),
      themes: fc.subarray(THEMES, { maxLength: 2 }),
      kind: fc.option(fc.constantFrom('wens', 'kans', 'knelpunt', 'voorstel')),
    })
    .map((r): RealIdea => {
      const employed = (r.branch && EMPLOYED.get(r.branch)) || [];
      const profession =
        r.professionKind === 'none'
          ? null
          : r.professionKind === 'unknown' || employed.length === 0
            ? 'Zorgmedewerker van Jansen'
            : employed[r.professionPick % employed.length]!;
      return {
        id: `i${id}`,
        text: r.words.join(' '),
        themes: r.themes,
        kind: r.kind,
        branch: r.branch,
        province: r.province,
        profession,
      };
    });

const databankArb = fc
  .integer({ min: 1, max: 45 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ideaArb(i))));

/** Fewer groups, more ideas each: cells of k and more beside small ones, where differencing bites. */
const denseDatabankArb = fc
  .integer({ min: 15, max: 50 })
  .chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => ideaArb(i, BRANCHES.slice(0, 2), PROVINCES.slice(0, 2)))),
  );

type Publish = (ideas: readonly RealIdea[]) => AttributeTuple[];

/** The product's rule: vetted labels, then k-anonymity with complementary suppression. */
const productPublish: Publish = (ideas) =>
  publishedTuples(ideas, (idea) => ({
    province: publishable(LABELS, 'province', idea.province),
    profession: publishable(LABELS, 'profession', idea.profession),
    branch: publishable(LABELS, 'branch', idea.branch),
  }));

/** Mutant: the rule before issue 10 (small cells lose the profession; small groups the province). */
const legacyPublish: Publish = (ideas) => {
  const t = (idea: RealIdea) => ({
    province: publishable(LABELS, 'province', idea.province),
    profession: publishable(LABELS, 'profession', idea.profession),
    branch: publishable(LABELS, 'branch', idea.branch),
  });
  const count = new Map<string, number>();
  const bump = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const idea of ideas) {
    const v = t(idea);
    bump(JSON.stringify([v.province, v.profession, v.branch]));
    bump(JSON.stringify([v.province, v.branch]));
  }
  return ideas.map((idea) => {
    const v = t(idea);
    const full = (count.get(JSON.stringify([v.province, v.profession, v.branch])) ?? 0) >= K;
    const group = (count.get(JSON.stringify([v.province, v.branch])) ?? 0) >= K;
    return {
      province: full || group ? v.province : null,
      profession: full ? v.profession : null,
      branch: v.branch,
    };
  });
};

type Search = (params: Partial<LocalSearchParams>) => LocalSearchResult;

function published(ideas: readonly RealIdea[], publish: Publish): LocalIdea[] {
  const tuples = publish(ideas);
  return ideas.map((idea, i) => ({
    id: idea.id,
    text: idea.text,
    themes: idea.themes.filter((theme) => LABELS.theme.has(theme)),
    kind: idea.kind,
    branch: tuples[i]!.branch,
    province: tuples[i]!.province,
    profession: tuples[i]!.profession,
  }));
}

const noFilters = (): Record<Facet, string[]> =>
  Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>;

function searchOver(ideas: readonly LocalIdea[]): Search {
  return (params) =>
    localSearch(ideas, { q: params.q ?? '', filters: { ...noFilters(), ...params.filters } });
}

/** Mutant: filters and facets over the real values, items shown with the published ones. */
function leakySearch(real: readonly RealIdea[], shown: readonly LocalIdea[]): Search {
  const byId = new Map(shown.map((idea) => [idea.id, idea]));
  return (params) => {
    const result = localSearch(real, { q: params.q ?? '', filters: { ...noFilters(), ...params.filters } });
    return {
      ...result,
      items: result.items.map((idea) => ({ ...byId.get(idea.id)!, snippet: idea.snippet })),
    };
  };
}

interface Claim {
  readonly ids: readonly string[];
  readonly field: 'province' | 'profession';
  readonly value: string;
  readonly how: string;
}

const facetOf = { province: 'provincie', profession: 'beroep' } as const;

/** Every claim the attacker can make through `search`; `observed` collects the answers seen. */
function attack(
  search: Search,
  observed: { filters: Record<Facet, string[]>; result: LocalSearchResult }[] = [],
): Claim[] {
  const claims: Claim[] = [];
  const all = search({});
  const branches = Object.keys(all.facets.branche);
  const queries = ['', ...WORDS.slice(0, 3)];

  // A. Bridge differencing.
  for (const branch of branches) {
    const inBranch = search({ filters: { ...noFilters(), branche: [branch] } });
    const hiddenProvince = inBranch.items.filter((i) => i.province === null).map((i) => i.id);
    const unshownProvinces = PROVINCES.filter((p) => !(p in inBranch.facets.provincie));
    if (hiddenProvince.length > 0 && unshownProvinces.length === 1)
      claims.push({ ids: hiddenProvince, field: 'province', value: unshownProvinces[0]!, how: 'A' });
    for (const province of Object.keys(inBranch.facets.provincie)) {
      const group = search({ filters: { ...noFilters(), branche: [branch], provincie: [province] } });
      const hidden = group.items.filter((i) => i.profession === null).map((i) => i.id);
      const unshown = (EMPLOYED.get(branch) ?? []).filter((p) => !(p in group.facets.beroep));
      if (hidden.length > 0 && unshown.length === 1)
        claims.push({ ids: hidden, field: 'profession', value: unshown[0]!, how: 'A' });
    }
  }

  // B and C, under every combination of branch, province and profession filters and some words.
  const option = (values: string[]) => [[], ...values.map((v) => [v])];
  for (const q of queries) {
    for (const branche of option(branches))
      for (const provincie of option(Object.keys(all.facets.provincie)))
        for (const beroep of option(Object.keys(all.facets.beroep))) {
          const filters = { ...noFilters(), branche, provincie, beroep };
          const result = search({ q, filters });
          observed.push({ filters, result });
          for (const field of ['province', 'profession'] as const) {
            const facet = facetOf[field];
            const wanted = filters[facet][0];
            // B: listed under a filter without showing the value.
            if (wanted !== undefined) {
              const odd = result.items.filter((i) => i[field] !== wanted).map((i) => i.id);
              if (odd.length > 0) claims.push({ ids: odd, field, value: wanted, how: 'B' });
              continue;
            }
            // C: facet counts above what is listed with the value.
            const hidden = result.items.filter((i) => i[field] === null).map((i) => i.id);
            for (const [value, count] of Object.entries(result.facets[facet])) {
              const listed = result.items.filter((i) => i[field] === value).length;
              if (count - listed > 0 && count - listed === hidden.length)
                claims.push({ ids: hidden, field, value, how: 'C' });
            }
          }
        }
  }
  return claims;
}

/** Claims that came true and single out fewer than k ideas. */
function breaches(real: readonly RealIdea[], claims: readonly Claim[]): Claim[] {
  const byId = new Map(real.map((idea) => [idea.id, idea]));
  return claims.filter((c) => c.ids.length < K && c.ids.every((id) => byId.get(id)![c.field] === c.value));
}

describe('k-anonymity against an attacker with filters, facets, words and the bridge', () => {
  it(
    'never derives a hidden profession or province for fewer than k ideas (property)',
    async () => {
      await fuzz(
        fc.property(fc.oneof(databankArb, denseDatabankArb), (real) => {
          const shown = published(real, productPublish);
          const observed: { filters: Record<Facet, string[]>; result: LocalSearchResult }[] = [];
          expect(breaches(real, attack(searchOver(shown), observed))).toEqual([]);
          // Counts carry nothing beyond the published values: every facet adds up to the ideas listed
          // with a value, and the rest of the total are the ideas listed without one.
          for (const { filters, result } of observed) {
            for (const [facet, field] of [
              ['beroep', 'profession'],
              ['provincie', 'province'],
              ['branche', 'branch'],
            ] as const) {
              if (filters[facet].length > 0) continue;
              const sum = Object.values(result.facets[facet]).reduce((a, b) => a + b, 0);
              expect(result.total - sum).toBe(result.items.filter((i) => i[field] === null).length);
            }
          }
        }),
        40,
        2_000,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'ideas that share a published tuple are interchangeable: swapping their real values changes nothing public (property)',
    async () => {
      await fuzz(
        fc.property(databankArb, fc.nat(), fc.nat(), (real, a, b) => {
          const before = productPublish(real);
          const i = a % real.length;
          const partners = real
            .map((_, j) => j)
            .filter((j) => JSON.stringify(before[j]) === JSON.stringify(before[i]));
          const j = partners[b % partners.length]!;
          const swapped = real.map((idea, n) => {
            const from = n === i ? real[j]! : n === j ? real[i]! : idea;
            return { ...idea, province: from.province, profession: from.profession, branch: from.branch };
          });
          expect(productPublish(swapped)).toEqual(before);
        }),
        200,
        10_000,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('the attacker has teeth: it beats the rule before complementary suppression, and a search on real values', () => {
    const samples = fc.sample(denseDatabankArb, { ...runs(60, 60), numRuns: 60 });
    // The product holds on these too.
    for (const real of samples)
      expect(breaches(real, attack(searchOver(published(real, productPublish))))).toEqual([]);
    const legacy = samples.filter(
      (real) => breaches(real, attack(searchOver(published(real, legacyPublish)))).length > 0,
    );
    expect(legacy.length, 'databanks where the old rule is beaten').toBeGreaterThan(0);
    const leaky = samples.filter((real) => {
      const shown = published(real, productPublish);
      return breaches(real, attack(leakySearch(real, shown))).length > 0;
    });
    expect(leaky.length, 'databanks where a search on real values is beaten').toBeGreaterThan(0);
  });

  it('the attack of the issue, by hand: five shown and one hidden in a province and branch', () => {
    const ggz = 'Geestelijke gezondheidszorg (GGZ)';
    const [first, second] = EMPLOYED.get(ggz)!;
    const real: RealIdea[] = Array.from({ length: 6 }, (_, n) => ({
      id: `g${n}`,
      text: 'minder formulieren',
      themes: [],
      kind: null,
      branch: ggz,
      province: 'Utrecht',
      profession: n < 5 ? first! : second!,
    }));
    const legacy = breaches(real, attack(searchOver(published(real, legacyPublish))));
    expect(legacy.length).toBeGreaterThan(0);
    const shown = published(real, productPublish);
    expect(shown.every((idea) => idea.profession === null && idea.province === 'Utrecht')).toBe(true);
    expect(breaches(real, attack(searchOver(shown)))).toEqual([]);
  });
});
