/**
 * Privacy masking of an idea's text before it is stored: e-mail addresses, Dutch phone numbers, 9-digit
 * numbers that pass the BSN eleven test and links are replaced by Dutch placeholders. Order matters:
 * e-mail before links (an address can contain `www.`), phone numbers before BSNs (a phone number has ten
 * digits, and its tail must not be read as a BSN).
 */
import { MASK_PLACEHOLDERS } from '../text/ideas-messages.js';
import { passesElevenTest } from './bsn.js';

export type MaskKind = keyof typeof MASK_PLACEHOLDERS;

export interface MaskResult {
  readonly text: string;
  /** How many of each kind were replaced; empty when nothing was. */
  readonly masked: Readonly<Partial<Record<MaskKind, number>>>;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_PATTERN = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"'()[\]{}]*[^\s<>"'()[\]{}.,;:!?]/giu;
/**
 * Dutch numbers: `06-12345678`, `06 1234 5678`, `020-1234567`, `(020) 123 4567`, `+31 6 12345678`,
 * `+31 (0)20 …`, `0031 6 …`: a trunk (`0`, `+31`, `0031`, optionally `(0)`) and nine digits, with single
 * spaces, dots or hyphens between digits; or a service number `0800`/`090x` with four or seven digits.
 */
const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){8}|\(0\d{1,3}\)\s?\d(?:[\s.-]?\d){4,7}|0(?:800|90\d)[\s.-]?\d{3,4}(?:[\s.-]?\d{3})?|0\d(?:[\s.-]?\d){8})(?![\p{N}])/gu;
/** Nine digits, also grouped as `123.456.782`, `123 456 782` or `1234.56.782`. */
const BSN =
  /(?<![\p{L}\p{N}.,])(?:\d{9}|\d{3}([ .])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3})(?![\p{N}]|[.,]\d)/gu;

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function isPhone(match: string): boolean {
  const digits = digitsOf(match.replace(/\(0\)/, ''));
  if (/^(?:\+|00)31/.test(match.replace(/\s/g, ''))) return digits.length === 11 || digits.length === 13;
  if (/^0(?:800|90\d)/.test(digits)) return digits.length >= 7 && digits.length <= 11;
  return digits.length === 10;
}

/** Masks personal data in `text`; the count per kind says what was found. */
export function maskPersonalData(text: string): MaskResult {
  const masked: Partial<Record<MaskKind, number>> = {};
  const count = (kind: MaskKind) => {
    masked[kind] = (masked[kind] ?? 0) + 1;
    return MASK_PLACEHOLDERS[kind];
  };
  let result = text.replace(EMAIL, () => count('email'));
  result = result.replace(URL_PATTERN, () => count('url'));
  result = result.replace(PHONE, (match) => (isPhone(match) ? count('phone') : match));
  result = result.replace(BSN, (match) => (passesElevenTest(digitsOf(match)) ? count('bsn') : match));
  return { text: result, masked };
}

/** The kinds found, in a fixed order, for reports. */
export function maskedKinds(masked: MaskResult['masked']): MaskKind[] {
  return (Object.keys(MASK_PLACEHOLDERS) as MaskKind[]).filter((kind) => (masked[kind] ?? 0) > 0);
}
