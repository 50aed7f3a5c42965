/**
 * The survey waves as one object over a {@link Database}: list, load, add, and the version shown by
 * default. Each method is the function of the same name in datasets.ts, bound to the database;
 * `locked` binds the same reads and writes to one transaction that holds the datasets' write lock.
 */
import type { SurveyTable } from '../../core/contract/table.js';
import { loadAnalysisResult, saveAnalysisResult } from './analysis-results.js';
import type { Database, Queryable } from './database.js';
import {
  addDataset,
  addDatasets,
  chooseDataset,
  chooseExisting,
  insertDatasetsSaying,
  listDatasets,
  loadDataset,
  lockedDatasets,
  shownVersion,
  type AddDatasetOptions,
  type AddedDatasets,
  type DatasetSummary,
  type StoredDataset,
} from './datasets.js';

/** The reads and writes of the datasets inside one transaction that holds their write lock. */
export interface LockedDatasets {
  /** Every stored version, newest first. */
  list(): Promise<DatasetSummary[]>;
  /** One version with its table, or undefined. */
  load(version: number): Promise<StoredDataset | undefined>;
  /** The version shown by default: the chosen one, else the newest ever shown; undefined when none. */
  shownVersion(): Promise<number | undefined>;
  /**
   * Stores validated tables as consecutive versions (shown: the last, unless `show` is false), and says
   * what that did to the ideas' published values (their professions are known labels from then on).
   */
  addAll(tables: readonly SurveyTable[], options?: AddDatasetOptions): Promise<AddedDatasets>;
  /** Makes an existing version the shown one; false when there is no such version. */
  choose(version: number): Promise<boolean>;
}

export interface DatasetsStore {
  /** Every stored version, newest first. */
  list(): Promise<DatasetSummary[]>;
  /** One version with its table, or undefined. */
  load(version: number): Promise<StoredDataset | undefined>;
  /** The version shown by default: the chosen one, else the newest ever shown; undefined when none. */
  shownVersion(): Promise<number | undefined>;
  /** Stores a validated table as the next version (one transaction). */
  add(table: SurveyTable, options?: AddDatasetOptions): Promise<DatasetSummary>;
  /** Stores validated tables (the waves of one upload) as consecutive versions, all or none. */
  addAll(tables: readonly SurveyTable[], options?: AddDatasetOptions): Promise<DatasetSummary[]>;
  /** Makes an existing version the shown one; false when there is no such version. */
  choose(version: number): Promise<boolean>;
  /**
   * Runs `work` in one transaction holding the datasets' write lock: another upload's check and write
   * wait until it ends, so what it read is still true when it writes. All of it lands, or none.
   */
  locked<T>(work: (datasets: LockedDatasets) => Promise<T>): Promise<T>;
  /** A computed analysis kept under the hash of its inputs (analysis-results.ts), or undefined. */
  storedAnalysis(key: string): Promise<string | undefined>;
  /** Keeps a computed analysis under the hash of its inputs. */
  storeAnalysis(key: string, result: string): Promise<void>;
}

export function datasetsStore(db: Database): DatasetsStore {
  return {
    list: () => listDatasets(db),
    load: (version) => loadDataset(db, version),
    shownVersion: () => shownVersion(db),
    add: (table, options) => addDataset(db, table, options),
    addAll: (tables, options) => addDatasets(db, tables, options),
    choose: (version) => chooseDataset(db, version),
    locked: (work) => lockedDatasets(db, (tx) => work(lockedStore(tx))),
    storedAnalysis: (key) => loadAnalysisResult(db, key),
    storeAnalysis: (key, result) => saveAnalysisResult(db, key, result),
  };
}

function lockedStore(tx: Queryable): LockedDatasets {
  return {
    list: () => listDatasets(tx),
    load: (version) => loadDataset(tx, version),
    shownVersion: () => shownVersion(tx),
    addAll: (tables, options) => insertDatasetsSaying(tx, tables, options),
    choose: (version) => chooseExisting(tx, version),
  };
}
