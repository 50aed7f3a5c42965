/**
 * New survey waves from an upload (page or API): checked against the size limit, imported with every
 * contract check (all errors of the file at once), checked against the row limit, split into one table
 * per period (the contract: several periods in one file are several waves), each tried by the analysis,
 * and only then stored as the next versions in period order — all in one transaction, earlier versions
 * untouched. A version per period keeps every address, download and comparison as it is for one wave:
 * `/vergelijk?a=5&b=6` compares the two periods of one file. The answer carries the trial analyses'
 * data-quality notes (unpublished cells, unclassified professions …), so that the analyst sees them at
 * once. The same table of one period again — the newest version's figures, title and example label —
 * makes no new version: that version is shown, and the answer says so. A table of several periods each
 * of which a stored version already holds (figures, title, label) stores nothing either, and the shown
 * version stays. Otherwise all its waves are stored, and the last is shown only when its period is
 * later than every stored version's: older waves uploaded after a newer one do not replace it. With
 * several waves each note names its period.
 *
 * An upload with `show: false` (the admin page's "Uploaden en controleren") is stored the same way but
 * shown never: the site keeps its version until the analyst chooses the new one after reading its
 * notes and comparison. Whether it is stored already is read in the transaction that stores it, under
 * the datasets' write lock: two uploads of one file at once store it once.
 */
import { analyse } from '../../core/analysis/analyse.js';
import { OptionError } from '../../core/analysis/option-error.js';
import type { Warning } from '../../core/contract/problems.js';
import { comparePeriods, surveyWaves } from '../../core/contract/survey-waves.js';
import type { SurveyTable } from '../../core/contract/table.js';
import type { PublicChanges } from '../../core/ideas/public-changes.js';
import { periodLabel } from '../../core/text/chart-text.js';
import { webMessages, type SameFiguresDifference } from '../../core/text/web-messages.js';
import { parseSurveyUpload, ParsersBusy, type ParseOptions } from '../import/parse-upload.js';
import { tableFingerprint } from '../import/table-fingerprint.js';
import type { DatasetSummary, LockedDatasets } from '../store/index.js';
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
  /**
   * Make it the shown version at once (default true, as before this option). False stores it for a
   * check first ("Uploaden en controleren"): the site keeps showing what it showed.
   */
  readonly show?: boolean | undefined;
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
  /**
   * Unless `held`, the version shown from now on: the last one stored, or (when `created` is false) the
   * newest it equals; for several waves the shown version when no wave's period is later than every
   * stored one's. When `held`, the version to check: the last one stored, or the one the (last) wave
   * equals.
   */
  readonly dataset: DatasetSummary;
  /**
   * Every version stored, one per period in period order; when nothing was stored `[dataset]`, or for
   * several waves the stored version equal to each.
   */
  readonly datasets: readonly DatasetSummary[];
  /** False when nothing was stored: the upload equals the newest version, or each wave a stored one. */
  readonly created: boolean;
  /**
   * The newest stored version with the same figures: when `created`, one under another title or
   * example label (else null); when not `created`, the version the upload equals (= `dataset.version`).
   */
  readonly sameFiguresAs: number | null;
  /** What differs from version `sameFiguresAs` when a new version was stored with its figures, else null. */
  readonly differs: SameFiguresDifference | null;
  /** The analyses' data-quality notes, the import's included, as the site lists them; each once. */
  readonly warnings: readonly Warning[];
  /** The upload asked to be checked first (`show` false): the site shows what it showed before. */
  readonly held: boolean;
  /** The version the site shows after the upload; null when it shows none (every version waits). */
  readonly shown: number | null;
  /**
   * What storing it did to the ideas' published values: its professions are known labels from now on,
   * so ideas naming one may publish it, and the k-anonymity rule may withdraw or give back values of
   * others. Null when nothing was stored.
   */
  readonly publicChanges: PublicChanges | null;
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
  const waves = surveyWaves(table);
  const warnings = new Map<string, Warning>();
  for (const wave of waves) {
    // With several waves each note and error says which period it is about.
    const period = waves.length > 1 ? (periodLabel(wave.periods[0] ?? null) ?? webMessages.noPeriod) : null;
    try {
      const trial = analyse(wave, { config: config.indexConfig, draws: TRIAL_DRAWS });
      for (const warning of trial.warnings) {
        const note = period
          ? { ...warning, message: webMessages.wavePrefix(period, warning.message) }
          : warning;
        if (!warnings.has(note.message)) warnings.set(note.message, note);
      }
    } catch (error) {
      if (!(error instanceof OptionError)) throw error;
      throw new HttpProblem(422, period ? webMessages.wavePrefix(period, error.message) : error.message);
    }
  }
  const notes = [...warnings.values()];
  const show = upload.show ?? true;
  // The check (is it stored already?) and the write it decides on in one locked transaction: two
  // uploads of one file at once store it once.
  const outcome = await services.datasets.locked((store) =>
    waves.length === 1 && waves[0]
      ? storeWave(store, waves[0], upload.name, show)
      : storeWaves(store, waves, upload.name, show),
  );
  return { ...outcome, warnings: notes, held: !show };
}

