/**
 * The bridge from numbers to ideas: for each weak component of a profession, the ideas of the themes
 * that address it (config/bridge.json), ideas from the profession's own branches first. A profession
 * the bridge does not know (an uploaded table may name it differently) gets the ideas without a
 * branch preference.
 */
import type { ProfessionResult } from '../../core/analysis/result.js';
import type { ComponentGap } from '../../core/analysis/weakest-components.js';
import { BRIDGE, themesAddressing, type BridgeConfig } from '../../core/contract/bridge-config.js';
import type { IndicatorId } from '../../core/contract/indicators.js';
import { normaliseLabel } from '../../core/contract/names.js';
import { PROFESSIONS } from '../../core/contract/professions.js';
import { countWithAnyTheme, ideasForThemes, themeCombinations } from '../store/ideas-themes.js';
import type { AppServices } from './services.js';

/** Ideas shown per weak component. */
export const IDEAS_PER_COMPONENT = 3;

export interface BridgeIdea {
  readonly id: string;
  readonly text: string;
  readonly branch: string | null;
  readonly ownBranch: boolean;
  readonly example: boolean;
}

export interface BridgeGroup {
  readonly indicator: IndicatorId;
  /** Theme labels that address the component, with why (config/bridge.json). */
  readonly themes: readonly { readonly label: string; readonly note: string }[];
  readonly ideas: readonly BridgeIdea[];
  /** Every visible idea with one of the themes (the "all ideas" link). */
  readonly total: number;
}

/** The branches that employ a profession, main branch first; empty when the bridge does not know it. */
export function branchesOf(name: string, bridge: BridgeConfig = BRIDGE): readonly string[] {
  const key = normaliseLabel(name);
  const known = PROFESSIONS.find((p) => normaliseLabel(p) === key);
  return known ? bridge.professions[known] : [];
}

export async function bridgeIdeas(
  services: AppServices,
  profession: ProfessionResult,
  weakest: readonly ComponentGap[],
  bridge: BridgeConfig = BRIDGE,
): Promise<ReadonlyMap<IndicatorId, BridgeGroup>> {
  const preferBranches = branchesOf(profession.name, bridge);
  const groups = new Map<IndicatorId, BridgeGroup>();
  for (const gap of weakest) {
    const labels = themesAddressing(bridge, gap.indicator);
    const themes = labels.map((label) => ({ label, note: bridge.themes[label]!.note }));
    if (labels.length === 0) {
      groups.set(gap.indicator, { indicator: gap.indicator, themes, ideas: [], total: 0 });
      continue;
    }
    const [combinations, found] = await Promise.all([
      services.ideasCache.get('combinations', () => themeCombinations(services.db)),
      services.ideasCache.get(JSON.stringify([labels, preferBranches, IDEAS_PER_COMPONENT]), () =>
        ideasForThemes(services.db, labels, { preferBranches, limit: IDEAS_PER_COMPONENT }),
      ),
    ]);
    groups.set(gap.indicator, {
      indicator: gap.indicator,
      themes,
      ideas: found.map(({ id, text, branch, ownBranch, example }) => ({
        id,
        text,
        branch,
        ownBranch,
        example,
      })),
      total: countWithAnyTheme(combinations, labels),
    });
  }
  return groups;
}
