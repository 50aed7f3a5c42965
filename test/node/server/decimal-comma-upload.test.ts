/**
 * Audit 8, finding 12, at the server: a comma-separated table with unquoted decimal commas is answered
 * with the cause first and its repeated row error listed for 20 rows, then summed up, in the API's
 * details and on /beheer (the heading still counts every error).
 */
import { describe, expect, it } from 'vitest';
import { testAppPerFile, TOKEN, upload } from './app-fixture.js';

const rows = ['beroep,indicator,waarde,ondergrens,bovengrens'];
for (let i = 0; i < 345; i++) rows.push(`Beroep ${i + 1},Loopbaanperspectieven,38,5,31,4,45,6`);
const CSV = `${rows.join('\n')}\n`;

const t = testAppPerFile();

describe('an upload with decimal commas in a comma-separated file', () => {
  it('API: the cause first, 20 rows with file and row, then one line for 325 more', async () => {
    const response = await upload(t.app, CSV, 'bad-comma.csv');
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: string;
      details: { file?: string; row?: number; message: string; repeated?: number }[];
    };
    expect(body.error).toContain('er zijn 346 fouten gevonden');
    expect(body.details).toHaveLength(22);
    expect(body.details[0]!.message).toContain('decimale komma');
    expect(body.details.slice(1, 21).every((d) => d.file === 'bad-comma.csv' && d.row !== undefined)).toBe(
      true,
    );
    expect(body.details[21]).toEqual({
      file: 'bad-comma.csv',
      found: '8 cellen',
      expected: '5 cellen, zoals de kopregel',
      message: 'bad-comma.csv: en nog 325 rijen met dezelfde fout (rij 22 tot en met 346).',
      repeated: 325,
    });
  });

  it('/beheer: the same list, under a heading that counts all 346', async () => {
    const form = new FormData();
    form.set('token', TOKEN);
    form.set('bestand', new File([CSV], 'bad-comma.csv', { type: 'text/csv' }));
    form.set('tonen', 'nee');
    const response = await t.app.request('/beheer/upload', { method: 'POST', body: form });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('Er zijn 346 problemen gevonden');
    const list = html.slice(
      html.indexOf('data-upload-errors'),
      html.indexOf('</ul>', html.indexOf('data-upload-errors')),
    );
    expect(list.match(/<li>/g)).toHaveLength(22);
    expect(list).toContain('en nog 325 rijen met dezelfde fout');
    expect(list.indexOf('decimale komma')).toBeLessThan(list.indexOf('rij 2:'));
  });
});