type StoredOutcome = Omit<UploadOutcome, 'warnings' | 'held'>;

/** One period: a new version, or none when the newest version is the same table. */
async function storeWave(
  store: LockedDatasets,
  wave: SurveyTable,
  name: string,
  show: boolean,
): Promise<StoredOutcome> {
  const newest = await newestWithSameFigures(store, wave);
  if (newest && newest.title === wave.source.title && newest.example === wave.source.example) {
    if (show) await store.choose(newest.version);
    const shown = (await store.shownVersion()) ?? null;
    const dataset = shown === newest.version ? await summaryOf(store, newest.version) : newest;
    return {
      dataset,
      datasets: [dataset],
      created: false,
      sameFiguresAs: newest.version,
      differs: null,
      shown,
      publicChanges: null,
    };
  }
  const added = await store.addAll([wave], { name, show });
  const [dataset] = added.datasets;
  if (!dataset) throw new RangeError('an upload of one period stored no version');
  const titleDiffers = newest !== undefined && newest.title !== wave.source.title;
  const exampleDiffers = newest !== undefined && newest.example !== wave.source.example;
  const differs: SameFiguresDifference | null =
    titleDiffers && exampleDiffers
      ? 'title-and-example'
      : titleDiffers
        ? 'title'
        : exampleDiffers
          ? 'example'
          : null;
  return {
    dataset,
    datasets: [dataset],
    created: true,
    sameFiguresAs: newest?.version ?? null,
    differs,
    shown: (await store.shownVersion()) ?? null,
    publicChanges: added.publicChanges,
  };
}

/**
 * Several periods: all stored, or none when each equals a stored version. Shown (when `show`): the last
 * when its period is later than every stored version's.
 */
async function storeWaves(
  store: LockedDatasets,
  waves: readonly SurveyTable[],
  name: string,
  show: boolean,
): Promise<StoredOutcome> {
  const existing = await store.list();
  const shownVersion = await store.shownVersion();
  const shown = existing.find((d) => d.version === shownVersion);
  const equals = await Promise.all(waves.map((wave) => storedEqual(store, existing, wave)));
  const already = equals.filter((d) => d !== undefined);
  const lastEqual = equals[equals.length - 1];
  if (already.length === waves.length && lastEqual) {
    // Shown as it was; when nothing is shown and showing was asked, the version of the last period.
    if (show && !shown) await store.choose(lastEqual.version);
    const dataset = show ? (shown ?? (await summaryOf(store, lastEqual.version))) : lastEqual;
    return {
      dataset,
      datasets: already,
      created: false,
      sameFiguresAs: null,
      differs: null,
      shown: (await store.shownVersion()) ?? null,
      publicChanges: null,
    };
  }
  // The last wave is shown only when its period is later than every stored version's.
  const latest = waves[waves.length - 1]?.periods[0] ?? null;
  const later = existing.every((d) => d.periods.every((p) => comparePeriods(latest, p) > 0));
  const { datasets: stored, publicChanges } = await store.addAll(waves, { name, show: show && later });
  const last = stored[stored.length - 1];
  const dataset = show && later ? last : show ? shown : last;
  if (!dataset) throw new RangeError('an upload of several periods stored no version');
  return {
    dataset,
    datasets: stored,
    created: true,
    sameFiguresAs: null,
    differs: null,
    shown: (await store.shownVersion()) ?? null,
    publicChanges,
  };
}

/** A version's summary as stored now (after a choice marked it shown). */
async function summaryOf(store: LockedDatasets, version: number): Promise<DatasetSummary> {
  const summary = (await store.list()).find((d) => d.version === version);
  if (!summary) throw new RangeError(`version ${version} is not stored`);
  return summary;
}

/** A stored version with the wave's figures (periods included), title and example label, else undefined. */
async function storedEqual(
  store: LockedDatasets,
  existing: readonly DatasetSummary[],
  wave: SurveyTable,
): Promise<DatasetSummary | undefined> {
  const fingerprint = tableFingerprint(wave.observations);
  for (const summary of existing) {
    if (
      summary.observationCount !== wave.observations.length ||
      summary.title !== wave.source.title ||
      summary.example !== wave.source.example
    )
      continue;
    const stored = await store.load(summary.version);
    if (stored && tableFingerprint(stored.table.observations) === fingerprint) return summary;
  }
  return undefined;
}

/** The newest stored version when its figures (periods included) are the table's, else undefined. */
async function newestWithSameFigures(
  store: LockedDatasets,
  table: SurveyTable,
): Promise<DatasetSummary | undefined> {
  const [latest] = await store.list();
  if (!latest || latest.observationCount !== table.observations.length) return undefined;
  const stored = await store.load(latest.version);
  if (!stored) return undefined;
  return tableFingerprint(stored.table.observations) === tableFingerprint(table.observations)
    ? latest
    : undefined;
}
