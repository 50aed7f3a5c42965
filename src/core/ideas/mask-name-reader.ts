/**
 * Reads a name where a cue leaves off (mask-names.ts, mask-signoffs.ts, mask-repeats.ts): its parts
 * forward from a start (after a form of address: initials and a tussenvoegsel may open it; after a role
 * word a capitalised word must, and a clause or a job title is no name; a single capital between two
 * parts belongs to it, `Tjon A Fong`), backward from an end, and the names listed after a masked one. Bounded: at most MAX_PARTS parts, MAX_LISTED listed names.
 */
import type { Scan } from './mask-scan.js';
import {
  AMBIGUOUS_VERBS,
  CLAUSE_WORDS,
  compoundOf,
  FIELD_ENDINGS,
  isFieldWord,
  LEADING_ONLY,
  NOT_NAME_ENDINGS,
  NOT_NAMES,
  OPENERS,
  SUBJECTS,
  SURNAME_ENDINGS,
  TITLE_ADJECTIVES,
} from './mask-name-words.js';
import { isUpper, lettersEnd, MAX_PART, partAt, wordAt, type Part } from './mask-name-parts.js';

const MAX_PARTS = 8;
/** Names read after a masked name in a list (`Mohammed, Fatima en Sanne`). */
const MAX_LISTED = 6;

function notAName(part: Part): boolean {
  if (NOT_NAMES.has(part.word) || NOT_NAMES.has(part.first)) return true;
  for (const ending of NOT_NAME_ENDINGS) if (compoundOf(part.first, ending)) return true;
  return false;
}

function surnameEnding(part: Part): boolean {
  return (
    !NOT_NAMES.has(part.word) &&
    !NOT_NAMES.has(part.first) &&
    SURNAME_ENDINGS.some((ending) => part.first.endsWith(ending) && part.first.length > ending.length)
  );
}

/** After a role word: does the capitalised first part open a clause or a title, not a name? */
function notANameAfterRole(scan: Scan, part: Part): boolean {
  if (isFieldWord(part.word) || TITLE_ADJECTIVES.has(part.word)) return true;
  if (!CLAUSE_WORDS.has(part.word)) return false;
  if (!AMBIGUOUS_VERBS.has(part.word)) return true;
  // `Wil ik`: a verb before its subject.
  if (!scan.is(part.end, ' ')) return false;
  const from = part.end + 1;
  const to = lettersEnd(scan, from);
  return to > from && SUBJECTS.has(wordAt(scan, from, to)) && !scan.isWord(to);
}

/**
 * After a role word and a first name, a later part that is a field word: 'name' for a surname, 'title'
 * for the rest of a job title. A field word after a tussenvoegsel is a surname (`Sanne van Wijk`,
 * `Sanne van Loon`), and so is one read whole from the lists (`Mark Arts`, `Petra Wijk`); one told by
 * its ending (`… Acute Zorg`, `… Somatiek Wonen`) still ends a title. Not a field word: null.
 */
function laterFieldPart(part: Part, afterParticle: boolean): 'name' | 'title' | null {
  if (!isFieldWord(part.word) && !isFieldWord(part.first)) return null;
  if (afterParticle) return 'name';
  for (const ending of FIELD_ENDINGS) if (compoundOf(part.first, ending)) return 'title';
  return 'name';
}

/**
 * The name after a cue, from `i`: its end, or -1. `address`: initials and a lower-case tussenvoegsel
 * may open it (`dhr. de Vries`); after a role word a capitalised word must.
 */
