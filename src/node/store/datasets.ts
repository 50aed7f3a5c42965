/**
 * Survey dataset versions in the store. Every valid upload becomes a new version (1, 2, 3 …), one per
 * period it holds (each period is a wave); nothing is ever deleted. The shown version is the analyst's
 * choice, or the newest version ever shown when none was made; each version keeps when it was first
 * shown (null: never, e.g. stored for a check first).
 */
import type { SurveyTable, TableSource } from '../../core/contract/table.js';
import { lockSolutions } from './advisory-locks.js';
import type { Database, Queryable } from './database.js';
import {
  parseStored,
  storedFormat,
  storedObservations,
  storedPeriods,
  storedWarnings,
} from './stored-json.js';
import { itemAt } from '../../core/contract/item-at.js';
import { publicChangesOf, refreshPublicAttributes } from './ideas-public.js';
import type { PublicChanges } from '../../core/ideas/public-changes.js';

export interface DatasetSummary {
  readonly version: number;
  /** File name as uploaded. */
  readonly name: string;
  /** Source line, e.g. "CBS, AZW werknemersenquête, 4e kwartaal 2024". */
  readonly title: string;
  readonly format: TableSource['format'];
  /** True for constructed example data: every page then says "voorbeelddata". */
  readonly example: boolean;
  /** Address of the source table when the import knew it (a StatLine URL, a sidecar's `url`). */
  readonly sourceUrl: string | null;
  readonly periods: readonly (string | null)[];
  readonly observationCount: number;
  readonly professionCount: number;
  /** ISO 8601 time of the upload. */
  readonly createdAt: string;
  /** ISO 8601 time it first became the shown version; null while it never was ("nog niet getoond"). */
  readonly firstShownAt: string | null;
}

export interface StoredDataset {
  readonly summary: DatasetSummary;
  readonly table: SurveyTable;
}

interface DatasetRow {
  version: number;
  name: string;
  title: string;
  source_format: string;
  example: boolean;
  source_url: string | null;
  periods: unknown;
  observation_count: number;
  profession_count: number;
  created_at: Date | string;
  first_shown_at: Date | string | null;
}

const SUMMARY_COLUMNS =
  'version, name, title, source_format, example, source_url, periods, observation_count, profession_count, created_at, first_shown_at';

function summaryOf(row: DatasetRow): DatasetSummary {
  return {
    version: Number(row.version),
    name: row.name,
    title: row.title,
    format: storedFormat.parse(row.source_format),
    example: row.example,
    sourceUrl: row.source_url ?? null,
    periods: parseStored(storedPeriods, row.periods),
    observationCount: Number(row.observation_count),
    professionCount: Number(row.profession_count),
    createdAt: new Date(row.created_at).toISOString(),
    firstShownAt: row.first_shown_at === null ? null : new Date(row.first_shown_at).toISOString(),
  };
}

