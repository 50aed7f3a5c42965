/**
 * The method page names where the figures come from: always the CBS table of the published analysis,
 * and for the version shown its own source — example data said to be example data, a table read
 * with a known address linked to it, and CBS StatLine only when no address was given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/survey-bytes.js';
import { addDataset } from '../../../src/node/store/datasets.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { CBS_TABLE_URL, methodText, STATLINE_URL } from '../../../src/core/text/page-text.js';
import { EXAMPLE_CSV, testApp, type TestApp } from './app-fixture.js';

const OWN_URL = 'https://opendata.cbs.nl/#/CBS/nl/dataset/85999NED/table';

describe('the method page’s sources', () => {
  let db: Database;
  let t: TestApp;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    t = await testApp(db);
  });
  afterAll(() => db?.close());

  const method = async (version?: number) => {
    const response = await t.app.request(`/methode${version ? `?versie=${version}` : ''}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    return html.slice(html.indexOf('id="bronnen"'));
  };
  // A table of one's own: every figure of the example a little lower, so it is not the bundled example.
  const lower = (cell: string) => (cell === '' ? cell : String(Math.max(0, Number(cell) - 0.5)));
  const OWN_CSV = EXAMPLE_CSV.replace(
    /,([\d.]+),([\d.]*),([\d.]*),([^,\n]*)$/gm,
    (_, value: string, low: string, high: string, period: string) =>
      `,${lower(value)},${lower(low)},${lower(high)},${period}`,
  );
  const real = async (url?: string) => {
    const table = await importSurveyBytes('wne-2024kw4.csv', new TextEncoder().encode(OWN_CSV));
    const source = { ...table.source, title: 'CBS, WNE per beroep', ...(url ? { url } : {}) };
    return addDataset(db, { ...table, source });
  };

  it('links the CBS table itself and says the bundled figures are example data', async () => {
    const sources = await method();
    expect(sources).toContain(`href="${CBS_TABLE_URL}"`);
    expect(sources).toContain('zijn voorbeelddata: een zelf samengestelde tabel, geen CBS-cijfers');
    expect(sources).not.toContain(STATLINE_URL);
    expect(sources).toContain(`href="${methodText.sources[0].href}"`);
    expect(sources).toMatch(/href="https:\/\/doi\.org\/10\.1037\//);
  });

  it('links the address a real table was read with, and StatLine only without one', async () => {
    const withUrl = await real(OWN_URL);
    const without = await real();
    const linked = await method(withUrl.version);
    expect(withUrl.sourceUrl).toBe(OWN_URL);
    expect(linked).toContain(`komen uit “CBS, WNE per beroep”: <a href="${OWN_URL}"`);
    expect(linked).toContain('de tabel op opendata.cbs.nl');
    expect(linked).not.toContain(STATLINE_URL);
    expect(linked).not.toContain('zijn voorbeelddata');
    const fallback = await method(without.version);
    expect(without.sourceUrl).toBeNull();
    expect(fallback).toContain('geen adres van die tabel opgegeven');
    expect(fallback).toContain(`href="${STATLINE_URL}"`);
  });
});
