/**
 * `werkbalans ideas import FILE`: read → map columns → normalise and mask each row → derive missing ids
 * → one transaction that records the batch, upserts every idea and refreshes the public attributes.
 * Atomic per file: any row error and nothing is written (every error of the file is reported together).
 */
import { basename } from 'node:path';
import type { InputError } from '../../core/contract/input-error.js';
import { InputErrors } from '../../core/contract/input-error.js';
import { ideaFieldOfHeader, type IdeaField } from '../../core/ideas/headers.js';
import type { Idea } from '../../core/ideas/idea.js';
import { K_ANONYMITY } from '../../core/ideas/k-anonymity.js';
import { maskedKinds, maskPersonalData, type MaskKind } from '../../core/ideas/mask.js';
import { normaliseIdeaRow, type RawCell, type RawIdeaRow } from '../../core/ideas/normalise-row.js';
import { ideaFieldNames, ideaPlace, ideasExpected, ideasMessages } from '../../core/text/ideas-messages.js';
import { securityMessages } from '../../core/text/security-messages.js';
import type { Database } from '../store/database.js';
import { guessPublicAttributes, refreshPublicAttributes } from '../store/ideas-public.js';
import { afterIdeasImport } from '../store/solutions-import.js';
import type { NearDuplicate } from '../../core/ideas/clusters/near-duplicates.js';
import { settleSearchIndex } from '../store/ideas-maintenance.js';
import { settleFacetCounts } from '../store/ideas-facet-counts.js';
import { erasedIds } from '../store/ideas-erase.js';
import { upsertIdeas } from '../store/ideas-write.js';
import { deriveIdeaId } from '../ideas-id.js';
import { Problems, type Warning } from '../../core/contract/problems.js';
import { readIdeasSidecar } from './sidecar.js';
import { readIdeasGrid, type IdeasFormat, type IdeasGrid } from './ideas-read.js';

export interface IdeasImportOptions {
  /** Sheet of an .xlsx file; default the first. */
  readonly sheet?: string;
  /** Name used in messages and the batch record; default the file's base name. */
  readonly file?: string;
  /** k of the k-anonymity rule for public views; default 5. */
  readonly k?: number;
  /** Called as ideas are written: done of total. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Constructed example data: the pages then label these ideas "voorbeelddata". Default: what the
   * file's sidecar `NAME.meta.json` says (`"example": true`), else false.
   */
  readonly example?: boolean;
}

export interface MaskedRow {
  readonly row: number;
  readonly id: string;
  readonly kinds: readonly MaskKind[];
  /** Number of replacements in the row. */
  readonly count: number;
}

export interface IdeasImportResult {
  readonly file: string;
  readonly format: IdeasFormat;
  readonly batchId: number;
  /** Data rows read (empty lines not counted). */
  readonly rows: number;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows not taken: the same text twice without an id. (A row with an error refuses the whole file.) */
  readonly refused: number;
  readonly warnings: readonly Warning[];
  readonly masked: readonly MaskedRow[];
  /** Pairs of ideas that say nearly the same thing, newly flagged for a curator (none dropped). */
  readonly nearDuplicates: readonly NearDuplicate[];
}

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

