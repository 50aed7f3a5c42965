import { INDICATORS, matchIndicator, type IndicatorId } from '../../core/contract/indicators.js';
import { nearestLabel, normaliseLabel, type LabelCandidate } from '../../core/contract/names.js';
import { itemAt } from '../../core/contract/item-at.js';

/** What an indicator label in a file stands for. */
export type IndicatorResolution =
  | { readonly kind: 'contract'; readonly id: IndicatorId }
  | { readonly kind: 'other'; readonly label: string }
  | { readonly kind: 'unknown'; readonly label: string; readonly nearest: string };

/** Absolute edit distance under which a label counts as a misspelling of an accepted label. */
const CLOSE_DISTANCE = 3;
/** …or relative: at most this share of the accepted label's length. */
const CLOSE_SHARE = 0.25;
/** A label this short is not taken as "contained" in a longer accepted label. */
const MIN_CONTAINED_LENGTH = 4;

const CANDIDATES: readonly LabelCandidate<string>[] = INDICATORS.flatMap((info) =>
  [info.id, ...info.labels].map((label) => ({
    label: label === info.id ? itemAt(info.labels, 0) : label,
    key: normaliseLabel(label),
  })),
);

/**
 * Resolves an indicator label. The contract both forbids "an unknown indicator label" and keeps
 * "other indicators", so the line between them is drawn by resemblance:
 *
 * - an id or accepted label (ignoring case, diacritics, punctuation, spacing) is that indicator;
 * - a label that resembles an accepted label — edit distance ≤ 3, or ≤ 25% of that label's length, or
 *   one contains the other as whole words — is taken for a mistyped contract indicator: an error that
 *   names the nearest accepted label ("Werkdruk te hoooog", "Autonomie (%)" stays accepted, "Werkdruk
 *   hoog" is an error);
 * - a label clearly unlike every accepted label ("Eén baan", "Verzuim") is kept as an other indicator,
 *   under the label as written, with a warning.
 */
export function resolveIndicator(written: string): IndicatorResolution {
  const label = written.trim();
  const id = matchIndicator(label);
  if (id) return { kind: 'contract', id };
  const wanted = normaliseLabel(label);
  const nearest = nearestLabel(wanted, CANDIDATES, (distance, key) => resembles(wanted, key, distance));
  return nearest === undefined ? { kind: 'other', label } : { kind: 'unknown', label, nearest };
}

function resembles(wanted: string, accepted: string, distance: number): boolean {
  if (distance <= CLOSE_DISTANCE || distance <= CLOSE_SHARE * accepted.length) return true;
  return (
    containsWords(wanted, accepted) ||
    (wanted.length >= MIN_CONTAINED_LENGTH && containsWords(accepted, wanted))
  );
}

function containsWords(longer: string, shorter: string): boolean {
  return shorter.length > 0 && ` ${longer} `.includes(` ${shorter} `);
}
