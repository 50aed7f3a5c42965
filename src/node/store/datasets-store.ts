/**
 * The survey waves as one object over a {@link Database}: list, load, add, and the version shown by
 * default. Each method is the function of the same name in datasets.ts, bound to the database.
 */
import type { SurveyTable } from '../../core/contract/table.js';
import { loadAnalysisResult, saveAnalysisResult } from './analysis-results.js';
import type { Database } from './database.js';
import {
  addDataset,
  addDatasets,
  chooseDataset,
  listDatasets,
  loadDataset,
  shownVersion,
  type AddDatasetOptions,
  type DatasetSummary,
  type StoredDataset,
} from './datasets.js';

export interface DatasetsStore {
  /** Every stored version, newest first. */
  list(): Promise<DatasetSummary[]>;
  /** One version with its table, or undefined. */
  load(version: number): Promise<StoredDataset | undefined>;
  /** The version shown by default: the chosen one, else the newest; undefined in an empty store. */
  shownVersion(): Promise<number | undefined>;
  /** Stores a validated table as the next version (one transaction). */
  add(table: SurveyTable, options?: AddDatasetOptions): Promise<DatasetSummary>;
  /** Stores validated tables (the waves of one upload) as consecutive versions, all or none. */
  addAll(tables: readonly SurveyTable[], options?: AddDatasetOptions): Promise<DatasetSummary[]>;
  /** Makes an existing version the shown one; false when there is no such version. */
  choose(version: number): Promise<boolean>;
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
    storedAnalysis: (key) => loadAnalysisResult(db, key),
    storeAnalysis: (key, result) => saveAnalysisResult(db, key, result),
  };
}
