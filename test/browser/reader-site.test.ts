/**
 * The reader's site at a phone's and a desktop's width (issue 13), in one Chromium with one context
 * per width and colour scheme, each page opened once per context: every figure's text is at least
 * 12 px on screen, dot labels do not overlap, no page scrolls sideways at 320 px, axe finds nothing,
 * an embedded figure's frame is as tall as its content, and the Dutch Excel CSV reads back to the
 * analysis' numbers.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, startBrowserSetup, type BrowserSetup } from './browser-server.js';

const missing = chromiumMissing();

const PAGES = [
  '/',
  '/?beroep=huisartsen',
  '/kwadranten',
  '/beroep/sociaal-werkers',
  '/ranglijst/autonomie',
  '/downloads',
  '/methode',
  '/vergelijk',
  '/embed/kwadranten',
];
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

/** Pairs of dot labels whose boxes on screen overlap (more than a pixel). */
function overlappingLabels(page: Page) {
  return page.evaluate(() => {
    const pairs: string[] = [];
    for (const group of Array.from(document.querySelectorAll('[data-figure-src] svg g.wb-paper-halo'))) {
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
              if (path !== '/methode' && path !== '/vergelijk' && path !== '/downloads')
                expect(sizes.length, path).toBeGreaterThan(0);
              const small = sizes.filter((s) => s.size < MIN_TEXT).slice(0, 5);
              expect(small, `${path} at ${width}px`).toEqual([]);
              expect(await overlappingLabels(page), `${path} at ${width}px`).toEqual([]);
              expect(await axe(page), `${path} at ${width}px ${scheme}`).toEqual([]);
            }
          } finally {
            await context.close();
          }
        }, 300_000);
      }
    }

    it('no page scrolls sideways at 320 px', async () => {
      const context = await setup.browser.newContext({ viewport: { width: 320, height: 700 } });
      const page = await context.newPage();
      try {
        for (const path of [...PAGES, '/ideeen', '/ideeen/themas', '/beroepen']) {
          await page.goto(setup.base + path);
          await page.waitForLoadState('networkidle');
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, path).toBeLessThanOrEqual(0);
        }
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
