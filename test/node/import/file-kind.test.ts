import { describe, expect, it } from 'vitest';
import {
  SURVEY_EXTENSIONS,
  SURVEY_FORMAT_EXTENSIONS,
  SURVEY_FORMATS,
} from '../../../src/core/contract/table.js';
import { importErrors } from '../../../src/core/text/import-messages.js';
import { extensionOf, fileKindOf } from '../../../src/node/import/file-kind.js';

describe('survey file extensions, derived from the formats', () => {
  it('lists each extension once, in the order of the formats', () => {
    expect(SURVEY_EXTENSIONS).toEqual(['.csv', '.tsv', '.txt', '.xlsx', '.json']);
    for (const format of SURVEY_FORMATS)
      for (const extension of SURVEY_FORMAT_EXTENSIONS[format])
        expect(SURVEY_EXTENSIONS).toContain(extension);
  });

  it('gives every listed extension a reader, and none to another', () => {
    expect(SURVEY_EXTENSIONS.map((extension) => fileKindOf(`tabel${extension.toUpperCase()}`))).toEqual([
      'delimited',
      'delimited',
      'delimited',
      'xlsx',
      'json',
    ]);
    expect(fileKindOf('tabel.xls')).toBeUndefined();
    expect(fileKindOf('tabel')).toBeUndefined();
    expect(extensionOf('map.d/tabel')).toBe('');
  });

  it('names the same extensions in the message for an unsupported one', () => {
    expect(importErrors.unsupportedExtension('t.xls', '.xls').expected).toBe(
      '.csv, .tsv, .txt, .xlsx of .json, of een StatLine-URL (https://…)',
    );
  });
});
