/**
 * Detectors of numbers that identify a person, on the shadow text (mask-normalise.ts), run after the
 * links and e-mail addresses:
 * - IBAN: a country, two check digits and the country's number of letters and digits, grouped or not,
 *   passing mod 97;
 * - phone: a Dutch number (a `0` and nine digits; `0800`/`090x` service numbers; `+31`, `0031`,
 *   `+31 (0)`), or an international one (`+` or `00`, 8–15 digits), with any separator between digit
 *   groups: space, `-` (any dash), ` - `, `.`, `/`, brackets. A Dutch number without `+` must keep one
 *   separator after its area code (`06 12 34 56 78`, `020-123 45 67`), so dates with a time
 *   (`01-03-2024 10:00`) and opening hours (`08.30-12.30 13.00`) are not read as one;
 * - BSN: nine digits in any grouping (`123456782`, `123.456.782`, `1234.56.782`, `12-34-56-782`) that pass
 *   the eleven test, unless written as an amount (`€ 123.456.782`, `123.456.782,-`);
 * - addresses: mask-addresses.ts.
 * A number in brackets keeps its brackets (`(010-4567890)` is `([telefoonnummer])`); brackets around
 * an area code belong to the number (`(010) 4567890`).
 */
import { passesElevenTest } from './bsn.js';
import { ibanLength, passesIbanCheck } from './iban.js';
import type { Scan } from './mask-scan.js';
import { itemAt } from '../contract/item-at.js';

/** Can a number start at `i` (not inside a word, a decimal number or a date)? */
export function numberStart(scan: Scan, i: number): boolean {
  if (scan.isWord(i - 1)) return false;
  if (scan.is(i - 1, '.,:/-') && scan.isDigit(i - 2)) return false;
  return !scan.taken[i];
}

export function findIbans(scan: Scan): void {
  const { s } = scan;
  const head = /[A-Za-z]{2}\d{2}/g;
  for (let m = head.exec(s); m !== null; m = head.exec(s)) {
    scan.step();
    const i = m.index;
    head.lastIndex = i + 1;
    const length = ibanLength(m[0].slice(0, 2));
    if (length === 0 || scan.isWord(i - 1) || scan.taken[i]) continue;
    // Exactly `length` letters and digits, in groups joined by single spaces, dashes or dots.
    const chars: string[] = [];
    let j = i;
    while (chars.length < length) {
      scan.step();
      if (scan.isDigit(j) || scan.isAsciiLetter(j)) chars.push(itemAt(s, j++).toUpperCase());
      else if (scan.is(j, ' -.') && (scan.isDigit(j + 1) || scan.isAsciiLetter(j + 1)) && chars.length > 0)
        j++;
      else break;
    }
    if (chars.length < length || scan.isWord(j) || !passesIbanCheck(chars.join(''))) continue;
    if (!scan.free(i, j)) continue;
    scan.add(i, j, 'iban');
    head.lastIndex = j;
  }
}

interface Group {
  readonly digits: string;
  readonly end: number;
  /** The text between the previous group and this one. */
  readonly before: string;
}

const MAX_DIGITS = 17;

/** Digit groups from `i`, joined by a few separator characters; `(0)` is kept as a group. */
function digitGroups(scan: Scan, i: number, separators: string, maxSeparator: number): Group[] {
  const groups: Group[] = [];
  let j = i;
  let total = 0;
  let before = '';
  for (;;) {
    const start = j;
    while (scan.isDigit(j) && j - start <= MAX_DIGITS) {
      scan.step();
      j++;
    }
    if (j === start || total + (j - start) > MAX_DIGITS) break;
    total += j - start;
    groups.push({ digits: scan.s.slice(start, j), end: j, before });
    let k = j;
    while (k - j < maxSeparator && scan.is(k, separators)) {
      scan.step();
      k++;
    }
    if (k === j || !scan.isDigit(k)) break;
    before = scan.s.slice(j, k);
    j = k;
  }
  return groups;
}

/** The groups whose digits add up to exactly one of `lengths` (the longest first), or undefined. */
function prefixOf(groups: readonly Group[], lengths: readonly number[]): Group[] | undefined {
  let best: Group[] | undefined;
  let total = 0;
  for (let g = 0; g < groups.length; g++) {
    total += itemAt(groups, g).digits.length;
    if (lengths.includes(total)) best = groups.slice(0, g + 1);
  }
  return best;
}

/** A date at the start (day, month, year), not followed by another group in the same style. */
const DATE = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2}(?!\2\d))/;

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[3]) >= 1 && Number(m[3]) <= 12;
}

