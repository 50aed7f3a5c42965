/**
 * Other mentions of a name already masked, run after every name detector: a cue introduces a person
 * once and the text goes on without it ("Collega Sanne Bakker bedacht het. Sanne werkt hier al tien
 * jaar.", "Mevrouw Jansen belde. Jansen wil …", "Beste Ingrid, … Ingrid, kun je …"). Each part of a
 * masked name (at least three letters, no tussenvoegsel, no word that is never a name: neverAName) is
 * masked wherever else it stands capitalised as a whole word, with the name parts that follow it
 * (`Sanne de Vries`). A word that is only capitalised because it opens a sentence is still that name:
 * the writer used it as one. One pass over the words of the text.
 */
import { isUpper } from './mask-name-parts.js';
import { nameEnd, addName } from './mask-name-reader.js';
import { neverAName, isParticle } from './mask-name-words.js';
import type { Scan } from './mask-scan.js';

const MAX_PART = 40;

/** The letters of the word at `i` (at most MAX_PART); its end. */
function wordEnd(scan: Scan, i: number): number {
  let j = i;
  while (j - i < MAX_PART && (scan.isLetter(j) || (scan.is(j, '-') && scan.isLetter(j + 1)))) {
    scan.step();
    j++;
  }
  return j;
}

/** The name words of the masked spans, in lower case. */
function maskedNameWords(scan: Scan): Set<string> {
  const words = new Set<string>();
  for (const span of scan.spans) {
    if (span.kind !== 'name') continue;
    for (let i = span.start; i < span.end;) {
      scan.step();
      if (!scan.isLetter(i) || scan.isWord(i - 1)) {
        i++;
        continue;
      }
      const end = wordEnd(scan, i);
      const word = scan.s.slice(i, end).toLowerCase();
      if (end - i >= 3 && isUpper(scan, i) && !isParticle(word) && !neverAName(word)) words.add(word);
      i = end;
    }
  }
  return words;
}

export function findRepeats(scan: Scan): void {
  if (!scan.spans.some((span) => span.kind === 'name')) return;
  const words = maskedNameWords(scan);
  if (words.size === 0) return;
  const { s } = scan;
  for (let i = 0; i < s.length;) {
    scan.step();
    if (!scan.isLetter(i) || scan.isWord(i - 1) || scan.taken[i]) {
      i++;
      continue;
    }
    const end = wordEnd(scan, i);
    if (scan.isWord(end) || !isUpper(scan, i) || !words.has(s.slice(i, end).toLowerCase())) {
      i = end;
      continue;
    }
    // `Sanne de Vries`: the name parts after it go with it.
    const last = Math.max(end, nameEnd(scan, i, false));
    addName(scan, i, last);
    i = last;
  }
}
