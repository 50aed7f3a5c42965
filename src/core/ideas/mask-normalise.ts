/**
 * The shadow text that masking searches: each code point NFKC-normalised (full-width letters and `＠`
 * become ASCII), every decimal digit of any script an ASCII digit, every dash (`‐ ‑ ‒ – — ― − ﹣ －`) a
 * `-`, every space but a line break a plain space, and invisible format characters (zero-width spaces,
 * soft hyphens, direction marks) dropped. `origin[i]` is where the code point that produced shadow
 * character i starts in the original text and `originEnd[i]` where it ends, so a span found in the
 * shadow masks exactly the original characters, and the rest of the text is kept as written.
 * One pass, constant work per code point.
 */
import { codePointAt } from '../contract/item-at.js';

export interface ShadowText {
  readonly text: string;
  /** Null when the shadow is the text itself (plain ASCII): every index maps to itself. */
  readonly origin: Int32Array | null;
  readonly originEnd: Int32Array | null;
}

const DIGIT = /\p{Nd}/u;
const FORMAT = /\p{Cf}/u;
const DASH = /[\p{Pd}\u2212]/u;
const SPACE = /\s/u;
/** Characters the shadow changes or drops: anything outside printable ASCII and the line break. */
const SPECIAL = /[^\x20-\x7E\n]/g;

/** The ASCII digit of a decimal digit of any script: Unicode puts each script's 0–9 in a row. */
function asciiDigit(codePoint: number): string {
  let start = codePoint;
  // Rows are 10 long (a few are several rows in a row, e.g. mathematical digits): walk to the row start.
  while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1)) && codePoint - start < 60) start--;
  return String((codePoint - start) % 10);
}

function mapped(ch: string): string {
  if (ch === '\n') return ch;
  if (DASH.test(ch)) return '-';
  if (SPACE.test(ch)) return ' ';
  if (DIGIT.test(ch)) return ch.charCodeAt(0) < 0x80 ? ch : asciiDigit(codePointAt(ch, 0));
  return ch;
}

/** Growable pair of index arrays. */
class Origins {
  origin: Int32Array;
  originEnd: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.origin = new Int32Array(capacity);
    this.originEnd = new Int32Array(capacity);
  }
  private reserve(n: number): void {
    if (this.length + n <= this.origin.length) return;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(Math.max(a.length * 2, this.length + n) + 16);
      b.set(a);
      return b;
    };
    this.origin = grow(this.origin);
    this.originEnd = grow(this.originEnd);
  }
  push(from: number, to: number): void {
    this.reserve(1);
    this.origin[this.length] = from;
    this.originEnd[this.length++] = to;
  }
  /** Characters `from`…`to` copied as they are. */
  run(from: number, to: number): void {
    this.reserve(to - from);
    for (let j = from; j < to; j++) {
      this.origin[this.length] = j;
      this.originEnd[this.length++] = j + 1;
    }
  }
}

export function shadowText(text: string): ShadowText {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(text)) return { text, origin: null, originEnd: null };
  const parts: string[] = [];
  const origins = new Origins(text.length + 16);
  let at = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m !== null; m = SPECIAL.exec(text)) {
    const i = m.index;
    // The plain ASCII run before it maps one to one.
    parts.push(text.slice(at, i));
    origins.run(at, i);
    const code = codePointAt(text, i);
    const width = code > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (code < 0x80) {
      // Tab, carriage return and other ASCII controls: a space.
      parts.push(' ');
      origins.push(i, i + 1);
    } else if (!FORMAT.test(ch)) {
      for (const part of ch.normalize('NFKC')) {
        const out = mapped(part);
        parts.push(out);
        for (let j = 0; j < out.length; j++) origins.push(i, i + width);
      }
    }
    at = i + width;
    SPECIAL.lastIndex = at;
  }
  parts.push(text.slice(at));
  origins.run(at, text.length);
  return {
    text: parts.join(''),
    origin: origins.origin.subarray(0, origins.length),
    originEnd: origins.originEnd.subarray(0, origins.length),
  };
}
