/**
 * Names in small frames beside the writer or beside a way to reach someone (session 29), where the
 * frame says a person is meant, so a name that is not on the list counts too:
 * - in brackets after `ik`, `mij`, `wij`, `we` (`ik (Ratna)`, `ik (girish)`, `mij (Lars)`, `Ik (Shanti
 *   Ramdin, wijkverpleegkundige)`);
 * - beside `ik` or `mij` with `en` (`zoals Łukasz en ik`, `glenn en ik doen dat al`, `ik en Piotr`);
 * - a mention (`@Bilal`, `@sanne`; in lower case only a listed name: `@odata` is a handle);
 * - in brackets after a masked phone number or e-mail address (`06… (Daan)`, `… (Wendy)`).
 * A capitalised word is a name there when it is no word that is never a name (places, fields, roles,
 * clause and stop words: mask-name-words.ts), no occupation, state or frame word (`ik
 * (verpleegkundige)`, `ik (zzp)`, `Jij en ik`, `Mijn moeder en ik`); a lower-case word also when it is
 * a listed first name that is no word (mask-bare-words.ts), or one that ends no like an adjective,
 * a plural or a noun and closes its clause (mask-unlisted.ts: `girish)`, `glenn en ik`).
 * Runs after the cue and sign-off detectors and before mask-bare-names.ts. The frames are found by one
 * pass of a pattern of fixed words; each reads a bounded name.
 */
import { isFirstName } from './first-names.js';
import { WORD_NAMES } from './mask-bare-words.js';
import { isUpper, lettersEnd, partAt, wordAt } from './mask-name-parts.js';
import { addName, nameBefore, nameEnd, namesListed } from './mask-name-reader.js';
import { neverAName, NOT_NAMES } from './mask-name-words.js';
import type { Scan } from './mask-scan.js';
import { isSelfWord } from './mask-self-words.js';
import { FRAME_NOT_NAMES } from './mask-signoff-words.js';
import { STATES } from './mask-state-words.js';
import { unlistedName, unlistedWord } from './mask-unlisted.js';

