/**
 * The reader's site at a phone's and a desktop's width (issue 13), in one Chromium with one context
 * per width and colour scheme, each page opened once per context: every figure's text is at least
 * 12 px on screen (also at 320 and 1 440 px), dot labels and axis names do not overlap, no page scrolls
 * sideways at 320 px, axe finds nothing on any kind of page, every figure's marks are one Tab stop
 * with the same keyboard tooltip, the quadrant colours hold in dark mode, an embedded figure's frame
 * is as tall as its content, and the Dutch Excel CSV reads back to the analysis' numbers.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUADRANT_COLOURS } from '../../src/core/charts/palette.js';
import { chromiumMissing, startBrowserSetup, type BrowserSetup } from './browser-server.js';

const missing = chromiumMissing();

/** Every kind of page a reader meets; those with figures are checked for text size and overlap too. */
const PAGES = [
  '/',
  '/?beroep=huisartsen',
  '/kwadranten',
  '/beroep/sociaal-werkers',
  '/ranglijst/autonomie',
  '/ideeen/themas',
  '/embed/kwadranten',
  '/beroepen',
  '/downloads',
  '/methode',
  '/vergelijk',
  '/ideeen',
  '/ideeen/idee-0001',
  '/ideeen/themas/administratieve-lasten',
  '/versies',
  '/beroep/huisartsn',
  '/bestaat-niet',
];
const WITH_FIGURES = new Set([
  '/',
  '/?beroep=huisartsen',
  '/kwadranten',
  '/beroep/sociaal-werkers',
  '/ranglijst/autonomie',
  '/ideeen/themas',
  '/embed/kwadranten',
]);
const WIDTHS = [390, 1280] as const;
/** Smallest text size on screen we accept, in CSS pixels (rounding of the viewBox scale aside). */
const MIN_TEXT = 11.95;

/** Sizes on screen of every text in the page's figures: font size × the SVG's scale. */
function figureTextSizes(page: Page) {
  return page.evaluate(() => {
    const out: { figure: string; text: string; size: number }[] = [];
    for (const svg of Array.from(document.querySelectorAll('[data-figure-src] svg.wb-figure'))) {
      const viewBox = (svg as SVGSVGElement).viewBox.baseVal;
      const scale = svg.getBoundingClientRect().width / viewBox.width;
      for (const text of Array.from(svg.querySelectorAll('text'))) {
        if (!text.textContent?.trim()) continue;
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        out.push({ figure: svg.getAttribute('data-figure') ?? '', text: text.textContent, size });
      }
    }
    return out;
  });
}

/**
 * Pairs of labels whose boxes on screen overlap (more than a pixel): the dot labels and names above
 * rows (drawn with a halo), and the names along each axis (a matrix's upright column names).
 */
