/**
 * The comparison of two survey periods as one JSON document, for `werkbalans compare --json` and the
 * /vergelijk page's download (`/vergelijk/vergelijking.json`) alike: which two periods (and, on the
 * site, which versions), whether the figures are voorbeelddata (`voorbeelddata` and the `notice` the
 * analysis documents carry), then the core comparison as version-change.ts gives it. A missing
 * certainty stays `null` ("zekerheid onbekend" on the page, `onbekend` in the CSV), never `false`.
 */
import { compareVersions, type VersionComparison } from '../../core/analysis/version-change.js';
import { EXAMPLE_DATA_LABEL } from '../../core/text/labels.js';
import type { ComparedVersion } from './comparison-csv.js';

export interface ComparedSide {
  readonly file: string;
  readonly period: string | null;
  /** The version's number on the site; absent outside the store (the CLI reads files). */
  readonly version?: number;
}

export type ComparisonDocument = {
  readonly voorbeelddata: boolean;
  readonly notice: string | null;
  readonly earlier: ComparedSide;
  readonly later: ComparedSide;
} & VersionComparison;

function side({ version, result }: ComparedVersion): ComparedSide {
  const { file, period } = result.dataset;
  return version === null ? { file, period } : { file, period, version };
}

export function comparisonDocument(earlier: ComparedVersion, later: ComparedVersion): ComparisonDocument {
  const example = earlier.result.dataset.example || later.result.dataset.example;
  return {
    voorbeelddata: example,
    notice: example ? EXAMPLE_DATA_LABEL : null,
    earlier: side(earlier),
    later: side(later),
    ...compareVersions(earlier.result, later.result),
  };
}
