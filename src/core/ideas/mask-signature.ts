/**
 * The end of an idea laid out as a letter (mask-signoffs.ts): a name alone on a line above a line that
 * names a role, and a list whose last item is no sign-off.
 */
import { isUpper, partAt } from './mask-name-parts.js';
import { addName, nameEnd } from './mask-name-reader.js';
import { ROLES } from './mask-name-words.js';
import type { Scan } from './mask-scan.js';
import { isSelfWord } from './mask-self-words.js';

/** Does the line that ends at the line break `br` open with a dash or a bullet? */
export function inList(scan: Scan, br: number): boolean {
  const start = scan.s.lastIndexOf('\n', br - 1) + 1;
  return br - start < 200 && scan.is(start, '-\u2022*');
}

/** Words on a line under a name that say what the writer is (`persoonlijk begeleider, team 3`). */
const ROLE_LINE_WORDS = 4;

/**
 * A name alone on the line above a last line that names a role (`Thijs de Boer\npersoonlijk
 * begeleider, team 3`, `Shurandy Martina\nVerzorgende`): the signature block of a letter. The name
 * opens with a listed first name (`listedName`: the sign-offs' weak frame, mask-signoffs.ts) or has two
 * parts. True when one was masked.
 */
export function nameAboveRole(scan: Scan, end: number, listedName: (from: number) => number): boolean {
  const { s } = scan;
  const lineStart = s.lastIndexOf('\n', end - 1) + 1;
  if (lineStart < 2 || end - lineStart > 80) return false;
  const words = s
    .slice(lineStart, end)
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
  if (!words.slice(0, ROLE_LINE_WORDS).some((word) => isSelfWord(word) || ROLES.has(word))) return false;
  let nameLineEnd = lineStart - 1;
  while (nameLineEnd > 0 && scan.is(nameLineEnd - 1, ' ,')) nameLineEnd--;
  const from = s.lastIndexOf('\n', nameLineEnd - 1) + 1;
  // The line opens with a name's part, not an article (`De Hoge Weide`).
  const first = partAt(scan, from);
  if (nameLineEnd - from > 60 || !isUpper(scan, from) || first?.kind !== 'name') return false;
  let last = listedName(from);
  if (last < 0) {
    last = nameEnd(scan, from, false);
    // Two capitalised parts at least (`Shurandy Martina`), not one word (`Verpleegkundige`).
    if (first.end >= last) last = -1;
  }
  if (last !== nameLineEnd || !scan.free(from, last)) return false;
  addName(scan, from, last);
  return true;
}
