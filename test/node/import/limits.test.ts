import { writeFileSync } from 'node:fs';
import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  importSurveyBytes,
  importSurveyFile,
  MAX_DATA_ROWS,
  MAX_FILE_BYTES,
} from '../../../src/node/import/index.js';
import {
  inputErrorsOf,
  patchXlsx,
  SAMPLE_ROWS,
  tempFiles,
  utf8,
  writeLongXlsx,
} from '../../support/survey-fixtures.js';

/** A valid workbook with one more part added (compressed as fflate does by default). */
async function withPart(name: string, content: Uint8Array): Promise<Uint8Array> {
  const parts = unzipSync(await writeLongXlsx(SAMPLE_ROWS));
  return zipSync({ ...parts, [name]: content });
}

/** Overwrites the uncompressed size of every entry in the zip's local and central headers. */
function claimSize(zip: Uint8Array, size: number): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

/**
 * A zip of `count` entries that all hold the same deflated bytes, written by hand so that a large
 * archive costs one small compression. Each entry declares `claimed` unpacked bytes.
 */
function repeatedZip(count: number, content: Uint8Array, claimed: number): Uint8Array {
  const packed = deflateSync(content);
  const name = (i: number) => strToU8(`xl/media/deel${i}.bin`);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(18, packed.length, true);
    local.setUint32(22, claimed, true);
    local.setUint16(26, name(i).length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(10, 8, true);
    entry.setUint32(20, packed.length, true);
    entry.setUint32(24, claimed, true);
    entry.setUint16(28, name(i).length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name(i), packed);
    central.push(new Uint8Array(entry.buffer), name(i));
    offset += 30 + name(i).length + packed.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, count, true);
  end.setUint16(10, count, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Deterministic low-entropy bytes: compress well, but far less than 100×. */
function sparseBits(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24 < 26 ? 49 : 48;
  }
  return bytes;
}

describe('limits', () => {
  it('refuses a file over 20 MB before reading it', async () => {
    const path = tempFiles({ 'groot.csv': '' });
    writeFileSync(path, Buffer.alloc(MAX_FILE_BYTES + 1, 0x41));
    expect((await inputErrorsOf(importSurveyFile(path)))[0]!.message).toBe(
      `${path}: het bestand is te groot. Gevonden: 20,0 MB; verwacht: hoogstens 20,0 MB.`,
    );
    expect(
      (await inputErrorsOf(importSurveyBytes('groot.csv', new Uint8Array(MAX_FILE_BYTES + 1))))[0]!.found,
    ).toBe('20,0 MB');
  });

  it(`refuses more than ${MAX_DATA_ROWS} data rows`, async () => {
    const text = `beroep,indicator,waarde\n${'A,werkdruk,1\n'.repeat(MAX_DATA_ROWS + 1)}`;
    expect((await inputErrorsOf(importSurveyBytes('lang.csv', utf8(text)))).map((e) => e.message)).toEqual([
      'lang.csv: het bestand heeft te veel gegevensrijen. Gevonden: 200.001 rijen; verwacht: hoogstens 200.000 rijen.',
    ]);
  });

  it('refuses a workbook part packed more than 100× (a zip bomb)', async () => {
    const bytes = await withPart('xl/media/vulling.xml', new Uint8Array(5 * 1024 * 1024).fill(32));
    const errors = await inputErrorsOf(importSurveyBytes('bom.xlsx', bytes));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /^bom\.xlsx: een onderdeel van de werkmap is verdacht sterk ingepakt \(mogelijk een zipbom\)\. Gevonden: 'xl\/media\/vulling\.xml' met verhouding [\d.]+×; verwacht: hoogstens 100×\.$/,
    );
  });

  it('refuses a workbook whose declared unpacked size exceeds 100 MB', async () => {
    const bytes = claimSize(await writeLongXlsx(SAMPLE_ROWS), 60 * 1024 * 1024);
    expect((await inputErrorsOf(importSurveyBytes('groot.xlsx', bytes)))[0]!.message).toMatch(
      /^groot\.xlsx: de werkmap is uitgepakt te groot \(mogelijk een zipbom\)\. Gevonden: [\d.,]+ MB uitgepakt; verwacht: hoogstens 100,0 MB uitgepakt\.$/,
    );
  });

  it('measures what a workbook really unpacks to, not what it declares', async () => {
    const lying = claimSize(
      await withPart('xl/media/vulling.xml', new Uint8Array(5 * 1024 * 1024).fill(32)),
      100,
    );
    expect((await inputErrorsOf(importSurveyBytes('bom.xlsx', lying)))[0]!.found).toMatch(
      /^'xl\/media\/vulling\.xml' met verhouding/,
    );
    // 105 parts of 1 MB, each packed far less than 100×, declaring 1 000 bytes each.
    const big = repeatedZip(105, sparseBits(1024 * 1024), 1000);
    expect(big.length).toBeLessThan(MAX_FILE_BYTES);
    const errors = await inputErrorsOf(importSurveyBytes('groot.xlsx', big));
    expect(errors[0]!.message).toMatch(/^groot\.xlsx: de werkmap is uitgepakt te groot/);
  });

  it('refuses a sheet claiming rows beyond Excel’s 1 048 576', async () => {
    const dimension = patchXlsx(await writeLongXlsx(SAMPLE_ROWS), (parts) => {
      parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml']!.replace(
        '<sheetData>',
        '<dimension ref="A1:C2000000"/><sheetData>',
      );
    });
    expect((await inputErrorsOf(importSurveyBytes('d.xlsx', dimension)))[0]!.message).toBe(
      "d.xlsx: een werkblad is te groot om veilig te lezen. Gevonden: 'xl/worksheets/sheet1.xml' tot rij 2.000.000 en kolom 6; verwacht: hoogstens 1.048.576 rijen, 16.384 kolommen en 10.000.000 cellen in gebruik.",
    );
    const farRow = patchXlsx(await writeLongXlsx(SAMPLE_ROWS), (parts) => {
      parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml']!.replace(
        '</sheetData>',
        '<row r="999999999"><c r="A999999999" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      );
    });
    expect((await inputErrorsOf(importSurveyBytes('r.xlsx', farRow)))[0]!.found).toContain(
      'tot rij 999.999.999',
    );
  });

  it('refuses a sheet whose used cells span more than 10 million', async () => {
    const wide = patchXlsx(await writeLongXlsx(SAMPLE_ROWS), (parts) => {
      parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml']!.replace(
        '</sheetData>',
        '<row r="100000"><c r="XFD100000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      );
    });
    expect((await inputErrorsOf(importSurveyBytes('w.xlsx', wide)))[0]!.found).toBe(
      "'xl/worksheets/sheet1.xml' tot rij 100.000 en kolom 16.384",
    );
  });

  it('reads a normal workbook with an extra part that is large but not suspicious', async () => {
    const bytes = await withPart('xl/media/data.bin', sparseBits(2 * 1024 * 1024));
    expect((await importSurveyBytes('ok.xlsx', bytes)).observations).toHaveLength(6);
  });
});
