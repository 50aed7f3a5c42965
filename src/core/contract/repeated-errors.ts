/**
 * A file's errors as they are shown: the same fault in many rows (a comma file whose every row has too
 * many cells) is listed for its first rows only, then summed up in one line, so that a reader meets the
 * cause and not 345 copies of it. Every shown error keeps its file, row and column. One rule for the
 * CLI, the API and the site.
 */
import type { InputError } from './input-error.js';
import { importErrors } from '../text/import-messages.js';

/** Rows listed per repeated fault before the rest is summed up. */
export const SHOWN_PER_FAULT = 20;

/** The message without its row, so the same fault in two rows has the same key. */
function faultKey(error: InputError): string | null {
  if (error.row === undefined) return null;
  return `${error.file}\u0000${error.column ?? ''}\u0000${error.message.replace(`rij ${error.row}`, 'rij #')}`;
}

/**
 * The errors in their order, each fault's rows after the first `perFault` left out and replaced by one
 * summary (with `repeated`: how many rows it stands for) where the first left-out row was.
 */
export function capRepeatedErrors(errors: readonly InputError[], perFault = SHOWN_PER_FAULT): InputError[] {
  const groups = new Map<string, InputError[]>();
  for (const error of errors) {
    const key = faultKey(error);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  const shown: InputError[] = [];
  const seen = new Map<string, number>();
  for (const error of errors) {
    const key = faultKey(error);
    const group = key === null ? undefined : groups.get(key);
    if (key === null || !group || group.length <= perFault) {
      shown.push(error);
      continue;
    }
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    if (index < perFault) shown.push(error);
    else if (index === perFault) {
      const rest = group.slice(perFault);
      const last = rest.at(-1)?.row ?? error.row ?? 0;
      shown.push({
        file: error.file,
        found: error.found,
        expected: error.expected,
        message: importErrors.repeatedRows(error.file, rest.length, error.row ?? last, last),
        repeated: rest.length,
      });
    }
  }
  return shown;
}

/** How many errors a shown list stands for (a summary counts for its rows). */
export function errorCount(shown: readonly { readonly repeated?: number | undefined }[]): number {
  return shown.reduce((sum, error) => sum + (error.repeated ?? 1), 0);
}
