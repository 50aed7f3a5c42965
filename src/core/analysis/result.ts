import type { IndicatorId } from '../contract/indicators.js';
import type { Warning } from '../contract/problems.js';

/** Quadrant of the median split: 1 low/low, 2 high demands/low resources, 3 low/high, 4 high/high. */
export type Quadrant = 1 | 2 | 3 | 4;
export type IndexName = 'resources' | 'demands';
export type OutcomeId = 'tevreden_werk' | 'tevreden_organisatie';
/** What a rank interval or correlation is about: one of the two indices or one component. */
export type MeasureId = IndexName | IndicatorId;

/** A figure with its 95% bounds, percentages 0–100; bounds null when the source has none. */
export interface Estimate {
  readonly value: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** One component of an index with its weight (weights of an index sum to 1). */
export interface ComponentWeight {
  readonly indicator: IndicatorId;
  readonly weight: number;
  /** Theme it belongs to in a grouped definition (e.g. `agressie`), else null. */
  readonly theme: string | null;
}

export interface IndexDefinition {
  readonly id: string;
  readonly label: string;
  readonly resources: readonly ComponentWeight[];
  readonly demands: readonly ComponentWeight[];
}

/** Rank 1 = highest value among the classified professions; interval from the Monte Carlo draws. */
export interface RankInterval {
  readonly rank: number;
  /** 2.5th percentile of the rank over the draws. */
  readonly low: number;
  /** 97.5th percentile of the rank over the draws. */
  readonly high: number;
}

/** A profession's published figures, whether it is classified or not. */
export interface ProfessionFigures {
  readonly name: string;
  readonly slug: string;
  /** Every contract indicator of this profession; null when missing or not published. */
  readonly values: Readonly<Record<IndicatorId, Estimate | null>>;
  /** Indicators outside the contract (job characteristics …), label → value. */
  readonly other: Readonly<Record<string, number | null>>;
}

export interface ProfessionResult extends ProfessionFigures {
  /** Resources index (weighted mean of raw percentages). */
  readonly resources: number;
  /** Demands index (weighted mean of raw percentages). */
  readonly demands: number;
  readonly quadrant: Quadrant;
  /** Share of Monte Carlo draws in which the profession lands in `quadrant` (0–1). */
  readonly quadrantProbability: number;
  /**
   * How certain the quadrant is, as shown everywhere: `quadrantProbability`, or null (unknown) when any
   * component of its indices has no confidence bounds (`boundsMissing`): a draw cannot vary a figure
   * without bounds, so a share of 100% would only say that the table gives no uncertainty.
   */
  readonly certainty: number | null;
  /** Components of its indices without confidence bounds (then `certainty` is null). */
  readonly boundsMissing: readonly IndicatorId[];
  /** Share of draws in each quadrant, index 0 = quadrant 1. */
  readonly quadrantShares: readonly [number, number, number, number];
  /** Standardised indices: weighted mean of per-component z-scores over the classified professions. */
  readonly resourcesZ: number;
  readonly demandsZ: number;
  /** Rank intervals on every component of both indices and on both indices. */
  readonly ranks: Readonly<Partial<Record<MeasureId, RankInterval>>>;
}

/**
 * A profession missing a component of an index: no indices, quadrant, ranks or part in the medians and
 * correlations, but its published figures (`values`, `other`) are shown wherever they are listed.
 */
export interface UnclassifiedProfession extends ProfessionFigures {
  /** Components of either index that are missing. */
  readonly missing: readonly IndicatorId[];
}

export interface Correlation {
  readonly x: MeasureId;
  readonly y: OutcomeId;
  /** Which index values: raw percentages or the standardised (z-score) index. */
  readonly scale: 'raw' | 'standardised';
  readonly pearson: number | null;
  /** 95% interval by Fisher's z-transform; null when n < 4. */
  readonly pearsonCI: readonly [number, number] | null;
  readonly spearman: number | null;
  /** 95% interval by Fisher's z with the Fieller–Hartley–Pearson variance 1.06/(n−3); null when n < 4. */
  readonly spearmanCI: readonly [number, number] | null;
  readonly n: number;
}

export interface QuadrantSummary {
  readonly quadrant: Quadrant;
  readonly count: number;
  /** Unweighted mean over the quadrant's professions that have it; null where none has. */
  readonly tevreden_werk: number | null;
  readonly tevreden_organisatie: number | null;
  /** How many professions took part in each mean. */
  readonly n: Readonly<Record<OutcomeId, number>>;
  readonly professions: readonly string[];
}

export interface QuadrantChange {
  readonly name: string;
  readonly from: Quadrant;
  readonly to: Quadrant;
}

export interface SensitivityScenario {
  readonly id: string;
  readonly label: string;
  readonly kind: 'variant' | 'standardised' | 'leave-one-out';
  /** For leave-one-out: the component left out. */
  readonly leftOut: IndicatorId | null;
  readonly medians: { readonly resources: number; readonly demands: number };
  readonly changes: readonly QuadrantChange[];
}

/** Spread of an outcome or component across the classified professions. */
export interface Spread {
  readonly measure: MeasureId | OutcomeId;
  readonly n: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly median: number | null;
  readonly sd: number | null;
  /** Interquartile range q3 − q1 (d3 quantile, R-7). */
  readonly iqr: number | null;
  /** Lower and upper quartile (d3 quantile, R-7): the middle half of the professions lies between. */
  readonly q1: number | null;
  readonly q3: number | null;
}

export interface AnalysisResult {
  readonly dataset: {
    readonly file: string;
    readonly title: string;
    readonly example: boolean;
    /** "voorbeelddata — geen CBS-cijfers" for the constructed data, else null. */
    readonly label: string | null;
    readonly period: string | null;
    readonly periods: readonly (string | null)[];
  };
  readonly method: {
    readonly variant: IndexDefinition;
    readonly variants: readonly string[];
    readonly tieRule: 'at-or-above-median-is-high';
    readonly draws: number;
    readonly seed: number;
    readonly sdFromBounds: '(upper - lower) / (2 * 1.96)';
    readonly correlationCI: string;
    readonly rankRule: string;
  };
  readonly medians: { readonly resources: number; readonly demands: number };
  readonly professions: readonly ProfessionResult[];
  readonly unclassified: readonly UnclassifiedProfession[];
  readonly correlations: readonly Correlation[];
  readonly quadrants: readonly QuadrantSummary[];
  readonly standardised: {
    readonly medians: { readonly resources: number; readonly demands: number };
    readonly professions: readonly { name: string; resources: number; demands: number; quadrant: Quadrant }[];
    /** Correlations of the standardised indices with both outcomes (scale 'standardised'). */
    readonly correlations: readonly Correlation[];
  };
  readonly spreads: readonly Spread[];
  readonly sensitivity: readonly SensitivityScenario[];
  /** Data-quality notes with their codes: the table's, then the analysis's; each sentence once. */
  readonly warnings: readonly Warning[];
}
