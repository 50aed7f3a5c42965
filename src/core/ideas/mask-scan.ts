/**
 * The shared machinery of the personal-data detectors (mask-detectors.ts): the shadow text, which
 * positions are already masked, the spans found, and a step meter. Detectors are hand-written scanners,
 * not regular expressions over the text: every scan from a start position is bounded by a constant (an
 * e-mail address by 64 + 253 characters, a phone number by 17 digits), and a start is only tried where a
 * token can begin, so masking takes time linear in the text. The meter counts the inner steps, so tests
 * can check linearity deterministically (steps per character stay bounded as the text grows).
 */
import type { MASK_PLACEHOLDERS } from '../text/ideas-messages.js';

export type MaskKind = keyof typeof MASK_PLACEHOLDERS;

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: MaskKind;
}

/** Counts the scanners' inner steps (optional; for linearity tests). */
export interface Meter {
  steps: number;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /[\p{L}\p{M}]/u;

export class Scan {
  readonly taken: Uint8Array;
  readonly spans: Span[] = [];
  constructor(
    readonly s: string,
    readonly meter: Meter = { steps: 0 },
  ) {
    this.taken = new Uint8Array(s.length);
  }

  step(n = 1): void {
    this.meter.steps += n;
  }

  code(i: number): number {
    return i >= 0 && i < this.s.length ? this.s.charCodeAt(i) : -1;
  }

  isDigit(i: number): boolean {
    const c = this.code(i);
    return c >= 48 && c <= 57;
  }

  isAsciiLetter(i: number): boolean {
    const c = this.code(i) | 0x20;
    return c >= 97 && c <= 122;
  }

  /** A letter, mark or digit of any script (surrogate halves count as letters). */
  isWord(i: number): boolean {
    const c = this.code(i);
    if (c < 0) return false;
    if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    return WORD.test(this.s.charAt(i));
  }

  isLetter(i: number): boolean {
    const c = this.code(i);
    if (c < 0) return false;
    if (c < 0x80) return (c | 0x20) >= 97 && (c | 0x20) <= 122;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    return LETTER.test(this.s.charAt(i));
  }

  is(i: number, chars: string): boolean {
    return i >= 0 && i < this.s.length && chars.includes(this.s.charAt(i));
  }

  /** Case-insensitive ASCII comparison of `word` at `i`. */
  startsWith(i: number, word: string): boolean {
    if (i < 0 || i + word.length > this.s.length) return false;
    for (let j = 0; j < word.length; j++) {
      const a = this.s.charCodeAt(i + j);
      const b = word.charCodeAt(j);
      if (a !== b && (a | 0x20) !== b) return false;
    }
    return true;
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  add(start: number, end: number, kind: MaskKind): void {
    this.spans.push({ start, end, kind });
    this.taken.fill(1, start, end);
  }
}
