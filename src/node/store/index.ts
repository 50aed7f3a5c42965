/**
 * The store's public surface: what the server, the CLI and the library may import from this folder
 * (eslint.config.js enforces it). Everything else here — SQL, builders, the raw database — stays
 * inside. A `Database` is an opaque handle outside: open it, hand it to {@link storeOf}, close it.
 */
export { openStore, storeOf, type Store, type StoreSource } from './store.js';
export { openDatabase, DEFAULT_DATA_DIR, type Database, type DatabaseOptions } from './database.js';
export type { IdeasStore } from './ideas-store.js';
export type { DatasetsStore, LockedDatasets } from './datasets-store.js';
export { KEPT_ANALYSES } from './analysis-results.js';
export type { LabelledChange, NearDuplicateDecision, SolutionsStore } from './solutions-store.js';
export { StoreFolderRefused } from './store-folder.js';
export { StoreInUse } from './store-lock.js';

// The ideas: values and errors the edges show.
export { CurationError, type IdeaInput, type StoredIdea } from './ideas-curation.js';
export type { RemaskChange, RemaskResult } from './ideas-remask.js';
export type { IdeaBatchOptions, IdeasImportResult } from './ideas-import-batch.js';
export type { LabelRequest } from './ideas-labels.js';
export type { IdeaSearchItem, IdeaSearchResult } from './ideas-search.js';
export { WordMemo } from './plan-memo.js';
export { countWithAnyTheme, type ThemeCombination, type ThemeStats } from './ideas-themes.js';

// The survey waves.
export type { DatasetSummary, StoredDataset } from './datasets.js';

// The solutions.
export { MIN_PUBLISHED, SolutionError, isExample, type ThemeSolutions } from './solutions.js';
export {
  MAX_LABEL_LENGTH,
  type ChangeReport,
  type ChangedSolutions,
  type SolutionChange,
} from './solutions-change.js';
export { solutionEntry, solutionsDocument, type SolutionEntry } from './solutions-document.js';
export type { SolutionHistoryEntry } from './solutions-history.js';
export type { FlaggedPair } from './solutions-duplicates.js';
export type { GroupDecision, GroupOutcome } from './solutions-duplicate-groups.js';
export type { ThemeImportSummary } from './solutions-import-summary.js';
export type { DroppedCuration } from './solutions-import.js';
export type { StaleKey } from './solutions-keys.js';
