/**
 * Fuzzing the survey importers: generated valid tables must import whole; mutated bytes (CSV, TSV,
 * xlsx, StatLine JSON) must end in a table or the contract's clear errors — no crash, no hang.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/node';
import { INDICATOR_IDS, INDICATORS } from '../../src/core/contract/indicators.js';
import { InputErrors } from '../../src/core/contract/input-error.js';
import { importSurveyBytes } from '../../src/node/import/index.js';
import { expectCleanOutcome } from './outcome.js';
import { mutate, mutation } from './mutation.js';
import { FUZZ_TIMEOUT_MS, fuzz } from './fuzz-settings.js';

const encoder = new TextEncoder();

interface Row {
  profession: string;
  indicator: string;
  value: number | null;
  halfWidth: number | null;
}

const professionName = fc.constantFrom(
  'Huisartsen',
  'Sociaal werkers',
  'Verpleegkundigen psychiatrie, ggz',
  'Gedragsdeskundigen (wo)',
  'Tandartsassistenten en mondhygiënisten',
  '  Wijkverpleegkundigen ',
  'Beroep "X"',
);
const indicatorLabel = fc.oneof(
  fc.constantFrom(...INDICATOR_IDS),
  fc.constantFrom(...INDICATORS.flatMap((i) => i.labels)),
  fc.constantFrom(...INDICATORS.flatMap((i) => i.labels.map((l) => l.toUpperCase()))),
);
const tenth = fc.integer({ min: 0, max: 1000 }).map((t) => t / 10);

/** A valid long table: unique (profession, indicator), values and bounds inside 0–100 and ordered. */
const validRows = fc
  .uniqueArray(
    fc.record({
      profession: professionName,
      indicator: indicatorLabel,
      value: fc.option(tenth, { freq: 8 }),
      halfWidth: fc.option(
        fc.integer({ min: 0, max: 100 }).map((t) => t / 10),
        { freq: 3 },
      ),
    }),
    {
      minLength: 1,
      maxLength: 40,
      selector: (r) =>
        `${r.profession.trim()}|${INDICATORS.find((i) => i.id === r.indicator || i.labels.some((l) => l.toLowerCase() === r.indicator.toLowerCase()))?.id}`,
    },
  )
  .map((rows) => rows as Row[]);

const style = fc.record({
  separator: fc.constantFrom(',', ';', '\t'),
  decimalComma: fc.boolean(),
  bom: fc.boolean(),
  crlf: fc.boolean(),
  missing: fc.constantFrom('.', 'x', '-', '–', ''),
});

function csvOf(
  rows: readonly Row[],
  s: { separator: string; decimalComma: boolean; bom: boolean; crlf: boolean; missing: string },
): string {
  const decimalComma = s.decimalComma && s.separator !== ',';
  const num = (v: number) => (decimalComma ? String(v).replace('.', ',') : String(v));
  const quote = (t: string) =>
    t.includes(s.separator) || t.includes('"') || t.includes('\n') ? `"${t.replace(/"/g, '""')}"` : t;
  const lines = [['beroep', 'indicator', 'waarde', 'ondergrens', 'bovengrens'].join(s.separator)];
  for (const r of rows) {
    const low =
      r.value === null || r.halfWidth === null
        ? ''
        : num(Math.max(0, Math.round((r.value - r.halfWidth) * 10) / 10));
    const high =
      r.value === null || r.halfWidth === null
        ? ''
        : num(Math.min(100, Math.round((r.value + r.halfWidth) * 10) / 10));
    lines.push(
      [quote(r.profession), quote(r.indicator), r.value === null ? s.missing : num(r.value), low, high].join(
        s.separator,
      ),
    );
  }
  return `${s.bom ? '\uFEFF' : ''}${lines.join(s.crlf ? '\r\n' : '\n')}\n`;
}

describe('fuzzing the survey importers', () => {
  it(
    'imports every generated valid CSV/TSV table whole, whatever its style',
    async () => {
      await fuzz(
        fc.asyncProperty(validRows, style, async (rows, s) => {
          const name = s.separator === '\t' ? 'tabel.tsv' : 'tabel.csv';
          const table = await importSurveyBytes(name, encoder.encode(csvOf(rows, s)));
          expect(table.observations).toHaveLength(rows.length);
          for (const o of table.observations) expect(o.profession).toBe(o.profession.trim());
        }),
        150,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'ends every mutated CSV in a table or clear errors',
    async () => {
      await fuzz(
        fc.asyncProperty(
          validRows,
          style,
          fc.array(mutation, { minLength: 1, maxLength: 6 }),
          async (rows, s, steps) => {
            const bytes = mutate(encoder.encode(csvOf(rows, s)), steps);
            await expectCleanOutcome('kapot.csv', () => importSurveyBytes('kapot.csv', bytes));
          },
        ),
        200,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'ends every mutated xlsx workbook in a table or clear errors',
    async () => {
      const sheet = [
        ['Beroep', 'Indicator', 'Waarde', 'Ondergrens', 'Bovengrens'],
        ['Huisartsen', 'Werkdruk te hoog', 55.1, 50.2, 60],
        ['Huisartsen', 'Autonomie', 80, 75.5, 84.5],
        ['Sociaal werkers', 'Werkdruk', '.', null, null],
      ];
      const valid = new Uint8Array(await writeXlsxFile(sheet as never).toBuffer());
      const table = await importSurveyBytes('goed.xlsx', valid);
      expect(table.observations).toHaveLength(3);
      await fuzz(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (steps) => {
          await expectCleanOutcome('kapot.xlsx', () => importSurveyBytes('kapot.xlsx', mutate(valid, steps)));
        }),
        60,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'ends every generated or mutated StatLine JSON in a table or clear errors',
    async () => {
      const observation = fc.record({
        Id: fc.nat(),
        Measure: fc.constantFrom('M001', 'M002', 'M003', 'X'),
        Beroep: fc.constantFrom('B01', 'B02', 'B03'),
        Perioden: fc.constantFrom('2024KW04', '2023KW04', 'raar'),
        Value: fc.oneof(fc.constant(null), tenth, fc.double(), fc.string()),
        ValueAttribute: fc.constantFrom('None', 'Impossible', 'Confidential', 'Unknown', 7),
      });
      const document = fc.oneof(
        fc.record({ value: fc.array(observation, { maxLength: 20 }) }),
        fc.array(observation, { maxLength: 20 }),
        fc.jsonValue(),
      );
      await fuzz(
        fc.asyncProperty(document, fc.array(mutation, { maxLength: 3 }), async (doc, steps) => {
          const bytes = mutate(encoder.encode(JSON.stringify(doc)), steps);
          await expectCleanOutcome('statline.json', () => importSurveyBytes('statline.json', bytes));
        }),
        200,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('refuses an empty file and a binary file posing as CSV with clear errors', async () => {
    for (const [name, bytes] of [
      ['leeg.csv', new Uint8Array()],
      ['plaatje.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe])],
      ['nep.xlsx', encoder.encode('beroep,indicator,waarde\n')],
    ] as const) {
      const outcome = await expectCleanOutcome(name, () => importSurveyBytes(name, bytes));
      expect(outcome).toBeInstanceOf(InputErrors);
    }
  });
});
