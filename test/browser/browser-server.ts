/**
 * A real werkbalans server on a free loopback port (PGlite in memory, the example data, a known admin
 * token) and Debian's Chromium through playwright-core, for the browser tests. `chromiumMissing()` says
 * why the tests cannot run here; CI installs Chromium, so there they run. `auditedContext` and
 * `axeViolations` run axe-core in the page. `launchChromium` turns Playwright's own deadlines off, so that
 * only vitest's hang guard (vitest.config.ts) can end a browser test that waits.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { createAppWithServices } from '../../src/node/server/app.js';
import { importExampleData } from '../../src/node/server/example-data.js';
import { listen, type RunningServer } from '../../src/node/server/listen.js';
import { packagePath } from '../../src/node/package-root.js';
import { openDatabase } from '../../src/node/store/database.js';
import { OWN_CSV, shiftedCsv } from '../node/server/app-fixture.js';

export const CHROMIUM = process.env.WERKBALANS_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const TOKEN = 'browser-test-token-5e8a1c7d9b';

/**
 * Chromium without Playwright's deadlines: no launch limit, and every context the browser makes (through
 * `newContext` or `newPage`, which calls it) has no action or navigation limit (0), where Playwright's
 * default of 30 s would fail a click or a `goto` on a busy machine. Every wait in the browser tests ends
 * on an event; a wait that never ends is a hang, which vitest's hang guard ends.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 0 });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    context.setDefaultTimeout(0);
    context.setDefaultNavigationTimeout(0);
    return context;
  };
  return browser;
}

export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const reason = `Chromium not found at ${CHROMIUM}; install the Debian package chromium to run the browser tests`;
  if (process.env.WERKBALANS_REQUIRE_CHROMIUM === '1') throw new Error(reason);
  return reason;
}

/** Builds the browser islands into dist/web when they are not there (a test run without `npm run build`). */
export function ensureAssets(): void {
  if (existsSync(packagePath('dist', 'web', 'manifest.json'))) return;
  execFileSync(process.execPath, [packagePath('scripts', 'build-client.js')], { stdio: 'inherit' });
}

export interface BrowserSetup {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly base: string;
  stop(): Promise<void>;
}

/**
 * Adds through the API the idea the browser tests search for (its word `zwaluwstaartrooster` is in no
 * example idea) and open at /ideeen/browser-1.
 */
export async function addTestIdea(setup: BrowserSetup): Promise<Response> {
  return fetch(`${setup.base}/api/ideas`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      id: 'browser-1',
      tekst: 'Een vaste invalpool voor de nachtdiensten met een zwaluwstaartrooster scheelt veel geregel.',
      thema: 'werkdruk',
      soort: 'voorstel',
      branche: 'VVT',
      reden: 'testidee',
    }),
  });
}

/**
 * A second version with a long title, as a real wave has ("CBS, AZW werknemersenquête: …"): the example
 * table with the huisartsen' resources 20 points lower, uploaded through the API. The pages that list
 * the versions (/versies, the comparison's dropdowns) must still fit a phone. Version 1 is shown again
 * afterwards, so the other pages stay those of the example data.
 */
export const SECOND_VERSION_TITLE =
  'CBS, AZW werknemersenquête: taakeisen en hulpbronnen per beroep in zorg en welzijn, 4e kwartaal 2025 (tweede golf)';

export async function addSecondVersion(setup: BrowserSetup): Promise<void> {
  const query = new URLSearchParams({ naam: 'golf-2025.csv', titel: SECOND_VERSION_TITLE });
  const uploaded = await fetch(`${setup.base}/api/datasets?${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' },
    body: shiftedCsv('Huisartsen', 20, OWN_CSV),
  });
  if (uploaded.status !== 201) throw new Error(`second version: status ${uploaded.status}`);
  const shown = await fetch(`${setup.base}/api/datasets/shown`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ version: 1 }),
  });
  if (shown.status !== 200) throw new Error(`showing version 1 again: status ${shown.status}`);
}

export async function startBrowserSetup(): Promise<BrowserSetup> {
  ensureAssets();
  const db = await openDatabase({ dataDir: 'memory://' });
  await importExampleData(db);
  const { app } = createAppWithServices({ db, config: { adminToken: TOKEN, draws: 2000 } });
  const server = await listen(app, db, { port: 0, hostname: '127.0.0.1' });
  const browser = await launchChromium();
  return {
    server,
    browser,
    base: `http://127.0.0.1:${server.port}`,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

/** The WCAG 2.1 A and AA rules of axe-core. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
/** WCAG 2.1 A and AA and axe's best practices (landmarks, heading order, one main, …). */
export const WCAG_AND_BEST_PRACTICE = [...WCAG_TAGS, 'best-practice'] as const;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A browser context in whose every page and frame axe-core is loaded before the page's own scripts (an
 * init script, which the site's Content-Security-Policy does not apply to), so `axeViolations` only
 * runs it. @axe-core/playwright's AxeBuilder sent the 550 kB script into the page again on every call
 * and finished each run in a new blank page, where it loaded the script once more: on this 2-core
 * machine that cost 5 to 25 s per call, against 0.5 to 4 s for running the same rules in the page.
 */
export async function auditedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/**
 * axe-core's violations on the page as it is now (in frames too: axe is in each of them), one line per
 * rule with the first elements it found. The page must come from an `auditedContext`. With
 * `colourOnly`, only the rules of those tags that judge colours (axe's category `cat.color`: contrast,
 * links told apart by colour) run: after a change of colours alone, the others would find what they
 * found before.
 */
export async function axeViolations(
  page: Page,
  tags: readonly string[] = WCAG_TAGS,
  { colourOnly = false }: { readonly colourOnly?: boolean } = {},
): Promise<string[]> {
  const violations = await page.evaluate(
    async ({ values, colourOnly }) => {
      const axe = (
        window as unknown as {
          axe: {
            run(context: Document, options: RunOptions): Promise<AxeResults>;
            getRules(tags: string[]): { ruleId: string; tags: string[] }[];
          };
        }
      ).axe;
      const rules = colourOnly
        ? axe
            .getRules(values)
            .filter((rule) => rule.tags.includes('cat.color'))
            .map((rule) => rule.ruleId)
        : [];
      if (colourOnly && rules.length === 0)
        throw new Error(`no colour rule among the tags ${values.join(', ')}`);
      // Only the violations are reported in full; which elements passed is not needed here.
      const results = await axe.run(document, {
        runOnly: colourOnly ? { type: 'rule', values: rules } : { type: 'tag', values },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { values: tags as string[], colourOnly },
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.slice(0, 5).join(', ')})`);
}
