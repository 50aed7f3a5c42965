/**
 * First names without a frame (session 29): `samen met Mohammed en Nadia`, `Dan hoeft Fatima niet …`,
 * `zoals emre al zei`. Run after the detectors of cues and sign-offs, on what they left. A word is read
 * as a first name only when it is on the list (first-names.ts), and then:
 * - capitalised inside a sentence: Dutch capitalises no common noun there, so a listed name is strong
 *   evidence, with the name parts after it (`Yassine El Amrani`, `Thijs de Boer`);
 * - capitalised at the start of a sentence (or a line): the same, unless the name is also a word
 *   (WORD_NAMES: `Roos en eczeem …`, `Ben je …`); such a name needs more: a verb whose subject is a
 *   person (`Roos zei`, `Roos heeft bedacht`), or another listed name beside it (`Iris en Bas`);
 * - in lower case (`zoals emre al zei`): only a name that is no word (WORD_NAMES, LOWER_WORDS: `roos`,
 *   `ben`, `luis`, `harm`).
 * Never a name: after an article (`de Linde`, `het Sophia`), after a saint's, a royal's or a place's
 * word (`Sint Maarten`, `Koningin Beatrix`, `afdeling Margriet`, `woonafdeling Roos`), after a number
 * (`1 Jan`), after another capitalised word inside a sentence (a title or a proper noun), before an
 * institution or a street (`Emma Kinderziekenhuis`, `Albert Schweitzer ziekenhuis`, `Anne Frankstraat`),
 * a known full name (`Albert Heijn`, `Jeroen Bosch`), an idiom (`Jan en alleman`), an abbreviation
 * (`Max. 3`), a word that is never a name (`Frans`, the language). Names listed after a masked one are
 * masked too (mask-name-reader.ts), and a capitalised name written just before one with `en` or `&`
 * (`Kwame en mevrouw Mensah`, `Migdalia en Giovanni`). One pass over the words; every look
 * around a word is bounded.
 */
import { isFirstName } from './first-names.js';
import {
  ARTICLES,
  IDIOM_HEADS,
  INSTITUTION_WORDS,
  KNOWN_FULL_NAMES,
  LANGUAGE_NAMES,
  NAME_IDIOMS,
  NAME_PRECEDERS,
  PERSON_PARTICIPLES,
  PERSON_VERBS,
  PLACE_ENDINGS,
  STREET_ENDINGS,
  WEAK_VERBS,
  WORD_NAMES,
} from './mask-bare-words.js';
import { LOWER_WORDS } from './mask-lower-words.js';
import { allLower, isUpper, lettersEnd, MAX_PART, partAt, wordAt, type Part } from './mask-name-parts.js';
import { addName, nameBefore, nameEnd, namesListed } from './mask-name-reader.js';
import {
  ADDRESS,
  NOT_NAME_ENDINGS,
  NOT_NAMES,
  OPENERS,
  ROLES,
  compoundOf,
  neverAName,
} from './mask-name-words.js';
import { sentenceStart, wordAfter, wordBefore, type Neighbour } from './mask-neighbours.js';
import type { Scan } from './mask-scan.js';
import { isSelfWord } from './mask-self-words.js';
import { FRAME_NOT_NAMES } from './mask-signoff-words.js';
import { STATES } from './mask-state-words.js';

/** The longest listed name in lower case worth looking up (a longer word is no first name). */
const MAX_LOWER = 16;

/** How many words after a weak verb a participle may stand (Dutch puts it at the end of the clause). */
const PARTICIPLE_WORDS = 8;

/** A place's, a saint's or a royal's word before a name (`afdeling`, `woonafdeling`, `Sint`). */
function namesAPlace(word: string): boolean {
  return NAME_PRECEDERS.has(word) || PLACE_ENDINGS.some((ending) => word.endsWith(ending));
}

/** An institution, a street or an organisation's word (`Ziekenhuis`, `Frankstraat`, `Zorggroep`). */
function institutional(word: string): boolean {
  if (INSTITUTION_WORDS.has(word)) return true;
  for (const ending of STREET_ENDINGS) if (word.endsWith(ending) && word.length > ending.length) return true;
  return NOT_NAME_ENDINGS.some((ending) => compoundOf(word, ending));
}

