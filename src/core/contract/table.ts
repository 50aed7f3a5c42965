import type { IndicatorId } from './indicators.js';

/**
 * One published (or suppressed) survey figure: a percentage 0–100 for one profession, one indicator
 * and one period, with its optional 95% confidence bounds.
 */
export interface Observation {
  /** Profession name exactly as written in the source (trimmed). */
  readonly profession: string;
  /** A contract indicator id, or the label as written for any other indicator. */
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- names the ids for readers and editors; the type is string either way
  readonly indicator: IndicatorId | string;
  /** Period code such as `2024KW04`; null when the source has no period. */
  readonly period: string | null;
  /** Percentage 0–100; null when the source marks the cell as not published. */
  readonly value: number | null;
  /** Lower bound of the 95% confidence interval, null when absent. */
  readonly lower: number | null;
  /** Upper bound of the 95% confidence interval, null when absent. */
  readonly upper: number | null;
  /** Row in the source (spreadsheet numbering, first line = 1), for messages. */
  readonly row: number;
}

/** The formats a survey table can be read from (stored with each dataset); adding one is one entry. */
export const SURVEY_FORMATS = ['csv', 'tsv', 'xlsx-long', 'xlsx-wide', 'statline'] as const;

export type SurveyFormat = (typeof SURVEY_FORMATS)[number];

/** Where a table came from, and whether it is constructed example data. */
export interface TableSource {
  /** File name or URL as given by the user. */
  readonly file: string;
  readonly format: SurveyFormat;
  /** Human-readable source line, e.g. "CBS, AZW werknemersenquête, 4e kwartaal 2024". */
  readonly title: string;
  /** True for the bundled constructed data: every output then says "voorbeelddata". */
  readonly example: boolean;
  /** Address of the source table, when known: a StatLine URL read from, or a sidecar's `url`. */
  readonly url?: string;
}

/** The normalised survey table every importer produces. */
export interface SurveyTable {
  readonly source: TableSource;
  /** Distinct periods in first-seen order; `[null]` when the source has none. */
  readonly periods: readonly (string | null)[];
  readonly observations: readonly Observation[];
  /** Data-quality notes (not errors), de-duplicated. */
  readonly warnings: readonly string[];
}
