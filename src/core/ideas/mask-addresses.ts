/**
 * The detector of addresses, on the shadow text (mask-normalise.ts), run after the numbers: a street
 * name with a house number (`Dorpsstraat 12a`), and a postcode of six positions (`1234 AB`, `1234AB`)
 * with the house number after it if any. A postcode alone narrows a place down to about twenty
 * addresses, far finer than the province the k-anonymity rule already generalises, so it is masked too;
 * a four-digit area code alone (`3511`) is a number like any other and stays.
 * An address is masked as one span, as a privacy officer reads it (session 29):
 * - a street's name of several words goes with it: capitalised words, titles and tussenvoegsels before
 *   the word with the street ending (`Burgemeester de Withstraat 8`, `Dr. Schaepmanstraat 3`, `Prins
 *   Hendrikstraat 5`), not the words of the sentence (`aan de`, `Bij`);
 * - a postcode right after the street and house number joins it (`Hoofdstraat 101, 7811 EP`);
 * - the place written right after a postcode joins it (`7811 EP Emmen`, `2514 EA Den Haag`, `2900 AA
 *   Capelle aan den IJssel`, `5211 AB 's-Hertogenbosch`); a place after `in` does not (`Lindelaan 23b in
 *   Zwolle`): a place alone is no personal data.
 * Bounded: a street's name at most STREET_WORDS words back, a place at most PLACE_WORDS words.
 */
import { ADDRESS, CLAUSE_WORDS, DOTTED, OPENERS, isParticle } from './mask-name-words.js';
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { isUpper, lettersEnd, wordAt } from './mask-name-parts.js';
import { numberStart } from './mask-numbers.js';
import type { Scan } from './mask-scan.js';
import { itemAt } from '../contract/item-at.js';

/** Letter pairs never issued in a postcode. */
const NOT_ISSUED = new Set(['SA', 'SD', 'SS']);
/** Units and abbreviations after a number (`1500 MB`, `2000 KM`): a postcode only with a house number. */
const UNIT_LIKE = new Set('KB MB GB TB PK KM CM MM KG MG ML CC HZ KW PC CD TV EU NL AD VC BC OK'.split(' '));
const STREET_WORDS = 4;
const PLACE_WORDS = 5;

/** A house number at `i` (`12`, `12a`, `12-3`, `12 bis`): its end, else -1. */
function houseNumberEnd(scan: Scan, i: number): number {
  let j = i;
  if (scan.startsWith(j, 'nr. ')) j += 4;
  else if (scan.startsWith(j, 'nr ') || scan.startsWith(j, 'nr.')) j += 3;
  if (!scan.isDigit(j) || scan.s[j] === '0') return -1;
  const start = j;
  while (scan.isDigit(j) && j - start < 5) j++;
  if (scan.isDigit(j)) return -1;
  if (scan.isAsciiLetter(j) && !scan.isWord(j + 1)) j++;
  else if (scan.is(j, '-') && scan.isDigit(j + 1) && !scan.isDigit(j + 4)) {
    j += 2;
    while (scan.isDigit(j)) j++;
  }
  if (scan.isWord(j) || (scan.is(j, '.,:') && scan.isDigit(j + 1)) || scan.is(j, '%')) return -1;
  return j;
}

/** A word of a sentence, not of a street's name, before a street (`Bij`, `Wij`, `Graag`). */
function sentenceWord(word: string): boolean {
  return OPENERS.has(word) || CLAUSE_WORDS.has(word) || DUTCH_STOP_WORDS.has(word);
}

/** Abbreviated titles in a street's name, written with a dot (`Dr.`, `Burg.`, `Prof.`, `St.`). */
const STREET_TITLES = new Set([
  ...DOTTED,
  ...ADDRESS,
  'burg',
  'st',
  'gen',
  'mgr',
  'past',
  'ds',
  'jhr',
  'kon',
]);

/**
 * `Burgemeester de Withstraat 8`: the start of the street's name that ends in the word at `start`,
 * over capitalised words, titles with a dot (`Dr.`, `Burg.`) and tussenvoegsels before it.
 */
function streetNameStart(scan: Scan, start: number): number {
  let from = start;
  let k = start;
  for (let n = 0; n < STREET_WORDS * 2 && scan.is(k - 1, ' '); n++) {
    const dotted = scan.is(k - 2, '.');
    const to = dotted ? k - 2 : k - 1;
    let w = to;
    while (to - w < 30 && (scan.isLetter(w - 1) || scan.is(w - 1, "'\u2019"))) {
      scan.step();
      w--;
    }
    if (w === to || scan.isWord(w - 1)) break;
    const word = wordAt(scan, w, to);
    if (!dotted && (isParticle(word) || word === "'t")) {
      // `op Van Heemstraweg 12`: a capitalised tussenvoegsel inside a sentence opens the name.
      if (isUpper(scan, w) && scan.is(w - 1, ' ') && scan.isLetter(w - 2)) from = w;
      k = w;
      continue;
    }
    if (!isUpper(scan, w) || (dotted ? !STREET_TITLES.has(word) : sentenceWord(word))) break;
    from = w;
    k = w;
  }
  return from;
}