/** First names that are also months (`1 Jan`, `15 Mei`): after a number, a date. */
const MONTH_NAMES: ReadonlySet<string> = new Set(['jan', 'mei', 'juni', 'juli', 'april', 'augustus']);

/** First names that are also places abroad (`in Sofia`, `in Milan`): after `in`, a place. */
const PLACE_NAMES: ReadonlySet<string> = new Set(
  'sofia milan florence lima victoria georgia jordan india chelsea eden paris roma adelaide orlando austin dallas'.split(
    ' ',
  ),
);

/** Does the word before a capitalised name make it no person's (`de Linde`, `Sint Maarten`, `1 Jan`)? */
function placedBefore(scan: Scan, before: Neighbour | null, name?: Part): boolean {
  if (!before?.adjacent) return false;
  // Review 29m: with the name known, the article, the number and `in` keep it only where they can
  // make it no person's. `de Linde`, but `De Fatima van de nachtdienst` (southern usage) names her.
  if (ARTICLES.has(before.word))
    return !(name && !WORD_NAMES.has(name.first) && /^ van (?:de|het|onze) /i.test(scan.s.slice(name.end)));
  // `1 Jan`, `15 Mei`: a date; `Afdeling 3 Roos`: a ward named after a flower; `Bed 4 Sanne`,
  // `Kamer 12 Fatima` name someone.
  if (/^\d+$/.test(before.word)) return !name || MONTH_NAMES.has(name.first) || WORD_NAMES.has(name.first);
  if (namesAPlace(before.word)) return true;
  // `in Sofia`: a place; `vertrouwen in Sanne` names someone.
  if (before.word === 'in') return !name || PLACE_NAMES.has(name.first);
  // `Prinses Máxima`, `Locatie Iris`: inside a sentence, a capitalised word before it makes a title.
  // Not in a run of names (review 29m): a listed name or one masked already is no title.
  if (scan.taken[before.start] || isFirstName(before.word)) return false;
  return before.titleCase && !sentenceStart(scan, before.start) && !OPENERS.has(before.word);
}

/** Is the capitalised run from `from` to `last` no person's name (a known name, an institution, a brand)? */
function notAPerson(scan: Scan, from: number, last: number): boolean {
  const run = scan.s.slice(from, last).toLowerCase().replace(/\s+/g, ' ');
  if (KNOWN_FULL_NAMES.has(run)) return true;
  // Every part and the word after: no institution, street or organisation.
  for (let j = from; j < last;) {
    const end = lettersEnd(scan, j);
    if (end > j && institutional(wordAt(scan, j, end))) return true;
    j = Math.max(end, j + 1);
  }
  const after = wordAfter(scan, last);
  if (!after) return false;
  if (institutional(after.word)) return true;
  // `Peter Pan-syndroom`, `Anne Frank-school`: an institution's word at the end of the next word.
  if (scan.is(after.end, '-')) {
    const tail = lettersEnd(scan, after.end + 1);
    if (tail > after.end + 1 && institutional(wordAt(scan, after.end + 1, tail))) return true;
  }
  // `Ronald McDonald`: a capital inside the next word, a brand's or a title's.
  const inner = isUpper(scan, after.start) && allLower(scan, after.start + 1, after.start + 2);
  return inner && !after.titleCase;
}

/** A listed first name written capitalised at `i`, other than a word (`Iris`, `Fatima`): the part. */
function listedAt(scan: Scan, i: number): Part | null {
  const part = partAt(scan, i);
  if (!part || part.kind !== 'name') return null;
  return isFirstName(part.word) || isFirstName(part.first) ? part : null;
}

