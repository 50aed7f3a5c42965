import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputErrors } from '../../../src/core/contract/input-error.js';
import { IdeasImportRefused, prepareIdeas } from '../../../src/node/import/ideas-import.js';
import { formatOfFile, IDEAS_EXTENSIONS, readIdeasGrid } from '../../../src/node/import/ideas-read.js';
import { ideasExpected, ideasMessages } from '../../../src/core/text/ideas-messages.js';
import { importFound } from '../../../src/core/text/import-messages.js';
import { writeSheetsXlsx } from '../../support/survey-fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbalans-ideas-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function prepared(name: string, content: string | Uint8Array) {
  return prepareIdeas(await readIdeasGrid(put(name, content)));
}

async function failure(name: string, content: string | Uint8Array): Promise<InputErrors> {
  try {
    await prepared(name, content);
  } catch (error) {
    if (error instanceof InputErrors) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const expected = [
  {
    id: 'a1',
    text: 'Minder dubbele registratie.',
    themes: ['Administratieve lasten'],
    kind: 'voorstel',
    branch: 'Verpleging, verzorging en thuiszorg (VVT)',
    province: 'Utrecht',
    profession: 'Wijkverpleegkundigen',
  },
  {
    id: 'a2',
    text: 'Vaste roosters, ook in de zomer.',
    themes: ['Werkdruk en roosters', 'Waardering en arbeidsvoorwaarden'],
    kind: null,
    branch: 'Kinderopvang',
    province: null,
    profession: null,
  },
];

describe('reading ideas files', () => {
  it('reads CSV with a BOM, semicolons and Dutch headers', async () => {
    const csv =
      '\uFEFFid;tekst;thema;soort;branche;provincie;beroep\r\na1;Minder dubbele registratie.;administratie;voorstel;VVT;Utrecht;wijkverpleegkundige\r\na2;"Vaste roosters, ook in de zomer.";"werkdruk; waardering";;kinderopvang;;\r\n';
    expect((await prepared('ideeen.csv', csv)).ideas).toEqual(expected);
  });

  it('reads TSV with English headers in another order', async () => {
    const tsv =
      'text\tkind\tid\ttheme\tsector\tprovince\tprofession\nMinder dubbele registratie.\tproposal\ta1\tadministratie\tVVT\tUtrecht\tWijkverpleegkundige\nVaste roosters, ook in de zomer.\t\ta2\twerkdruk;waardering\tKinderopvang\t\t\n';
    expect((await prepared('ideas.tsv', tsv)).ideas).toEqual(expected);
  });

  it('reads the first sheet of an xlsx, below an empty row', async () => {
    const xlsx = await writeSheetsXlsx([
      {
        name: 'Ideeën',
        rows: [
          [null],
          ['id', 'idee', "thema's", 'soort', 'branche', 'provincie', 'beroep'],
          [
            'a1',
            'Minder dubbele registratie.',
            'administratie',
            'voorstel',
            'VVT',
            'Utrecht',
            'Wijkverpleegkundige',
          ],
          [
            'a2',
            'Vaste roosters, ook in de zomer.',
            'werkdruk; waardering',
            null,
            'Kinderopvang',
            null,
            null,
          ],
          [null, null, null, 'klacht'],
        ],
      },
    ]);
    const error = await failure('ideeen.xlsx', xlsx);
    expect(error.errors.map((e) => [e.row, e.column])).toEqual([
      [5, 'idee'],
      [5, 'soort'],
    ]);
    const good = await writeSheetsXlsx([
      {
        name: 'Ideeën',
        rows: [
          ['id', 'idee', "thema's", 'soort', 'branche', 'provincie', 'beroep'],
          [
            'a1',
            'Minder dubbele registratie.',
            'administratie',
            'voorstel',
            'VVT',
            'Utrecht',
            'Wijkverpleegkundige',
          ],
          [
            'a2',
            'Vaste roosters, ook in de zomer.',
            'werkdruk; waardering',
            null,
            'Kinderopvang',
            null,
            null,
          ],
        ],
      },
    ]);
    expect((await prepared('ideeen.xlsx', good)).ideas).toEqual(expected);
  });

  it('reads a JSON array, themes as a list, and numbers its elements', async () => {
    const json = JSON.stringify([
      {
        id: 'a1',
        tekst: 'Minder dubbele registratie.',
        thema: 'administratie',
        soort: 'voorstel',
        branche: 'VVT',
        provincie: 'Utrecht',
        beroep: 'Wijkverpleegkundige',
      },
      {
        id: 'a2',
        text: 'Vaste roosters, ook in de zomer.',
        theme: ['werkdruk', 'waardering'],
        sector: 'Kinderopvang',
      },
    ]);
    // Dutch and English keys for one field in one file are two columns for the same field: refused.
    const mixed = await failure('ideeen.json', json);
    expect(mixed.errors[0]!.message).toContain("nog een kolom voor 'tekst'");
    const clean = json
      .replaceAll('"text"', '"tekst"')
      .replaceAll('"theme"', '"thema"')
      .replaceAll('"sector"', '"branche"');
    expect((await prepared('ideeen.json', clean)).ideas).toEqual(expected);
    const bad = await failure(
      'ideeen.json',
      JSON.stringify([{ tekst: 'a', soort: { x: 1 } }, 'los', { tekst: '' }]),
    );
    expect(bad.errors.map((e) => e.message)).toEqual([
      "ideeen.json, element 1, kolom 'soort': verwacht tekst (tussen aanhalingstekens), gevonden: een object.",
      'ideeen.json, element 2: verwacht een object met velden als "tekst" en "thema", gevonden: "los".',
      "ideeen.json, element 3, kolom 'tekst': de tekst van het idee ontbreekt; verwacht een niet-lege tekst.",
    ]);
  });

  it('refuses a JSON number, boolean, object or list where text belongs, with element and column', async () => {
    const error = await failure(
      'ideeen.json',
      JSON.stringify([
        { id: 'x-num', tekst: 12345678, thema: ['Werkdruk en roosters'] },
        { id: 7, tekst: true, beroep: 42, opmerking: 3 },
        { tekst: ['los', 'lijst'], provincie: { naam: 'Utrecht' }, soort: false, thema: 5 },
        { tekst: 'Goed', branche: ['VVT'] },
      ]),
    );
    expect(error.errors.map((e) => [e.row, e.column, e.found, e.expected])).toEqual([
      [1, 'tekst', '12345678', ideasExpected.text],
      [2, 'tekst', 'true', ideasExpected.text],
      [2, 'beroep', '42', ideasExpected.text],
      [3, 'tekst', ideasExpected.list, ideasExpected.text],
      [3, 'thema', '5', ideasExpected.textOrList],
      [3, 'provincie', ideasExpected.object, ideasExpected.text],
      [3, 'soort', 'false', ideasExpected.text],
      [4, 'branche', ideasExpected.list, ideasExpected.text],
    ]);
    expect(error.errors[0]!.message).toBe(
      "ideeen.json, element 1, kolom 'tekst': verwacht tekst (tussen aanhalingstekens), gevonden: 12345678.",
    );
    // A number as id, and any plain value in a column the importer ignores, are still fine.
    const ok = await prepared('ok.json', JSON.stringify([{ id: 7, tekst: 'Meer tijd.', opmerking: 3 }]));
    expect(ok.ideas.map((idea) => [idea.id, idea.text])).toEqual([['7', 'Meer tijd.']]);
  });

  it('warns about unknown columns and labels, and refuses a row with too many cells', async () => {
    const ok = await prepared('x.csv', 'tekst,opmerking,branche\nIets,intern,Apotheek\nAnders,,Jeugdzorgg\n');
    expect(ok.warnings.map((w) => [w.code, w.row, w.column])).toEqual([
      ['ignored-column', 1, 'opmerking'],
      ['unknown-label', 2, 'branche'],
      ['unknown-label', 3, 'branche'],
    ]);
    expect(ok.warnings.map((w) => w.message)).toEqual([
      "x.csv, rij 1, kolom 'opmerking': onbekende kolom, genegeerd. Bekende kolommen: id, tekst, thema, soort, branche, provincie, beroep.",
      "x.csv, rij 2, kolom 'branche': onbekende branche 'Apotheek', bewaard zoals geschreven maar niet openbaar tot een beheerder het label goedkeurt of koppelt.",
      "x.csv, rij 3, kolom 'branche': onbekende branche 'Jeugdzorgg', bewaard zoals geschreven maar niet openbaar tot een beheerder het label goedkeurt of koppelt (bedoelt u 'Jeugdzorg'?).",
    ]);
    const error = await failure('x.csv', 'tekst,soort\nIets,wens\nTe veel,wens,extra\n\nNog iets,kans\n');
    expect(error).toBeInstanceOf(IdeasImportRefused);
    expect(error.errors).toEqual([
      {
        file: 'x.csv',
        row: 3,
        found: '3 cellen',
        expected: '2 cellen',
        message: 'x.csv, rij 3: 3 cellen gevonden, verwacht 2 (zoveel als er kolomnamen zijn).',
      },
    ]);
  });

  it('refuses a repeated id, and merges a repeated text without id with a warning', async () => {
    const error = await failure('x.csv', 'id,tekst\n1,Een\n2,Twee\n1,Drie\n');
    expect(error.errors.map((e) => [e.row, e.column, e.found])).toEqual([[4, 'id', '1']]);
    const merged = await prepared('y.csv', 'tekst\nMeer overleg.\nmeer   OVERLEG\n');
    expect(merged.ideas).toHaveLength(1);
    expect(merged.refused).toBe(1);
    expect(merged.warnings[0]?.code).toBe('same-text');
    expect(merged.warnings[0]!.message).toBe(
      'y.csv, rij 3: dezelfde tekst als rij 2 zonder eigen id; niet nog een keer opgenomen.',
    );
  });

  it.each([
    ['leeg.csv', '', 'leeg.csv: het bestand bevat geen ideeën.'],
    ['kop.csv', 'id,tekst\n', 'kop.csv: het bestand bevat geen ideeën.'],
    [
      'notities.docx',
      'x',
      'notities.docx: onbekend bestandstype; verwacht een .csv-, .tsv-, .txt-, .tab-, .xlsx- of .json-bestand.',
    ],
    ['nep.xlsx', 'tekst\nIets\n', 'nep.xlsx: dit is geen geldig xlsx-bestand'],
    ['nep.json', '{"tekst": ', 'nep.json: dit is geen geldig JSON-bestand'],
    [
      'object.json',
      '{"tekst": "x"}',
      'object.json: verwacht een JSON-lijst van ideeën ([{…}, …]), gevonden: een object.',
    ],
    [
      'zonder.csv',
      'id,omschrijving\n1,Iets\n',
      "zonder.csv: de kolom met de tekst van het idee ontbreekt; verwacht 'tekst', 'text' of 'idee', gevonden: 'id', 'omschrijving'.",
    ],
  ])('refuses %s with a clear message', async (name, content, message) => {
    const error = await failure(name, content);
    expect(error.errors[0]!.message.startsWith(message)).toBe(true);
  });

  it('refuses a broken CSV in Dutch with the row, as the survey reader does', async () => {
    const error = await failure(
      'bad-ideas3.csv',
      'id,tekst,thema\nx-4,"Niet afgesloten aanhalingsteken,Werkdruk\nx-5,Tweede,Werkdruk en roosters\n',
    );
    expect(error.errors).toEqual([
      {
        file: 'bad-ideas3.csv',
        row: 3,
        found: importFound.quoteNotClosed,
        expected: 'velden gescheiden door , ; of tab, aanhalingstekens gesloten',
        message: expect.stringMatching(/^bad-ideas3\.csv, rij 3: de tekst is geen geldige CSV\./) as string,
      },
    ]);
    expect(error.errors[0]!.message).not.toMatch(/Quote|parsing/);
  });

  it('reads text that is not UTF-8 as Windows-1252, with a warning', async () => {
    const batch = await prepared(
      'latin1.csv',
      new Uint8Array([0x74, 0x65, 0x6b, 0x73, 0x74, 0x0a, 0x63, 0x6c, 0x69, 0xeb, 0x6e, 0x74, 0x0a]),
    );
    expect(batch.ideas.map((idea) => idea.text)).toEqual(['cliënt']);
    expect(batch.warnings.map((w) => w.code)).toEqual(['text-encoding']);
  });

  it('refuses binary data in a text format, naming what it found', async () => {
    const error = await failure('binair.csv', new Uint8Array([0x74, 0x00, 0x6b, 0x0a]));
    expect(error.errors[0]).toMatchObject({
      file: 'binair.csv',
      found: importFound.nulBytes,
      message: `binair.csv: dit is geen geldig CSV-bestand (${importFound.nulBytes}).`,
    });
  });

  it('names exactly the extensions it reads when it refuses a file', () => {
    expect(IDEAS_EXTENSIONS).toContain('.tab');
    const message = ideasMessages.unsupportedFormat('x.doc', IDEAS_EXTENSIONS);
    const named = [...message.matchAll(/(\.[a-z]+)-/g)].map((m) => m[1]);
    expect(named).toEqual([...IDEAS_EXTENSIONS]);
    expect(ideasExpected.formats(IDEAS_EXTENSIONS).match(/\.[a-z]+/g)).toEqual([...IDEAS_EXTENSIONS]);
    for (const extension of IDEAS_EXTENSIONS) expect(formatOfFile(`a${extension}`)).toBeDefined();
  });
});
