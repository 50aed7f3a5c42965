import type { IndicatorId } from './indicators.js';
import type { Warning } from './problems.js';

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

/**
 * The file extensions each survey format is read from. A delimited file's separator, not its name,
 * tells CSV from TSV; an .xlsx holds a long or a CBS wide table; a .json StatLine observations.
 */
export const SURVEY_FORMAT_EXTENSIONS: Readonly<Record<SurveyFormat, readonly string[]>> = {
  csv: ['.csv', '.tsv', '.txt'],
  tsv: ['.csv', '.tsv', '.txt'],
  'xlsx-long': ['.xlsx'],
  'xlsx-wide': ['.xlsx'],
  statline: ['.json'],
};

/** Every extension a survey file may have, each once, in the order of {@link SURVEY_FORMATS}. */
export const SURVEY_EXTENSIONS: readonly string[] = [
  ...new Set(SURVEY_FORMATS.flatMap((format) => SURVEY_FORMAT_EXTENSIONS[format])),
];

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
  /** Data-quality notes (not errors) with their codes, each sentence once. */
  readonly warnings: readonly Warning[];
}