/** After a name that is also a word at the start of a sentence: evidence that it names a person. */
function namesSomeone(scan: Scan, last: number): boolean {
  const next = wordAfter(scan, last);
  if (!next) return false;
  if (PERSON_VERBS.has(next.word)) return true;
  if (WEAK_VERBS.has(next.word)) {
    // `Kim heeft een lijst voor de nachtdienst gemaakt`: a participle of a person's act in the clause.
    let j = next.end;
    for (let n = 0; n < PARTICIPLE_WORDS; n++) {
      const word = wordAfter(scan, j);
      if (!word) break;
      if (PERSON_PARTICIPLES.has(word.word)) return true;
      j = word.end;
    }
    return false;
  }
  // `Iris en Bas`, `Roos en ik`.
  if (next.word === 'en') {
    const other = wordAfter(scan, next.end);
    if (!other) return false;
    if (other.word === 'ik' || other.word === 'mij') return true;
    return other.titleCase && listedAt(scan, other.start) !== null;
  }
  return false;
}

/** A role after a comma, with a possessive and a word between (`Mark, onze nieuwe collega`). */
const APPOSITION = /^, (?:(?:onze|ons|mijn|de|haar|zijn|hun) (?:\p{L}+ )?)?(\p{L}+)/u;

/**
 * Proof that a name that is also a word names a person (review 29m): a surname after it (`Eva de
 * Vries`), an age or a room in brackets (`Sam (12)`, `Roos (kamer 12)`), a role after a comma (`Noor,
 * verpleegkundige`), a vocative (`Kim!`), or `Ik, Kim,`.
 */
