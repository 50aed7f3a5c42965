/**
 * Recognising the bundled example table by its content, so that a copy under another name, an upload of
 * the same bytes or the CBS-layout workbook re-saved is labelled voorbeelddata as the bundled file is
 * (its sidecar says so; a copy has none). Two signs, either enough: the parsed observations are exactly
 * those of a bundled example (a fingerprint of the table, not of the bytes: the CSV, the workbook and a
 * re-saved or re-ordered copy give the same one), or a workbook's title row above the header says
 * "Voorbeelddata — geen CBS-cijfers" as the bundled workbook's does. A table of one's own changes at
 * least one figure and carries no such title, so it is never taken for the example.
 */
import { normaliseLabel } from '../../core/contract/names.js';
import type { Observation } from '../../core/contract/table.js';
import { EXAMPLE_DATA_LABEL } from '../../core/text/labels.js';
import { tableFingerprint } from './table-fingerprint.js';

/**
 * A bundled example table: its number of observations (a cheap first test) and its fingerprint
 * without periods (table-fingerprint.ts).
 */
export interface ExampleTableSign {
  readonly observations: number;
  readonly fingerprint: string;
}

/**
 * The bundled example tables (data/voorbeeld-beroepen.csv and data/voorbeeld-beroepen-cbs.xlsx hold
 * one table). A test recomputes it from the files: after `npm run data:example` changes them, the test
 * names the new fingerprint to write here.
 */
export const BUNDLED_EXAMPLE_TABLES: readonly ExampleTableSign[] = [
  { observations: 345, fingerprint: '8cdb96d7c16c04044b947783432df323a0aeb2483bcc93ef911da0f386b17cb1' },
];

/** True when the observations are exactly those of a bundled example table. */
export function isBundledExample(observations: readonly Observation[]): boolean {
  const candidates = BUNDLED_EXAMPLE_TABLES.filter((sign) => sign.observations === observations.length);
  if (candidates.length === 0) return false;
  // Without periods: the example's figures relabelled as another quarter are still the example.
  const fingerprint = tableFingerprint(observations, { period: false });
  return candidates.some((sign) => sign.fingerprint === fingerprint);
}

const EXAMPLE_TITLE_KEY = normaliseLabel(EXAMPLE_DATA_LABEL);

/** True for a title cell that begins "Voorbeelddata — geen CBS-cijfers" (case, accents, marks aside). */
export function isExampleTitle(text: string): boolean {
  return normaliseLabel(text).startsWith(EXAMPLE_TITLE_KEY);
}