/** A file's ideas checked, masked and given ids, ready to be written (plain data: it crosses threads). */
export interface Prepared {
  readonly ideas: Idea[];
  readonly rows: number;
  readonly refused: number;
  readonly warnings: Warning[];
  readonly masked: MaskedRow[];
}

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
export function prepareIdeas(grid: IdeasGrid): Prepared {
  const problems = new Problems(grid.file);
  const columns = mapColumns(grid, problems);
  const json = grid.format === 'json';
  for (const error of grid.errors) problems.error(error);
  const refusedRows = new Set(grid.errors.map((error) => error.row));
  const ideas: Idea[] = [];
  const masked: MaskedRow[] = [];
  const firstRowOfId = new Map<string, { row: number; derived: boolean }>();
  let refused = 0;
  for (const { row, cells } of grid.rows) {
    const raw: Partial<Record<IdeaField, RawCell>> = {};
    for (const [field, index] of columns)
      raw[field] = { value: cells[index] ?? '', column: grid.headers[index]! };
    const result = normaliseIdeaRow(grid.file, { row, cells: raw } satisfies RawIdeaRow, { json });
    for (const { message, ...place } of result.warnings) problems.warn('idea-row', message, place);
    if (!result.draft) {
      for (const error of result.errors) problems.error(error);
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
  return { ideas, rows: grid.rows.length, refused, warnings: problems.warningRecords(), masked };
}

/** Imports one file into the store; throws {@link IdeasImportRefused} (nothing written) on any row error. */
export async function importIdeasFile(
  db: Database,
  path: string,
  options: IdeasImportOptions = {},
): Promise<IdeasImportResult> {
  const grid = await readIdeasGrid(path, options);
  let example = options.example;
  if (example === undefined) {
    const problems = new Problems(options.file ?? basename(path));
    example = await readIdeasSidecar(path, problems);
    problems.throwIfFailed();
  }
  return importIdeasGrid(db, grid, { ...options, example });
}

export async function importIdeasGrid(
  db: Database,
  grid: IdeasGrid,
  options: IdeasImportOptions = {},
): Promise<IdeasImportResult> {
  return writePreparedIdeas(db, grid, prepareIdeas(grid), options);
}

/** The write half of an import: one transaction for ideas prepared before (maybe in a worker thread). */
export async function writePreparedIdeas(
  db: Database,
  grid: Pick<IdeasGrid, 'file' | 'format'>,
  prepared: Prepared,
  options: IdeasImportOptions = {},
): Promise<IdeasImportResult> {
  // The file's name is kept in the batch and the history: masked like any text ("ideeen-jan@x.nl.csv").
  const file = maskPersonalData(grid.file).text;
  const written = await db.transaction(async (tx) => {
    // An idea erased on request does not come back with the file it came from.
    const erased = await erasedIds(
      tx,
      prepared.ideas.map((idea) => idea.id),
    );
    const ideas = prepared.ideas.filter((idea) => !erased.has(idea.id));
    const warnings = [
      ...prepared.warnings,
      ...[...erased].map((id): Warning => ({
        code: 'erased-skipped',
        file: grid.file,
        found: id,
        expected: ideasExpected.notErased,
        message: securityMessages.erasedSkipped(grid.file, id),
      })),
    ];
    const batch = await tx.query<{ id: number }>(
      'INSERT INTO import_batches (file, format, example) VALUES ($1, $2, $3) RETURNING id::int AS id',
      [file, grid.format, options.example ?? false],
    );
    const batchId = batch.rows[0]!.id;
    options.onProgress?.(0, ideas.length);
    const k = options.k ?? K_ANONYMITY;
    const publicOf = await guessPublicAttributes(tx, ideas, k);
    const outcome = await upsertIdeas(
      tx,
      ideas,
      {
        action: 'import',
        reason: ideasMessages.importReason(file),
        batchId,
        publicOf,
        example: options.example ?? false,
      },
      (done) => options.onProgress?.(done, ideas.length),
    );
    await refreshPublicAttributes(tx, k);
    const nearDuplicates = await afterIdeasImport(tx, [...outcome.added, ...outcome.updated], grid.file);
    await settleSearchIndex(tx, { analyse: true });
    const result: IdeasImportResult = {
      file: grid.file,
      format: grid.format,
      batchId,
      rows: prepared.rows,
      added: outcome.added.length,
      updated: outcome.updated.length,
      unchanged: outcome.unchanged.length,
      refused: prepared.refused + erased.size,
      warnings,
      masked: prepared.masked,
      nearDuplicates,
    };
    await tx.query(
      `UPDATE import_batches SET finished_at = now(), rows = $2, added = $3, updated = $4, unchanged = $5,
         refused = $6, warnings = $7, masked = $8 WHERE id = $1`,
      [
        batchId,
        result.rows,
        result.added,
        result.updated,
        result.unchanged,
        result.refused,
        result.warnings.length,
        result.masked.length,
      ],
    );
    return result;
  });
  await settleFacetCounts(db);
  return written;
}