function overlappingLabels(page: Page) {
  return page.evaluate(() => {
    const pairs: string[] = [];
    const groups = document.querySelectorAll(
      '[data-figure-src] svg g.wb-paper-halo, [data-figure-src] svg g[aria-label^="waarden op de"]',
    );
    for (const group of Array.from(groups)) {
      const boxes = Array.from(group.querySelectorAll('text')).map((t) => ({
        text: t.textContent ?? '',
        box: t.getBoundingClientRect(),
      }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          const overlap =
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (overlap) pairs.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
        }
    }
    return pairs;
  });
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

if (missing) {
  describe('the reader’s site at phone and desktop width', () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
} else {
  describe('the reader’s site at phone and desktop width', () => {
    let setup: BrowserSetup;
    beforeAll(async () => {
      setup = await startBrowserSetup();
    }, 120_000);
    afterAll(async () => {
      await setup?.stop();
    });

    for (const width of WIDTHS) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`${width} px, ${scheme}: figures at ≥ 12 px, labels apart, no axe violations`, async () => {
          const context: BrowserContext = await setup.browser.newContext({
            viewport: { width, height: 900 },
            colorScheme: scheme,
          });
          const page = await context.newPage();
          try {
            for (const path of PAGES) {
              await page.goto(setup.base + path);
              await page.waitForLoadState('networkidle');
              // The island has swapped in the drawing that fits the box.
              const sizes = await figureTextSizes(page);
              if (WITH_FIGURES.has(path)) expect(sizes.length, path).toBeGreaterThan(0);
              const small = sizes.filter((s) => s.size < MIN_TEXT).slice(0, 5);
              expect(small, `${path} at ${width}px`).toEqual([]);
              expect(await overlappingLabels(page), `${path} at ${width}px`).toEqual([]);
              expect(await axe(page), `${path} at ${width}px ${scheme}`).toEqual([]);
            }
          } finally {
            await context.close();
          }
        }, 600_000);
      }
    }

    it('no page scrolls sideways at 320 px (tables scroll in their box), figure text ≥ 12 px from 320 to 1 440 px', async () => {
      for (const width of [320, 1440]) {
        const context = await setup.browser.newContext({ viewport: { width, height: 700 } });
        const page = await context.newPage();
        try {
          for (const path of PAGES) {
            await page.goto(setup.base + path);
            await page.waitForLoadState('networkidle');
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - window.innerWidth,
            );
            if (width === 320) expect(overflow, path).toBeLessThanOrEqual(0);
            // A wide table scrolls inside its box, each row's name staying in view.
            const loose = await page.evaluate(
              () =>
                Array.from(document.querySelectorAll('.table-scroll .data-table th[scope="row"]')).filter(
                  (th) => getComputedStyle(th).position !== 'sticky',
                ).length,
            );
            expect(loose, path).toBe(0);
            if (!WITH_FIGURES.has(path)) continue;
            const small = (await figureTextSizes(page)).filter((s) => s.size < MIN_TEXT).slice(0, 5);
            expect(small, `${path} at ${width}px`).toEqual([]);
          }
        } finally {
          await context.close();
        }
      }
    }, 240_000);

    it('every figure is one Tab stop whose arrow keys show the same tooltip as each mark’s name', async () => {
      const context = await setup.browser.newContext({ viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      try {
        for (const path of [
          '/',
          '/kwadranten',
          '/beroep/sociaal-werkers',
          '/ranglijst/autonomie',
          '/ideeen/themas',
        ]) {
          await page.goto(setup.base + path);
          await page.waitForLoadState('networkidle');
          const figures = page.locator('[data-figure-src] svg.wb-figure');
          const count = await figures.count();
          expect(count, path).toBeGreaterThan(0);
          for (let i = 0; i < count; i++) {
            const figure = figures.nth(i);
            const where = `${path}, figure ${(await figure.getAttribute('data-figure')) ?? i}`;
            // One Tab stop per figure: the first mark; every other mark waits for the arrow keys.
            expect(await figure.locator('[tabindex="0"]').count(), where).toBe(1);
            const marks = await figure.locator('[tabindex]').count();
            expect(marks, where).toBeGreaterThan(1);
            await figure.locator('[tabindex="0"]').focus();
            const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
            expect(first, where).toBeTruthy();
            expect(await page.locator('[role="tooltip"]').textContent(), where).toBe(first);
            await page.keyboard.press('ArrowRight');
            const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
            expect(next, where).toBeTruthy();
            expect(next, where).not.toBe(first);
            expect(await page.locator('[role="tooltip"]').textContent(), where).toBe(next);
            await page.keyboard.press('Escape');
            expect(await page.locator('[role="tooltip"]').count(), where).toBe(0);
          }
        }
      } finally {
        await context.close();
      }
    }, 240_000);

    it('the quadrant colours survive dark mode: every dot, half-filled dot and ring in its quadrant’s colour', async () => {
      const context = await setup.browser.newContext({
        viewport: { width: 1280, height: 900 },
        colorScheme: 'dark',
      });
      const page = await context.newPage();
      try {
        await page.goto(`${setup.base}/kwadranten`);
        await page.waitForLoadState('networkidle');
        const painted = await page.evaluate(() =>
          Array.from(document.querySelectorAll('svg[data-figure="kwadranten"] [class*="wb-q"]')).map((el) => {
            const quadrant = /wb-q([1-4])-(fill|stroke)/.exec(el.getAttribute('class') ?? '')!;
            const style = getComputedStyle(el);
            return {
              quadrant: Number(quadrant[1]),
              colour: quadrant[2] === 'fill' ? style.fill : style.stroke,
            };
          }),
        );
        const rgb = (hex: string) =>
          `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
        expect(new Set(painted.map((p) => p.quadrant))).toEqual(new Set([1, 2, 3, 4]));
        for (const p of painted)
          expect(p.colour, `quadrant ${p.quadrant}`).toBe(
            rgb(QUADRANT_COLOURS[p.quadrant as 1 | 2 | 3 | 4].dark),
          );
      } finally {
        await context.close();
      }
    }, 120_000);

    it('an embedded figure’s frame is as tall as its content, the source line in view', async () => {
      const context = await setup.browser.newContext({ viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(`${setup.base}/downloads`);
        const snippet = await page.locator('#snippet-kwadranten').inputValue();
        // A host page on the same origin (the site's CSP allows framing only of /embed/).
        await page.route(`${setup.base}/gastpagina`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!DOCTYPE html><html lang="nl"><body><h1>Gast</h1>${snippet}</body></html>`,
          }),
        );
        await page.goto(`${setup.base}/gastpagina`);
        const frame = page.frameLocator('iframe[data-werkbalans-embed]');
        await frame.locator('.embed__source').waitFor();
        await page.waitForFunction(() => {
          const iframe = document.querySelector('iframe')!;
          const inner = iframe.contentDocument?.documentElement;
          return (
            inner &&
            Math.abs(iframe.getBoundingClientRect().height - inner.getBoundingClientRect().height) <= 1
          );
        });
        const [outer, inner] = await page.evaluate(() => {
          const iframe = document.querySelector('iframe')!;
          return [
            iframe.getBoundingClientRect().height,
            iframe.contentDocument!.documentElement.getBoundingClientRect().height,
          ];
        });
        expect(Math.abs(outer! - inner!)).toBeLessThanOrEqual(1);
        expect(outer).toBeGreaterThan(800);
      } finally {
        await context.close();
      }
    }, 120_000);

    it('the Dutch Excel CSV reads back to the analysis’ numbers', async () => {
      const [csv, analysis] = await Promise.all([
        fetch(`${setup.base}/downloads/analyse-excel.csv`).then(
          async (r) => new Uint8Array(await r.arrayBuffer()),
        ),
        fetch(`${setup.base}/api/analysis`).then(
          (r) =>
            r.json() as Promise<{
              professions: { name: string; resources: number; demands: number; quadrant: number }[];
            }>,
        ),
      ]);
      // UTF-8 with a byte order mark, so Excel reads the accents (fetch's text() would drop it).
      expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // Read as a spreadsheet would: semicolons between cells, RFC 4180 quotes.
      const [header, ...rows] = parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv), {
        bom: true,
        delimiter: ';',
      }) as string[][];
      const column = (name: string) => header!.indexOf(name);
      const dutch = (cell: string) => Number(cell.replace(',', '.'));
      for (const p of analysis.professions) {
        const row = rows.find((r) => r[0] === p.name)!;
        expect(row, p.name).toBeDefined();
        expect(dutch(row[column('hulpbronnen')]!)).toBeCloseTo(p.resources, 5);
        expect(dutch(row[column('taakeisen')]!)).toBeCloseTo(p.demands, 5);
        expect(Number(row[column('kwadrant')])).toBe(p.quadrant);
        expect(row[column('voorbeelddata')]).toBe('ja');
      }
    });
  });
}
