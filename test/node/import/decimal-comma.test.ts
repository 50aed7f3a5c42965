/**
 * Audit 8, finding 12: a comma-separated table whose numbers keep an unquoted decimal comma breaks every
 * row. The likely cause is said first, once, with the fix; the identical row errors are listed for their
 * first 20 rows and then summed up, in the CLI and (see the server test) the API and the page.
 */
import { describe, expect, it } from 'vitest';
import {
  capRepeatedErrors,
  errorCount,
  SHOWN_PER_FAULT,
} from '../../../src/core/contract/repeated-errors.js';
import { InputErrors } from '../../../src/core/contract/input-error.js';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import { reportError } from '../../../src/node/cli/exit-status.js';
import { inputErrorsOf, utf8 } from '../../support/survey-fixtures.js';

/** `rows` rows of `Beroep N,werkdruk,38,5,31,4,45,6`: every number split at its decimal comma. */
function decimalCommaCsv(rows: number): string {
  const lines = ['beroep,indicator,waarde,ondergrens,bovengrens'];
  for (let i = 0; i < rows; i++) lines.push(`Beroep ${i + 1},Loopbaanperspectieven,38,5,31,4,45,6`);
  return `${lines.join('\n')}\n`;
}

describe('decimal commas in a comma-separated table', () => {
  it('says first, once, that the numbers seem split at a decimal comma, with the fix', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('komma.csv', utf8(decimalCommaCsv(30))));
    expect(errors).toHaveLength(31);
    expect(errors[0]).toEqual({
      file: 'komma.csv',
      found: '30 rijen met 3 cellen te veel, waar getallen in tweeën lijken gesplitst',
      expected:
        'getallen met een decimale komma in een bestand met ; of tab als scheidingsteken, of tussen aanhalingstekens',
      message: expect.stringMatching(
        /^komma\.csv: de getallen lijken een decimale komma te hebben in een bestand dat komma’s als scheidingsteken gebruikt: kies ; als scheidingsteken of zet de getallen tussen aanhalingstekens/,
      ) as string,
    });
    expect(errors.slice(1).map((e) => e.row)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
  });

  it('says nothing of decimal commas when the extra cells are not split numbers', async () => {
    const text = 'beroep,indicator,waarde\nA,werkdruk,50,extra\nB,werkdruk,40\n';
    const errors = await inputErrorsOf(importSurveyBytes('t.csv', utf8(text)));
    expect(errors.map((e) => e.row)).toEqual([2]);
    // Nor in a semicolon file, where a decimal comma is fine.
    const semicolon = 'beroep;indicator;waarde\nA;werkdruk;50,5\nB;werkdruk;40;1\n';
    const other = await inputErrorsOf(importSurveyBytes('t.csv', utf8(semicolon)));
    expect(other.map((e) => [e.row, e.message.includes('decimale komma')])).toEqual([[3, false]]);
  });

  it('lists a repeated row error for its first 20 rows, then one line for the rest', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('komma.csv', utf8(decimalCommaCsv(345))));
    const shown = capRepeatedErrors(errors);
    expect(shown).toHaveLength(1 + SHOWN_PER_FAULT + 1);
    expect(errorCount(shown)).toBe(346);
    // Every listed row error keeps its file and row.
    expect(shown.slice(1, -1).map((e) => [e.file, e.row])).toEqual(
      Array.from({ length: 20 }, (_, i) => ['komma.csv', i + 2]),
    );
    expect(shown.at(-1)).toMatchObject({
      file: 'komma.csv',
      repeated: 325,
      message: 'komma.csv: en nog 325 rijen met dezelfde fout (rij 22 tot en met 346).',
    });
    // Different faults are not merged; 20 or fewer of a kind are all listed.
    expect(capRepeatedErrors(errors.slice(0, 21))).toEqual(errors.slice(0, 21));
  });

  it('prints the cause and 20 rows on the command line, not 345', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('komma.csv', utf8(decimalCommaCsv(345))));
    let stderr = '';
    const status = reportError(new InputErrors(errors), {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      stderrIsTTY: false,
      env: {},
      cwd: '/',
    });
    expect(status).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('346 fouten in komma.csv:');
    expect(lines[1]).toContain('decimale komma');
    expect(lines).toHaveLength(1 + 1 + 20 + 1);
    expect(lines.at(-1)).toBe('  komma.csv: en nog 325 rijen met dezelfde fout (rij 22 tot en met 346).');
  });
});
