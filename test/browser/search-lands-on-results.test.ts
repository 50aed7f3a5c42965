/**
 * A search lands on its results (audit 7, finding 7). On a phone the ideas page holds the header, the
 * notices, the form and its filters above the results, two screens; a search sent with Enter used to
 * reload at the top, the count and the first idea out of sight. Now the form is sent to `#resultaten`:
 * the count heading is on screen and has the focus (a screen reader reads it, the next Tab reaches the
 * first idea), at a phone's width and a desktop's, and so does a link to the next page of results
 * (the search has more than one page: the check cannot be skipped), which shows the next ideas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_LIMIT } from '../../src/core/ideas/search-params.js';
import { chromiumMissing, startBrowserSetup, type BrowserSetup } from './browser-server.js';

const missing = chromiumMissing();

/** Where the count heading is against the viewport, and whether it has the focus. */
async function headingState(p: Page) {
  return p.evaluate(() => {
    const heading = document.querySelector('#resultaten')!;
    const box = heading.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      height: window.innerHeight,
      focused: document.activeElement === heading,
      text: heading.textContent,
    };
  });
}

/** The address of the first idea in the results: which page of them is shown. */
async function firstIdea(p: Page): Promise<string | null> {
  return p.locator('ol.idea-list--results li.idea > p:last-child > a').first().getAttribute('href');
}

if (missing) {
  describe('a search lands on its results in Chromium', () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
} else {
  describe('a search lands on its results in Chromium', () => {
    let setup: BrowserSetup;
    beforeAll(async () => {
      setup = await startBrowserSetup();
    });
    afterAll(async () => {
      await setup?.stop();
    });

    for (const viewport of [
      { width: 390, height: 844, isMobile: true, hasTouch: true },
      { width: 1280, height: 800, isMobile: false, hasTouch: false },
    ]) {
      it(`shows the count after a search sent with Enter, at ${viewport.width} px`, async () => {
        const { isMobile, hasTouch, ...size } = viewport;
        const context = await setup.browser.newContext({ viewport: size, isMobile, hasTouch });
        const p = await context.newPage();
        const problems: string[] = [];
        p.on('pageerror', (error) => problems.push(error.message));
        try {
          await p.goto(`${setup.base}/ideeen`);
          await p.locator('#zoek-idee').fill('te veel registratie');
          await Promise.all([p.waitForURL(/[?&]q=te\+veel\+registratie/), p.keyboard.press('Enter')]);
          await p.waitForLoadState('load');
          expect(p.url()).toMatch(/#resultaten$/);
          const after = await headingState(p);
          expect(after.text).toMatch(/^\d+ ideeën gevonden$/);
          expect(after.top).toBeGreaterThanOrEqual(0);
          expect(after.bottom).toBeLessThanOrEqual(after.height);
          expect(after.focused).toBe(true);
          // The first idea starts below the count on the same screen (its text's first lines; a long
          // idea with its details may end further down), and the next Tab reaches it.
          const first = await p.locator('ol.idea-list--results .idea .idea__text').first().boundingBox();
          expect(first!.y).toBeGreaterThanOrEqual(after.bottom);
          expect(first!.y + Math.min(first!.height, 60)).toBeLessThanOrEqual(after.height);
          await p.keyboard.press('Tab');
          expect(
            await p.evaluate(() => document.activeElement?.closest('ol.idea-list--results') !== null),
          ).toBe(true);
          // The next page of results lands on its count too: the search has more than one page, its
          // link goes to the count, and the page it opens has the count on screen with the focus and
          // its own ideas (21 onwards) below it, the next Tab reaching them.
          const total = Number(/^(\d+)/.exec(after.text ?? '')?.[1]);
          expect(total).toBeGreaterThan(DEFAULT_LIMIT);
          const firstOnPage1 = await firstIdea(p);
          const next = p.locator('nav.step-nav a[rel="next"]');
          expect(await next.count()).toBe(1);
          expect(await next.getAttribute('href')).toMatch(/[?&]offset=20(&[^#]*)?#resultaten$/);
          await Promise.all([p.waitForURL(/[?&]offset=20\b.*#resultaten$/), next.click()]);
          await p.waitForLoadState('load');
          const paged = await headingState(p);
          expect(paged.text).toBe(after.text);
          expect(paged.focused).toBe(true);
          expect(paged.top).toBeGreaterThanOrEqual(0);
          expect(paged.bottom).toBeLessThanOrEqual(paged.height);
          expect(await p.locator('ol.idea-list--results').getAttribute('start')).toBe('21');
          expect(await firstIdea(p)).not.toBe(firstOnPage1);
          const firstPaged = await p.locator('ol.idea-list--results .idea .idea__text').first().boundingBox();
          expect(firstPaged!.y).toBeGreaterThanOrEqual(paged.bottom);
          expect(firstPaged!.y + Math.min(firstPaged!.height, 60)).toBeLessThanOrEqual(paged.height);
          await p.keyboard.press('Tab');
          expect(
            await p.evaluate(() => document.activeElement?.closest('ol.idea-list--results') !== null),
          ).toBe(true);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });
}