export function nameEnd(scan: Scan, i: number, address: boolean): number {
  let j = i;
  let end = -1;
  let particles = 0;
  for (let n = 0; n < MAX_PARTS; n++) {
    scan.step();
    const part = partAt(scan, j);
    if (!part) {
      // `Tjon A Fong`, `Lie A Kwie`: a single capital between two parts of a name.
      if (end < 0 || particles > 0 || !singleCapital(scan, j)) break;
      j += 2;
      continue;
    }
    if (part.kind === 'name') {
      // After a role word: a clause or a title (`Begeleider Jeugdhulp`, `… Beschermd Wonen`) holds no name.
      if (!address && n === 0 && (isFieldWord(part.word) || isFieldWord(part.first))) return -1;
      if (!address && n === 0 && notANameAfterRole(scan, part)) return -1;
      // The title rule above holds for the first part only: after a first name a field word is mostly
      // a surname (`collega Sanne van Wijk`, `Teamleider Mark Arts`), and the whole name is masked.
      const later = !address && end >= 0 ? laterFieldPart(part, particles > 0) : null;
      if (later === 'title') return -1;
      if (later !== 'name' && notAName(part) && !(end >= 0 && particles === 0 && surnameEnding(part))) break;
      end = part.nameEnd;
      particles = 0;
      if (part.nameEnd < part.end) {
        // `Dam-de`: a name part follows the particle, or the name ends at `Dam`.
        particles = 1;
      }
    } else if (part.kind === 'initials') {
      if (n === 0 && !address) break;
      if (particles > 0) break;
    } else {
      if (n === 0 && !address && part.word === scan.s.slice(j, part.end)) break; // `collega van de …`
      if (LEADING_ONLY.has(part.word) && !(scan.is(part.end, ' ') && particleFollows(scan, part.end + 1)))
        break;
      if (++particles > 3) break;
    }
    if (!scan.is(part.end, ' ')) break;
    j = part.end + 1;
  }
  return end;
}

/** A single capital at `i` followed by a space and a capitalised part of a name. */
function singleCapital(scan: Scan, i: number): boolean {
  if (!isUpper(scan, i) || scan.isLetter(i + 1) || !scan.is(i + 1, ' ') || !isUpper(scan, i + 2))
    return false;
  const next = partAt(scan, i + 2);
  return next !== null && next.kind === 'name' && !notAName(next);
}

function particleFollows(scan: Scan, i: number): boolean {
  const next = partAt(scan, i);
  return next !== null && next.kind === 'particle';
}

/** The start of a name that ends at `end` (before ` (onze planner)`), or -1: at most four parts back. */
export function nameBefore(scan: Scan, end: number): number {
  let start = -1;
  let j = end;
  for (let n = 0; n < 4; n++) {
    // The token ending at j.
    let from = j;
    while (j - from < MAX_PART && (scan.isLetter(from - 1) || scan.is(from - 1, "-.'\u2019"))) {
      scan.step();
      from--;
    }
    if (from === j || scan.isWord(from - 1)) break;
    const part = partAt(scan, from);
    if (!part || part.end !== j) break;
    if (part.kind === 'name') {
      if (notAName(part) || OPENERS.has(part.word) || (n === 0 && part.nameEnd !== j)) break;
      start = from;
    } else if (part.kind === 'initials') start = from;
    else if (n === 0) break;
    if (!scan.is(from - 1, ' ')) break;
    j = from - 1;
  }
  return start;
}

export function addName(scan: Scan, start: number, end: number): void {
  if (start >= 0 && end > start && scan.free(start, end)) scan.add(start, end, 'name');
}

/**
 * More names listed after a masked one: `collega Mohammed, Fatima en Sanne`. Each is read as a name
 * after a role word (so `…, Maar` or `… en Zorg` is not one), at most MAX_LISTED.
 */
export function namesListed(scan: Scan, end: number): void {
  let j = end;
  for (let n = 0; n < MAX_LISTED; n++) {
    scan.step();
    let from: number;
    if (scan.is(j, ',') && scan.is(j + 1, ' ')) from = j + 2;
    else if (scan.startsWith(j, ' en ')) from = j + 4;
    else if (scan.startsWith(j, ', en ')) from = j + 5;
    else if (scan.startsWith(j, ' & ')) from = j + 3;
    else return;
    if (!isUpper(scan, from)) return;
    const last = nameEnd(scan, from, false);
    if (last < 0) return;
    addName(scan, from, last);
    j = last;
  }
}
