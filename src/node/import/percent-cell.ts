import {
  importErrors,
  importFound,
  type CellRole,
  type MessagePlace,
} from '../../core/text/import-messages.js';
import type { Problems } from '../../core/contract/problems.js';
import { cellText, type Cell } from './sheet-cells.js';

/** A percentage cell, read. */
export type PercentCell =
  | { readonly kind: 'number'; readonly value: number; readonly provisional: boolean }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid' };

/** The symbols CBS and the contract use for "not published" (besides an empty cell). */
const MISSING_SYMBOLS = new Set(['.', 'x', 'X', '-', '–']);
/** `63,4`, `63.4`, `-2`, `,5`; a trailing `%` and a provisional `*` are split off before. */
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** Reads a percentage cell: decimal comma or point, missing symbols, the provisional marker `*`. */
export function parsePercentCell(cell: Cell): PercentCell {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { kind: 'number', value: cell, provisional: false } : { kind: 'invalid' };
  if (typeof cell === 'boolean' || cell instanceof Date) return { kind: 'invalid' };
  let text = cellText(cell);
  if (text === '' || MISSING_SYMBOLS.has(text)) return { kind: 'missing' };
  const provisional = text.endsWith('*');
  if (provisional) text = text.slice(0, -1).trimEnd();
  text = text.replace(/\s*%$/, '').replace(/^−/, '-');
  if (!NUMBER.test(text)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(text.replace(',', '.')), provisional };
}

/**
 * Reads a percentage cell and records what it means: an error for text or a number outside 0–100, a
 * suppressed value (missing, never zero) or a provisional marker as a warning. Null when missing or bad.
 */
export function readPercent(
  cell: Cell,
  role: CellRole,
  place: MessagePlace & { row: number },
  problems: Problems,
): number | null {
  const parsed = parsePercentCell(cell);
  if (parsed.kind === 'missing') {
    if (role === 'value') problems.suppressed(place.row);
    return null;
  }
  if (parsed.kind === 'invalid') {
    problems.error(
      typeof cell === 'string'
        ? importErrors.notANumber(place, role, cell.trim())
        : importErrors.notACellValue(
            place,
            role,
            cell instanceof Date ? importFound.date(cellText(cell)) : `'${cellText(cell)}'`,
          ),
    );
    return null;
  }
  if (parsed.value < 0 || parsed.value > 100) {
    problems.error(importErrors.outOfRange(place, role, typeof cell === 'number' ? cell : cellText(cell)));
    return null;
  }
  if (parsed.provisional) problems.provisional(place.row);
  return parsed.value;
}
