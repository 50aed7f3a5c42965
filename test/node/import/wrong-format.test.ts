import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSurveyBytes, importSurveyFile } from '../../../src/node/import/index.js';
import {
  inputErrorsOf,
  SAMPLE_ROWS,
  tempFiles,
  utf8,
  writeLongCsv,
  writeLongXlsx,
} from '../../support/survey-fixtures.js';

const WRONG = 'het bestand is niet de indeling die de naam zegt';

describe('rule: a file that is not the format its name says is an error', () => {
  it('an .xlsx that is CSV text', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('tabel.xlsx', utf8(writeLongCsv(SAMPLE_ROWS))));
    expect(errors.map((e) => e.message)).toEqual([
      `tabel.xlsx: ${WRONG}. Gevonden: tekst (zoals CSV), geen zip-archief; verwacht: een Excel-werkmap (.xlsx, een zip-archief).`,
    ]);
  });

  it('an .xlsx that is another binary file', async () => {
    const errors = await inputErrorsOf(
      importSurveyBytes('foto.xlsx', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
    );
    expect(errors[0]!.found).toBe('een binair bestand dat geen zip-archief is');
  });

  it('an .xlsx that is a broken or foreign zip', async () => {
    const good = await writeLongXlsx(SAMPLE_ROWS);
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    expect((await inputErrorsOf(importSurveyBytes('kapot.xlsx', truncated)))[0]!.message).toContain(WRONG);
    const { zipSync, strToU8 } = await import('fflate');
    const foreign = zipSync({ 'leesmij.txt': strToU8('geen werkmap') });
    expect((await inputErrorsOf(importSurveyBytes('zip.xlsx', foreign)))[0]!.found).toBe(
      'een zip-archief dat geen leesbare Excel-werkmap is',
    );
  });

  it('a damaged workbook that once left the spreadsheet reader waiting forever (found by fuzzing)', async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/xlsx/beschadigd-zonder-workbook-rels.xlsx'));
    const errors = await inputErrorsOf(importSurveyBytes('kapot.xlsx', bytes));
    expect(errors.map((e) => e.found)).toEqual(['een zip-archief dat geen leesbare Excel-werkmap is']);
  });

  it('a .json that is not JSON', async () => {
    const errors = await inputErrorsOf(
      importSurveyBytes('s.json', utf8('{\n  "value": [\n    {"Measure": }\n  ]\n}')),
    );
    // Node 20 does not always say where; when it does, the line is named.
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^s\\.json: ${WRONG}\\. Gevonden: tekst die geen geldige JSON is( \\(fout op regel 3\\))?; verwacht: JSON met StatLine-waarnemingen \\(OData v4\\)\\.$`,
        ),
      ),
    ]);
  });

  it('a .json that is JSON but not StatLine observations', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('s.json', utf8('{"naam": "tabel"}')));
    expect(errors[0]!.message).toMatch(
      /^s\.json: de JSON heeft niet de vorm van StatLine-waarnemingen\. Gevonden: een object met 'naam'/,
    );
  });

  it('a .csv that is an xlsx workbook or binary data (not UTF-8 is read as Windows-1252)', async () => {
    const xlsx = await writeLongXlsx(SAMPLE_ROWS);
    expect((await inputErrorsOf(importSurveyBytes('t.csv', xlsx)))[0]!.message).toBe(
      `t.csv: ${WRONG}. Gevonden: een zip-archief (zoals een .xlsx-werkmap); verwacht: tekst met kolommen gescheiden door , ; of tab (CSV of TSV).`,
    );
    const binary = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
    expect((await inputErrorsOf(importSurveyBytes('t.csv', binary)))[0]!.found).toBe(
      'binaire gegevens (nul-bytes)',
    );
    const latin1 = Uint8Array.from([
      ...utf8('beroep;indicator;waarde\nTandartsassistenten en mondhygi'),
      0xeb,
      ...utf8('nisten;werkdruk;50\n'),
    ]);
    const table = await importSurveyBytes('t.csv', latin1);
    expect(table.observations[0]?.profession).toBe('Tandartsassistenten en mondhygiënisten');
    expect(table.warnings.map((w) => w.code)).toContain('text-encoding');
  });

  it('an unclosed quote, naming the row', async () => {
    const errors = await inputErrorsOf(
      importSurveyBytes('t.csv', utf8('beroep,indicator,waarde\nA,werkdruk,50\n"B,werkdruk,50\n')),
    );
    expect(errors).toMatchObject([{ row: 3, found: 'een aanhalingsteken dat niet wordt gesloten' }]);
  });

  it('an unsupported extension', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('tabel.xls', utf8('x')));
    expect(errors.map((e) => e.message)).toEqual([
      "tabel.xls: dit bestandstype wordt niet ondersteund. Gevonden: de extensie '.xls'; verwacht: .csv, .tsv, .txt, .xlsx of .json, of een StatLine-URL (https://…).",
    ]);
  });

  it('a path that does not exist or is a folder', async () => {
    const missing = await inputErrorsOf(importSurveyFile('/nergens/tabel.csv'));
    expect(missing[0]!.message).toBe(
      '/nergens/tabel.csv: het bestand kan niet worden gelezen. Gevonden: geen bestand op dit pad; verwacht: een leesbaar bestand.',
    );
    const folder = tempFiles({ 'x.csv': 'a' }).replace(/\/x\.csv$/, '');
    expect((await inputErrorsOf(importSurveyFile(folder)))[0]!.found).toBe('een map, geen bestand');
  });

  it.skipIf(process.platform === 'win32')(
    'a pipe as the table or as its sidecar is refused, not read (reading would wait for ever)',
    async () => {
      const table = tempFiles({ 'tabel.csv': writeLongCsv(SAMPLE_ROWS) });
      const pipe = table.replace(/tabel\.csv$/, 'pijp.csv');
      const sidecar = table.replace(/\.csv$/, '.meta.json');
      // A writer waits on each pipe, so that an import that opened one would read it empty and fail
      // here, not block this worker for ever; when nothing opens them, the writers are ended below.
      const writers = [pipe, sidecar].map((path) => {
        execFileSync('mkfifo', [path]);
        return spawn('sh', ['-c', ': > "$1"', 'sh', path], { stdio: 'ignore' });
      });
      try {
        expect((await inputErrorsOf(importSurveyFile(pipe)))[0]!.found).toBe(
          'geen gewoon bestand (bijvoorbeeld een pijp of apparaat)',
        );
        const errors = await inputErrorsOf(importSurveyFile(table));
        expect(errors.map((e) => e.file)).toEqual([sidecar]);
      } finally {
        for (const writer of writers) writer.kill();
        for (const path of [pipe, sidecar]) rmSync(path, { force: true });
      }
    },
  );
});
