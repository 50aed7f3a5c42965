/**
 * Records of a delimited text without any quote character, split exactly as csv-parse splits them
 * with the options of delimited-table.ts (`relax_column_count`, `relax_quotes`, `skip_empty_lines:
 * false`, `to`): the record separator is the first line end in the text (`\r\n`, `\n` or `\r`) and only
 * that one; an empty line is a record of one empty cell; a line end at the very end closes the last
 * record. A text with a quote goes to csv-parse itself (loaded only then), so every quoting rule stays
 * csv-parse's. test/node/import/plain-records.test.ts compares the two on generated texts.
 */

/** The records of `text` (at most `limit`), or undefined when the text holds a `"`. */
export function plainRecords(text: string, delimiter: string, limit: number): string[][] | undefined {
  if (text.includes('"')) return undefined;
  if (text === '') return [];
  const lines = text.split(lineEndOf(text));
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.slice(0, limit).map((line) => line.split(delimiter));
}

function lineEndOf(text: string): string {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  if (r === -1 || (n !== -1 && n < r)) return '\n';
  return text[r + 1] === '\n' ? '\r\n' : '\r';
}