/** `'s-Hertogenbosch`: the length of a leading `'s-` at `i`, else 0. */
function placePrefix(scan: Scan, i: number): number {
  return scan.is(i, "'\u2019") && scan.is(i + 1, 's') && scan.is(i + 2, '-') && isUpper(scan, i + 3) ? 3 : 0;
}

/** The place after a postcode at `i` (`Emmen`, `Den Haag`, `Capelle aan den IJssel`): its end, or -1. */
function placeEnd(scan: Scan, i: number): number {
  let end = -1;
  let j = i;
  for (let n = 0; n < PLACE_WORDS; n++) {
    const from = j + placePrefix(scan, j);
    const to = lettersEnd(scan, from);
    if (to === from) break;
    const word = wordAt(scan, from, to);
    if (isUpper(scan, from) && !sentenceWord(word)) {
      end = to;
      // `Nieuw-Vennep`, `Alphen a/d Rijn`.
      if (scan.is(to, '-') && isUpper(scan, to + 1)) {
        j = to + 1;
        continue;
      }
    } else if (!(end >= 0 && (isParticle(word) || word === 'aan' || word === 'a'))) break;
    if (scan.is(to, '/') && scan.is(to + 1, 'd') && scan.is(to + 2, ' ')) j = to + 3;
    else if (scan.is(to, ' ')) j = to + 1;
    else break;
  }
  return end;
}

/** A postcode at `i` with its house number and place: its end, or -1. `strict`: no unit-like pair alone. */
function postcodeEnd(scan: Scan, i: number, strict: boolean): number {
  const { s } = scan;
  if (!/^[1-9]\d{3} ?[A-Za-z]{2}/.test(s.slice(i, i + 7)) || !numberStart(scan, i)) return -1;
  const spaced = s[i + 4] === ' ';
  const l = i + 4 + (spaced ? 1 : 0);
  if (scan.isWord(l + 2)) return -1;
  const pair = s.slice(l, l + 2);
  const upper = pair === pair.toUpperCase();
  if (!(upper || (!spaced && pair === pair.toLowerCase())) || NOT_ISSUED.has(pair.toUpperCase())) return -1;
  let end = l + 2;
  let k = end;
  while (k - end < 2 && scan.is(k, ' ,-')) k++;
  const house = k > end ? houseNumberEnd(scan, k) : -1;
  if (house > 0) end = house;
  else if (strict && UNIT_LIKE.has(pair.toUpperCase())) return -1;
  // `7811 EP Emmen`: the place after it.
  if (scan.is(end, ' ') && (isUpper(scan, end + 1) || placePrefix(scan, end + 1) > 0)) {
    const place = placeEnd(scan, end + 1);
    if (place > 0) end = place;
  }
  return end;
}

export function findAddresses(scan: Scan): void {
  const { s } = scan;
  // A street name with a house number: a capitalised word ending in a street word (`Dorpsstraat 12a`).
  const street = /(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|hof|park|markt|pad|baan) /gi;
  for (let m = street.exec(s); m !== null; m = street.exec(s)) {
    scan.step();
    const suffix = m.index;
    let start = suffix;
    while (suffix - start < 60 && scan.isLetter(start - 1)) {
      scan.step();
      start--;
    }
    if (start === suffix || scan.isWord(start - 1) || s[start] === itemAt(s, start).toLowerCase()) continue;
    let end = houseNumberEnd(scan, suffix + m[0].length);
    if (end < 0) continue;
    start = streetNameStart(scan, start);
    // `Hoofdstraat 101, 7811 EP Emmen`: the postcode after it joins the address.
    const gap = scan.is(end, ',') && scan.is(end + 1, ' ') ? 2 : scan.is(end, ' ') ? 1 : 0;
    const postcode = gap > 0 ? postcodeEnd(scan, end + gap, false) : -1;
    if (postcode > 0) end = postcode;
    if (!scan.free(start, end)) continue;
    scan.add(start, end, 'address');
    street.lastIndex = end;
  }
  // A postcode, with the house number and the place after it.
  const postcode = /[1-9]\d{3} ?[A-Za-z]{2}/g;
  for (let m = postcode.exec(s); m !== null; m = postcode.exec(s)) {
    scan.step();
    const i = m.index;
    postcode.lastIndex = i + 1;
    const end = postcodeEnd(scan, i, true);
    if (end < 0 || !scan.free(i, end)) continue;
    scan.add(i, end, 'address');
    postcode.lastIndex = end;
  }
}