function shownAPerson(scan: Scan, i: number, part: Part, last: number): boolean {
  if (last > part.end) return true;
  const after = scan.s.slice(last, last + 40);
  if (/^ \((?:\d|kamer\b)/iu.test(after) || /^!(?:\s|$)/u.test(after)) return true;
  const role = APPOSITION.exec(after)?.[1];
  if (role && ROLES.has(role.toLowerCase())) return true;
  return (
    scan.is(last, ',') && /(?:^|\P{L})(?:ik|jij|wij|ikzelf), $/iu.test(scan.s.slice(Math.max(0, i - 9), i))
  );
}

/** A lower-case listed name that is no word (`emre`, `zeynep`, `khadija`): its end, or -1. */
function lowerName(scan: Scan, i: number, end: number, written: string): number {
  // The list first (the word as written: a name in lower case is on it as it stands).
  if (!isFirstName(written) || WORD_NAMES.has(written) || LOWER_WORDS.has(written)) return -1;
  if (!allLower(scan, i, end)) return -1;
  if (scan.isWord(end) || scan.is(end, '-@') || (scan.is(end, '.') && scan.isWord(end + 1))) return -1;
  const word = wordAt(scan, i, end);
  if (WORD_NAMES.has(word) || LOWER_WORDS.has(word) || neverAName(word)) return -1;
  const before = wordBefore(scan, i);
  if (
    before?.adjacent &&
    (ARTICLES.has(before.word) || namesAPlace(before.word) || /^\d+$/.test(before.word))
  )
    return -1;
  return end;
}

/** A capitalised listed name at `i`: the end of the name, or -1. */
function capitalisedName(scan: Scan, i: number, part: Part, before: Neighbour | null): number {
  if (NOT_NAMES.has(part.first) || NOT_NAMES.has(part.word) || placedBefore(scan, before, part)) return -1;
  const last = nameEnd(scan, i, false);
  if (last < 0 || notAPerson(scan, i, last)) return -1;
  const opens = sentenceStart(scan, i);
  // `Max. 3`: an abbreviation, not a name.
  if (
    last === part.end &&
    scan.is(last, '.') &&
    scan.is(last + 1, ' ') &&
    /[\p{Ll}\d]/u.test(scan.s.charAt(last + 2))
  )
    return -1;
  if (WORD_NAMES.has(part.first) || WORD_NAMES.has(part.word)) {
    // `op Margriet`, `naar Iris`: a ward named after a flower.
    if (before?.adjacent && /^(?:op|in|naar|vanaf)$/.test(before.word)) return -1;
    // Only the sentence's first word: `Toen Eva ziek werd` names someone.
    if (opens && !namesSomeone(scan, last) && !shownAPerson(scan, i, part, last)) return -1;
  }
  return last;
}

/** How many names a list may hold before a masked one (`Kim, Bas, Noor en Iris`). */
const MAX_LISTED_BEFORE = 8;

/**
 * `Kwame en mevrouw Mensah`, `Migdalia en Giovanni`: a capitalised name just before a masked one, and
 * the listed first names before that over `, ` (`Begeleiders: Roos, Bas en Noor`, review 29m). After a
 * comma only a listed first name: a closing may stand there (`Hgr, Wouter`).
 */
function namedBefore(scan: Scan, start: number): void {
  let j = start;
  for (let n = 0; n < MAX_LISTED_BEFORE; n++) {
    const from = nameJustBefore(scan, j, n > 0);
    if (from < 0) return;
    j = from;
  }
}

/** The start of a name just before `j` joined by `en` (`&`, or `, ` for a listed name), added; or -1. */
function nameJustBefore(scan: Scan, j: number, inList: boolean): number {
  // Over a form of address or a role word before the masked name.
  const cue = inList ? null : wordBefore(scan, j);
  if (cue?.adjacent && (ADDRESS.has(cue.word) || ROLES.has(cue.word))) j = cue.start;
  let end: number;
  let comma = false;
  if (scan.startsWith(j - 4, ' en ')) end = j - 4;
  else if (scan.startsWith(j - 3, ' & ')) end = j - 3;
  else if (scan.startsWith(j - 2, ', ')) {
    end = j - 2;
    comma = true;
  } else return -1;
  const from = nameBefore(scan, end);
  if (from < 0 || !isUpper(scan, from) || !scan.free(from, end)) return -1;
  const part = partAt(scan, from);
  if (!part || part.kind !== 'name' || OPENERS.has(part.word) || FRAME_NOT_NAMES.has(part.first)) return -1;
  if (comma && !(isFirstName(part.word) || isFirstName(part.first))) return -1;
  if (neverAName(part.first) || STATES.has(part.first) || isSelfWord(part.first)) return -1;
  if (placedBefore(scan, wordBefore(scan, from)) || notAPerson(scan, from, end)) return -1;
  addName(scan, from, end);
  return from;
}

/** The length of an idiom that opens with a first name at `i` (`Jan en alleman`), else 0. */
function idiomAt(scan: Scan, i: number): number {
  const ahead = scan.s.slice(i, i + 20).toLowerCase();
  // The whole word at its end (`Sint en Piet`, not `Sint en Pieter`).
  const idiom = NAME_IDIOMS.find((words) => ahead.startsWith(words) && !scan.isLetter(i + words.length));
  return idiom ? idiom.length : 0;
}

export function findBareNames(scan: Scan): void {
  const { s } = scan;
  for (let i = 0; i < s.length;) {
    scan.step();
    if (!scan.isLetter(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end - i < MAX_PART && scan.isLetter(end)) end++;
    const written = s.slice(i, end);
    const from = i;
    i = end;
    // A word of its own: not after a digit, not inside a hyphenated or apostrophe compound
    // (`Willem-Alexander`), not a mention (`@Bilal`: mask-near-names.ts), not masked already.
    if (scan.isWord(from - 1) || scan.taken[from] || scan.is(from - 1, '@')) continue;
    if (scan.is(from - 1, "-'\u2019") && scan.isLetter(from - 2)) continue;
    let last = -1;
    if (isUpper(scan, from)) {
      const lower = written.toLowerCase();
      // `Jan en alleman`, `Jip en Janneke`: an idiom, skipped whole.
      const idiom = IDIOM_HEADS.has(lower) ? idiomAt(scan, from) : 0;
      if (idiom > 0) {
        i = from + idiom;
        continue;
      }
      // The list first: the look around a word is only for a listed name.
      if (!isFirstName(lower) || LANGUAGE_NAMES.has(lower)) continue;
      const part = listedAt(scan, from);
      if (!part) continue;
      last = capitalisedName(scan, from, part, wordBefore(scan, from));
    } else if (end - from >= 3 && end - from <= MAX_LOWER) last = lowerName(scan, from, end, written);
    if (last < 0 || !scan.free(from, last)) continue;
    addName(scan, from, last);
    namesListed(scan, last);
    i = Math.max(i, last);
  }
  const names = scan.spans.filter((span) => span.kind === 'name').sort((a, b) => a.start - b.start);
  for (const span of names) namedBefore(scan, span.start);
}
