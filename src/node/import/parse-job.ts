/**
 * The heavy, pure part of an upload — reading the file and checking every row — as a job that runs in
 * any thread: in the server's own for small files, in a worker thread (parse-worker.ts) for large
 * ones. The outcome is plain data (structured-clone safe); input errors travel as their list and are
 * thrown again on the receiving side.
 */
import type { InputError } from '../../core/contract/input-error.js';
import { InputErrors } from '../../core/contract/input-error.js';
import type { SurveyTable } from '../../core/contract/table.js';
import { IdeasImportRefused, prepareIdeas, type Prepared } from './ideas-import.js';
import { readIdeasBytes, type IdeasFormat } from './ideas-read.js';
import { importSurveyBytes } from './survey-bytes.js';

export type ParseJob =
  | { readonly kind: 'survey'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'ideas'; readonly name: string; readonly bytes: Uint8Array };

export interface ParsedIdeas {
  readonly file: string;
  readonly format: IdeasFormat;
  readonly prepared: Prepared;
}

export type ParseOutcome =
  | { readonly ok: 'survey'; readonly table: SurveyTable }
  | { readonly ok: 'ideas'; readonly ideas: ParsedIdeas }
  | {
      readonly failed: 'input';
      readonly errors: readonly InputError[];
      readonly refused?: { readonly rows: number; readonly refused: number };
    }
  | { readonly failed: 'other'; readonly message: string };

export async function runParseJob(job: ParseJob): Promise<ParseOutcome> {
  try {
    if (job.kind === 'survey') return { ok: 'survey', table: await importSurveyBytes(job.name, job.bytes) };
    const grid = await readIdeasBytes(job.name, job.bytes);
    return { ok: 'ideas', ideas: { file: grid.file, format: grid.format, prepared: prepareIdeas(grid) } };
  } catch (error) {
    if (error instanceof IdeasImportRefused)
      return {
        failed: 'input',
        errors: error.errors,
        refused: { rows: error.rows, refused: error.refused },
      };
    if (error instanceof InputErrors) return { failed: 'input', errors: error.errors };
    return {
      failed: 'other',
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

/** The outcome as the caller expects it: the value, or the error thrown again. */
export function settle(outcome: ParseOutcome): SurveyTable | ParsedIdeas {
  if ('ok' in outcome) return outcome.ok === 'survey' ? outcome.table : outcome.ideas;
  if (outcome.failed === 'input') {
    throw outcome.refused
      ? new IdeasImportRefused(outcome.errors, outcome.refused.rows, outcome.refused.refused)
      : new InputErrors(outcome.errors);
  }
  throw new Error(outcome.message);
}
