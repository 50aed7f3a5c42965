import { longColumnOf } from './long-header.js';

/** Field separators a long table may use, in order of preference on a tie. */
export const DELIMITERS = ['\t', ';', ','] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Detects the separator from the header line: the one that splits it into the most recognised column
 * names (`beroep`, `indicator`, …), then the one that splits it into the most fields. Quoted text is
 * skipped, so `"Beroep, niveau";waarde` is not split at its comma. Decimal commas do not matter
 * because only the header is looked at.
 */
export function detectDelimiter(text: string): Delimiter {
  const header = firstLine(text);
  let best: Delimiter = ',';
  let bestScore: readonly [number, number] = [-1, -1];
  for (const delimiter of DELIMITERS) {
    const fields = splitOutsideQuotes(header, delimiter);
    const score: readonly [number, number] = [
      fields.filter((field) => longColumnOf(field.replace(/^\s*"|"\s*$/g, '')) !== undefined).length,
      fields.length,
    ];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function firstLine(text: string): string {
  for (const line of text.split(/\r?\n/)) if (line.trim() !== '') return line;
  return '';
}

function splitOutsideQuotes(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (!quoted && line[i] === delimiter) {
      fields.push(line.slice(start, i));
      start = i + 1;
    }
  }
  fields.push(line.slice(start));
  return fields;
}
