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

/** Answers a matcher keeps, and the longest value it keeps one for. */
const MATCHES_KEPT = 1000;
const KEPT_LENGTH = 200;

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
  // A file repeats a handful of values row after row (an import of 100 000 ideas matched each of its
  // few dozen labels thousands of times): the answers to short values are kept, up to a bound, so that
  // a file of long or all-different values cannot grow the map without end (the matchers live as long
  // as the process). A match is a pure function of the value.
  const matched = new Map<string, LabelMatch>();
  return {
    labels,
    match(value) {
      const kept = matched.get(value);
      if (kept) return kept;
      const written = value.trim().replace(/\s+/g, ' ');
      const match = exact(written) ?? { known: false, label: written, nearest: nearestKnown(written, known) };
      if (value.length <= KEPT_LENGTH && matched.size < MATCHES_KEPT) matched.set(value, match);
      return match;
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
