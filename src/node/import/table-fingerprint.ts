import { createHash } from 'node:crypto';
import { compareCodeUnits } from '../../core/contract/names.js';
import type { Observation } from '../../core/contract/table.js';

/** What a fingerprint covers beside profession, indicator, value and bounds. */
export interface FingerprintFields {
  /** Include each figure's period (default true): false finds the same figures relabelled as another quarter. */
  readonly period?: boolean;
}

/**
 * SHA-256 (hex) of a table's figures as data — profession, indicator, (period,) value and bounds, in
 * code-unit order — so that row numbers, row order, file format and number notation do not change it:
 * the CSV and the workbook of one table have one fingerprint.
 */
export function tableFingerprint(
  observations: readonly Observation[],
  fields: FingerprintFields = {},
): string {
  const withPeriod = fields.period ?? true;
  const rows = observations
    .map((o) =>
      JSON.stringify(
        withPeriod
          ? [o.profession, o.indicator, o.period, o.value, o.lower, o.upper]
          : [o.profession, o.indicator, o.value, o.lower, o.upper],
      ),
    )
    .sort(compareCodeUnits);
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${row}\n`);
  return hash.digest('hex');
}
