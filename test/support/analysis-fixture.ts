/**
 * Small analysis results for chart and report tests: eight invented professions, analysed by the real
 * engine so every field is consistent. `strongResources` follows the published pattern (resources go
 * with satisfaction with the organisation, demands hardly); `strongDemands` swaps it.
 */
import { analyse } from '../../src/core/analysis/analyse.js';
import type { AnalysisResult } from '../../src/core/analysis/result.js';
import type { IndicatorId } from '../../src/core/contract/indicators.js';
import { CONFIG, tableOf, type ProfessionSpec } from './tables.js';

const RESOURCES: readonly IndicatorId[] = [
  'loopbaanperspectief',
  'ontwikkelmogelijkheden',
  'invloed_inhoud',
  'autonomie',
  'steun_leidinggevende',
];
const DEMANDS: readonly IndicatorId[] = [
  'werkdruk',
  'agressie_extern',
  'agressie_intern',
  'tijd_verslaglegging',
  'tijd_registratie',
];

/** name, resources level, demands level, satisfaction with organisation, with work */
const ROWS: readonly (readonly [string, number, number, number, number])[] = [
  ['Alfaverzorgenden', 38, 42, 52, 74],
  ['Bravobegeleiders', 47, 30, 63, 77],
  ['Charlie-assistenten', 61, 26, 74, 81],
  ['Deltaverpleegkundigen met een erg lange beroepsnaam', 55, 47, 66, 79],
  ['Echohulpen', 42, 38, 55, 75],
  ['Foxtrotspecialisten', 66, 44, 73, 83],
  ['Golfwerkers', 50, 35, 61, 78],
  ['Hotelmedewerkers', 44, 50, 49, 76],
];

/** Component spread around the level, so profiles differ per component (deterministic). */
const OFFSETS = [-6, 4, 2, -3, 3];

function profession(
  [name, resources, demands, org, work]: readonly [string, number, number, number, number],
  i: number,
): ProfessionSpec {
  const values: Partial<Record<IndicatorId, number>> = { tevreden_organisatie: org, tevreden_werk: work };
  RESOURCES.forEach((id, k) => (values[id] = resources + OFFSETS[(k + i) % 5]!));
  DEMANDS.forEach((id, k) => (values[id] = demands + OFFSETS[(k + 2 * i) % 5]!));
  return { name, values, halfWidth: 5 };
}

export function strongResourcesTable(example = true) {
  return tableOf(ROWS.map(profession), example);
}

/** Satisfaction with the organisation now follows demands (negatively) and not resources. */
export function strongDemandsTable(example = true) {
  const swapped = ROWS.map(
    ([name, resources, demands, , work], i) =>
      [name, resources, demands, 100 - demands - (i % 2 === 0 ? 3 : -3) - (resources % 7), work] as const,
  );
  return tableOf(swapped.map(profession), example);
}

export const FIXTURE_DRAWS = 2000;
export const FIXTURE_SEED = 7;

export function strongResources(): AnalysisResult {
  return analyse(strongResourcesTable(), { config: CONFIG, draws: FIXTURE_DRAWS, seed: FIXTURE_SEED });
}

export function strongDemands(): AnalysisResult {
  return analyse(strongDemandsTable(), { config: CONFIG, draws: FIXTURE_DRAWS, seed: FIXTURE_SEED });
}
