/**
 * Detectors of e-mail addresses and links, on the shadow text (mask-normalise.ts):
 * - links: `http://…`, `https://…`, `www.…` up to white space or a bracket or quote, trailing
 *   punctuation left out; and a bare domain followed by a path (`zorgnet.nl/rooster`, `wiki.org/~jan`);
 *   a bare domain without a path (`Thuisarts.nl`) names an organisation or site, not a person, and stays;
 * - e-mail: `naam@domein.nl`, also with spaces around the `@`, written as `[at]`, `(at)`, `{at}`, `<at>`,
 *   `(apenstaartje)` or ` at `, with dots written as `[dot]`, `(punt)`, ` dot `, ` . ` (in the domain, and
 *   in the name before the marker).
 */
import type { Scan } from './mask-scan.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const STOP = ' \n<>"\'`()[]{}';
const TRAILING = '.,;:!?';
const DOT_WORDS = ['dot', 'punt'];

function isLocal(scan: Scan, i: number): boolean {
  return scan.isWord(i) || scan.is(i, '._%+-');
}

/**
 * End of a link's path from `i`: up to white space, a quote or a bracket, without trailing punctuation;
 * round brackets inside the path (`…/Zorg_(Nederland)`) belong to it when they pair up.
 */
function pathEnd(scan: Scan, i: number): number {
  let j = i;
  let open = 0;
  for (; j < scan.s.length; j++) {
    scan.step();
    if (scan.s[j] === '(' && open < 8) open++;
    else if (scan.s[j] === ')' && open > 0) open--;
    else if (scan.is(j, STOP)) break;
  }
  while (j > i && scan.is(j - 1, TRAILING)) j--;
  return j;
}

export function findLinks(scan: Scan): void {
  const { s } = scan;
  const start = /https?:\/\/|www\./gi;
  for (let m = start.exec(s); m !== null; m = start.exec(s)) {
    scan.step();
    const i = m.index;
    const prefix = m[0].length;
    if (scan.isWord(i - 1) || scan.is(i - 1, '@.') || (prefix === 4 && !scan.isWord(i + 4))) continue;
    const end = pathEnd(scan, i + prefix);
    if (end > i + prefix) {
      scan.add(i, end, 'url');
      start.lastIndex = end;
    }
  }
}

/** A dot written out (`[dot]`, ` (punt) `, ` dot `) at `i`: its length, else 0. */
function dotMarker(scan: Scan, i: number): number {
  let j = i;
  const spaced = scan.is(j, ' ');
  if (spaced) j++;
  if (spaced && scan.is(j, '.') && scan.is(j + 1, ' ')) return j + 2 - i;
  const bracketed = scan.is(j, '[({<');
  if (!spaced && !bracketed) return 0;
  if (bracketed) {
    j++;
    if (scan.is(j, ' ')) j++;
  }
  for (const word of DOT_WORDS) {
    if (!scan.startsWith(j, word)) continue;
    let k = j + word.length;
    if (bracketed) {
      if (scan.is(k, ' ')) k++;
      if (!scan.is(k, '])}>')) return 0;
      k++;
      if (scan.is(k, ' ')) k++;
      return k - i;
    }
    return scan.is(k, ' ') ? k + 1 - i : 0;
  }
  return 0;
}

/** The length of a dot written out that ends just before `i` (` dot `, `[punt]`, …), else 0. */
function writtenDotBefore(scan: Scan, i: number): number {
  for (let length = 9; length >= 3; length--) if (dotMarker(scan, i - length) === length) return length;
  return 0;
}

/** The end of a domain starting at `i` (labels joined by dots), or -1 when it is not one. */
export function domainEnd(scan: Scan, i: number, allowWrittenDots: boolean): number {
  let j = i;
  let labels = 0;
  let lastStart = i;
  for (;;) {
    const start = j;
    while (j - i < MAX_DOMAIN && (scan.isWord(j) || (j > start && scan.is(j, '-')))) {
      scan.step();
      j++;
    }
    while (j > start && scan.is(j - 1, '-')) j--;
    if (j === start) break;
    labels++;
    lastStart = start;
    if (scan.is(j, '.') && scan.isWord(j + 1)) {
      j++;
      continue;
    }
    const written = allowWrittenDots ? dotMarker(scan, j) : 0;
    if (written > 0 && scan.isWord(j + written)) {
      j += written;
      continue;
    }
    break;
  }
  if (labels < 2) return -1;
  const tld = j - lastStart;
  if (tld < 2 || tld > 24) return -1;
  for (let k = lastStart; k < j; k++) if (!scan.isLetter(k)) return -1;
  return j;
}

export function findEmails(scan: Scan): void {
  const { s } = scan;
  // An `@`, or one written out: `[at]`, `(at)`, `{at}`, `<at>`, `(apenstaartje)`, ` at `.
  const marker = /@|[[({<] ?(?:apenstaartje|at) ?[\])}>]| at /gi;
  for (let m = marker.exec(s); m !== null; m = marker.exec(s)) {
    scan.step();
    const i = m.index;
    const length = m[0].length;
    if (!scan.free(i, i + length)) continue;
    // Local part: up to two spaces before the marker, then the name itself.
    let left = i;
    for (let n = 0; n < 2 && scan.is(left - 1, ' '); n++) left--;
    let start = left;
    for (;;) {
      while (left - start < MAX_LOCAL && isLocal(scan, start - 1) && !scan.taken[start - 1]) {
        scan.step();
        start--;
      }
      // A dot written out inside the name (`jan dot smit at …`): the name goes on before it.
      const written = start < left ? writtenDotBefore(scan, start) : 0;
      if (written === 0 || left - start + written >= MAX_LOCAL || !isLocal(scan, start - written - 1)) break;
      start -= written;
    }
    while (start < left && scan.is(start, '.-')) start++;
    if (start === left) continue;
    let right = i + length;
    for (let n = 0; n < 2 && scan.is(right, ' '); n++) right++;
    const end = domainEnd(scan, right, true);
    if (end < 0 || !scan.free(start, end)) continue;
    scan.add(start, end, 'email');
    marker.lastIndex = end;
  }
}

export function findDomainPaths(scan: Scan): void {
  const { s } = scan;
  for (let i = s.indexOf('/'); i >= 0; i = s.indexOf('/', i + 1)) {
    scan.step();
    if (scan.taken[i]) continue;
    let start = i;
    while (i - start < MAX_DOMAIN && (scan.isWord(start - 1) || scan.is(start - 1, '.-'))) {
      scan.step();
      start--;
    }
    if (start === i || scan.is(start - 1, '@/:') || scan.is(start, '.-')) continue;
    if (domainEnd(scan, start, false) !== i) continue;
    const end = pathEnd(scan, i + 1);
    if (!scan.free(start, end)) continue;
    scan.add(start, end, 'url');
    i = end - 1;
  }
}
