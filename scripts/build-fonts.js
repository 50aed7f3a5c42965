// Writes dist/fonts/: DejaVu Sans and DejaVu Sans Bold (dejavu-fonts-ttf) cut down to the characters a
// Dutch figure can hold — Latin with its accents (Latin-1 and Latin Extended-A), Greek (ρ, Δ),
// punctuation, currency, arrows and mathematical signs — and coverage.json with those ranges. resvg lays out text several
// times faster with the smaller fonts (their kerning and substitution tables are smaller) and draws
// the same pixels; src/node/render/png.ts falls back to the full fonts for a figure with any other
// character. DejaVu's licence allows modified copies under a name without "Bitstream" or "Vera".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const RANGES = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x17f], // Latin-1 Supplement, Latin Extended-A
  [0x300, 0x36f], // combining diacritics
  [0x370, 0x3ff], // Greek
  [0x2000, 0x20cf], // punctuation, super- and subscripts, currency
  [0x2100, 0x22ff], // letter-like symbols, number forms, arrows, mathematical operators
];

const out = new URL('../dist/fonts/', import.meta.url);
mkdirSync(out, { recursive: true });
let text = '';
for (const [from, to] of RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
for (const file of fonts) {
  const full = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  const subset = await subsetFont(full, text, { targetFormat: 'truetype' });
  writeFileSync(new URL(file, out), subset);
}
const { version } = JSON.parse(readFileSync(require.resolve('dejavu-fonts-ttf/package.json'), 'utf8'));
writeFileSync(
  new URL('coverage.json', out),
  `${JSON.stringify({ source: `dejavu-fonts-ttf@${version}`, fonts, ranges: RANGES })}\n`,
);
