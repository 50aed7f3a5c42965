import { INDICATOR_IDS, type IndicatorId } from '../../src/core/contract/indicators.js';
import type { Observation, SurveyTable } from '../../src/core/contract/table.js';
import { parseIndexConfig } from '../../src/core/analysis/index-config.js';
import indices from '../../config/indices.json' with { type: 'json' };

export const CONFIG = parseIndexConfig(indices);

export interface ProfessionSpec {
  readonly name: string;
  /** Value per indicator; missing or null = not published. */
  readonly values: Partial<Record<IndicatorId, number | null>>;
  /** Half-width of the 95% interval for every value; 0 = no bounds. */
  readonly halfWidth?: number;
}

/** A SurveyTable built in memory (no importer), for analysis tests. */
export function tableOf(professions: readonly ProfessionSpec[], example = false): SurveyTable {
  const observations: Observation[] = [];
  let row = 2;
  for (const p of professions) {
    for (const id of INDICATOR_IDS) {
      if (!(id in p.values)) continue;
      const value = p.values[id] ?? null;
      const h = p.halfWidth ?? 0;
      observations.push({
        profession: p.name,
        indicator: id,
        period: null,
        value,
        lower: value === null || h === 0 ? null : Math.max(0, value - h),
        upper: value === null || h === 0 ? null : Math.min(100, value + h),
        row: row++,
      });
    }
  }
  return {
    source: { file: 'test.csv', format: 'csv', title: 'Testtabel', example },
    periods: [null],
    observations,
    warnings: [],
  };
}

/** Every component and outcome at one resources level and one demands level. */
export function uniform(
  name: string,
  resources: number,
  demands: number,
  org = 60,
  work = 78,
  halfWidth = 0,
): ProfessionSpec {
  return {
    name,
    halfWidth,
    values: {
      loopbaanperspectief: resources,
      ontwikkelmogelijkheden: resources,
      invloed_inhoud: resources,
      autonomie: resources,
      steun_leidinggevende: resources,
      werkdruk: demands,
      agressie_extern: demands,
      agressie_intern: demands,
      tijd_verslaglegging: demands,
      tijd_registratie: demands,
      tevreden_organisatie: org,
      tevreden_werk: work,
    },
  };
}
