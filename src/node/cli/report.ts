/** `werkbalans report FILE --out report.html [--pdf]`: one self-contained HTML report (and a PDF). */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { previousPeriod } from '../../core/analysis/previous-period.js';
import { otherPeriodsNote } from '../../core/text/analysis-summary.js';
import { figureMessages } from '../../core/text/figure-messages.js';
import { reportText } from '../../core/text/report-text.js';
import { analyseFile } from '../analyse-file.js';
import { isUrl } from '../import/file-kind.js';
import { DEFAULT_CHROMIUM, printPdf } from '../render/report-pdf.js';
import { reportHtml } from '../render/report-html.js';
import { reportThemeOf, type ReportTheme } from '../render/report-solutions.js';
import { baseUrlOf } from './base-url-option.js';
import { UsageError, type CliEffects } from './effects.js';
import { openIdeasStore } from './ideas-store.js';

export interface ReportOptions {
  readonly out: string;
  readonly pdf?: boolean;
  readonly config?: string;
  readonly variant?: string;
  readonly draws?: number;
  readonly seed?: number;
  readonly period?: string;
  readonly sheet?: string;
  /** Add the ideas store's "veelgenoemde oplossingen" per theme. */
  readonly oplossingen?: boolean;
  readonly data?: string;
  /** `--basis-url`: the site's address, so the report links each theme's page (else WERKBALANS_BASE_URL). */
  readonly basisUrl?: string;
}

/** Every theme's solutions from the ideas store, for the report. */
async function storeSolutions(
  data: string | undefined,
  baseUrl: string | undefined,
  effects: CliEffects,
): Promise<ReportTheme[]> {
  const store = await openIdeasStore(data, effects);
  try {
    const themes: ReportTheme[] = [];
    for (const { theme } of await store.solutions.themes())
      themes.push(reportThemeOf(await store.solutions.ofTheme(theme), undefined, baseUrl));
    return themes;
  } finally {
    await store.close();
  }
}

/** The PDF goes beside the HTML file: `rapport.html` → `rapport.pdf`. */
export function pdfPath(htmlPath: string): string {
  return /\.html?$/i.test(htmlPath) ? htmlPath.replace(/\.html?$/i, '.pdf') : `${htmlPath}.pdf`;
}

export async function run(file: string, options: ReportOptions, effects: CliEffects): Promise<void> {
  // A report is for publishing: it names the file, not the folder it sits in on this machine.
  const result = await analyseFile(file, { ...options, name: isUrl(file) ? undefined : basename(file) });
  // As `analyse --json` does: which period of several was used, and how to choose another.
  const periodNote = otherPeriodsNote(result.dataset);
  if (periodNote) effects.stderr(`${periodNote}\n`);
  const solutions = options.oplossingen
    ? await storeSolutions(options.data, baseUrlOf(options, effects.env), effects)
    : undefined;
  // A table of two or more periods: the report compares the one analysed with the one before it.
  const previous = previousPeriod(result);
  const earlier =
    previous === null
      ? undefined
      : await analyseFile(file, {
          ...options,
          period: previous,
          name: isUrl(file) ? undefined : basename(file),
        });
  const html = reportHtml(result, { solutions, previous: earlier });
  const path = resolve(effects.cwd, options.out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, html);
  if (result.dataset.label) effects.stdout(`${figureMessages.exampleNotice(result.dataset.label)}\n`);
  effects.stdout(`${figureMessages.reportWritten(options.out)}\n`);
  if (options.pdf) {
    const chromium = effects.env['WERKBALANS_CHROMIUM'] ?? DEFAULT_CHROMIUM;
    const pdf = pdfPath(path);
    if (!(await printPdf(html, pdf, chromium))) throw new UsageError(reportText.pdfMissing);
    effects.stdout(`${figureMessages.pdfWritten(pdfPath(options.out))}\n`);
  }
}
