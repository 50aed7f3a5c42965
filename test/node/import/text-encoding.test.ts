/**
 * Files as Dutch Excel saves them (audit 9, finding 7): "CSV (gescheiden door lijstscheidingsteken)"
 * writes Windows-1252, "Unicode-tekst" UTF-16 LE with a byte-order mark and tabs. The fixtures are real
 * bytes (written by Python's cp1252 and utf-16-le codecs): é, ë, €, ’ and ’s as Excel stores them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSurveyBytes, importSurveyFile } from '../../../src/node/import/index.js';
import { prepareIdeas } from '../../../src/node/import/ideas-import.js';
import { readIdeasBytes, readIdeasGrid } from '../../../src/node/import/ideas-read.js';
import { decodeText } from '../../../src/node/import/text-content.js';
import { decodeWindows1252 } from '../../../src/node/import/windows-1252.js';
import { InputErrors } from '../../../src/core/contract/input-error.js';
import { inputErrorsOf, utf8 } from '../../support/survey-fixtures.js';

const fixture = (name: string) => new URL(`../../fixtures/encoding/${name}`, import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const ANSI_NOTE = /gelezen als Windows-1252/;

describe('decoding a text file', () => {
  it('maps every Windows-1252 byte, the 0x80–0x9F block included', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x92, 0xe9, 0xeb, 0x93, 0x94, 0x85, 0x96]))).toBe(
      '€’éë“”…–',
    );
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...decodeWindows1252(all)]).toHaveLength(256);
  });

  it('tells which encoding it read: UTF-8 (BOM or not), UTF-16 by its BOM, else Windows-1252', () => {
    const text = 'Cliënt’s €';
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const cases = [
      [utf8(text), 'utf-8'],
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8'],
      [le, 'utf-16le'],
      [be, 'utf-16be'],
      [Uint8Array.from([0x43, 0x6c, 0x69, 0xeb, 0x6e, 0x74, 0x92, 0x73, 0x20, 0x80]), 'windows-1252'],
    ] as const;
    for (const [bytes, encoding] of cases)
      expect(decodeText('t.csv', bytes, 'tekst')).toEqual({ text, encoding });
  });

  it('still refuses binary data and broken UTF-16', () => {
    const binary = decodeText('t.csv', Uint8Array.from([0x41, 0, 0x42]), 'tekst');
    expect(binary).toMatchObject({ error: { found: 'binaire gegevens (nul-bytes)' } });
    const odd = decodeText('t.csv', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'tekst');
    expect(odd).toMatchObject({ error: { file: 't.csv', found: expect.stringMatching(/UTF-16/) as string } });
  });
});

describe('a survey table saved by Dutch Excel', () => {
  it('reads the default CSV (Windows-1252) with its accents, and says how it read it', async () => {
    const table = await importSurveyFile(fileURLPath('excel-ansi.csv'), { name: 'excel-ansi.csv' });
    const names = [...new Set(table.observations.map((o) => o.profession))];
    expect(names).toEqual([
      'Mondhygiënisten',
      'Verpleegkundig coördinatoren',
      'Café-medewerkers ’zorg’ (€-regeling)',
    ]);
    expect(table.observations.map((o) => o.indicator)).toContain('agressie_extern');
    expect(table.observations.find((o) => o.indicator === 'werkdruk')?.value).toBe(41.5);
    const notes = table.warnings.filter((w) => w.code === 'text-encoding');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/^excel-ansi\.csv: .*gelezen als Windows-1252/);
  });

  it('reads "Unicode-tekst" (UTF-16 LE with BOM, tabs) the same, without a note', async () => {
    const ansi = await importSurveyBytes('excel-ansi.csv', bytesOf('excel-ansi.csv'));
    const unicode = await importSurveyBytes('excel-unicode.txt', bytesOf('excel-unicode.txt'));
    expect(unicode.observations).toEqual(ansi.observations);
    expect(unicode.source.format).toBe('tsv');
    expect(unicode.warnings.some((w) => w.code === 'text-encoding')).toBe(false);
  });

  it('still names the file, row and column of a bad cell in a Windows-1252 file', async () => {
    const text = decodeWindows1252(bytesOf('excel-ansi.csv')).replace('63,4', '163,4');
    const bytes = Uint8Array.from(text, (c) => latin1Byte(c));
    const errors = await inputErrorsOf(importSurveyBytes('fout.csv', bytes));
    expect(errors[0]).toMatchObject({ file: 'fout.csv', row: 4, column: 'C', found: "'163,4'" });
  });
});

describe('an ideas file saved by Dutch Excel', () => {
  const expected = [
    'Eén vast aanspreekpunt per cliënt scheelt ons veel uitzoekwerk',
    'Een reiskostenvergoeding van €0,23 per km is te weinig voor wijkteams',
    'Het ’overdrachtsmoment’ ’s ochtends kan korter met een vaste checklist',
  ];

  it('reads Windows-1252 and names it in the import report', async () => {
    const batch = prepareIdeas(await readIdeasGrid(fileURLPath('ideas-ansi.csv')));
    expect(batch.ideas.map((idea) => idea.text)).toEqual(expected);
    expect(batch.warnings.filter((w) => w.code === 'text-encoding').map((w) => w.message)).toEqual([
      expect.stringMatching(ANSI_NOTE) as string,
    ]);
  });

  it('reads UTF-16 LE with BOM and tabs, without a note', async () => {
    const batch = prepareIdeas(await readIdeasBytes('ideas-unicode.txt', bytesOf('ideas-unicode.txt')));
    expect(batch.ideas.map((idea) => idea.text)).toEqual(expected);
    expect(batch.warnings.some((w) => w.code === 'text-encoding')).toBe(false);
  });

  it('still names the row and column of a bad cell', async () => {
    const text = decodeWindows1252(bytesOf('ideas-ansi.csv')).replace(';knelpunt;', ';klacht;');
    const grid = await readIdeasBytes(
      'fout.csv',
      Uint8Array.from(text, (c) => latin1Byte(c)),
    );
    let error: unknown;
    try {
      prepareIdeas(grid);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as InputErrors).errors[0]).toMatchObject({ file: 'fout.csv', row: 3, column: 'soort' });
  });
});

function fileURLPath(name: string): string {
  return fixture(name).pathname;
}

/** A character of the fixtures back to its Windows-1252 byte (only the few the fixtures hold). */
function latin1Byte(character: string): number {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return high[character] ?? character.charCodeAt(0);
}
