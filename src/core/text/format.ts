/** Dutch number formatting: every number a reader sees goes through here. */

const cache = new Map<string, Intl.NumberFormat>();

function formatter(minimum: number, maximum: number, signed = false): Intl.NumberFormat {
  const key = `${minimum}:${maximum}:${signed}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: minimum,
      maximumFractionDigits: maximum,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * The formatted number with a real minus, and none on a number that rounds to zero: Intl writes
 * `-0,00` for −0,001 (audit 6, finding 13). Not `signDisplay: 'negative'`, which older browsers refuse.
 */
function signed(text: string): string {
  return /^-[0.,]*$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

/** `1.234,5`: thousands with a dot, decimal comma. `–` for a missing number. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return signed(formatter(digits, digits).format(value));
}

/** A difference with its sign: `+5,2`, `−3,2`, `0,0` (a difference that rounds to zero has none). */
export function formatDifference(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return signed(formatter(digits, digits, true).format(value));
}

/** A whole number with a thousands dot: `12.345`. */
export function formatCount(value: number): string {
  return signed(formatter(0, 0).format(value));
}

/** A count with its noun in the right number: `1 beroep`, `3 beroepen`. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** `63,4%` for a percentage on the 0–100 scale. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${formatNumber(value, digits)}%`;
}

/** `87%` for a share on the 0–1 scale (probabilities). */
export function formatShare(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  // A share that is not all or nothing never reads as 100% or 0%: 0,9962 is "99,6%", not "100%".
  // Up to two more decimals; beyond that it says "meer dan 99,99%" / "minder dan 0,01%".
  const partial = value > 0 && value < 1;
  for (let d = digits; d <= digits + 2; d++) {
    const rounded = Math.round(value * 100 * 10 ** d) / 10 ** d;
    if (!partial || (rounded > 0 && rounded < 100)) return `${formatNumber(value * 100, d)}%`;
  }
  const last = 10 ** -(digits + 2);
  return value > 0.5
    ? `meer dan ${formatNumber(100 - last, digits + 2)}%`
    : `minder dan ${formatNumber(last, digits + 2)}%`;
}

/** A correlation coefficient: `0,72`, `−0,15`. */
export function formatCoefficient(value: number | null | undefined): string {
  return formatNumber(value, 2);
}

/** An interval: `0,45 tot 0,86`. */
export function formatInterval(
  low: number | null | undefined,
  high: number | null | undefined,
  digits = 2,
  unit = '',
): string {
  return `${formatNumber(low, digits)}${unit} tot ${formatNumber(high, digits)}${unit}`;
}

/**
 * What stands before item `index` (0-based) of a list of `count` items written out as "a, b en c":
 * nothing before the first, "en" before the last, a comma before the others. For a list whose items are
 * not plain strings (links on a page); {@link andList} writes strings with it.
 */
export function andSeparator(index: number, count: number): string {
  return listSeparator(index, count, 'en');
}

/** "a, b en c": the last two joined by "en". */
export function andList(items: readonly string[]): string {
  return items.map((item, i) => andSeparator(i, items.length) + item).join('');
}

/** "a, b of c": the last two joined by "of". */
export function orList(items: readonly string[]): string {
  return items.map((item, i) => listSeparator(i, items.length, 'of') + item).join('');
}

function listSeparator(index: number, count: number, conjunction: string): string {
  if (index === 0) return '';
  return index === count - 1 ? ` ${conjunction} ` : ', ';
}
