import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analysis/analyse.js';
import { EXAMPLE_DATA_LABEL } from '../../src/core/text/labels.js';
import { importSurveyFile } from '../../src/node/import/index.js';
import { PUBLISHED_QUADRANTS } from '../../data/published-quadrants.js';
import { CONFIG } from '../support/tables.js';

const FILES = ['data/voorbeeld-beroepen.csv', 'data/voorbeeld-beroepen-cbs.xlsx'];

describe.each(FILES)('example data %s', (file) => {
  it('yields exactly the published quadrant membership', async () => {
    const result = analyse(await importSurveyFile(file), { config: CONFIG, draws: 200 });
    expect(result.professions).toHaveLength(23);
    expect(result.unclassified).toEqual([]);
    for (const [quadrant, names] of Object.entries(PUBLISHED_QUADRANTS)) {
      const found = result.professions.filter((p) => p.quadrant === Number(quadrant)).map((p) => p.name);
      expect(found.sort()).toEqual([...names].sort());
    }
  });

  it('shows the published findings: resources, not demands; organisation spreads more; Q2 lowest, Q3 highest', async () => {
    const result = analyse(await importSurveyFile(file), { config: CONFIG, draws: 200 });
    const r = (x: string) => result.correlations.find((c) => c.x === x && c.y === 'tevreden_organisatie')!.pearson!;
    expect(r('resources')).toBeGreaterThan(Math.abs(r('demands')) + 0.3);
    const spread = (m: string) => result.spreads.find((s) => s.measure === m)!.sd!;
    expect(spread('tevreden_werk')).toBeLessThan(spread('tevreden_organisatie'));
    const org = result.quadrants.map((q) => q.tevreden_organisatie!);
    expect(Math.min(...org)).toBe(org[1]);
    expect(Math.max(...org)).toBe(org[2]);
  });

  it('is labelled as constructed example data', async () => {
    const table = await importSurveyFile(file);
    expect(table.source.example).toBe(true);
    expect(analyse(table, { config: CONFIG, draws: 1 }).dataset.label).toBe(EXAMPLE_DATA_LABEL);
  });
});

describe('example data formats', () => {
  it('the CSV and the CBS-layout workbook hold the same figures', async () => {
    const [csv, xlsx] = await Promise.all(FILES.map((f) => importSurveyFile(f)));
    const key = (o: { profession: string; indicator: string; value: number | null; lower: number | null; upper: number | null }) =>
      `${o.profession}|${o.indicator}|${o.value}|${o.lower}|${o.upper}`;
    expect(new Set(xlsx!.observations.map(key))).toEqual(new Set(csv!.observations.map(key)));
  });
});
