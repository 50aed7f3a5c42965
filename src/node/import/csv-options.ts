import type { InputError } from '../../core/contract/input-error.js';
import { importErrors, importFound } from '../../core/text/import-messages.js';

/**
 * How both importers read delimited text with csv-parse: ragged rows and stray quotes are kept for the
 * importer to report by row and column, empty lines keep their row numbers, and parsing stops after
 * `atMost` records (beyond it the file is refused unread).
 */
export function csvParseOptions(delimiter: string, atMost: number) {
  return {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    to: atMost,
  } as const;
}

/**
 * csv-parse's error (its `code` and the `lines` it had read) as the Dutch input error both importers
 * give: file, row, what was found and what was expected.
 */
export function csvSyntaxError(
  file: string,
  error: { readonly code: string; readonly lines?: number },
): InputError {
  return importErrors.csvSyntax({ file, row: error.lines }, csvProblem(error.code));
}

function csvProblem(code: string): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return importFound.quoteNotClosed;
  if (code.includes('QUOTE')) return importFound.quoteMisplaced;
  return importFound.unreadableLine(code);
}
