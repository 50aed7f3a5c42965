import { sortedPeriodCodes } from '../contract/survey-waves.js';
import type { SurveyTable } from '../contract/table.js';
import { analysisMessages as text } from '../text/analysis-messages.js';
import { DEFAULT_DRAWS, DEFAULT_SEED } from './constants.js';
import type { IndexConfig } from './index-config.js';
import type { Simulator } from './monte-carlo.js';
import { OptionError } from './option-error.js';
import { latestPeriod } from './profession-matrix.js';
import type { IndexDefinition } from './result.js';

export interface AnalysisOptions {
  /** Index definitions (config/indices.json, parsed). */
  readonly config: IndexConfig;
  /** Variant id; default: the configuration's default. */
  readonly variant?: string | undefined;
  /** Monte Carlo draws, 1 to 10 000 000; default 10 000 (`DEFAULT_DRAWS`). */
  readonly draws?: number | undefined;
  /** Seed of the generator; default fixed (`DEFAULT_SEED`). */
  readonly seed?: number | undefined;
  /** Period code; default the latest in the table. */
  readonly period?: string | undefined;
  /** Called with finished draws during the simulation (progress display). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Runs the Monte Carlo; default all chunks in this thread (the Node edge passes a threaded one). */
  readonly simulate?: Simulator | undefined;
}

/** The options with every default filled in and checked against the table. */
export interface ResolvedOptions {
  readonly variant: IndexDefinition;
  readonly draws: number;
  readonly seed: number;
  readonly period: string | null;
}

const MAX_DRAWS = 10_000_000;

/** Fills in the defaults; throws an OptionError naming the bad value. */
export function resolveOptions(table: SurveyTable, options: AnalysisOptions): ResolvedOptions {
  const { config } = options;
  const variantId = options.variant ?? config.defaultVariant;
  const variant = config.variants.find((v) => v.id === variantId);
  if (!variant)
    throw new OptionError(
      text.unknownVariant(
        variantId,
        config.variants.map((v) => v.id),
      ),
    );
  const draws = options.draws ?? DEFAULT_DRAWS;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS)
    throw new OptionError(text.invalidDraws(draws));
  const seed = options.seed ?? DEFAULT_SEED;
  const knownPeriods = sortedPeriodCodes(table.periods);
  if (options.period !== undefined && !knownPeriods.includes(options.period)) {
    throw new OptionError(text.unknownPeriod(options.period, knownPeriods));
  }
  return { variant, draws, seed, period: options.period ?? latestPeriod(table.periods) };
}
