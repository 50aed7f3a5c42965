// The solution a profile's bridge offers fits the profession (audit 7, finding 5): one with ideas
// from the profession's own branches before the theme's first, quoted from them; and its quote is no
// complaint when the solution has another idea that fits (finding 4).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BRIDGE } from '../../../src/core/contract/bridge-config.js';
import { testAppPerFile } from './app-fixture.js';

describe('the solution beside a weak component on a profile', () => {
  const t = testAppPerFile();

  it('offers a nursing-home carer the solution with ideas from its branches, quoted with a proposal', async () => {
    const html = await (await t.app.request('/beroep/verzorgenden-intramuraal')).text();
    const { document } = parseHTML(html);
    const item = document.getElementById('zwak-werkdruk')?.closest('article');
    const line = item?.querySelector('.bridge-solution');
    expect(line).toBeTruthy();
    const text = line?.textContent ?? '';
    expect(text).not.toContain('Een haalbare caseload');
    expect(text).toContain('Genoeg personeel en vaste invallers');
    // Its one idea from the carer's branches (idee-0003, disability care) is listed above already, so
    // the quote is another idea of the solution, and a proposal rather than a complaint.
    const own = BRIDGE.professions['Verzorgenden intramuraal'] ?? [];
    expect(own).toContain('Gehandicaptenzorg');
    expect(item?.querySelector('a[href*="idee-0003"]')).toBeTruthy();
    const href = line?.querySelectorAll('a')[1]?.getAttribute('href') ?? '';
    expect(href).toContain('idee-0083');
    expect(text).toContain('Zet een flexpool op');
  }, 60_000);
});
