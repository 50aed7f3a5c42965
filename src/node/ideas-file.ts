/**
 * `werkbalans ideas import FILE` as one call: the importer reads the file into a batch (no database),
 * the store imports the batch (one transaction). Atomic per file: any row error and nothing is written.
 */
import {
  prepareIdeas,
  readIdeasBatch,
  readIdeasExample,
  type IdeasReadOptions,
} from './import/ideas-import.js';
import type { IdeasGrid } from './import/ideas-read.js';
import { storeOf, type IdeaBatchOptions, type IdeasImportResult, type StoreSource } from './store/index.js';

export { IdeasImportRefused } from './import/ideas-import.js';
export type { IdeasImportResult } from './store/index.js';

/**
 * Reading and writing options. `example` defaults to what the file's sidecar `NAME.meta.json` says
 * (`"example": true`), else false.
 */
export type IdeasImportOptions = IdeasReadOptions & IdeaBatchOptions;

/** Imports one file into the store; throws `IdeasImportRefused` (nothing written) on any row error. */
export async function importIdeasFile(
  store: StoreSource,
  path: string,
  options: IdeasImportOptions = {},
): Promise<IdeasImportResult> {
  const batch = await readIdeasBatch(path, options);
  const example = options.example ?? (await readIdeasExample(path, options));
  return storeOf(store).ideas.importBatch(batch, { ...options, example });
}

/** Imports a grid already read (tests, uploads read in memory). */
export function importIdeasGrid(
  store: StoreSource,
  grid: IdeasGrid,
  options: IdeaBatchOptions = {},
): Promise<IdeasImportResult> {
  return storeOf(store).ideas.importBatch(prepareIdeas(grid), options);
}
