import { readFileSync, statSync } from 'node:fs';
import type { SurveyTable } from '../../core/contract/table.js';
import { importErrors, importLabels } from '../../core/text/import-messages.js';
import { isUrl } from './file-kind.js';
import { MAX_FILE_BYTES } from './limits.js';
import { Problems } from '../../core/contract/problems.js';
import { readSidecar } from './sidecar.js';
import { importSurveyContent, type SurveyImportOptions } from './survey-bytes.js';
import { surveyTable } from './survey-table.js';

/**
 * Imports a survey table from a file (.csv, .tsv, .txt, .xlsx, .json) or a StatLine OData v4 URL
 * (`http(s)://…`, fetched with `options.fetch`, following `@odata.nextLink`). A sidecar `x.meta.json`
 * beside `x.csv` gives the title and whether it is example data. Throws `InputErrors` with all of the
 * file's errors; nothing partial. A local file (at most 20 MB) and its sidecar are read synchronously,
 * which blocks the caller's event loop for that read: fine for the command line and the start-up
 * import; a server taking uploads uses `importSurveyBytes`. Only a regular file is read.
 */
export async function importSurveyFile(
  path: string,
  options: SurveyImportOptions & {
    /** The name the table and its notes give the file (a published report: no local folder). */
    readonly name?: string | undefined;
  } = {},
): Promise<SurveyTable> {
  const problems = new Problems(isUrl(path) ? path : (options.name ?? path));
  if (isUrl(path)) {
    // Loaded on demand: StatLine's schema (zod) is of no use to a file.
    const [{ fetchStatline }, { readStatlineTable }] = await Promise.all([
      import('./statline-fetch.js'),
      import('./statline-table.js'),
    ]);
    const document = await fetchStatline(path, options.fetch ?? fetch, problems);
    const observations = document ? readStatlineTable(document, problems) : [];
    return surveyTable(
      { file: path, format: 'statline', title: importLabels.statlineTitle(path), example: false, url: path },
      observations,
      problems,
    );
  }
  let size: number;
  try {
    // Synchronous: a file of at most MAX_FILE_BYTES, and every awaited file operation is a round trip
    // through libuv's thread pool (an open, a stat, reads, a close), each a wait on a busy machine.
    // A pipe, socket or device is refused: reading one could wait for ever.
    const info = statSync(path);
    if (!info.isFile())
      throw Object.assign(new Error(path), { code: info.isDirectory() ? 'EISDIR' : 'ENOTFILE' });
    size = info.size;
  } catch (error) {
    problems.error(
      importErrors.unreadable(path, importLabels.unreadableReason((error as NodeJS.ErrnoException).code)),
    );
    return surveyTable({ file: path, format: 'csv', title: path, example: false }, [], problems);
  }
  if (size > MAX_FILE_BYTES) {
    problems.error(importErrors.fileTooLarge(path, size, MAX_FILE_BYTES));
    return surveyTable({ file: path, format: 'csv', title: path, example: false }, [], problems);
  }
  const meta = await readSidecar(path, problems);
  const bytes = new Uint8Array(readFileSync(path));
  return importSurveyContent(options.name ?? path, bytes, options, problems, meta);
}