/** `ik (`, `Łukasz en ik`, `ik en `, `@`: the frames, found in one pass. */
const FRAME = /(?:ik|mij|wij|we|ikzelf|mijzelf) \(| en (?:ik|mij)|(?:ik|mij) en |@/gi;

/** Does the frame found at `at` stand on its own (its words are whole words, a letter follows `@`)? */
function framed(scan: Scan, at: number, frame: string): boolean {
  const end = at + frame.length;
  if (frame === '@') return !scan.isWord(at - 1) && !scan.is(at - 1, '.') && scan.isLetter(end);
  if (frame.startsWith(' en ')) return scan.isLetter(at - 1) && !scan.isWord(end);
  if (frame.endsWith(' en ')) return !scan.isWord(at - 1) && scan.isLetter(end);
  return !scan.isWord(at - 1);
}

/** Possessives and articles before a word: `mijn moeder en ik`, `de kinderen en ik` name no one. */
const DETERMINERS = new Set(
  'de het een mijn je jouw zijn haar onze ons jullie hun die deze dit dat elke'.split(' '),
);

/**
 * A word that cannot be a name in these frames (lower case). A listed first name that is no word is
 * checked only against the short lists (the occupation and field tests are the costly ones, and a
 * listed name may end like one: `fleur`).
 */
function noName(word: string): boolean {
  if (word.length < 2 || FRAME_NOT_NAMES.has(word) || STATES.has(word) || NOT_NAMES.has(word)) return true;
  if (isFirstName(word) && !WORD_NAMES.has(word)) return false;
  return neverAName(word) || isSelfWord(word);
}

/**
 * How much a frame says alone: `closes`, a capitalised word that is not a listed first name must close
 * its clause too (`ik (Ratna)`, `Łukasz en ik`); `open`, it need not (`ik en Piotr hebben`, `@Bilal`);
 * `contact`, after a phone number or an e-mail address, where a label may stand (`(privé)`, `(Mobiel)`).
 * A lower-case word that is not a listed first name is a name only in a `closes` frame, and must close
 * its clause there (`ik (girish)`, `glenn en ik`); after `@` or a contact it is a handle or a label.
 */
type Frame = 'closes' | 'open' | 'contact';

/** Labels in brackets after a phone number or an e-mail address: `06… (privé)`, `(Receptie)`. */
const CONTACT_LABELS = new Set(
  [
    'privé prive mobiel mobile vast thuis werk kantoor receptie balie spoed secretariaat algemeen',
    'bereikbaar whatsapp app sms fax intern extern dag avond nacht weekend info informatie',
  ]
    .join(' ')
    .split(' '),
);

/** A name from `from`: capitalised (with its other parts), or one lower-case word. Its end, or -1. */
function nameAt(scan: Scan, from: number, frame: Frame): number {
  if (scan.taken[from] || !scan.isLetter(from) || scan.isWord(from - 1)) return -1;
  if (isUpper(scan, from)) {
    const part = partAt(scan, from);
    if (!part || part.kind !== 'name' || noName(part.first)) return -1;
    const last = nameEnd(scan, from, false);
    if (last < 0) return -1;
    if (last > part.end || isFirstName(part.word) || isFirstName(part.first)) return last;
    if (frame === 'contact' && CONTACT_LABELS.has(part.word)) return -1;
    if (frame === 'open') return unlistedWord(part.word, FRAME_NOT_NAMES) ? last : -1;
    return unlistedName(scan, part.word, last, FRAME_NOT_NAMES) ? last : -1;
  }
  const end = lettersEnd(scan, from);
  // `@odata.context`, `ik (bijv.`: joined to more, no name.
  if (scan.isWord(end) || scan.is(end, '-_/@') || (scan.is(end, '.') && scan.isWord(end + 1))) return -1;
  const word = wordAt(scan, from, end);
  if (noName(word)) return -1;
  if (isFirstName(word) && !WORD_NAMES.has(word)) return end;
  // A handle in lower case (`@odata`, `@home`) or a label after a contact is no name unless listed.
  if (frame !== 'closes') return -1;
  return unlistedName(scan, word, end, FRAME_NOT_NAMES) ? end : -1;
}

function mark(scan: Scan, from: number, end: number): void {
  if (end <= from || !scan.free(from, end)) return;
  addName(scan, from, end);
  namesListed(scan, end);
}

/** `Łukasz en ik`: the name that ends at `end`, if no determiner stands before it. */
function nameEndingAt(scan: Scan, end: number): void {
  let from = nameBefore(scan, end);
  if (from < 0) {
    from = end;
    while (end - from < 40 && scan.isLetter(from - 1)) from--;
    if (from === end || scan.isWord(from - 1) || isUpper(scan, from)) return;
  }
  let k = from - 1;
  if (scan.is(k, ' ')) {
    const to = k;
    while (to - k < 12 && scan.isLetter(k - 1)) k--;
    if (DETERMINERS.has(wordAt(scan, k, to))) return;
  }
  if (nameAt(scan, from, 'closes') === end) mark(scan, from, end);
}

/** `(Daan)` after a masked phone number or e-mail address. */
function afterContacts(scan: Scan): void {
  const contacts = scan.spans.filter((span) => span.kind === 'phone' || span.kind === 'email');
  for (const span of contacts) {
    const open = scan.is(span.end, '(')
      ? span.end
      : scan.is(span.end, ' ') && scan.is(span.end + 1, '(')
        ? span.end + 1
        : -1;
    if (open < 0) continue;
    const end = nameAt(scan, open + 1, 'contact');
    if (end > 0 && scan.is(end, '),')) mark(scan, open + 1, end);
  }
}

export function findNearNames(scan: Scan): void {
  const { s } = scan;
  FRAME.lastIndex = 0;
  for (let m = FRAME.exec(s); m !== null; m = FRAME.exec(s)) {
    scan.step();
    const at = m.index;
    const frame = m[0].toLowerCase();
    if (!framed(scan, at, frame)) continue;
    if (frame === '@') {
      const end = nameAt(scan, at + 1, 'open');
      if (end > 0) mark(scan, at + 1, end);
    } else if (frame.endsWith('(')) {
      const from = at + frame.length;
      const end = nameAt(scan, from, 'closes');
      if (end > 0 && scan.is(end, '),')) mark(scan, from, end);
    } else if (frame.startsWith(' en ')) {
      nameEndingAt(scan, at);
    } else {
      const from = at + frame.length;
      // `ik en Piotr`: a capitalised name, or a listed lower-case one.
      const end = nameAt(scan, from, 'open');
      if (end > 0) mark(scan, from, end);
    }
  }
  afterContacts(scan);
}
