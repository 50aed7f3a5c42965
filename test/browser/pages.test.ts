/**
 * The site in a real browser (Debian's Chromium): every page without axe-core violations (WCAG 2.1 A
 * and AA) in light and dark mode, usable at 320 px and at 200% zoom, the keyboard path through the
 * ranking, the profession highlighted from the URL, and uploads through the admin page.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, shiftedCsv } from '../node/server/app-fixture.js';
import { chromiumMissing, startBrowserSetup, TOKEN, type BrowserSetup } from './browser-server.js';

const missing = chromiumMissing();

const PAGES = [
  '/',
  '/beroepen',
  '/beroepen?q=verpleeg',
  '/beroep/huisartsen?beroep=huisartsen',
  '/beroep/sociaal-werkers',
  '/ranglijst',
  '/ranglijst/tijd-registratie?beroep=jeugdzorgwerkers',
  '/kwadranten',
  '/methode',
  '/downloads',
  '/versies',
  '/beheer',
  '/ideeen',
  '/ideeen?q=invalpool',
  '/ideeen/themas',
  '/ideeen/themas/administratieve-lasten',
  '/ideeen/browser-1',
  '/embed/kwadranten',
  '/embed/ranking-autonomie?beroep=huisartsen',
  '/bestaat-niet',
];

if (missing) {
  describe('the site in Chromium', () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
} else {
  describe('the site in Chromium', () => {
    let setup: BrowserSetup;
    beforeAll(async () => {
      setup = await startBrowserSetup();
      const response = await fetch(`${setup.base}/api/ideas`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          id: 'browser-1',
          tekst:
            'Een vaste invalpool voor de nachtdiensten met een zwaluwstaartrooster scheelt veel geregel.',
          thema: 'werkdruk',
          soort: 'voorstel',
          branche: 'VVT',
          reden: 'testidee',
        }),
      });
      expect(response.status).toBe(201);
    });
    afterAll(async () => {
      await setup?.stop();
    });

    async function page(options: { colorScheme?: 'light' | 'dark'; width?: number; scale?: number } = {}) {
      const context = await setup.browser.newContext({
        colorScheme: options.colorScheme ?? 'light',
        viewport: { width: options.width ?? 1200, height: 900 },
        deviceScaleFactor: options.scale ?? 1,
      });
      const p = await context.newPage();
      const problems: string[] = [];
      p.on('console', (message) => {
        if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
      });
      p.on('pageerror', (error) => problems.push(error.message));
      return { page: p, problems, close: () => context.close() };
    }

    async function axe(p: Page) {
      const results = await new AxeBuilder({ page: p })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      return results.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
    }

    for (const scheme of ['light', 'dark'] as const) {
      for (const path of PAGES) {
        it(`${path} has no axe violations in ${scheme} mode and no script errors`, async () => {
          const { page: p, problems, close } = await page({ colorScheme: scheme });
          try {
            const response = await p.goto(setup.base + path);
            expect(response!.status()).toBe(path === '/bestaat-niet' ? 404 : 200);
            await p.waitForLoadState('networkidle');
            expect(await axe(p)).toEqual([]);
            expect(problems).toEqual([]);
          } finally {
            await close();
          }
        });
      }
    }

    it('reads at 320 px wide and at 200% zoom without sideways scrolling of the page', async () => {
      for (const width of [320, 640]) {
        const { page: p, close } = await page({ width, scale: width === 640 ? 2 : 1 });
        try {
          for (const path of [
            '/',
            '/beroep/huisartsen',
            '/ranglijst/autonomie',
            '/kwadranten',
            '/ideeen',
            '/beheer',
          ]) {
            await p.goto(setup.base + path);
            const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
          }
        } finally {
          await close();
        }
      }
    });

    it('walks through the ranking with the keyboard only', async () => {
      const { page: p, close } = await page();
      try {
        await p.goto(`${setup.base}/ranglijst/hulpbronnen`);
        await p.keyboard.press('Tab');
        expect(await p.evaluate(() => document.activeElement?.className)).toBe('skip-link');
        await p.keyboard.press('Enter');
        expect(await p.evaluate(() => document.activeElement?.id)).toBe('inhoud');
        let tabs = 0;
        while ((await p.evaluate(() => document.activeElement?.id)) !== 'kies-component' && tabs++ < 20) {
          await p.keyboard.press('Tab');
        }
        expect(await p.evaluate(() => document.activeElement?.id)).toBe('kies-component');
        await p.keyboard.press('ArrowDown');
        await p.keyboard.press('Tab');
        expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Toon ranglijst');
        await Promise.all([p.waitForURL(/\/ranglijst\/taakeisen$/), p.keyboard.press('Enter')]);
        expect(await p.locator('h1').textContent()).toBe('Ranglijst: Taakeisenindex');
        // The previous/next links: Tab reaches them, → steps to the next component and keeps focus there.
        while (
          (await p.evaluate(() => document.activeElement?.getAttribute('data-step'))) !== 'next' &&
          tabs++ < 40
        ) {
          await p.keyboard.press('Tab');
        }
        await Promise.all([
          p.waitForURL(/\/ranglijst\/loopbaanperspectief$/),
          p.keyboard.press('ArrowRight'),
        ]);
        await p.waitForFunction(() => document.activeElement?.getAttribute('data-step') === 'next');
        // Into the figure: every profession's dot is focusable and tells its rank interval.
        let label = '';
        while (!label.includes('rang') && tabs++ < 80) {
          await p.keyboard.press('Tab');
          label = (await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
        }
        expect(label).toMatch(/rang \d+ van 23 \(95%-interval \d+ tot \d+\)/);
        expect(await p.locator('[role="tooltip"]').textContent()).toBe(label);
      } finally {
        await close();
      }
    });

    it('filters professions and ideas live as the reader types', async () => {
      const { page: p, close } = await page();
      try {
        await p.goto(`${setup.base}/beroepen`);
        await p.fill('#zoek-beroep', 'verpleeg');
        await p.waitForFunction(() =>
          document.querySelector('[data-filter-count]')?.textContent?.includes(' van 23'),
        );
        const visible = await p.locator('[data-filter-table] tbody tr:visible').count();
        expect(visible).toBeGreaterThan(0);
        expect(visible).toBeLessThan(23);
        await p.goto(`${setup.base}/ideeen`);
        await p.fill('#zoek-idee', 'zwaluwstaartrooster');
        await p.waitForURL(/q=zwaluwstaartrooster/);
        // The idea with the word itself first; ideas about rosters (its part `rooster`) follow.
        const heading = (await p.locator('#resultaten').textContent())!;
        expect(heading).toMatch(/^\d+ ideeën? gevonden$/);
        // (its snippet marks the word, and any synonyms found beside it)
        const marks = await p.locator('.idea__text').first().locator('mark').allTextContents();
        expect(marks.some((mark) => /zwaluwstaartrooster/i.test(mark))).toBe(true);
        expect(await p.locator('[role="status"]').last().textContent()).toBe(heading);
        // Every change is a history entry: Back brings the empty search back.
        await p.goBack();
        await p.waitForFunction(
          () => (document.querySelector('#zoek-idee') as HTMLInputElement).value === '',
        );
      } finally {
        await close();
      }
    });

    it('keeps the profession from the URL highlighted, also after the island redraws a figure', async () => {
      const { page: p, close } = await page();
      try {
        await p.goto(`${setup.base}/kwadranten?beroep=huisartsen`);
        expect(await p.locator('svg .wb-highlight').count()).toBeGreaterThanOrEqual(4);
        expect(await p.locator('tr.is-mine th').first().textContent()).toContain('Huisartsen');
        expect(await p.locator('nav a[href^="/beroepen"]').getAttribute('href')).toBe(
          '/beroepen?beroep=huisartsen',
        );
        await p.goto(`${setup.base}/ranglijst/autonomie?beroep=huisartsen`);
        await p.waitForFunction(() => document.querySelector('[data-figure-src] svg [tabindex="0"]'));
        await p.waitForFunction(() => document.querySelector('[data-figure-src] svg .wb-highlight'));
        // Remembered: a page opened without it offers the profession back.
        await p.goto(`${setup.base}/methode`);
        expect(await p.locator('.banner--mine a').textContent()).toBe(
          'Markeer uw beroep (Huisartsen) op deze pagina',
        );
      } finally {
        await close();
      }
    });

    it('shows a bad upload’s row errors and leaves the shown version; a good upload becomes a new version', async () => {
      const { page: p, close } = await page();
      try {
        const duplicate = EXAMPLE_CSV.split('\n')[1]!;
        const bad = `${EXAMPLE_CSV.replace('Huisartsen,autonomie,', 'Huisartsen,autonomie,1').trimEnd()}\n${duplicate}\n`;
        await p.goto(`${setup.base}/beheer`);
        await p.fill('#token-upload', TOKEN);
        await p.setInputFiles('#bestand', {
          name: 'kapot.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(bad),
        });
        await Promise.all([p.waitForLoadState('load'), p.click('text=Uploaden en controleren')]);
        const errors = await p.locator('[data-upload-errors] li').allTextContents();
        expect(errors.length).toBeGreaterThanOrEqual(2);
        expect(errors.every((e) => /kapot\.csv, rij \d+/.test(e))).toBe(true);
        expect(await p.locator('.alert--error').textContent()).toContain(
          'De getoonde versie blijft ongewijzigd',
        );
        expect(await axe(p)).toEqual([]);
        const shown = (await (await fetch(`${setup.base}/api/datasets`)).json()) as {
          shown: number;
          datasets: unknown[];
        };
        expect(shown).toMatchObject({ shown: 1 });
        expect(shown.datasets).toHaveLength(1);

        await p.fill('#token-upload', TOKEN);
        await p.setInputFiles('#bestand', {
          name: 'golf-2.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(shiftedCsv('Huisartsen', 20)),
        });
        await p.fill('#titel', 'Tweede golf (test)');
        await Promise.all([p.waitForURL(/opgeslagen=2/), p.click('text=Uploaden en controleren')]);
        expect(await p.locator('.alert--success').textContent()).toContain('versie 2');
        await p.goto(`${setup.base}/beroep/huisartsen`);
        expect(await p.locator('#kwadrant').textContent()).toContain('Kwadrant 2');
        expect(await p.locator('.site-footer').textContent()).toContain('Tweede golf (test) (versie 2)');
        await p.goto(`${setup.base}/vergelijk?a=1&b=2`);
        expect(await p.locator('#gewisseld + .table-scroll').textContent()).toContain('Huisartsen');
        expect(await axe(p)).toEqual([]);
        await p.goto(`${setup.base}/beroep/huisartsen?versie=1`);
        expect(await p.locator('#kwadrant').textContent()).toContain('Kwadrant 4');
        expect(await p.locator('.banner--version').count()).toBe(1);
        expect(await axe(p)).toEqual([]);
      } finally {
        await close();
      }
    });
  });
}
