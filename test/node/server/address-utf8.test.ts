/**
 * Percent-encoded bytes that are not UTF-8 in an address (audit 9, finding 10): `?q=%C3%28` was searched
 * and echoed as the word `c3%28`. Now a Dutch 400, as for a control character; real letters still search.
 */
import { describe, expect, it } from 'vitest';
import { hasInvalidUtf8 } from '../../../src/node/server/app.js';
import { TOKEN, testAppPerFile } from './app-fixture.js';

describe('an address with bytes that are not UTF-8', () => {
  it('is told apart from letters and from plain percent signs', () => {
    for (const bad of ['/api/ideas?q=%C3%28', '/ideeen?q=%FF%FE', '/ideeen?q=caf%E9', '/beroep/%C3'])
      expect(hasInvalidUtf8(bad), bad).toBe(true);
    for (const good of ['/ideeen?q=caf%C3%A9', '/ideeen?q=100%25', '/ideeen?q=100%', '/ideeen?q=%E2%82%AC'])
      expect(hasInvalidUtf8(good), good).toBe(false);
  });

  const t = testAppPerFile({ adminToken: TOKEN });

  it('answers a Dutch 400 that does not echo the bytes, on the API and on pages', async () => {
    for (const path of ['/api/ideas?q=%C3%28', '/ideeen?q=%FF%FE']) {
      const response = await t.app.request(path);
      expect(response.status, path).toBe(400);
      const body = await response.text();
      expect(body, path).toContain('geen geldige UTF-8');
      expect(body.toLowerCase(), path).not.toContain('c3%28');
      expect(body.toLowerCase(), path).not.toContain('ff%fe');
    }
    expect((await t.app.request('/api/ideas?q=caf%C3%A9')).status).toBe(200);
  });
});
