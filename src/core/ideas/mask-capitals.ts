/**
 * Names written in capitals (`GROETJES, SANNE BAKKER`, `dhr. JANSEN`, `IK BEN FATIMA EL AMRANI`).
 * Capitals say nothing about a word (a shouted sentence, `ECD`, `IG`), so the name reader of
 * mask-names.ts, which needs a capital followed by lower case, skips them; this reader takes a name
 * in capitals only where a cue stands before it and the first part shows it is a name:
 * - `first`: a listed first name (`collega SANNE`, `… - SANNE`);
 * - `signoff`: a listed first name, or initials (`MVG J. JANSEN`), after a closing or authorship phrase;
 * - `address`: after a form of address (`dhr. JANSEN`, `mevrouw DE VRIES`) also a surname: a word of at
 *   least three letters with a vowel after its first letter (`ECD`, `AVG`, `UWV` are no surnames).
 * The name runs over parts in capitals, tussenvoegsels (`VAN`, `DE`, `el`) and initials, and ends with a
 * part in capitals that is no word of a place, a department, a field or a clause (`SANNE VAN TEAM
 * NOORD` is `SANNE`). Bounded: at most MAX_PARTS parts of at most MAX_PART letters.
 */
import { isFirstName } from './first-names.js';
import { isParticle, neverAName } from './mask-name-words.js';
import type { Scan } from './mask-scan.js';

export type CapitalsCue = 'first' | 'signoff' | 'address';

const MAX_PARTS = 6;
const MAX_PART = 40;
const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/;

function isCapital(scan: Scan, i: number): boolean {
  const ch = scan.s.charAt(i);
  return ch !== ch.toLowerCase() && scan.isLetter(i);
}

function isLower(scan: Scan, i: number): boolean {
  const ch = scan.s.charAt(i);
  return ch !== ch.toUpperCase() && scan.isLetter(i);
}

/** A word from `i` whose letters are all capitals (segments joined by `-` or `'`): its end, or -1. */
function capitalsWordEnd(scan: Scan, i: number): number {
  let j = i;
  for (let segment = 0; segment < 4; segment++) {
    const from = j;
    while (j - from < MAX_PART && scan.isLetter(j)) {
      scan.step();
      if (isLower(scan, j)) return -1;
      j++;
    }
    if (j - from < 1 || scan.isLetter(j)) return -1;
    if (!(scan.is(j, "-'\u2019") && isCapital(scan, j + 1))) break;
    j++;
  }
  return j;
}

/** Is the word at `i` written in capitals (at least two)? */
export function inCapitals(scan: Scan, i: number): boolean {
  return isCapital(scan, i) && isCapital(scan, i + 1);
}

/** The end of a name in capitals from `from` after a cue of kind `cue`, or -1. */
export function capitalsNameEnd(scan: Scan, from: number, cue: CapitalsCue): number {
  if (scan.isWord(from - 1)) return -1;
  let j = from;
  let end = -1;
  let initials = false;
  for (let n = 0; n < MAX_PARTS; n++) {
    if (scan.taken[j]) break;
    // Initials: `J.`, `J.P.`.
    let k = j;
    while (k - j < 12 && isCapital(scan, k) && scan.is(k + 1, '.')) k += 2;
    if (k > j && !scan.isLetter(k)) {
      if (n === 0 && cue === 'first') return -1;
      initials = true;
      if (!scan.is(k, ' ')) break;
      j = k + 1;
      continue;
    }
    const wordEnd = capitalsWordEnd(scan, j);
    if (wordEnd < 0) break;
    const word = scan.s.slice(j, wordEnd).toLowerCase();
    if (isParticle(word) && scan.is(wordEnd, ' ')) {
      if (n === 0 && cue !== 'address') return -1;
    } else {
      if (wordEnd - j < 2 || neverAName(word, end < 0)) break;
      if (n === 0 || (end < 0 && !initials)) {
        // The first name part decides whether this is a name at all.
        const listed = isFirstName(word);
        const surname = wordEnd - j >= 3 && VOWEL.test(word.slice(1));
        if (!listed && !(cue === 'address' && surname) && !(cue === 'signoff' && initials && surname))
          return -1;
      }
      end = wordEnd;
    }
    if (!scan.is(wordEnd, ' ')) break;
    j = wordEnd + 1;
  }
  return end;
}
