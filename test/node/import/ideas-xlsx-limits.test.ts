import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputErrors } from '../../../src/core/contract/input-error.js';
import { readIdeasGrid } from '../../../src/node/import/ideas-read.js';
import { writeSheetsXlsx } from '../../support/survey-fixtures.js';

describe('ideas workbooks get the survey importer’s zip-bomb guard', () => {
  it('refuses a workbook part packed more than 100× with a clear error naming the file', async () => {
    const valid = await writeSheetsXlsx([
      { name: 'Ideeën', rows: [['tekst'], ['Minder dubbel registreren.']] },
    ]);
    const bomb = zipSync({
      ...unzipSync(valid),
      'xl/media/vulling.xml': new Uint8Array(5 * 1024 * 1024).fill(32),
    });
    const path = join(mkdtempSync(join(tmpdir(), 'wb-ideas-bomb-')), 'bom.xlsx');
    writeFileSync(path, bomb);
    const error = await readIdeasGrid(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as InputErrors).errors[0]!.message).toMatch(/^bom\.xlsx: .*zipbom/);
  });
});
