/**
 * Whether letters before a word inside a longer one can be a Dutch word of their own: the test of a
 * compound's boundary, where the search reads a vocabulary word as holding the query word
 * (term-expansion.ts `holdsAsPart`, `teamoverleg` → `overleg`) or a thesaurus term (thesaurus.ts
 * `mayEndWithTerm`, `spraakherkenning` → `herkenning`). Both paths, the server and the static export,
 * ask these same functions.
 */

/**
 * Whether letters end as a Dutch word can: not in a consonant followed by `h`, other than `ch` and the
 * loan words in `sh` and `th` (`pushmelding`, `healthcheck`). So `spraakherkenning` is `spraak` +
 * `herkenning`, not `spraakh` + `erkenning`, and `boekhouder` holds no `ouder`.
 */
export function endsAsWord(letters: string): boolean {
  return !/[b-df-hj-np-tv-xz]h$/.test(letters) || /[cst]h$/.test(letters);
}

/**
 * Letters that can begin a Dutch syllable without a vowel: an optional `s`, a consonant or `ch`, and an
 * optional `l`, `r`, `w`, `j`, `n`, `m` or `h` (`k`, `t`, `th`, `sch`, `schr`, `str`, `pr`, `kw`, `zw`).
 */
const ONSET = /^s?(?:ch|[bcdfghjklmnpqrstvwxz])?[lrwjnmh]?$/;

/**
 * Whether the letters before a part can be the compound's other word: none (the part starts it), or
 * letters that end as a word can ({@link endsAsWord}) and hold a vowel, as every Dutch word does (`y`
 * counted: `hobby`), or are an abbreviation, whose letters no Dutch syllable could begin with (`ggz`,
 * `vvt`, `zzp`, `kdv`). Letters that can begin one are the start of a word the part only ends: `sch`
 * of `schouder`, `k` of `kouder`, `t` of `thuis`, `pr` of `preventie` are no word, so those hold no
 * `ouder`, `huis` or `even`.
 */
export function plausibleHead(letters: string): boolean {
  if (letters === '') return true;
  return endsAsWord(letters) && (/[aeiouy]/.test(letters) || !ONSET.test(letters));
}
