/**
 * Prints the report to PDF with Debian's Chromium through playwright-core (no browser download). Every
 * collapsed section is opened first, so the PDF holds all figures and tables.
 */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Writes `html` as an A4 PDF to `path`. Returns false, writing nothing, when Chromium is missing. */
export async function printPdf(html: string, path: string, chromium = DEFAULT_CHROMIUM): Promise<boolean> {
  if (!existsSync(chromium)) return false;
  const { chromium: launcher } = await import('playwright-core');
  // No deadlines (Playwright's defaults are 180 s to launch, 30 s per step): the report is inline and
  // every request is refused, so nothing can wait on the network, and a slow, busy machine only makes
  // printing slower instead of failing it. Ctrl+C still stops a print that never ends.
  const browser = await launcher.launch({ executablePath: chromium, args: CHROMIUM_ARGS, timeout: 0 });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(0);
    // The report is self-contained; refuse any request so printing can never reach the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
    });
    await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
    return true;
  } finally {
    await browser.close();
  }
}
