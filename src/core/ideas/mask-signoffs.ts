/**
 * Names where a writer signs, greets or introduces themself (audit 9, finding 1), run after the cue
 * detector (mask-names.ts) and reading names the same way (role mode: a capitalised first part that is
 * no field, clause or title word; tussenvoegsels; double names). Frames, by how much they say alone:
 * - strong: a closing or greeting formula (`groetjes`, `met vriendelijke groet`, `mvg`, `gr.`, `liefs`,
 *   `doei`, `hoogachtend`, `namens`, `ondertekend`, `alvast bedankt`, `beste`, `hoi`, `hallo`, …),
 *   followed by a comma, a colon or a line break or not, and an authorship phrase (`groet van`,
 *   `van de hand van`, `mijn naam is`, `ik heet`): any name;
 * - self: `ik ben` — any name, but only in a sentence not written in title case (`Ik Ben Moe`);
 * - weak: an attribution (`komt van`, `dit is`, `ingestuurd door`, `geschreven door`, …), a dash at
 *   the end (`… onderbezet. - Wilma`), a name alone on the last line or as the last sentence: a name
 *   of two parts or more (`Tessa Brouwer`), or one known first name (first-names.ts).
 * In every frame the name may not open with an article (`komt van De Zonnebloem`, an organisation),
 * and greeting words, family words and nationalities are no names (`Hallo Allemaal`, `Liefs, Oma`).
 * A single initial after the name goes with it (`Anouk B.`). Names listed after it are masked too
 * (`Namens Gerda en Yusuf`). Bounded: the frames are found by one pass of a pattern of fixed words,
 * and the three frames at the end look back at most TAIL characters.
 */
import { FIRST_NAMES } from './first-names.js';
import { addName, isUpper, nameEnd, namesListed, partAt } from './mask-names.js';
import type { Scan } from './mask-scan.js';

type Strength = 'strong' | 'self' | 'weak';

const CLOSINGS = [
  'groet',
  'groeten',
  'groetjes',
  'gegroet',
  'vriendelijke groet',
  'vriendelijke groeten',
  'met vriendelijke groet',
  'met vriendelijke groeten',
  'hartelijke groet',
  'hartelijke groeten',
  'met hartelijke groet',
  'met hartelijke groeten',
  'lieve groet',
  'lieve groeten',
  'mvg',
  'm.v.g.',
  'gr.',
  'grt',
  'grtn',
  'liefs',
  'doei',
  'hoogachtend',
  'ondertekend',
  'getekend',
  'namens',
  'bedankt',
  'alvast bedankt',
  'dank je wel',
  'dank u wel',
  'dankjewel',
  'beste',
  'hoi',
  'hallo',
  'hey',
  'lieve',
];
/** Phrases after which a name follows a single space. */
const PHRASES: Record<string, Strength> = {
  'groet van': 'strong',
  'groeten van': 'strong',
  'groetjes van': 'strong',
  'liefs van': 'strong',
  'van de hand van': 'strong',
  'mijn naam is': 'strong',
  'ik heet': 'strong',
  'ik ben': 'self',
  'dit is': 'weak',
  'komt van': 'weak',
  'afkomstig van': 'weak',
  'ingestuurd door': 'weak',
  'ingediend door': 'weak',
  'geschreven door': 'weak',
  'bedacht door': 'weak',
  'opgesteld door': 'weak',
  'idee van': 'weak',
  'voorstel van': 'weak',
};
const CLOSING_SET = new Set(CLOSINGS);
/** Capitalised words that are no name in a frame. */
const FRAME_NOT_NAMES = new Set(
  [
    'groet groeten groetjes liefs doei bedankt dank alvast namens hoogachtend beste hoi hallo hey lieve',
    'allemaal allen lezer lezers mensen jongens meiden dames heren vrienden familie lieverds kanjers',
    'toppers helden oma opa mama papa moeder vader tante oom zus broer zoon dochter vrouw man mens',
    'nederlander marokkaan turk surinamer christen moslim sint succes',
    // Job words outside the role list (`Ik ben Helpende Plus`).
    'helpende assistent assistente verzorger zorgassistent zorgassistente gastvrouw gastheer kok',
    'schoonmaker schoonmaakster doktersassistente tandartsassistente apothekersassistente medewerker',
    'medewerkster stagiaire student studente invaller invalkracht uitzendkracht oproepkracht zzper',
  ]
    .join(' ')
    .split(' '),
);
/** Tussenvoegsels that may open a name in a frame; `de`, `het`, `la` open an organisation's name. */
const LEADING_PARTICLES = new Set('van ter ten el al ben bin ibn von vom'.split(' '));
/** How far the frames at the end look back. */
const TAIL = 160;