/** Every version, newest first. */
export async function listDatasets(db: Queryable): Promise<DatasetSummary[]> {
  const { rows } = await db.query<DatasetRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM datasets ORDER BY version DESC`,
  );
  return rows.map(summaryOf);
}

/** One version with its table, or undefined when there is no such version. */
export async function loadDataset(db: Queryable, version: number): Promise<StoredDataset | undefined> {
  const { rows } = await db.query<DatasetRow & { observations: unknown; warnings: unknown }>(
    `SELECT ${SUMMARY_COLUMNS}, observations, warnings FROM datasets WHERE version = $1`,
    [version],
  );
  const row = rows[0];
  if (!row) return undefined;
  const summary = summaryOf(row);
  const table: SurveyTable = {
    source: {
      file: summary.name,
      format: summary.format,
      title: summary.title,
      example: summary.example,
      ...(summary.sourceUrl ? { url: summary.sourceUrl } : {}),
    },
    periods: summary.periods,
    observations: parseStored(storedObservations, row.observations),
    warnings: parseStored(storedWarnings(summary.name), row.warnings),
  };
  return { summary, table };
}

/**
 * The version shown by default: the chosen one, else the newest ever shown; undefined in an empty store
 * or one whose versions all wait for a check.
 */
export async function shownVersion(db: Queryable): Promise<number | undefined> {
  const { rows } = await db.query<{ version: number }>(
    `SELECT COALESCE((SELECT version FROM dataset_choice),
       (SELECT max(version) FROM datasets WHERE first_shown_at IS NOT NULL)) AS version`,
  );
  const version = rows[0]?.version;
  return version === null || version === undefined ? undefined : Number(version);
}

export interface AddDatasetOptions {
  /** File name shown in the list; default the table's source file. */
  readonly name?: string;
  /** Make it the shown version (default true). */
  readonly show?: boolean;
}

/**
 * Stores a validated table as the next version, in one transaction: the new row and (by default) the
 * choice of shown version land together or not at all. Earlier versions are untouched.
 */
export async function addDataset(
  db: Database,
  table: SurveyTable,
  options: AddDatasetOptions = {},
): Promise<DatasetSummary> {
  return itemAt(await addDatasets(db, [table], options), 0);
}

/**
 * Stores validated tables as consecutive versions, in the order given, in one transaction: all of them
 * and (by default) the choice of the last as the shown version land together, or none does. An upload
 * of several waves (one table per period) is stored this way.
 */
export async function addDatasets(
  db: Database,
  tables: readonly SurveyTable[],
  options: AddDatasetOptions = {},
): Promise<DatasetSummary[]> {
  return lockedDatasets(db, (tx) => insertDatasets(tx, tables, options));
}

/**
 * Runs `work` in one transaction that holds the datasets' write lock (EXCLUSIVE: reads go on, writes
 * wait): what it reads stays true until it has written, so a check ("is this upload stored already?")
 * and the write it decides on cannot be split by another upload's. Then the solutions lock, before any
 * row is written: storing a table rewrites the ideas' public labels (advisory-locks.ts gives the order).
 */
export async function lockedDatasets<T>(db: Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE datasets IN EXCLUSIVE MODE');
    await lockSolutions(tx);
    return work(tx);
  });
}

/** {@link addDatasets} inside a transaction that holds the lock ({@link lockedDatasets}). */
export async function insertDatasets(
  tx: Queryable,
  tables: readonly SurveyTable[],
  options: AddDatasetOptions = {},
): Promise<DatasetSummary[]> {
  return (await insertDatasetsSaying(tx, tables, options)).datasets;
}

/** The versions stored, and what storing them did to the ideas' published values. */
export interface AddedDatasets {
  readonly datasets: DatasetSummary[];
  /**
   * The tables' professions are known labels from then on: ideas naming one may publish it, and the
   * k-anonymity rule may then withdraw or give back values of other ideas. No idea is touched by the
   * upload itself, so every changed idea counts.
   */
  readonly publicChanges: PublicChanges;
}

/** {@link insertDatasets}, saying what it did to the ideas' published values (as every change does). */
export async function insertDatasetsSaying(
  tx: Queryable,
  tables: readonly SurveyTable[],
  options: AddDatasetOptions = {},
): Promise<AddedDatasets> {
  if (tables.length === 0) throw new RangeError('addDatasets needs at least one table');
  const { rows: next } = await tx.query<{ version: number }>(
    'SELECT COALESCE(max(version), 0) + 1 AS version FROM datasets',
  );
  const first = Number(itemAt(next, 0).version);
  const stored: DatasetSummary[] = [];
  for (const [i, table] of tables.entries()) {
    stored.push(await insertDataset(tx, first + i, table, options.name ?? table.source.file));
  }
  const show = options.show ?? true;
  const last = first + tables.length - 1;
  if (show) await choose(tx, last);
  // The shown table's professions are known labels from now on (survey-professions.ts): ideas that
  // name one may publish it, under the k-anonymity rule, in the same transaction as the table. A table
  // stored for a check counts once it is shown (chooseExisting).
  const publicChanges = await publicChangesOf(tx, await refreshPublicAttributes(tx), []);
  if (!show) return { datasets: stored, publicChanges };
  // As stored before the choice marked it shown.
  return {
    datasets: stored.map((d) => (d.version === last ? { ...d, firstShownAt: d.createdAt } : d)),
    publicChanges,
  };
}

async function insertDataset(
  tx: Queryable,
  version: number,
  table: SurveyTable,
  name: string,
): Promise<DatasetSummary> {
  const professions = new Set(table.observations.map((o) => o.profession)).size;
  const { rows } = await tx.query<DatasetRow>(
    `INSERT INTO datasets (version, name, title, source_format, example, periods, observations,
       observation_count, profession_count, warnings, source_url)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10::jsonb, $11)
     RETURNING ${SUMMARY_COLUMNS}`,
    [
      version,
      name,
      table.source.title,
      table.source.format,
      table.source.example,
      JSON.stringify(table.periods),
      JSON.stringify(table.observations),
      table.observations.length,
      professions,
      JSON.stringify(table.warnings),
      table.source.url ?? null,
    ],
  );
  return summaryOf(itemAt(rows, 0));
}

async function choose(tx: Queryable, version: number): Promise<void> {
  await tx.query(
    `INSERT INTO dataset_choice (singleton, version, chosen_at) VALUES (true, $1, now())
     ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version, chosen_at = EXCLUDED.chosen_at`,
    [version],
  );
  await tx.query('UPDATE datasets SET first_shown_at = now() WHERE version = $1 AND first_shown_at IS NULL', [
    version,
  ]);
}

/** Makes an existing version the shown one; false when there is no such version. */
export async function chooseDataset(db: Database, version: number): Promise<boolean> {
  return db.transaction((tx) => chooseExisting(tx, version));
}

/** {@link chooseDataset} inside a transaction. */
export async function chooseExisting(tx: Queryable, version: number): Promise<boolean> {
  const { rows } = await tx.query<{ shown: boolean }>(
    'SELECT first_shown_at IS NOT NULL AS shown FROM datasets WHERE version = $1',
    [version],
  );
  const [row] = rows;
  if (row === undefined) return false;
  await choose(tx, version);
  // Shown for the first time: its professions are known labels from now on (surveyProfessions).
  if (!row.shown) await refreshPublicAttributes(tx);
  return true;
}
