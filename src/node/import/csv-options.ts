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
