/**
 * The detector of people's names, on the shadow text (mask-normalise.ts), run last. A capitalised word
 * alone is not a name (sentence starts, places, products, months, organisations), so a name is only
 * looked for where a cue introduces it:
 * - a form of address or title: `mevrouw`, `mevr.`, `mw.`, `meneer`, `mijnheer`, `dhr.`, `de heer`,
 *   `dokter`, `dr.`, `zuster`, `broeder`, `juf`, … — followed by a name, which may start with initials
 *   or a tussenvoegsel (`dhr. de Vries`, `mw. A.B. van den Berg`); and `familie`, `fam.` before a
 *   family name (`De familie Öztürk`, `Familie van 't Hof`) that holds no clause word (familyName);
 * - a role word: `collega`, `teamleider`, `manager`, `leidinggevende`, `planner`, `cliënt`, `bewoner`, …
 *   — followed by a capitalised word (`collega Sanne`, `teamleider Mohammed Al Idrissi`), by `'s` and
 *   names (`collega's Sanne en Joyce`) or by a name between commas (`mijn teamleider, Joyce, …`); or
 *   written after the name in brackets (`Anouk (onze planner)`). After a role word, a word of a field of
 *   care or a department makes a job title (`Verpleegkundige Oncologie`, FIELD_WORDS, FIELD_ENDINGS)
 *   — the first part only: after a first name it is a surname (`Mark Arts`, laterFieldPart) — and a
 *   function word or a verb opens a clause (`ik ben verpleegkundige Elke dag …`, CLAUSE_WORDS):
 *   neither is a name. Names listed after a masked one are masked too (`collega Mohammed, Fatima en
 *   Sanne`). Label fields never come here (mask.ts, MaskOptions.names).
 * The name is its capitalised parts with Dutch and other tussenvoegsels between them (`van`, `de`,
 * `der`, `den`, `ter`, `ten`, `'t`, `El`, `Al`, `Ben`, …) and hyphenated double names
 * (`Van den Berg-Smit`, `Van Dam-de Boer`); it ends with a capitalised part, so `mevrouw van de
 * planning` holds none. The cue stays and the name becomes `[naam]`: "mijn teamleider [naam]".
 * Words that are never a name after a cue are skipped: all capitals (`IG`, `ECD`), capitals inside
 * (`WhatsApp`), a domain (`Thuisarts.nl`), a word joined to a number or a lower-case word
 * (`Covid-19`, `Covid-positief`), months and days, `God`, places, departments, organisations and
 * products (NOT_NAMES). A name without a cue is read by later detectors: in sign-offs and
 * self-introductions (`Groetjes, …`, `ik ben …`) by mask-signoffs.ts, which reads them with nameEnd in
 * role mode; beside the writer or a contact (`ik (Ratna)`, `Łukasz en ik`, `@Bilal`) by
 * mask-near-names.ts; a listed first name anywhere else (`samen met Mohammed en Nadia`) by
 * mask-bare-names.ts.
 * Bounded per start: a cue reads at most MAX_PARTS parts of at most MAX_PART characters.
 *
 * Here the cues are found; the word lists are mask-name-words.ts's, the parts of a name
 * mask-name-parts.ts's, and the name read after (or before) a cue mask-name-reader.ts's.
 */
import { isFirstName } from './first-names.js';
import { addName, nameBefore, nameEnd, namesListed } from './mask-name-reader.js';
import { allLower, isApostrophe, isUpper, lettersEnd, partAt, wordAt } from './mask-name-parts.js';
import {
  ADDRESS,
  ADDRESS_ABBREVIATIONS,
  CLAUSE_WORDS,
  DOTTED,
  FAMILY,
  isFieldWord,
  neverAName,
  POSSESSIVES,
  ROLES,
} from './mask-name-words.js';
import type { Scan } from './mask-scan.js';
import { isSelfWord } from './mask-self-words.js';
import { INSTITUTION_WORDS, PLACE_ENDINGS } from './mask-bare-words.js';
import { ADVERBS, STATES } from './mask-state-words.js';

/** A letter with a diaeresis may be written decomposed (`clie\u0308nt`): the shadow keeps it so. */
function wordPattern(word: string): string {
  return word.replace(/[ëö]/g, (ch) => `(?:${ch}|${ch === 'ë' ? 'e' : 'o'}\u0308)`);
}

/** Every cue as a whole word, longest first; the scanner checks the rest by hand. */
const CUE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${[...ADDRESS, ...DOTTED, ...ROLES, 'heer']
    .sort((a, b) => b.length - a.length)
    .map(wordPattern)
    .join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);

/**
 * Reads a name in capitals after a cue (mask-capitals.ts, passed in by mask.ts so the two files do not
 * import each other): its end, or -1.
 */
export type CapitalsReader = (scan: Scan, from: number, cue: 'first' | 'address') => number;