const FRAME = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${[...CLOSINGS, ...Object.keys(PHRASES)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/\./g, '\\.').replace(/ /g, ' +'))
    .join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);

/** The end of a name from `from` in a frame of `strength`, or -1. */
function frameName(scan: Scan, from: number, strength: Strength): number {
  if (!isUpper(scan, from)) return -1;
  const end = nameEnd(scan, from, false);
  if (end <= from) return -1;
  const first = partAt(scan, from);
  if (!first) return -1;
  if (first.kind === 'particle' && !LEADING_PARTICLES.has(first.word)) return -1;
  let parts = 0;
  let firstName = '';
  for (let j = from, n = 0; j < end && n < 8; n++) {
    const part = partAt(scan, j);
    if (!part) break;
    if (part.kind === 'name') {
      if (parts === 0) firstName = part.word;
      parts++;
    }
    j = part.end + 1;
  }
  if (FRAME_NOT_NAMES.has(firstName)) return -1;
  if (strength === 'weak' && parts < 2 && !knownFirstName(firstName)) return -1;
  // `Anouk B.`: a single initial after the name (its full stop stays).
  if (scan.is(end, ' ') && isUpper(scan, end + 1) && scan.is(end + 2, '.') && !scan.isLetter(end + 3))
    return end + 2;
  return end;
}

function knownFirstName(word: string): boolean {
  return FIRST_NAMES.has(word) || (word.includes('-') && word.split('-').every((w) => FIRST_NAMES.has(w)));
}

function mark(scan: Scan, from: number, strength: Strength): number {
  const end = frameName(scan, from, strength);
  if (end < 0) return -1;
  addName(scan, from, end);
  namesListed(scan, end);
  return end;
}

/** After a closing: `,` `:` `!` or nothing, then spaces and line breaks, perhaps a dash. */
function afterClosing(scan: Scan, end: number): number {
  let j = end;
  if (scan.is(j, ',:;!')) j++;
  for (let n = 0; n < 4 && scan.is(j, ' \n'); n++) j++;
  if (scan.is(j, '-') && scan.is(j + 1, ' ')) j += 2;
  return j > end || scan.is(end - 1, '.') ? j : -1;
}

export function findSignoffs(scan: Scan): void {
  const { s } = scan;
  FRAME.lastIndex = 0;
  for (let m = FRAME.exec(s); m !== null; m = FRAME.exec(s)) {
    scan.step();
    const start = m.index;
    const end = start + m[0].length;
    const phrase = m[0].toLowerCase().replace(/ +/g, ' ');
    if (CLOSING_SET.has(phrase)) {
      const from = afterClosing(scan, end);
      if (from > 0) mark(scan, from, 'strong');
      continue;
    }
    const strength = PHRASES[phrase];
    if (!strength || !scan.is(end, ' ')) continue;
    // Not a title-case sentence (`Ik Ben Moe`): the phrase's later words are in lower case.
    if (s.slice(start + 1, end) !== s.slice(start + 1, end).toLowerCase()) continue;
    mark(scan, end + 1, strength);
  }
  findAtEnd(scan);
}

/** The end of the text without closing spaces and `.`, `!`, `)`. */
function textEnd(scan: Scan): number {
  let end = scan.s.length;
  for (let n = 0; n < 8 && end > 0 && scan.is(end - 1, ' \n.!'); n++) end--;
  return end;
}

/** `… - Wilma`, a name alone on the last line, or a name as the last sentence: weak frames. */
function findAtEnd(scan: Scan): void {
  const end = textEnd(scan);
  const floor = Math.max(0, end - TAIL);
  for (let i = end - 1; i >= floor; i--) {
    scan.step();
    let from = -1;
    if (scan.is(i, '-') && (i === 0 || scan.is(i - 1, ' \n'))) from = scan.is(i + 1, ' ') ? i + 2 : i + 1;
    else if (scan.is(i, '\n')) from = i + 1;
    else if (scan.is(i, '.!?') && scan.is(i + 1, ' ')) from = i + 2;
    else continue;
    if (frameName(scan, from, 'weak') === end && scan.free(from, end)) return addName(scan, from, end);
    if (scan.is(i, '\n')) return; // the last line only
  }
}
