/**
 * A file of ideas from an upload (API or admin page), imported as `werkbalans ideas import` does:
 * checked against the size limit, read in memory, every row checked, then one transaction — or, on
 * any row error, nothing written and every error returned as a 422 with its file, row and column.
 */
import { InputErrors } from '../../core/contract/input-error.js';
import { ideasMessages } from '../../core/text/ideas-messages.js';
import { webMessages } from '../../core/text/web-messages.js';
import { securityMessages } from '../../core/text/security-messages.js';
import { IdeasImportRefused } from '../import/ideas-import.js';
import type { IdeasImportResult } from '../store/index.js';
import { parseIdeasUpload, ParsersBusy } from '../import/parse-upload.js';
import { parseOptions } from './dataset-upload.js';
import { checkUploadSize, type Upload } from './dataset-upload.js';
import { problemOf } from './error-handler.js';
import { HttpProblem } from './http-problem.js';
import type { AppServices } from './services.js';

export async function importUploadedIdeas(services: AppServices, upload: Upload): Promise<IdeasImportResult> {
  checkUploadSize(services, upload);
  try {
    // Read and checked in a worker thread when large (parse-upload.ts); written here, in one transaction.
    const parsed = await parseIdeasUpload(upload.name, upload.bytes, parseOptions(services));
    const rows = parsed.prepared.rows;
    if (rows > services.config.maxUploadRows)
      throw new HttpProblem(
        413,
        securityMessages.ideasTooManyRows(upload.name, rows, services.config.maxUploadRows),
      );
    return await services.ideas.importBatch(parsed.prepared, {
      example: upload.example ?? false,
    });
  } catch (error) {
    if (error instanceof ParsersBusy) throw new HttpProblem(503, webMessages.busy);
    if (!(error instanceof InputErrors)) throw error;
    const { details } = problemOf(error, services.effects);
    throw new HttpProblem(
      422,
      error instanceof IdeasImportRefused
        ? ideasMessages.importRefused(error.refused, error.rows)
        : webMessages.ideasFileRejected(upload.name, error.errors.length),
      details,
    );
  }
}
