/**
 * The store's half of an ideas import: an {@link IdeaBatch} (made by node/import without a database)
 * written in one transaction.
 */
import type { NearDuplicate } from '../../core/ideas/clusters/near-duplicates.js';
import type { IdeaBatch, IdeasFormat, MaskedRow } from '../../core/ideas/idea-batch.js';
import { K_ANONYMITY } from '../../core/ideas/k-anonymity.js';
import { maskPersonalData } from '../../core/ideas/mask.js';
import { adoptSurveyProfessions } from '../../core/ideas/survey-professions.js';
import { Problems, type Warning } from '../../core/contract/problems.js';
import { ideaFieldNames, ideasExpected, ideasMessages } from '../../core/text/ideas-messages.js';
import { securityMessages } from '../../core/text/security-messages.js';
import { lockSolutions } from './advisory-locks.js';
import type { Database, Queryable } from './database.js';
import { erasedIds } from './ideas-erase.js';
import { settleSearchIndex } from './ideas-maintenance.js';
import { forgetWordsOutOfView } from './public-vocabulary.js';
import { settleFacetCounts } from './ideas-facet-counts.js';
import {
  guessPublicAttributes,
  loadPublishableLabels,
  publicChangesOf,
  refreshPublicAttributes,
  surveyProfessions,
} from './ideas-public.js';
import { LABEL_FIELDS, publishable, type PublishableLabels } from '../../core/ideas/known-labels.js';
import { upsertIdeas } from './ideas-write.js';
import { afterIdeasImport, type DroppedCuration } from './solutions-import.js';
import { itemAt } from '../../core/contract/item-at.js';
import type { PublicChanges } from '../../core/ideas/public-changes.js';

export interface IdeaBatchOptions {
  /** k of the k-anonymity rule for public views; default 5. */
  readonly k?: number;
  /** Called as ideas are written: done of total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Constructed example data: the pages then label these ideas "voorbeelddata". Default false. */
  readonly example?: boolean;
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
  /** Per theme whose ideas the import changed, the unpinned curation of its solutions that was dropped. */
  readonly droppedCuration: readonly DroppedCuration[];
  /**
   * What the import did to the published values of ideas not in the file (the k-anonymity rule decides
   * from all counts): how many show fewer or more values now, and a held label that caused it.
   */
  readonly publicChanges: PublicChanges;
}

/** An import's "unknown label" warning for a label that is public by now (accepted by a curator). */
function acceptedSince(warning: Warning, sets: PublishableLabels): boolean {
  const { code, found, expected } = warning;
  if (code !== 'unknown-label' || found === undefined) return false;
  return LABEL_FIELDS.some(
    (field) =>
      expected === ideasMessages.expectedLabel(field === 'theme' ? 'thema' : ideaFieldNames[field]) &&
      publishable(sets, field, found) !== null,
  );
}

/**
 * Imports a batch in one transaction: records the batch, upserts every idea (earlier versions to the
 * history), skips ideas erased on request, refreshes the public attributes and the solutions, and
 * settles the search index. All of it lands or none of it.
 */
export async function importIdeaBatch(
  db: Database,
  batch: IdeaBatch,
  options: IdeaBatchOptions = {},
): Promise<IdeasImportResult> {
  // The file's name is kept in the batch and the history: masked like any text ("ideeen-jan@x.nl.csv").
  const file = maskPersonalData(batch.file).text;
  const written = await db.transaction(async (tx) => {
    // The solutions lock first, before any row is written (advisory-locks.ts): the import drops and
    // re-freezes the curation of the themes it changes (afterIdeasImport), so a curator's change waits
    // for it, or it for the change; taken later, a group decision holding the lock and waiting for an
    // idea row this import wrote would deadlock with it.
    await lockSolutions(tx);
    // An idea erased on request does not come back with the file it came from.
    const erased = await erasedIds(
      tx,
      batch.ideas.map((idea) => idea.id),
    );
    // A profession a stored survey table names is known: written as the table writes it, no warning.
    const adopted = adoptSurveyProfessions(
      batch.ideas.filter((idea) => !erased.has(idea.id)),
      batch.warnings,
      await surveyProfessions(tx),
    );
    const ideas = adopted.ideas;
    const problems = new Problems(batch.file);
    // A label a curator accepted since is no longer unknown: the file is read without the store, so its
    // warning is dropped here (audit 6, finding 11). A profession of a stored survey table was adopted above.
    const accepted = await loadPublishableLabels(tx);
    for (const warning of adopted.warnings) if (!acceptedSince(warning, accepted)) problems.adopt(warning);
    for (const id of erased)
      problems.warn('erased-skipped', securityMessages.erasedSkipped(batch.file, id), {
        found: id,
        expected: ideasExpected.notErased,
      });
    const warnings = problems.warningRecords();
    const inserted = await tx.query<{ id: number }>(
      'INSERT INTO import_batches (file, format, example) VALUES ($1, $2, $3) RETURNING id::int AS id',
      [file, batch.format, options.example ?? false],
    );
    const batchId = itemAt(inserted.rows, 0).id;
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
    const publicChanges = await publicChangesOf(
      tx,
      await refreshPublicAttributes(tx, k),
      ideas.map((idea) => idea.id),
      k,
    );
    const { nearDuplicates, droppedCuration } = await afterIdeasImport(
      tx,
      [...outcome.added, ...outcome.updated],
      batch.file,
    );
    await settleSearchIndex(tx, { analyse: true });
    // A changed text's old words (and a hidden idea's new ones) leave the suggestions.
    await forgetWordsOutOfView(tx, outcome.changedTexts);
    const result: IdeasImportResult = {
      file: batch.file,
      format: batch.format,
      batchId,
      rows: batch.rows,
      added: outcome.added.length,
      updated: outcome.updated.length,
      unchanged: outcome.unchanged.length,
      refused: batch.refused + erased.size,
      warnings,
      masked: batch.masked,
      nearDuplicates,
      droppedCuration,
      publicChanges,
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

/** Whether the store has ever imported a batch of ideas (the example ideas load only into a new store). */
export async function hasImportedIdeas(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batches');
  return Number(rows[0]?.n ?? 0) > 0;
}
