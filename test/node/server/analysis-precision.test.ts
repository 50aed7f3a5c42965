/**
 * The analysis JSON a policy reader downloads carries no floating-point noise (audit 7, finding 11:
 * 326 values like 47.279999999999994 in /downloads/analyse.json). The same document behind
 * `/api/analysis` and `werkbalans analyse --json` (one serialiser, analysis-json.ts), and the profile's
 * `/api/professions/<slug>`, write numbers at 10 significant digits; the analysis keeps full precision.
 */
import { describe, expect, it } from 'vitest';
import { testAppPerFile } from './app-fixture.js';

const t = testAppPerFile();

/** Numbers written with more than 10 significant digits (the noise is at the 15th to 17th). */
function noisy(text: string): string[] {
  return (text.match(/-?\d+\.\d+(?:e-?\d+)?/g) ?? []).filter(
    (n) =>
      n
        .replace(/e.*$/, '')
        .replace(/^-?0\.0*/, '')
        .replace(/[-.]/g, '').length > 10,
  );
}

describe('the analysis JSON', () => {
  for (const path of ['/downloads/analyse.json', '/api/analysis', '/api/professions/huisartsen']) {
    it(`${path} writes its numbers without floating-point noise`, async () => {
      const response = await t.app.request(path);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(noisy(text)).toEqual([]);
      // Still the figures: one-decimal percentages averaged keep their two decimals.
      const document = JSON.parse(text) as { medians: { resources: number; demands: number } };
      expect(Number.isFinite(document.medians.resources)).toBe(true);
    });
  }

  it('keeps full precision in the analysis itself', async () => {
    const { result } = await t.services.analyses.get(1);
    const all = JSON.stringify(result);
    expect(noisy(all).length).toBeGreaterThan(0);
  });
});
