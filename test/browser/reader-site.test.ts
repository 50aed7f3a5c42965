/**
 * Every kind of page a reader meets, in a real browser (Debian's Chromium), at five widths: the status
 * code is right and no script fails; no page scrolls sideways (tables scroll in their box, each row's
 * name staying in view); every figure's text is at least 12 px on screen and its dot labels and axis
 * names do not overlap; and at a phone's (390 px) and a desktop's (1 280 px) width, in light and in dark
 * mode, axe-core finds no violation of WCAG 2.1 A and AA or of its best practices.
 *
 * Each page is loaded once and taken through the five widths by resizing its viewport (device scale
 * included, through Chrome's device-metrics emulation), as a reader turning a tablet or zooming would;
 * after each resize the figure islands have fetched and swapped in the drawings that fit their new
 * boxes before anything is measured. Which width a page is loaded at turns with the page, so every
 * width is also met on a fresh load. The pages are checked side by side (one Chromium, one context).
 * The store holds two versions, the second with a long title (addSecondVersion), so the pages that list
 * versions meet what a real site holds. The interactions (keyboard, live search, uploads, embedding)
 * are in pages.test.ts.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import {
  addSecondVersion,
  addTestIdea,
  auditedContext,
  axeViolations,
  chromiumMissing,
  startBrowserSetup,
  WCAG_AND_BEST_PRACTICE,
  type BrowserSetup,
} from './browser-server.js';
import { FIGURE_WIDTHS } from '../../src/core/charts/figure-spec.js';

const missing = chromiumMissing();

interface PageKind {
  readonly path: string;
  /** The answer's status code; 200 unless given. */
  readonly status?: number;
  /** The page draws figures, so it must have figure text to measure. */
  readonly figures?: true;
  /** From 1 280 px on its tables fit the page's column: none scrolls in its box. */
  readonly tablesFit?: true;
}

/** Every kind of page, with a reader's query strings and the two kinds of "not found". */
const PAGES: readonly PageKind[] = [
  { path: '/', figures: true },
  { path: '/?beroep=huisartsen', figures: true },
  { path: '/beroepen' },
  { path: '/beroepen?q=verpleeg' },
  { path: '/beroep/huisartsen', figures: true, tablesFit: true },
  { path: '/beroep/huisartsen?beroep=huisartsen', figures: true },
  { path: '/beroep/sociaal-werkers', figures: true },
  { path: '/beroep/huisartsen?met=wijkverpleegkundigen', figures: true, tablesFit: true },
  // The two longest single words among the names side by side.
  { path: '/beroep/praktijkondersteuners?met=wijkverpleegkundigen', figures: true, tablesFit: true },
  { path: '/beroep/huisartsn', status: 404 },
  { path: '/ranglijst' },
  { path: '/ranglijst/autonomie', figures: true },
  { path: '/ranglijst/tijd-registratie?beroep=jeugdzorgwerkers', figures: true },
  { path: '/kwadranten', figures: true },
  { path: '/vergelijk' },
  // Two versions (the second with a long title, beforeAll): the dropdowns must not widen the page.
  { path: '/vergelijk?a=1&b=2' },
  { path: '/methode' },
  { path: '/downloads' },
  { path: '/versies' },
  { path: '/beheer' },
  { path: '/ideeen' },
  { path: '/ideeen?q=invalpool' },
  { path: '/ideeen/themas', figures: true },
  { path: '/ideeen/themas/administratieve-lasten' },
  { path: '/ideeen/idee-0001' },
  { path: '/ideeen/browser-1' },
  { path: '/embed/kwadranten', figures: true },
  { path: '/embed/ranking-autonomie?beroep=huisartsen', figures: true },
  { path: '/bestaat-niet', status: 404 },
];

interface Width {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** CSS pixels per device pixel: 2 is a 200% zoom. */
  readonly scale: 1 | 2;
  /** axe-core in light and in dark mode at this width. */
  readonly axe: boolean;
}

/**
 * axe runs at a phone's and a desktop's width, where the layout differs (the style sheet's breakpoints
 * are 30, 48, 60, 64 and 75 rem). 1 280 px also stands for 1 200 px, where axe ran before: both are past
 * the last breakpoint (75 rem = 1 200 px) and wider than the page's column (72 rem), so the pages are
 * laid out and drawn alike. Dark mode changes colours only (custom properties under
 * `prefers-color-scheme`; no script reads the scheme): the test checks that every box stays where it
 * was, runs the layout checks again and, of axe's rules, those that judge colours (contrast, links
 * told apart by colour); the other rules see the same page as in light mode. 320 px (the narrowest
 * phone), 640 px at a device scale of 2 (200% zoom of a 1 280 px screen) and 1 440 px check the layout
 * only.
 */
const WIDTHS: readonly Width[] = [
  { name: '390 px', width: 390, height: 900, scale: 1, axe: true },
  { name: '1 280 px', width: 1280, height: 900, scale: 1, axe: true },
  { name: '320 px', width: 320, height: 700, scale: 1, axe: false },
  { name: '640 px at 200% zoom', width: 640, height: 900, scale: 2, axe: false },
  { name: '1 440 px', width: 1440, height: 700, scale: 1, axe: false },
];

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

/**
 * How far the page scrolls sideways, the row names of wide tables that would scroll out of view, and
 * the tables that scroll in their box.
 */
function sideways(page: Page) {
  return page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    width: window.innerWidth,
    scrollingTables: Array.from(document.querySelectorAll('.table-scroll'))
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => box.querySelector('caption')?.textContent ?? ''),
    looseRowNames: Array.from(document.querySelectorAll('.table-scroll .data-table th[scope="row"]')).filter(
      (th) => getComputedStyle(th).position !== 'sticky',
    ).length,
  }));
}

