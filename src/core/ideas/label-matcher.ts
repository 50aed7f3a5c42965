/**
 * Matching a free-text value against known labels, as the data contract asks: ignore case, accents,
 * punctuation and white space, and a bracketed abbreviation (`Geestelijke gezondheidszorg (GGZ)` is
 * matched by `geestelijke gezondheidszorg`, by `GGZ` and by itself). A value that matches nothing is
 * kept as written, trimmed; the caller reports it as a warning.
 */
import { editDistance, labelKey, nearestLabel } from '../contract/names.js';

export interface KnownLabel {
  readonly label: string;
  readonly aliases?: readonly string[];
}

export type LabelMatch =
  | { readonly known: true; readonly label: string }
  | { readonly known: false; readonly label: string; readonly nearest: string | null };

export interface LabelMatcher {
  readonly labels: readonly string[];
  match(value: string): LabelMatch;
  /** The label `value` names exactly (no nearest label is looked for: cheap), or null. */
  exact(value: string): string | null;
}

const BRACKETED = /\(([^()]*)\)/g;

/** The keys a known label answers to: itself, without its brackets, and an upper-case abbreviation. */
function keysOfLabel(label: string): string[] {
  const keys = [labelKey(label), labelKey(label.replace(BRACKETED, ' '))];
  for (const [, inside] of label.matchAll(BRACKETED)) {
    if (inside && /^[\p{Lu}\d-]{2,}$/u.test(inside.trim())) keys.push(labelKey(inside));
  }
  return keys;
}

export function makeLabelMatcher(known: readonly KnownLabel[]): LabelMatcher {
  const byKey = new Map<string, string | null>();
  const add = (key: string, label: string) => {
    if (!key) return;
    const existing = byKey.get(key);
    // A key shared by two labels identifies neither of them.
    byKey.set(key, existing === undefined || existing === label ? label : null);
  };
  for (const { label, aliases = [] } of known) {
    for (const name of [label, ...aliases]) for (const key of keysOfLabel(name)) add(key, label);
  }
  const labels = known.map((entry) => entry.label);
  const exact = (written: string): { readonly known: true; readonly label: string } | undefined => {
    for (const key of [labelKey(written), labelKey(written.replace(BRACKETED, ' '))]) {
      const label = byKey.get(key);
      if (label) return { known: true, label };
    }
    return undefined;
  };
  return {
    labels,
    match(value) {
      const written = value.trim().replace(/\s+/g, ' ');
      return exact(written) ?? { known: false, label: written, nearest: nearestKnown(written, known) };
    },
    exact: (value) => exact(value.trim().replace(/\s+/g, ' '))?.label ?? null,
  };
}

/** A suggestion is only worth making when at most this share of the characters differs. */
const SUGGESTION_DISTANCE = 0.4;

/** The known label closest to the value, if it is close enough to be what was meant. */
function nearestKnown(value: string, known: readonly KnownLabel[]): string | null {
  const candidates = known.flatMap(({ label, aliases = [] }) =>
    [label, ...aliases].map((name) => ({ label, key: labelKey(name) })),
  );
  const share = (wanted: string, key: string) =>
    editDistance(wanted, key) / Math.max(wanted.length, key.length, 1);
  return nearestLabel(labelKey(value), candidates, (s) => s <= SUGGESTION_DISTANCE, share) ?? null;
}
