import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../../src/core/contract/indicators.js';
import type { Observation } from '../../../src/core/contract/table.js';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import { utf8, writeLongCsv, type LongRow } from '../../support/survey-fixtures.js';

const tenth = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);

/** A valid table: distinct profession × indicator × period, bounds around the value within 0–100. */
const table = fc
  .uniqueArray(
    fc.record({
      profession: fc.constantFrom(
        'Huisartsen',
        'Sociaal werkers',
        'Verpleegkundigen psychiatrie, ggz',
        'Groeps- en woonbegeleiders',
      ),
      indicator: fc.constantFrom(...INDICATOR_IDS),
      period: fc.constantFrom('2024KW04', '2023KW04'),
      value: fc.option(tenth, { freq: 6 }),
      spread: fc.integer({ min: 0, max: 80 }).map((n) => n / 10),
    }),
    { minLength: 1, maxLength: 30, selector: (row) => `${row.profession}|${row.indicator}|${row.period}` },
  )
  .map((rows): LongRow[] =>
    rows.map(({ spread, ...row }) => ({
      ...row,
      lower: row.value === null ? null : Math.max(0, Math.round((row.value - spread) * 10) / 10),
      upper: row.value === null ? null : Math.min(100, Math.round((row.value + spread) * 10) / 10),
    })),
  );

const styles = fc.record({
  separator: fc.constantFrom(',', ';', '\t'),
  decimal: fc.constantFrom('.', ','),
  headers: fc.constantFrom('nl', 'en'),
  bom: fc.boolean(),
  crlf: fc.boolean(),
});

function comparable(observations: readonly Observation[]): Omit<Observation, 'row'>[] {
  return observations
    .map(({ row: _row, ...rest }) => rest)
    .sort((a, b) =>
      `${a.profession}|${a.indicator}|${a.period}`.localeCompare(
        `${b.profession}|${b.indicator}|${b.period}`,
      ),
    );
}

describe('property: the same table in any CSV style and row order imports to the same observations', () => {
  it('separator, decimal mark, header language, BOM, line ends and row order do not matter', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        styles,
        styles,
        fc.infiniteStream(fc.nat()),
        async (rows, first, second, keys) => {
          const order = rows
            .map((row) => ({ row, key: keys.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map((item) => item.row);
          const a = await importSurveyBytes('a.csv', utf8(writeLongCsv(rows, first)));
          const b = await importSurveyBytes('b.csv', utf8(writeLongCsv(order, second)));
          expect(comparable(b.observations)).toEqual(comparable(a.observations));
          expect(a.observations).toHaveLength(rows.length);
          expect(new Set(b.periods)).toEqual(new Set(a.periods));
        },
      ),
      { numRuns: 150, seed: 20251123 },
    );
  });
});