/**
 * Sets the viewport and device scale of the page through Chrome's device-metrics emulation (the call
 * Playwright makes for a context's viewport); returns what the page sees.
 */
async function resize(
  page: Page,
  session: CDPSession,
  width: Width,
): Promise<{ width: number; scale: number }> {
  await session.send('Emulation.setDeviceMetricsOverride', {
    width: width.width,
    height: width.height,
    deviceScaleFactor: width.scale,
    mobile: false,
  });
  return page.evaluate(() => ({ width: window.innerWidth, scale: window.devicePixelRatio }));
}

/**
 * Waits until every figure island shows the drawing that fits its box (the widest drawn width not
 * wider than the box, figure-island.ts), i.e. until the islands have fetched and swapped in what the
 * last load or resize asked for. An event, not a deadline: no time limit.
 */
async function figuresFitted(page: Page): Promise<void> {
  await page.waitForFunction(
    (widths) =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-figure-src]')).every((box) => {
        const available = Math.floor(box.clientWidth);
        let fits = widths[0]!;
        for (const w of widths) if (w <= available) fits = w;
        const svg = box.querySelector('svg');
        return box.getAttribute('data-figure-width') === String(fits) && svg?.viewBox.baseVal.width === fits;
      }),
    [...FIGURE_WIDTHS],
    { timeout: 0, polling: 'raf' },
  );
}

/** Every element's box on screen, rounded to a tenth of a pixel: what a change of colours must keep. */
function boxes(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .map((element) => {
        const box = element.getBoundingClientRect();
        return [box.x, box.y, box.width, box.height].map((v) => Math.round(v * 10) / 10).join(',');
      })
      .join(';'),
  );
}

if (missing) {
  describe('every kind of page in Chromium', () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
} else {
  describe('every kind of page in Chromium', () => {
    let setup: BrowserSetup;
    beforeAll(async () => {
      setup = await startBrowserSetup();
      // An idea added through the API has a page and is found by the search like the example ideas.
      expect((await addTestIdea(setup)).status).toBe(201);
      await addSecondVersion(setup);
    });
    afterAll(async () => {
      await setup?.stop();
    });

    let context: BrowserContext;
    beforeAll(async () => {
      context = await auditedContext(setup.browser, { colorScheme: 'light' });
    });
    afterAll(async () => {
      await context?.close();
    });

    /** The layout checks of one width in the current colour scheme. */
    async function layout(page: Page, kind: PageKind, where: string, expect: ExpectStatic): Promise<void> {
      const sizes = await figureTextSizes(page);
      if (kind.figures) expect(sizes.length, where).toBeGreaterThan(0);
      const small = sizes.filter((s) => s.size < MIN_TEXT).slice(0, 5);
      expect(small, where).toEqual([]);
      expect(await overlappingLabels(page), where).toEqual([]);
      const { overflow, looseRowNames, scrollingTables, width } = await sideways(page);
      expect(overflow, where).toBeLessThanOrEqual(0);
      expect(looseRowNames, where).toBe(0);
      if (kind.tablesFit && width >= 1280) expect(scrollingTables, where).toEqual([]);
    }

    const checks =
      'at every width: figure text ≥ 12 px, labels apart, no sideways scrolling; at 390 and 1 280 px no axe violations in light and dark; no script errors';
    // The pages are checked side by side (vitest's maxConcurrency at a time).
    describe.concurrent('each page at every width', () => {
      PAGES.forEach((kind, index) => {
        // The width the page is loaded at turns with the page; the others follow by resizing.
        const order = [...WIDTHS.slice(index % WIDTHS.length), ...WIDTHS.slice(0, index % WIDTHS.length)];
        it(`${kind.path} (loaded at ${order[0]!.name}) ${checks}`, async ({ expect }) => {
          const page = await context.newPage();
          const session = await context.newCDPSession(page);
          const problems: string[] = [];
          page.on('console', (message) => {
            if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
          });
          page.on('pageerror', (error) => problems.push(error.message));
          try {
            for (const [step, width] of order.entries()) {
              expect(await resize(page, session, width), width.name).toEqual({
                width: width.width,
                scale: width.scale,
              });
              if (step === 0) {
                const response = await page.goto(setup.base + kind.path);
                expect(response?.status(), kind.path).toBe(kind.status ?? 200);
                await page.waitForLoadState('networkidle');
              }
              // The figure islands have swapped in the drawings that fit their boxes.
              await figuresFitted(page);
              const where = `${kind.path} at ${width.name}`;
              await layout(page, kind, `${where}, light`, expect);
              if (!width.axe) continue;
              expect(await axeViolations(page, WCAG_AND_BEST_PRACTICE), `${where}, light`).toEqual([]);
              // Two frames first, so a layout still settling from the resize is not taken for a move.
              const settled = () =>
                page.evaluate(
                  () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
                );
              await settled();
              const light = await boxes(page);
              await page.emulateMedia({ colorScheme: 'dark' });
              await settled();
              expect(await boxes(page), `${where}: dark mode moves nothing`).toBe(light);
              await layout(page, kind, `${where}, dark`, expect);
              expect(
                await axeViolations(page, WCAG_AND_BEST_PRACTICE, { colourOnly: true }),
                `${where}, dark`,
              ).toEqual([]);
              await page.emulateMedia({ colorScheme: 'light' });
            }
            expect(problems, kind.path).toEqual([]);
          } finally {
            await session.detach();
            await page.close();
          }
        });
      });
    });
  });
}
