/**
 * An ideas file into an {@link IdeaBatch}: read → map columns → normalise and mask each row → derive
 * missing ids. No database: the store imports the batch (store/ideas-import-batch.ts; both joined in
 * node/ideas-file.ts). Any row error refuses the file, every error of it reported together.
 */
import { basename } from 'node:path';
import type { InputError } from '../../core/contract/input-error.js';
import { InputErrors } from '../../core/contract/input-error.js';
import { ideaFieldOfHeader, type IdeaField } from '../../core/ideas/headers.js';
import type { Idea } from '../../core/ideas/idea.js';
import { maskedKinds } from '../../core/ideas/mask.js';
import type { IdeaBatch, MaskedRow } from '../../core/ideas/idea-batch.js';
import { normaliseIdeaRow, type RawCell, type RawIdeaRow } from '../../core/ideas/normalise-row.js';
import { ideaFieldNames, ideaPlace, ideasExpected, ideasMessages } from '../../core/text/ideas-messages.js';
import { deriveIdeaId } from '../ideas-id.js';
import { Problems } from '../../core/contract/problems.js';
import { readIdeasSidecar } from './sidecar.js';
import { readIdeasGrid, type IdeasGrid } from './ideas-read.js';
import { itemAt } from '../../core/contract/item-at.js';

export interface IdeasReadOptions {
  /** Sheet of an .xlsx file; default the first. */
  readonly sheet?: string;
  /** Name used in messages and the batch record; default the file's base name. */
  readonly file?: string;
}

export type { IdeaBatch, IdeasFormat, MaskedRow } from '../../core/ideas/idea-batch.js';

/** Every error of a refused file, with how many of its rows were refused. */
export class IdeasImportRefused extends InputErrors {
  readonly rows: number;
  readonly refused: number;
  constructor(errors: readonly InputError[], rows: number, refused: number) {
    super(errors);
    this.rows = rows;
    this.refused = refused;
  }
}

/** A file's ideas checked, masked and given ids (the name before {@link IdeaBatch}). */
export type Prepared = IdeaBatch;

/** Column index → field; unknown columns are warnings, a missing text column or a doubled field errors. */
function mapColumns(grid: IdeasGrid, problems: Problems): Map<IdeaField, number> {
  const columns = new Map<IdeaField, number>();
  const header = new Problems(grid.file);
  grid.headers.forEach((name, index) => {
    const field = ideaFieldOfHeader(name);
    if (!field) {
      if (name)
        problems.warn('ignored-column', ideasMessages.unknownColumn(grid.file, name), {
          row: 1,
          column: name,
          found: name,
          expected: ideasExpected.knownColumn,
        });
      return;
    }
    if (columns.has(field)) {
      header.errorAt(
        { row: 1, column: name, found: name, expected: ideasExpected.oneColumnPerField },
        ideasMessages.duplicateColumn(grid.file, name, ideaFieldNames[field]),
      );
      return;
    }
    columns.set(field, index);
  });
  if (!columns.has('text'))
    header.errorAt(
      { row: 1, found: grid.headers.join(', '), expected: ideasExpected.textColumn },
      ideasMessages.missingTextColumn(grid.file, grid.headers),
    );
  header.throwIfFailed((errors) => new IdeasImportRefused(errors, grid.rows.length, grid.rows.length));
  return columns;
}

/** The pure part of an import: grid → ideas with ids, or every error of the file. */
export function prepareIdeas(grid: IdeasGrid): IdeaBatch {
  const problems = new Problems(grid.file);
  const columns = mapColumns(grid, problems);
  const json = grid.format === 'json';
  for (const warning of grid.warnings ?? []) problems.adopt(warning);
  for (const error of grid.errors) problems.error(error);
  const refusedRows = new Set(grid.errors.map((error) => error.row));
  const readerRefused = new Set(grid.errors.map((error) => `${error.row}\u0000${error.column}`));
  const ideas: Idea[] = [];
  const masked: MaskedRow[] = [];
  const firstRowOfId = new Map<string, { row: number; derived: boolean }>();
  let refused = 0;
  for (const { row, cells } of grid.rows) {
    const raw: Partial<Record<IdeaField, RawCell>> = {};
    for (const [field, index] of columns)
      raw[field] = { value: cells[index] ?? '', column: itemAt(grid.headers, index) };
    const result = normaliseIdeaRow(grid.file, { row, cells: raw } satisfies RawIdeaRow, { json });
    for (const warning of result.warnings) problems.adopt(warning);
    if (!result.draft) {
      // A cell the reader already refused (a JSON number as text) was passed on empty: not twice.
      for (const error of result.errors)
        if (!readerRefused.has(`${error.row}\u0000${error.column}`)) problems.error(error);
      refusedRows.add(row);
      continue;
    }
    const derived = result.draft.id === null;
    const id = result.draft.id ?? deriveIdeaId(result.draft.text);
    const first = firstRowOfId.get(id);
    if (first) {
      if (derived && first.derived) {
        refused++;
        problems.warn(
          'same-text',
          ideasMessages.sameText(ideaPlace(grid.file, row, undefined, json), first.row),
          {
            row,
            column: raw.text?.column,
            found: result.draft.text.slice(0, 60),
            expected: ideasExpected.newText,
          },
        );
      } else {
        const column = raw.id?.column ?? ideaFieldNames.id;
        problems.errorAt(
          { row, column, found: id, expected: ideasExpected.newId },
          ideasMessages.duplicateId(ideaPlace(grid.file, row, column, json), id, first.row),
        );
        refusedRows.add(row);
      }
      continue;
    }
    firstRowOfId.set(id, { row, derived });
    ideas.push({ ...result.draft, id });
    const kinds = maskedKinds(result.masked);
    if (kinds.length > 0) {
      const count = kinds.reduce((sum, kind) => sum + (result.masked[kind] ?? 0), 0);
      masked.push({ row, id, kinds, count });
    }
  }
  problems.throwIfFailed(
    (errors) =>
      new IdeasImportRefused(
        [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
        grid.rows.length + grid.errors.length,
        refusedRows.size,
      ),
  );
  return {
    file: grid.file,
    format: grid.format,
    ideas,
    rows: grid.rows.length,
    refused,
    warnings: problems.warningRecords(),
    masked,
  };
}

/** Reads one ideas file into a batch; throws {@link IdeasImportRefused} on any row error. */
export async function readIdeasBatch(path: string, options: IdeasReadOptions = {}): Promise<IdeaBatch> {
  return prepareIdeas(await readIdeasGrid(path, options));
}

/** Whether the file's sidecar `NAME.meta.json` marks it as constructed example data (`"example": true`). */
export async function readIdeasExample(path: string, options: IdeasReadOptions = {}): Promise<boolean> {
  const problems = new Problems(options.file ?? basename(path));
  const example = await readIdeasSidecar(path, problems);
  problems.throwIfFailed();
  return example;
}
