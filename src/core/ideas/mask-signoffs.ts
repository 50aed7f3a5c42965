/**
 * Names where a writer signs, greets or introduces themself (audit 9, finding 1), run after the cue
 * detector (mask-names.ts) and reading names the same way (role mode: a capitalised first part that is
 * no field, clause or title word; tussenvoegsels; double names). Frames, by how much they say alone:
 * - strong: a closing or greeting formula (`groetjes`, `met vriendelijke groet`, `mvg`, `gr.`, `hgr`,
 *   `liefs`, `doei`, `tot ziens`, `dank je`, `hoogachtend`, `namens`, `ondertekend`, `alvast bedankt`,
 *   `beste`, `hoi`, `hallo`, …), followed by a comma, a colon, a line break, an emoticon (`:)`, `xx`),
 *   `van` after a greeting (`Vriendelijke groet van …`) or nothing, or glued to the name by a full stop
 *   (`Groetjes.Sanne`); and an authorship phrase (`groet van`, `van de hand van`, `mijn naam is`,
 *   `ik heet`, `naam:`): any name, also one opening with initials or a lower-case tussenvoegsel (`Mvg W.
 *   de Vries`), and a known first name in lower case (`groetjes wilma`); after a greeting (`beste`,
 *   `hoi`, …) no plural, group or job word (`Beste Zorgverleners`);
 * - self: `ik ben` — a name opening with a known first name, of two parts or opening with a
 *   tussenvoegsel, or one unlisted word that closes its clause and is no state or word (mask-unlisted.ts:
 *   `Ik ben Yara.`, not `Ik ben Moe`), in a sentence not written in title case (`Ik Ben Moe`);
 * - byline: `ingestuurd door`, `geschreven door`, … — as weak, or one unlisted word as after `ik ben`;
 * - weak: an attribution (`komt van`, `dit is`, `met dank aan`, …), a closing and a full stop and a
 *   space (`Groetjes. Sanne`), a closing, a few lower-case words and a comma (`Groetjes uit de
 *   nachtdienst, Sanne`), a dash at the end (`… onderbezet. - Wilma`; not the last item of a list,
 *   `- Roos` under `- Iris`), a name alone on the last line or as the last sentence (perhaps with `:)`
 *   or `, verpleegkundige` after it): a name opening with a known first name (first-names.ts);
 * - at the end, kisses or an emoticon before the last name close like a greeting (`… zoeken! xx
 *   Anouk`, `xx Wulan`: strong); a name alone on the line above a last line naming a role (`Thijs de
 *   Boer\npersoonlijk begeleider, team 3`): a listed first name or two parts (nameAboveRole);
 * - a payee or an addressee (`t.n.v. S. Pinas`, `t.a.v. J. de Vries`, `ten name van`): as `mijn naam is`.
 * A name in capitals (`GROETJES, SANNE BAKKER`, `IK BEN FATIMA`) is read by mask-capitals.ts: a known
 * first name, or initials after a strong frame.
 * In every frame the name may not open with a capitalised article (`komt van De Zonnebloem`),
 * and greeting words, wishes, family words and nationalities are no names (`Hallo Allemaal`, `Liefs,
 * Oma`, `Tot ziens, Fijne dag`). A single initial after the name goes with it (`Anouk B.`, `Sanne B`).
 * Names listed after it are masked too (`Namens Gerda en Yusuf`, `Sanne & Joyce`). Bounded: the frames
 * are found by one pass of a pattern of fixed words, and the three frames at the end look back at
 * most TAIL characters.
 */
import { isFirstName } from './first-names.js';
import { capitalsNameEnd, inCapitals } from './mask-capitals.js';
import { isUpper, partAt } from './mask-name-parts.js';
import { addName, nameEnd, namesListed } from './mask-name-reader.js';
import { inList, nameAboveRole } from './mask-signature.js';
import { CLOSINGS, FRAME_NOT_NAMES, PHRASES, type Strength } from './mask-signoff-words.js';
import { STATES } from './mask-state-words.js';
import { unlistedName } from './mask-unlisted.js';
import type { Scan } from './mask-scan.js';