export function findNames(scan: Scan, capitals?: CapitalsReader): void {
  const { s } = scan;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(s); m !== null; m = CUE.exec(s)) {
    scan.step();
    const start = m.index;
    const end = start + m[0].length;
    // A cue is written in lower case or capitalised (`Collega`), never in capitals inside.
    if (!allLower(scan, start + 1, end)) continue;
    const word = wordAt(scan, start, end);
    const dot = scan.is(end, '.');
    const role = ROLES.has(word);
    // `collega's Sanne en Joyce`; `mijn teamleider, Joyce, …` (a name between commas).
    const plural = role && isApostrophe(scan, end) && scan.is(end + 1, 's') && scan.is(end + 2, ' ');
    const comma = role && scan.is(end, ',') && scan.is(end + 1, ' ');
    const after = dot ? end + 1 : plural ? end + 2 : comma ? end + 1 : end;
    if (role && !dot && !plural && !comma && namedByVerb(scan, end)) continue;
    if (!scan.is(after, ' ')) {
      if (role && scan.is(end, ')')) namedInBrackets(scan, start);
      continue;
    }
    const address =
      (ADDRESS.has(word) && (!dot || ADDRESS_ABBREVIATIONS.has(word))) ||
      (dot && DOTTED.has(word)) ||
      (word === 'heer' && scan.startsWith(start - 3, 'de ') && !scan.isWord(start - 4));
    if (!address && (dot || !role)) continue; // `… de planner. Daarna …`
    const from = after + 1;
    // `dhr. JANSEN`, `collega SANNE`: a name in capitals.
    const last =
      capitals && isUpper(scan, from) && isUpper(scan, from + 1)
        ? capitals(scan, from, address ? 'address' : 'first')
        : nameEnd(scan, from, address);
    if (last < 0 || (comma && !scan.is(last, ','))) continue;
    if (FAMILY.has(word) && !familyName(scan, from, last)) continue;
    if (address && institutionNamed(scan, start, last)) continue;
    addName(scan, from, last);
    namesListed(scan, last);
  }
}

/**
 * `naar het Dr. Leo Kannerhuis`, `het Dr. Jansen instituut`: after `het`, a title and a name that ends in
 * a place word (with a first name before it) or is followed by an institution's word name an
 * institution, not a person. `het` alone is not enough: `leg het mevrouw Jansen uit` names her.
 */
function institutionNamed(scan: Scan, start: number, last: number): boolean {
  const { s } = scan;
  if (!/(?:^|[^\p{L}])het $/iu.test(s.slice(Math.max(0, start - 5), start))) return false;
  // A one-part name keeps a surname such as Nijhuis (`vertel het meneer Nijhuis`).
  const words = s.slice(start, last).match(/\p{L}+/gu) ?? [];
  const lastWord = words.length > 2 ? (words.at(-1) ?? '').toLowerCase() : '';
  if (PLACE_ENDINGS.some((ending) => lastWord.length > ending.length + 2 && lastWord.endsWith(ending)))
    return true;
  const next = /^ ([\p{L}]+)/u.exec(s.slice(last))?.[1]?.toLowerCase();
  return next !== undefined && INSTITUTION_WORDS.has(next);
}

/**
 * After `familie`: a surname, not a clause or a description in title case (`Familie Kan Meer …`,
 * `Familie Ziet Niets`): no part may be a clause word, a state, an adverb or a field word.
 */
function familyName(scan: Scan, from: number, last: number): boolean {
  for (let j = from, n = 0; j < last && n < 8; n++) {
    const part = partAt(scan, j);
    if (!part) break;
    const word = part.first;
    if (
      part.kind === 'name' &&
      (CLAUSE_WORDS.has(word) || STATES.has(word) || ADVERBS.has(word) || isFieldWord(word))
    )
      return false;
    j = part.end + 1;
  }
  return true;
}

/** `heet`, `is`, `was` between a role word and a name (`Mijn teamleider heet Sanne Bakker`). */
const NAMING_VERBS = new Set(['heet', 'is', 'was']);

/**
 * After `is` or `was`, a name that does not open with a listed first name: two parts or more, none of
 * them a state, an adverb or a word that is never a name, the first no occupation (`Mijn teamleider is Nieuw
 * Hier`, `De planner was Echt Ziek`, `Mijn collega is Oud Collega` are descriptions).
 */
function describedName(scan: Scan, from: number, last: number): boolean {
  let parts = 0;
  for (let j = from, n = 0; j < last && n < 8; n++) {
    const part = partAt(scan, j);
    if (!part) break;
    if (part.kind === 'name') {
      const word = part.first;
      if (STATES.has(word) || ADVERBS.has(word) || neverAName(word, false)) return false;
      // A surname may end like an occupation (`Brandt`, `Schouder`); a first part may not.
      if (parts === 0 && isSelfWord(word)) return false;
      parts++;
    }
    j = part.end + 1;
  }
  return parts >= 2;
}

/**
 * `Mijn teamleider heet Sanne Bakker`, `De planner is Joyce`: a role word, a naming verb and a name,
 * read as after a role word. After `is` and `was` the name must open with a listed first name or have
 * two parts (`De planner is Nieuw` is no name). True when a name was masked.
 */
function namedByVerb(scan: Scan, end: number): boolean {
  if (!scan.is(end, ' ')) return false;
  const to = lettersEnd(scan, end + 1);
  const verb = wordAt(scan, end + 1, to);
  if (!NAMING_VERBS.has(verb) || !scan.is(to, ' ') || !isUpper(scan, to + 1)) return false;
  const from = to + 1;
  const last = nameEnd(scan, from, false);
  if (last < 0) return false;
  if (verb !== 'heet') {
    const first = partAt(scan, from);
    if (!first) return false;
    if (!isFirstName(first.word) && !isFirstName(first.first) && !describedName(scan, from, last))
      return false;
  }
  addName(scan, from, last);
  namesListed(scan, last);
  return true;
}

/** `Anouk (onze planner)`, `Sanne (collega)`: the role word at `start` closes the brackets. */
function namedInBrackets(scan: Scan, start: number): void {
  let open = start - 1;
  if (scan.is(open, ' ')) {
    let k = open;
    while (start - k < 10 && scan.isLetter(k - 1)) {
      scan.step();
      k--;
    }
    if (scan.isWord(k - 1) || !POSSESSIVES.has(wordAt(scan, k, open))) return;
    open = k - 1;
  }
  if (scan.is(open, '(') && scan.is(open - 1, ' ')) addName(scan, nameBefore(scan, open - 1), open - 1);
}
