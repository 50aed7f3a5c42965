/**
 * Windows-1252 ("ANSI", what Dutch Excel's default CSV option writes) to text. Every byte maps to one
 * character: 0x00–0x7F and 0xA0–0xFF are the same code points as Latin-1; 0x80–0x9F hold the curly
 * quotes, the euro sign and the like. The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) map to the control character of the same number, as the WHATWG encoding standard does.
 * A table of our own, not `TextDecoder('windows-1252')`: that needs Node's full ICU data.
 */
const HIGH_CONTROLS: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

/** Characters converted per String.fromCharCode call: well below any engine's argument limit. */
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROLS[byte - 0x80] ?? byte) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