const CLOSING_SET = new Set(CLOSINGS);
/** Tussenvoegsels that may open a name in a frame; `de`, `het`, `la` open an organisation's name. */
const LEADING_PARTICLES = new Set('van ter ten el al ben bin ibn von vom'.split(' '));
/** Greetings before a name that may be a group (`Beste Zorgverleners`, `Hoi Ouders`). */
const GREETINGS = new Set('beste hoi hallo hey lieve liefs'.split(' '));
/** Endings of group and job words (`Beste Praktijk`, `Groetjes, de Nachtdienst`). */
const GROUP_END =
  /(?:ers|en|praktijk|team|afdeling|locatie|directie|dienst|groep|raad|ploeg|zorg|huis|werker|medewerker|collega|leiding)$/;
const GROUP_WORD =
  /(?:praktijk|team|afdeling|locatie|directie|dienst|groep|raad|ploeg|zorg|huis|werker|leiding)$/;
/** First names that are also ordinary lower-case words: not read as a name in lower case. */
const LOWER_AMBIGUOUS = new Set(
  'ben bob co cor job roos floor max mark bas noor tiny sam said bo sem tim'.split(' '),
);
/** Trailing emoticons after a name at the end (`Sanne :)`). */
const EMOTICON = / +[:;]-?[)(DPp]$/;
/** A role in lower case after a name at the end (`, verpleegkundige`). */
const ROLE_AFTER = /^, [\p{Ll}\p{M} -]{2,40}$/u;
/** Up to five lower-case words after a closing, then a comma and spaces or line breaks. */
const LOWER_WORDS = /^(?: [\p{Ll}'\u2019]{1,12}){1,5},[ \n]+/u;
/** How far the frames at the end look back. */
const TAIL = 160;

const FRAME = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${[...CLOSINGS, ...Object.keys(PHRASES)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/\./g, '\\.').replace(/ /g, ' +'))
    .join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);

/**
 * The end of a name from `from` in a frame of `strength`, or -1. `greeting`: after `beste`, `hoi`, …
 * (no group words). In strong and self frames initials and a lower-case tussenvoegsel may open the
 * name (`Mvg W. de Vries`, `Mijn naam is de Wit`), and a known first name may be in lower case.
 */
function weakFrame(strength: Strength): boolean {
  return strength === 'weak' || strength === 'byline';
}

function frameName(scan: Scan, from: number, strength: Strength, greeting = false): number {
  // `GROETJES, SANNE BAKKER`, `MVG J. JANSEN`: a name in capitals.
  if (
    inCapitals(scan, from) ||
    (isUpper(scan, from) && scan.is(from + 1, '.') && capitalsAfterInitials(scan, from))
  )
    return capitalsNameEnd(
      scan,
      from,
      strength === 'named' ? 'address' : strength === 'strong' ? 'signoff' : 'first',
    );
  const first = partAt(scan, from);
  if (!isUpper(scan, from) && first?.kind !== 'particle')
    return weakFrame(strength) ? -1 : lowerFirstName(scan, from);
  if (!first || (weakFrame(strength) && !isUpper(scan, from))) return -1;
  const opensLower = first.kind === 'initials' || (first.kind === 'particle' && !isUpper(scan, from));
  if (first.kind === 'particle' && !LEADING_PARTICLES.has(first.word) && !opensLower) return -1;
  const end = nameEnd(scan, from, opensLower && !weakFrame(strength));
  if (end <= from) return -1;
  let parts = 0;
  let firstName = '';
  let lastName = '';
  for (let j = from, n = 0; j < end && n < 8; n++) {
    const part = partAt(scan, j);
    if (!part) break;
    if (part.kind === 'name') {
      if (parts === 0) firstName = part.word;
      lastName = part.word;
      parts++;
    }
    j = part.end + 1;
  }
  if (parts === 0 || FRAME_NOT_NAMES.has(firstName)) return -1;
  const known = knownFirstName(firstName);
  // `Groetjes, de Nachtdienst`: a group after a lower-case article.
  if (opensLower && GROUP_WORD.test(lastName) && !/^(?:van|ter|ten)$/.test(first.word)) return -1;
  if (greeting && !known && parts < 2 && GROUP_END.test(firstName)) return -1;
  // `Ik ben Moe`: a known first name, or a name of two parts or a tussenvoegsel.
  if (strength === 'self' && !known && (STATES.has(firstName) || (parts < 2 && !opensLower)))
    if (!(parts === 1 && !opensLower && unlistedName(scan, firstName, end, FRAME_NOT_NAMES))) return -1;
  // `Geschreven door Yara.`: an unlisted name alone, as after `ik ben`.
  if (
    strength === 'byline' &&
    !known &&
    !(parts === 1 && unlistedName(scan, firstName, end, FRAME_NOT_NAMES))
  )
    return -1;
  // At the end and after an attribution: a known first name or a name that opens with one.
  if (strength === 'weak' && !known) return -1;
  // `Anouk B.`, `Sanne B`: a single initial after the name (a full stop stays).
  if (scan.is(end, ' ') && isUpper(scan, end + 1) && !scan.isLetter(end + 2)) return end + 2;
  return end;
}

/** Initials from `from` followed by a word in capitals (`J. JANSEN`, `J.P. DE VRIES`)? */
function capitalsAfterInitials(scan: Scan, from: number): boolean {
  let k = from;
  while (k - from < 12 && isUpper(scan, k) && scan.is(k + 1, '.')) k += 2;
  return scan.is(k, ' ') && inCapitals(scan, k + 1);
}

/** `Groetjes, sanne`: a known first name in lower case, closing the text or its clause, or -1. */
function lowerFirstName(scan: Scan, from: number): number {
  let end = from;
  while (end - from < 40 && scan.isLetter(end)) end++;
  if (end === from || scan.isWord(from - 1)) return -1;
  const word = scan.s.slice(from, end);
  if (word !== word.toLowerCase() || LOWER_AMBIGUOUS.has(word) || !knownFirstName(word)) return -1;
  return end === scan.s.length || scan.is(end, ',.!\n') ? end : -1;
}

const knownFirstName = isFirstName;

function mark(scan: Scan, from: number, strength: Strength, greeting = false): number {
  const end = frameName(scan, from, strength, greeting);
  if (end < 0) return -1;
  addName(scan, from, end);
  namesListed(scan, end);
  return end;
}

/** Emoticons and kisses between a closing and the name (`Groetjes :) Sanne`, `Liefs xx Sanne`). */
const DECORATION = /^(?:[:;=]-?[)(DPp*]|x{1,4}(?![\p{L}\p{N}])|\p{Extended_Pictographic}\uFE0F?)/u;

/** The length of an emoticon or kisses at `j` followed by a space or a line break, or 0. */
function decorationAt(scan: Scan, j: number): number {
  const decoration = DECORATION.exec(scan.s.slice(j, j + 8));
  return decoration && scan.is(j + decoration[0].length, ' \n') ? decoration[0].length : 0;
}

/**
 * After a closing: `,` `:` `!` or nothing, then spaces and line breaks, perhaps a dash or an
 * emoticon; `van` after a greeting (`Vriendelijke groet van Sanne`). A full stop glued to a capital
 * (`Groetjes.Sanne`) joins too; after a full stop and a space a new sentence may start, so the name
 * must be a listed first name there (`weak`). The start of the name and the strength, or -1.
 */
function afterClosing(scan: Scan, end: number, phrase: string): { from: number; weak: boolean } | null {
  let j = end;
  let weak = false;
  for (let n = 0; n < 3 && scan.is(j, '.'); n++) j++;
  if (j > end) {
    if (scan.is(j, ' ')) weak = !phrase.endsWith('.');
    else if (!isUpper(scan, j)) return null;
  } else if (scan.is(j, ',:;!') && decorationAt(scan, j) === 0) j++;
  for (let n = 0; n < 4; n++) {
    for (let k = 0; k < 64 && scan.is(j, ' \n\t\r'); k++) j++;
    const decoration = decorationAt(scan, j);
    if (decoration === 0) break;
    j += decoration;
  }
  if (scan.is(j, '-') && scan.is(j + 1, ' ')) j += 2;
  if (/groet|liefs/.test(phrase) && scan.startsWith(j, 'van ')) j += 4;
  return j > end || scan.is(end - 1, '.') ? { from: j, weak } : null;
}

export function findSignoffs(scan: Scan): void {
  const { s } = scan;
  FRAME.lastIndex = 0;
  for (let m = FRAME.exec(s); m !== null; m = FRAME.exec(s)) {
    scan.step();
    const start = m.index;
    const end = start + m[0].length;
    const phrase = m[0].toLowerCase().replace(/ +/g, ' ');
    if (CLOSING_SET.has(phrase)) {
      if (phrase === 'gr' && /\d *$/.test(s.slice(Math.max(0, start - 4), start))) continue; // `500 gr Suiker`
      const after = afterClosing(scan, end, phrase);
      if (after && mark(scan, after.from, after.weak ? 'weak' : 'strong', GREETINGS.has(phrase)) < 0) {
        // `Groetjes uit de nachtdienst, Sanne`: a few lower-case words, a comma, a listed first name.
        const words = LOWER_WORDS.exec(s.slice(end, end + 48));
        if (words) mark(scan, end + words[0].length, 'weak');
      }
      continue;
    }
    const strength = PHRASES[phrase];
    if (!strength || !scan.is(end, ' ')) continue;
    // Not a title-case sentence (`Ik Ben Moe`): the phrase's later words are in lower case, or the
    // phrase and the name are in capitals (`IK BEN SANNE`, read by mask-capitals.ts).
    const later = s.slice(start + 1, end);
    if (later !== later.toLowerCase() && !(later === later.toUpperCase() && inCapitals(scan, end + 1)))
      continue;
    mark(scan, end + 1, strength);
  }
  findAtEnd(scan);
}

/** The end of the text without closing spaces and `.`, `!`, `)`. */
function textEnd(scan: Scan): number {
  const emoticon = EMOTICON.exec(scan.s.slice(-12));
  let end = scan.s.length - (emoticon ? emoticon[0].length : 0);
  for (let n = 0; n < 8 && end > 0 && scan.is(end - 1, ' \n.!'); n++) end--;
  return end;
}

/** `… - Wilma`, a name alone on the last line, or a name as the last sentence: weak frames. */
function findAtEnd(scan: Scan): void {
  const end = textEnd(scan);
  if (nameAboveRole(scan, end, (from) => frameName(scan, from, 'weak'))) return;
  const floor = Math.max(0, end - TAIL);
  for (let i = end - 1; i >= floor; i--) {
    scan.step();
    let from = -1;
    if (scan.is(i, '-') && (i === 0 || scan.is(i - 1, ' \n'))) {
      // `- Roos` as the last item of a list (the line above opens with a dash too) is no sign-off.
      if (scan.is(i - 1, '\n') && inList(scan, i - 1)) return;
      from = scan.is(i + 1, ' ') ? i + 2 : i + 1;
    } else if (scan.is(i, '\n')) from = i + 1;
    else if (scan.is(i, '.!?') && scan.is(i + 1, ' ')) from = i + 2;
    else continue;
    // `… zoeken! xx Anouk`, `… :) Wulan`: kisses or an emoticon before the last word close like a greeting.
    const decoration = decorationAt(scan, from);
    if (decoration > 0 && scan.is(from + decoration, ' ')) {
      const nameEnd = frameName(scan, from + decoration + 1, 'strong');
      if (nameEnd === end && scan.free(from + decoration + 1, nameEnd))
        return addName(scan, from + decoration + 1, nameEnd);
    }
    const nameEnd = frameName(scan, from, 'weak');
    // `Sanne, verpleegkundige`: a role in lower case after the name.
    const ends = nameEnd === end || (nameEnd > from && ROLE_AFTER.test(scan.s.slice(nameEnd, end)));
    if (ends && scan.free(from, nameEnd)) return addName(scan, from, nameEnd);
    if (scan.is(i, '\n')) return; // the last line only
  }
}
