/**
 * Two professions side by side on a profile page (`?met=<slug>`): a GET form without script, and a
 * table per index, component and outcome with both intervals, the median, the difference and whether
 * it is clear (the intervals apart), said in favour of the profession better off by the measure's meaning.
 */
import { describe, expect, it } from 'vitest';
import { compareProfessions } from '../../../src/core/analysis/compare-professions.js';
import { exampleAnalysis } from '../../support/example-analysis.js';
import { testAppPerFile } from './app-fixture.js';

const t = testAppPerFile();

describe('comparing two professions', () => {
  it('offers the other professions in a form that works without script', async () => {
    const html = await (await t.app.request('/beroep/huisartsen')).text();
    expect(html).toContain('<form method="get" action="/beroep/huisartsen#vergelijk"');
    expect(html).toContain('<option value="wijkverpleegkundigen">Wijkverpleegkundigen</option>');
    expect(html).not.toContain('<option value="huisartsen"');
    expect(html).not.toContain('id="vergelijk-tabel"');
  });

  it('shows both side by side with the differences that are clear', async () => {
    const html = await (await t.app.request('/beroep/huisartsen?met=wijkverpleegkundigen')).text();
    expect(html).toContain(
      '<caption id="vergelijk-tabel">Huisartsen en Wijkverpleegkundigen naast elkaar</caption>',
    );
    expect(html).toContain('<option value="wijkverpleegkundigen" selected="">Wijkverpleegkundigen</option>');
    for (const row of ['Hulpbronnenindex', 'Taakeisenindex', 'Autonomie', 'Tevreden met het werk'])
      expect(html).toMatch(new RegExp(`<th scope="row">${row}</th>`));
    expect(html).toContain('<title>Huisartsen vergeleken met Wijkverpleegkundigen');
    // An unknown or the same profession compares nothing.
    for (const met of ['onbekend', 'huisartsen', '..%2Fbeheer'])
      expect(await (await t.app.request(`/beroep/huisartsen?met=${met}`)).text(), met).not.toContain(
        'id="vergelijk-tabel"',
      );
  });

  it('says why a written ?met= compares nothing, and offers what it may have meant', async () => {
    const self = await (await t.app.request('/beroep/huisartsen?met=huisartsen')).text();
    expect(self).toContain('U koos dit beroep zelf om mee te vergelijken');
    const typo = await (await t.app.request('/beroep/huisartsen?met=wijkverpleegkundige')).text();
    expect(typo).toContain('‘wijkverpleegkundige’ is geen beroep in deze analyse.');
    expect(typo).toContain(
      'href="/beroep/huisartsen?met=wijkverpleegkundigen#vergelijk">Wijkverpleegkundigen</a>',
    );
    // Whatever is written is shown escaped, never as markup.
    const odd = await (await t.app.request('/beroep/huisartsen?met=%3Cb%3Ex%3C%2Fb%3E')).text();
    expect(odd).toContain('‘&lt;b&gt;x&lt;/b&gt;’ is geen beroep in deze analyse.');
    // The name instead of the slug is that profession; a long text is shown cut short.
    const named = await (await t.app.request('/beroep/huisartsen?met=Wijkverpleegkundigen')).text();
    expect(named).toContain('id="vergelijk-tabel"');
    expect(named).not.toContain('is geen beroep in deze analyse');
    const long = await (await t.app.request(`/beroep/huisartsen?met=${'x'.repeat(150)}`)).text();
    expect(long).toContain(`‘${'x'.repeat(40)}…’ is geen beroep in deze analyse.`);
    // Nothing asked: nothing said.
    const plain = await (await t.app.request('/beroep/huisartsen')).text();
    expect(plain).not.toContain('is geen beroep in deze analyse');
    expect(plain).not.toContain('U koos dit beroep zelf');
  });

  it('calls a difference clear only when the intervals are apart, in favour of who is better off', async () => {
    const result = await exampleAnalysis();
    let clear = 0;
    for (const a of result.professions)
      for (const b of result.professions) {
        if (a === b) continue;
        for (const row of compareProfessions(result, a, b)) {
          if (row.clear === null) continue;
          const apart = row.first!.upper! < row.second!.lower! || row.second!.upper! < row.first!.lower!;
          expect(row.clear).toBe(apart);
          if (row.clear) clear++;
          if (row.difference !== null && row.difference !== 0) {
            const higherBetter = ![
              'demands',
              'werkdruk',
              'agressie_extern',
              'agressie_intern',
              'tijd_verslaglegging',
              'tijd_registratie',
            ].includes(row.measure);
            expect(row.better).toBe(row.difference > 0 === higherBetter ? 'first' : 'second');
          }
        }
      }
    expect(clear).toBeGreaterThan(0);
  });
});
