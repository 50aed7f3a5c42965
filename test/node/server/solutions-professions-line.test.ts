// The "Beroepen" line under a solution (audit 7, finding 15): beside a published profession it says how
// many of the solution's ideas show none; a solution that publishes no profession (every one of the
// example ideas, under the rule of at least k ideas) has no such line, where it used to say only
// "bij 10 ideeën geen beroep". The page's note on the rule stays.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { testAppPerFile } from './app-fixture.js';

/** Professions lines of a theme page's solutions, by solution label. */
function professionLines(html: string): Map<string, string | null> {
  const { document } = parseHTML(html);
  const lines = new Map<string, string | null>();
  for (const solution of document.querySelectorAll('.solution')) {
    const label = (solution.querySelector('.solution__label')?.textContent ?? '').trim();
    const term = [...solution.querySelectorAll('dt')].find((dt) => dt.textContent === 'Beroepen');
    lines.set(label, term ? (term.nextElementSibling?.textContent ?? '') : null);
  }
  return lines;
}

describe('the professions line under a solution', () => {
  const t = testAppPerFile();
  beforeAll(async () => {
    // Six workers of one profession propose the same thing: a profession at least k ideas show. Five
    // more give no profession (as many, at least k, so that no other cell of theirs loses it).
    const dir = mkdtempSync(join(tmpdir(), 'wb-professions-line-'));
    const rows = Array.from(
      { length: 11 },
      (_, i) =>
        `wijk-${i},Een vaste invalpool voor de avonddiensten in de wijk scheelt elke week bellen om gaten in het rooster (${i + 1}).,Werkdruk en roosters,voorstel,"Verpleging, verzorging en thuiszorg (VVT)",Utrecht,${i < 6 ? 'Wijkverpleegkundigen' : ''}`,
    );
    try {
      writeFileSync(
        join(dir, 'wijk.csv'),
        ['id,tekst,thema,soort,branche,provincie,beroep', ...rows].join('\n'),
      );
      await importIdeasFile(t.db, join(dir, 'wijk.csv'), { example: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is left out where a solution publishes no profession; the rule is still said once', async () => {
    // Not the theme the ideas above join.
    const html = await (await t.app.request('/ideeen/themas/administratieve-lasten')).text();
    const lines = professionLines(html);
    expect(lines.size).toBeGreaterThan(0);
    expect([...lines.values()].every((line) => line === null)).toBe(true);
    expect(html).not.toContain('geen beroep');
    expect(html.split('Bij een oplossing staat een beroep alleen').length - 1).toBe(1);
  });

  it('keeps the line there, with how many of its ideas show none', async () => {
    const html = await (await t.app.request('/ideeen/themas/werkdruk-en-roosters')).text();
    const lines = [...professionLines(html).values()];
    const named = lines.filter((line) => line !== null);
    expect(named).toEqual(['Wijkverpleegkundigen (6); bij 5 ideeën geen beroep']);
    // Solutions without a published profession still have no line.
    expect(lines.filter((line) => line === null).length).toBeGreaterThan(0);
  });
});
