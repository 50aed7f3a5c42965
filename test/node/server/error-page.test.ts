/** Error pages say each problem once: a one-item list that repeats the lead is left out. */
import { describe, expect, it } from 'vitest';
import { ErrorPage } from '../../../src/node/server/views/error-page.js';
import { bareView } from '../../../src/node/server/page-view.js';
import { testAppPerFile } from './app-fixture.js';

const t = testAppPerFile();

describe('error pages', () => {
  it('a single invalid parameter is said once, not again as a one-item list', async () => {
    const response = await t.app.request('/ideeen?offset=-1');
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page.match(/Parameter &#39;offset&#39;/g)).toHaveLength(1);
  });

  it('several invalid parameters are each listed', async () => {
    const response = await t.app.request('/ideeen?limit=abc&offset=x');
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('<ul class="error-list">');
    expect(page).toContain('Parameter &#39;offset&#39;');
  });
});

describe('the error page’s list', () => {
  it('keeps a single detail that says more than the lead', async () => {
    const element = ErrorPage({
      view: bareView('/x', false),
      status: 400,
      message: 'Het verzoek klopt niet.',
      details: [{ message: 'Rij 3: waarde 120 ligt buiten 0–100.' }],
    }) as unknown as { toString(): string | Promise<string> };
    const page = await element.toString();
    expect(page).toContain('<li>Rij 3: waarde 120 ligt buiten 0–100.</li>');
  });
});
