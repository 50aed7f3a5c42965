/**
 * Dutch compound splitting against a lexicon: `teamoverleg` → `team` + `overleg`, `personeelstekort`
 * → `personeel` + `tekort` (the linking `s`, `e` or `en` between the parts is dropped),
 * `registratiedruk` → `registratie` + `druk`. A part must be a known word (the lexicon: the
 * databank's own words and the thesaurus' terms; for the search also a base form of one of them:
 * `regel` is known when `regels` is, see {@link knownForm}), except a short tail after a long known
 * head (≥ {@link MIN_KNOWN_HEAD} letters), as in `registratiedruk`.
 *
 * Which cut wins: a cut whose two parts are both known, the longest such head first; only when no cut
 * has two known parts, a known head with an unknown tail. A letter that may be a linking letter is
 * never taken on a guess: `registratiesysteem` is `registratie` + `systeem` (both known), not
 * `registraties` + `ysteem`; and a head ending in a linking letter carries an unknown tail only when
 * the head without that letter is not a word itself (otherwise the letter may as well start the tail).
 * With `linkedTails` (the search), one exception: a linking `s` that no Dutch word could start with
 * the tail's first letter (`sg`, `sb`, `sd`, `sr`, `sv`, `sz`) ends the head, so a known head of
 * {@link MIN_LINKED_HEAD} letters or more carries the unknown tail after it: `groepsgrootte` →
 * `groep` + `grootte` where no idea holds `grootte`.
 */

/** Words shorter than this are never split. */
export const MIN_COMPOUND_LENGTH = 7;
/** The shortest part. */
export const MIN_PART_LENGTH = 3;
/** A head at least this long may carry a tail the lexicon does not know. */
export const MIN_KNOWN_HEAD = 6;
/** The shortest unknown tail accepted after a long known head. */
export const MIN_UNKNOWN_TAIL = 4;
const LINKING = ['en', 's', 'e'] as const;
/** A known head this long, followed by a linking `s` that cannot start the tail, may carry an unknown tail. */
export const MIN_LINKED_HEAD = 5;
/** First letters of a tail that an `s` before them cannot start a Dutch word with: the `s` links. */
const NO_S_ONSET = /^[bdgrvz]/;

/** The two parts of `word`, or null when it is not a compound of known words. */
export function splitCompound(
  word: string,
  isWord: (word: string) => boolean,
  options: { readonly linkedTails?: boolean } = {},
): [string, string] | null {
  if (word.length < MIN_COMPOUND_LENGTH) return null;
  let guess: [string, string] | null = null;
  for (let cut = word.length - MIN_PART_LENGTH; cut >= MIN_PART_LENGTH; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    const stripped = LINKING.filter((l) => head.endsWith(l)).map((l) => head.slice(0, -l.length));
    const heads = [head, ...stripped].filter((h) => h.length >= MIN_PART_LENGTH);
    const known = heads.find((h) => isWord(h));
    if (known === undefined) continue;
    if (isWord(tail)) return [known, tail];
    // A known head with an unknown tail: remembered (the longest head), used only when no cut has
    // two known parts, and never when the head's last letter may be a linking letter.
    const ambiguous = known === head && stripped.some((h) => h.length >= MIN_PART_LENGTH && isWord(h));
    if (
      guess === null &&
      !ambiguous &&
      known.length >= MIN_KNOWN_HEAD &&
      tail.length >= MIN_UNKNOWN_TAIL &&
      known === head
    )
      guess = [known, tail];
    // A linking s the tail could not start with (`groeps` + `grootte`: no word starts with `sg`).
    if (
      guess === null &&
      options.linkedTails === true &&
      known === head.slice(0, -1) &&
      head.endsWith('s') &&
      known.length >= MIN_LINKED_HEAD &&
      tail.length >= MIN_UNKNOWN_TAIL &&
      NO_S_ONSET.test(tail)
    )
      guess = [known, tail];
  }
  return guess;
}

/** Endings of inflected forms: a part is known when one of its inflections is (`regel` ← `regels`). */
export const INFLECTIONS = ['s', 'en', 'e', 'n'] as const;
/** Parts at least this long may be known through an inflection. */
export const MIN_INFLECTED_PART = 4;

/** `isWord` widened to base forms: the word itself or, from 4 letters, one of its inflections. */
export function knownForm(isWord: (word: string) => boolean): (word: string) => boolean {
  return (word) =>
    isWord(word) ||
    (word.length >= MIN_INFLECTED_PART && INFLECTIONS.some((ending) => isWord(word + ending)));
}

/**
 * Every word {@link splitCompound} (through {@link knownForm}) may look up for `word`: ask the lexicon
 * for these in one go.
 */
export function splitCandidates(word: string): string[] {
  if (word.length < MIN_COMPOUND_LENGTH) return [];
  const out = new Set<string>();
  const add = (part: string) => {
    out.add(part);
    if (part.length >= MIN_INFLECTED_PART) for (const ending of INFLECTIONS) out.add(part + ending);
  };
  for (let cut = word.length - MIN_PART_LENGTH; cut >= MIN_PART_LENGTH; cut--) {
    const head = word.slice(0, cut);
    add(head);
    add(word.slice(cut));
    for (const l of LINKING)
      if (head.endsWith(l) && head.length - l.length >= MIN_PART_LENGTH) add(head.slice(0, -l.length));
  }
  return [...out];
}
