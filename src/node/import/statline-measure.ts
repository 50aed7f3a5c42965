import type { CellRole } from '../../core/text/import-messages.js';

const LETTER_BEFORE = '(?<![\\p{L}])';
const LETTER_AFTER = '(?![\\p{L}])';
const LOWER = 'ondergrens|lower|ci[\\s_-]?low';
const UPPER = 'bovengrens|upper|ci[\\s_-]?high';
const LOWER_WORD = new RegExp(`${LETTER_BEFORE}(?:${LOWER})${LETTER_AFTER}`, 'iu');
const UPPER_WORD = new RegExp(`${LETTER_BEFORE}(?:${UPPER})${LETTER_AFTER}`, 'iu');
/** A bracketed remark naming the bound: "(ondergrens)", "(bovengrens 95%-betrouwbaarheidsinterval)". */
const BRACKETED = new RegExp(
  `\\s*\\([^)]*${LETTER_BEFORE}(?:${LOWER}|${UPPER})${LETTER_AFTER}[^)]*\\)`,
  'iu',
);
/** The bound word with separators and an interval description around it: "werkdruk_ondergrens". */
const INLINE = new RegExp(
  `[\\s,;:_–-]*${LETTER_BEFORE}(?:${LOWER}|${UPPER})${LETTER_AFTER}(?:\\s*(?:van\\s+het\\s+)?95\\s*%?[\\s-]*(?:betrouwbaarheids)?interval)?[\\s,;:_–-]*`,
  'iu',
);

/**
 * Splits a StatLine measure title (or id) into the indicator label and the role of its figure:
 * "Werkdruk te hoog" → value, "Werkdruk te hoog (ondergrens)" → lower, "werkdruk_bovengrens" → upper.
 */
export function splitMeasure(title: string): { readonly label: string; readonly role: CellRole } {
  const role: CellRole = LOWER_WORD.test(title) ? 'lower' : UPPER_WORD.test(title) ? 'upper' : 'value';
  if (role === 'value') return { label: title.trim(), role };
  const bracketed = title.replace(BRACKETED, '');
  const label = bracketed !== title ? bracketed : title.replace(INLINE, ' ');
  return { label: label.trim(), role };
}
