/**
 * One cell of a CSV file that people open in a spreadsheet, safe against formula injection (OWASP,
 * "CSV Injection"): a text whose first character (after any leading white space) is `=`, `+`, `-`
 * or `@`, or that starts with a tab or carriage return, would be run as a formula by Excel,
 * LibreOffice or Google Sheets — `=HYPERLINK(…)` leaks data, `=cmd|…` runs programs. Such a text gets
 * an apostrophe in front, which spreadsheets show as text and do not evaluate.
 *
 * A plain number is not a formula and stays as it is, so spreadsheets still read it as a number:
 * `-0.38`, `-0,38`, `+12`, `1e-5`, `-1.234,5` (Dutch grouping). Then RFC 4180 quoting: a cell holding
 * a quote, comma, semicolon or line break is quoted, quotes doubled.
 */

/** Characters that make a spreadsheet read a cell as a formula (after leading spaces). */
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
const CONTROL_START = /^[\t\r]/;
/** A number as people write it: sign, digits (with `.`/`,` as decimal mark or grouping), exponent. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:[.,\u00a0 ]\d{3})*|\d+)?(?:[.,]\d+)?(?:[eE][+-]?\d+)?%?$/;

/** True when `text` is a number (with an optional sign), not a formula. */
export function isPlainNumber(text: string): boolean {
  return /\d/.test(text) && PLAIN_NUMBER.test(text.trim());
}

/** The text with an apostrophe in front when a spreadsheet would run it as a formula. */
export function neutraliseFormula(text: string): string {
  if (isPlainNumber(text)) return text;
  return FORMULA_START.test(text) || CONTROL_START.test(text) ? `'${text}` : text;
}

/** Numbers: at most six decimals, point as decimal mark; non-finite = empty (missing). */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : '';
}

/** A CSV cell: empty for missing, a number as written, a text neutralised and quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  const text = neutraliseFormula(String(value));
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
