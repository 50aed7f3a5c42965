/**
 * Dutch compound splitting against a lexicon: `teamoverleg` → `team` + `overleg`, `personeelstekort`
 * → `personeel` + `tekort` (the linking `s`, `e` or `en` between the parts is dropped),
 * `registratiedruk` → `registratie` + `druk`. The longest known head wins. A part must be a known word
 * (the lexicon: the databank's own words and the thesaurus' terms), except a short tail after a long
 * known head (≥ {@link MIN_KNOWN_HEAD} letters), as in `registratiedruk`.
 */

/** Words shorter than this are never split. */
export const MIN_COMPOUND_LENGTH = 7;
/** The shortest part. */
export const MIN_PART_LENGTH = 3;
/** A head at least this long may carry a tail the lexicon does not know. */
export const MIN_KNOWN_HEAD = 6;
const LINKING = ['en', 's', 'e'] as const;

/** The two parts of `word`, or null when it is not a compound of known words. */
export function splitCompound(word: string, isWord: (word: string) => boolean): [string, string] | null {
  if (word.length < MIN_COMPOUND_LENGTH) return null;
  for (let cut = word.length - MIN_PART_LENGTH; cut >= MIN_PART_LENGTH; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    const heads = [head, ...LINKING.filter((l) => head.endsWith(l)).map((l) => head.slice(0, -l.length))];
    const known = heads.find((h) => h.length >= MIN_PART_LENGTH && isWord(h));
    if (known === undefined) continue;
    if (isWord(tail) || (known.length >= MIN_KNOWN_HEAD && tail.length >= 4)) return [known, tail];
  }
  return null;
}

/** Every word {@link splitCompound} may look up for `word`: ask the lexicon for these in one go. */
export function splitCandidates(word: string): string[] {
  if (word.length < MIN_COMPOUND_LENGTH) return [];
  const out = new Set<string>();
  for (let cut = word.length - MIN_PART_LENGTH; cut >= MIN_PART_LENGTH; cut--) {
    const head = word.slice(0, cut);
    out.add(head).add(word.slice(cut));
    for (const l of LINKING)
      if (head.endsWith(l) && head.length - l.length >= MIN_PART_LENGTH) out.add(head.slice(0, -l.length));
  }
  return [...out];
}
