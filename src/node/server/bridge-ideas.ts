/**
 * The bridge from numbers to ideas: for each weak component of a profession, the ideas of the themes
 * that address it (config/bridge.json), ideas from the profession's own branches first. Undefined while
 * the ideas databank or its bridge configuration is not there.
 */
import type { ProfessionResult } from '../../core/analysis/result.js';
import type { ComponentGap } from '../../core/analysis/weakest-components.js';
import type { IndicatorId } from '../../core/contract/indicators.js';
import type { AppServices } from './services.js';

export interface BridgeIdea {
  readonly id: string;
  readonly text: string;
  readonly branch: string | null;
  readonly ownBranch: boolean;
}

export interface BridgeGroup {
  readonly indicator: IndicatorId;
  /** Themes (labels) that address the component. */
  readonly themes: readonly string[];
  readonly ideas: readonly BridgeIdea[];
  /** Every matching idea, for the "all ideas" link. */
  readonly total: number;
}

export async function bridgeIdeas(
  _services: AppServices,
  _profession: ProfessionResult,
  _weakest: readonly ComponentGap[],
): Promise<ReadonlyMap<IndicatorId, BridgeGroup> | undefined> {
  return undefined;
}
