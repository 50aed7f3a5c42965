import { describe, expect, it } from 'vitest';
import { parseStored, storedWarnings } from '../../../src/node/store/stored-json.js';

describe('stored JSON read back with a schema', () => {
  it('reads coded warnings as they were written, from JSON text or parsed', () => {
    const warnings = [
      { code: 'suppressed', file: 't.csv', message: 't.csv: 1 cijfer ontbreekt.' },
      { code: 'ignored-column', file: 't.csv', row: 1, column: 'D', message: 'kolom D genegeerd' },
    ];
    expect(parseStored(storedWarnings('t.csv'), warnings)).toEqual(warnings);
    expect(parseStored(storedWarnings('t.csv'), JSON.stringify(warnings))).toEqual(warnings);
  });

  it('reads the bare sentences of an older store as earlier notes of its file', () => {
    expect(parseStored(storedWarnings('oud.csv'), ['oud.csv: een opmerking.'])).toEqual([
      { code: 'earlier-note', file: 'oud.csv', message: 'oud.csv: een opmerking.' },
    ]);
  });

  it('throws on a shape the code did not write', () => {
    expect(() =>
      parseStored(storedWarnings('t.csv'), [{ code: 'onbekend', file: 't.csv', message: 'x' }]),
    ).toThrow();
    expect(() => parseStored(storedWarnings('t.csv'), [42])).toThrow();
  });
});