function phoneEnd(scan: Scan, i: number): number {
  const { s } = scan;
  let j = i;
  let plus = false;
  if (s[j] === '(' && scan.is(j + 1, '+')) j++;
  if (s[j] === '+') {
    plus = true;
    j++;
    if (s[j] === ' ') j++;
  } else if (s[j] === '(') {
    if (!scan.isDigit(j + 1)) return -1;
  }
  const start = s[j] === '(' ? j + 1 : j;
  const groups = digitGroups(scan, start, ' -./()', 4).filter(
    (g) => !(g.digits === '0' && g.before.endsWith('(')),
  );
  if (groups.length === 0) return -1;
  const digits = groups.map((g) => g.digits).join('');
  let chosen: Group[] | undefined;
  if (plus || digits.startsWith('00')) {
    const national = plus ? digits : digits.slice(2);
    const offset = plus ? 0 : 2;
    if (national.startsWith('31'))
      chosen = prefixOf(groups, national[2] === '0' ? [12 + offset] : [11 + offset]);
    else if (national.length >= 8)
      chosen = prefixOf(
        groups,
        [8, 9, 10, 11, 12, 13, 14, 15].map((n) => n + offset),
      );
  } else if (digits.startsWith('0')) {
    if (isDate(s.slice(start, start + 12))) return -1;
    // A service number's prefix is written as one group (`0900-1234`, not the time `09.00-12.00`).
    const service = /^0(?:800|90[069])/.test(itemAt(groups, 0).digits);
    chosen = prefixOf(groups, service ? [8, 11] : [10]);
    if (chosen && !service && chosen.length > 2) {
      // One kind of separator between the subscriber's groups (the first may differ).
      const kinds = new Set(chosen.slice(2).map((g) => g.before.trim() || ' '));
      if (kinds.size > 1) return -1;
    }
  }
  if (!chosen) return -1;
  let end = itemAt(chosen, chosen.length - 1).end;
  if (s[i] === '(' && s[end] === ')' && !s.slice(i, end).includes(')')) end++;
  return end;
}

export function findPhones(scan: Scan): void {
  const { s } = scan;
  const start = /[+(0]/g;
  for (let m = start.exec(s); m !== null; m = start.exec(s)) {
    scan.step();
    const i = m.index;
    if (!numberStart(scan, i)) continue;
    const end = phoneEnd(scan, i);
    if (end < 0 || scan.isDigit(end) || !scan.free(i, end)) continue;
    // `(010-4567890)`: brackets around the whole number are the sentence's, and stay.
    const enclosed = s[i] === '(' && s[end - 1] === ')' && !/[()]/.test(s.slice(i + 1, end - 1));
    if (enclosed) scan.add(i + 1, end - 1, 'phone');
    else scan.add(i, end, 'phone');
    start.lastIndex = end;
  }
}

function amountAround(scan: Scan, start: number, end: number): boolean {
  const before = scan.s.slice(Math.max(0, start - 5), start).toLowerCase();
  const after = scan.s.slice(end, end + 6).toLowerCase();
  return /[€$£]\s?$|eur\s?$/.test(before) || /^,[-\d]|^\s?(euro|eur)\b/.test(after);
}

export function findBsns(scan: Scan): void {
  const { s } = scan;
  const digit = /\d/g;
  for (let m = digit.exec(s); m !== null; m = digit.exec(s)) {
    scan.step();
    const i = m.index;
    if (!numberStart(scan, i)) continue;
    const groups = digitGroups(scan, i, ' .-', 1);
    for (let g = 0; g < groups.length; g++) {
      let total = 0;
      let last = g;
      while (last < groups.length && total < 9) total += itemAt(groups, last++).digits.length;
      if (total !== 9) continue;
      const start = g === 0 ? i : itemAt(groups, g - 1).end + itemAt(groups, g).before.length;
      const end = itemAt(groups, last - 1).end;
      scan.step(9);
      const digits = groups
        .slice(g, last)
        .map((x) => x.digits)
        .join('');
      if (scan.is(end, '.,') && scan.isDigit(end + 1)) continue;
      if (!passesElevenTest(digits) || amountAround(scan, start, end) || !scan.free(start, end)) continue;
      scan.add(start, end, 'bsn');
      g = last - 1;
    }
    // No group when the first run of digits is too long to be a number here (18 or more digits).
    digit.lastIndex = groups.length > 0 ? Math.max(i + 1, itemAt(groups, groups.length - 1).end) : i + 1;
  }
}
