/**
 * Recognising the bundled example table by its content, so that a copy under another name, an upload of
 * the same bytes or the CBS-layout workbook re-saved is labelled voorbeelddata as the bundled file is
 * (its sidecar says so; a copy has none). Two signs, either enough: the parsed observations are exactly
 * those of a bundled example (a fingerprint of the table, not of the bytes: the CSV, the workbook and a
 * re-saved or re-ordered copy give the same one), or a workbook's title row above the header says
 * "Voorbeelddata — geen CBS-cijfers" as the bundled workbook's does. A third sign catches an edited
 * copy (a row removed, a profession renamed, bounds dropped, a few cells suppressed): most of its
 * (profession, indicator, value) triples are the example's, in both directions (EXAMPLE_NEAR_SHARE). A
 * table of one's own has figures of its own: it shares few or none of the example's exact values, so
 * it is never taken for the example.
 */
import { normaliseLabel } from '../../core/contract/names.js';
import type { Observation } from '../../core/contract/table.js';
import { EXAMPLE_DATA_LABEL } from '../../core/text/labels.js';
import { tableFingerprint } from './table-fingerprint.js';

/**
 * Share of the table's distinct (profession, indicator, value) triples that must be the example's, and
 * of the example's that must be in the table, for a near match: fixed in advance, not tuned. Edited
 * copies of the example share 93–100 % (test); a table of one's own shares next to nothing.
 */
export const EXAMPLE_NEAR_SHARE = 0.8;

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

/** How much of a table is the example's: shared triples against both sides' counts. */
export interface ExampleResemblance {
  /** Distinct (profession, indicator, value) triples in both the table and the example. */
  readonly shared: number;
  /** Distinct triples of the table (published values only). */
  readonly table: number;
  /** Distinct triples of the example. */
  readonly example: number;
}

/** The distinct (profession, indicator, value) triples of published values, bounds and period aside. */
function triplesOf(observations: readonly Observation[]): Set<string> {
  const triples = new Set<string>();
  for (const o of observations) {
    if (o.value !== null) triples.add(JSON.stringify([o.profession, o.indicator, o.value]));
  }
  return triples;
}

/** How many of the table's triples are the example's (see {@link ExampleResemblance}). */
export function exampleResemblance(
  observations: readonly Observation[],
  example: readonly Observation[],
): ExampleResemblance {
  const own = triplesOf(observations);
  const theirs = triplesOf(example);
  let shared = 0;
  for (const triple of own) if (theirs.has(triple)) shared += 1;
  return { shared, table: own.size, example: theirs.size };
}

/** True when at least EXAMPLE_NEAR_SHARE of the table's triples and of the example's are shared. */
export function closelyResemblesExample(resemblance: ExampleResemblance): boolean {
  const { shared, table, example } = resemblance;
  return (
    table > 0 && example > 0 && shared >= EXAMPLE_NEAR_SHARE * table && shared >= EXAMPLE_NEAR_SHARE * example
  );
}
