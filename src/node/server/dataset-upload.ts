/**
 * A new survey wave from an upload (page or API): checked against the size limit, imported with every
 * contract check (all errors of the file at once), checked against the row limit, tried by the analysis,
 * and only then stored as the next version — atomically, earlier versions untouched. The answer carries
 * the trial analysis's data-quality notes (unpublished cells, unclassified professions …), so that the
 * analyst sees them at once. The same table again — the newest version's figures, title and example
 * label — makes no new version: that version is shown, and the answer says so.
 */
import { analyse } from '../../core/analysis/analyse.js';
import { OptionError } from '../../core/analysis/option-error.js';
import type { Warning } from '../../core/contract/problems.js';
import type { SurveyTable } from '../../core/contract/table.js';
import { webMessages, type SameFiguresDifference } from '../../core/text/web-messages.js';
import { parseSurveyUpload, ParsersBusy, type ParseOptions } from '../import/parse-upload.js';
import { tableFingerprint } from '../import/table-fingerprint.js';
import type { DatasetSummary } from '../store/index.js';
import { HttpProblem } from './http-problem.js';
import type { AppServices } from './services.js';
import { codePointAt } from '../../core/contract/item-at.js';

export interface Upload {
  /** File name as sent; its extension decides the format. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Source line to show instead of the file name. */
  readonly title?: string | undefined;
  /** The analyst marks the table as constructed example data. */
  readonly example?: boolean | undefined;
}

/** Draws for the trial analysis that proves an upload can be analysed before it is stored. */
const TRIAL_DRAWS = 50;
const MAX_NAME_LENGTH = 200;
const MAX_TITLE_LENGTH = 300;

/** Replaces control characters (U+0000–U+001F, U+007F) by `by`. */
function withoutControls(text: string, by: string): string {
  return Array.from(text, (ch) => {
    const code = codePointAt(ch, 0);
    return code < 0x20 || code === 0x7f ? by : ch;
  }).join('');
}

/** The file's own name: no folders, no control characters, not too long. */
export function uploadName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = withoutControls(base, '').trim();
  if (clean === '') return fallback;
  return clean.length > MAX_NAME_LENGTH ? clean.slice(clean.length - MAX_NAME_LENGTH) : clean;
}

function cleanTitle(title: string | undefined): string | undefined {
  const clean = withoutControls(title ?? '', ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean === '' ? undefined : clean.slice(0, MAX_TITLE_LENGTH);
}

/** Where uploads are read: in a worker thread from 1 MB (parse-upload.ts). */
export function parseOptions(services: AppServices): ParseOptions {
  return { worker: services.config.parseWorker, onWorker: services.config.onParseWorker };
}

/** 413 over the size limit, 422 when empty: the checks every upload gets before it is read. */
export function checkUploadSize(services: AppServices, upload: Upload): void {
  if (upload.bytes.length > services.config.maxUploadBytes) {
    throw new HttpProblem(413, webMessages.uploadTooLarge(services.config.maxUploadBytes));
  }
  if (upload.bytes.length === 0) throw new HttpProblem(422, webMessages.uploadEmpty);
}

/** What became of an upload that passed every check. */
export interface UploadOutcome {
  /** The version stored, or (when `created` is false) the newest version it equals. Shown from now on. */
  readonly dataset: DatasetSummary;
  /** False when the upload equals the newest version: nothing stored, that version shown. */
  readonly created: boolean;
  /**
   * The newest stored version with the same figures: when `created`, one under another title or
   * example label (else null); when not `created`, the version the upload equals (= `dataset.version`).
   */
  readonly sameFiguresAs: number | null;
  /** What differs from version `sameFiguresAs` when a new version was stored with its figures, else null. */
  readonly differs: SameFiguresDifference | null;
  /** The analysis's data-quality notes, the import's included, as the site lists them. */
  readonly warnings: readonly Warning[];
}

export async function storeUpload(services: AppServices, upload: Upload): Promise<UploadOutcome> {
  const { config } = services;
  checkUploadSize(services, upload);
  let imported;
  try {
    imported = await parseSurveyUpload(upload.name, upload.bytes, parseOptions(services));
  } catch (error) {
    if (error instanceof ParsersBusy) throw new HttpProblem(503, webMessages.busy);
    throw error;
  }
  if (imported.observations.length > config.maxUploadRows) {
    throw new HttpProblem(
      413,
      webMessages.uploadTooManyRows(imported.observations.length, config.maxUploadRows),
    );
  }
  if (imported.observations.length === 0) throw new HttpProblem(422, webMessages.uploadNoProfessions);
  const title = cleanTitle(upload.title);
  const table: SurveyTable = {
    ...imported,
    source: {
      ...imported.source,
      ...(title ? { title } : {}),
      // The analyst may mark a table as example data, never unmark one the import recognised.
      example: upload.example === true || imported.source.example,
    },
  };
  let warnings: readonly Warning[];
  try {
    warnings = analyse(table, { config: config.indexConfig, draws: TRIAL_DRAWS }).warnings;
  } catch (error) {
    if (error instanceof OptionError) throw new HttpProblem(422, error.message);
    throw error;
  }
  const newest = await newestWithSameFigures(services, table);
  if (newest && newest.title === table.source.title && newest.example === table.source.example) {
    await services.datasets.choose(newest.version);
    return { dataset: newest, created: false, sameFiguresAs: newest.version, differs: null, warnings };
  }
  const dataset = await services.datasets.add(table, { name: upload.name });
  const titleDiffers = newest !== undefined && newest.title !== table.source.title;
  const exampleDiffers = newest !== undefined && newest.example !== table.source.example;
  const differs: SameFiguresDifference | null =
    titleDiffers && exampleDiffers
      ? 'title-and-example'
      : titleDiffers
        ? 'title'
        : exampleDiffers
          ? 'example'
          : null;
  return { dataset, created: true, sameFiguresAs: newest?.version ?? null, differs, warnings };
}

/** The newest stored version when its figures (periods included) are the table's, else undefined. */
async function newestWithSameFigures(
  services: AppServices,
  table: SurveyTable,
): Promise<DatasetSummary | undefined> {
  const [latest] = await services.datasets.list();
  if (!latest || latest.observationCount !== table.observations.length) return undefined;
  const stored = await services.datasets.load(latest.version);
  if (!stored) return undefined;
  return tableFingerprint(stored.table.observations) === tableFingerprint(table.observations)
    ? latest
    : undefined;
}
