/**
 * Curation of single ideas: add, edit, hide, unhide, re-theme; reading one idea and its history.
 * Checking the curator's token is the web app's job. Every change needs a reason; the version it
 * replaces goes into `idea_history` with the time, the action and that reason, so nothing is lost.
 * Input goes through the same normalisation as an import (label matching, privacy masking).
 */
import { InputErrors } from '../../core/contract/input-error.js';
import type { Warning } from '../../core/contract/problems.js';
import type { IdeaField } from '../../core/ideas/headers.js';
import type { Idea } from '../../core/ideas/idea.js';
import { K_ANONYMITY } from '../../core/ideas/k-anonymity.js';
import { maskPersonalData, type MaskResult } from '../../core/ideas/mask.js';
import { normaliseIdeaRow, type RawCell } from '../../core/ideas/normalise-row.js';
import { ideaFieldNames, ideasMessages } from '../../core/text/ideas-messages.js';
import { solutionsText } from '../../core/text/solutions-text.js';
import { deriveIdeaId } from '../ideas-id.js';
import { lockSolutions } from './advisory-locks.js';
import type { Database, Queryable } from './database.js';
import { settleSearchIndex } from './ideas-maintenance.js';
import { publicChangesOf, refreshPublicAttributes } from './ideas-public.js';
import { noPublicChanges, type PublicChanges } from '../../core/ideas/public-changes.js';
import { addToVocabulary, snapshotIdeas, upsertIdeas, type IdeaAction } from './ideas-write.js';
import { forgetWordsOutOfView } from './public-vocabulary.js';
import { freezePinnedThemes } from './solutions-settle.js';
import { parseStored, storedIdeaSnapshot } from './stored-json.js';

/** An idea as a form or an API body gives it: text as typed; themes a list or `;`-separated. */
export interface IdeaInput {
  readonly id?: string | undefined;
  readonly text: string;
  readonly themes?: string | readonly string[] | undefined;
  readonly kind?: string | null | undefined;
  readonly branch?: string | null | undefined;
  readonly province?: string | null | undefined;
  readonly profession?: string | null | undefined;
}

export interface CurationOptions {
  /** Why (required, shown in the history). */
  readonly reason: string;
  /** k of the k-anonymity rule; default 5. */
  readonly k?: number;
}

/** A stored idea with everything a curator sees. */
export interface StoredIdea extends Idea {
  readonly hidden: boolean;
  readonly version: number;
  readonly action: IdeaAction;
  readonly reason: string;
  readonly publicProvince: string | null;
  readonly publicProfession: string | null;
  readonly publicBranch: string | null;
  readonly publicThemes: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CurationResult {
  readonly idea: StoredIdea;
  /** False when the change changed nothing (no new version). */
  readonly changed: boolean;
  readonly warnings: readonly Warning[];
  readonly masked: MaskResult['masked'];
  /** What the change did to other ideas' published values (k-anonymity rule); when it changed. */
  readonly publicChanges?: PublicChanges;
}

/** One version of an idea, oldest first; the last is the current one. */
export interface IdeaVersion {
  readonly version: number;
  readonly idea: Idea & { readonly hidden: boolean };
  /** How this version came to be, when, and why. */
  readonly action: IdeaAction;
  readonly reason: string;
  readonly at: string;
}

export type CurationFailure = 'not-found' | 'exists' | 'no-reason' | 'bad-label';

/** A curation request that cannot be done: unknown id, id taken, or no reason. */
export class CurationError extends Error {
  readonly failure: CurationFailure;
  constructor(failure: CurationFailure, message: string) {
    super(message);
    this.name = 'CurationError';
    this.failure = failure;
  }
}

const FORM = 'idee';

const SELECT_STORED = `SELECT id, text, themes, kind, branch, province, profession, hidden, version, action, reason,
  public_province AS "publicProvince", public_profession AS "publicProfession",
  public_branch AS "publicBranch", public_themes AS "publicThemes",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"
FROM ideas WHERE id = $1`;

/** Normalises form input like an import row; throws InputErrors with every problem. */
function normaliseInput(input: IdeaInput): {
  idea: Omit<Idea, 'id'> & { id: string | null };
  warnings: Warning[];
  masked: MaskResult['masked'];
} {
  const cells: Partial<Record<IdeaField, RawCell>> = {};
  const put = (field: IdeaField, value: string | readonly string[] | null | undefined) => {
    if (value !== undefined && value !== null) cells[field] = { value, column: ideaFieldNames[field] };
  };
  put('id', input.id);
  put('text', input.text);
  put('themes', input.themes);
  put('kind', input.kind);
  put('branch', input.branch);
  put('province', input.province);
  put('profession', input.profession);
  const result = normaliseIdeaRow(FORM, { cells });
  if (!result.draft) throw new InputErrors(result.errors);
  return { idea: result.draft, warnings: [...result.warnings], masked: result.masked };
}

/** The curator's reason, masked like an idea's text: it is kept in the history. */
export function requireReason(options: CurationOptions): string {
  const reason = maskPersonalData(options.reason.trim()).text;
  if (!reason) throw new CurationError('no-reason', ideasMessages.reasonMissing);
  return reason;
}

async function stored(q: Queryable, id: string): Promise<StoredIdea | undefined> {
  return (await q.query<StoredIdea>(SELECT_STORED, [id])).rows[0];
}

async function mustExist(q: Queryable, id: string): Promise<StoredIdea> {
  const idea = await stored(q, id);
  if (!idea) throw new CurationError('not-found', ideasMessages.notFound(id));
  return idea;
}

/**
 * The rest of every single-idea change: it rewrites other ideas' public labels and the pinned solutions,
 * so each change takes the solutions lock (advisory-locks.ts) as its first statement, before its row.
 */
async function finish(
  tx: Queryable,
  id: string,
  k: number,
): Promise<{ idea: StoredIdea; publicChanges: PublicChanges }> {
  const publicChanges = await settle(tx, [id], k);
  return { idea: await mustExist(tx, id), publicChanges };
}

/**
 * {@link finish} for a change of several ideas at once (`touched`): one refresh of the published
 * values, so what it did to the other ideas is said once, as the net change of the whole decision.
 */
async function settle(tx: Queryable, touched: readonly string[], k: number): Promise<PublicChanges> {
  const publicChanges = await publicChangesOf(tx, await refreshPublicAttributes(tx, k), touched, k);
  await settleSearchIndex(tx, { analyse: false });
  // A pinned solution whose quoted idea was hidden or left the theme quotes another of its ideas.
  await freezePinnedThemes(tx);
  return publicChanges;
}

/** Adds a new idea; its id is the one given or derived from the text. */
export async function addIdea(
  db: Database,
  input: IdeaInput,
  options: CurationOptions,
): Promise<CurationResult> {
  const reason = requireReason(options);
  const { idea: draft, warnings, masked } = normaliseInput(input);
  const idea: Idea = { ...draft, id: draft.id ?? deriveIdeaId(draft.text) };
  return db.transaction(async (tx) => {
    await lockSolutions(tx);
    if (await stored(tx, idea.id)) throw new CurationError('exists', ideasMessages.alreadyExists(idea.id));
    await upsertIdeas(tx, [idea], { action: 'add', reason });
    return { ...(await finish(tx, idea.id, options.k ?? K_ANONYMITY)), changed: true, warnings, masked };
  });
}

/** Changes an idea's content; fields left out of `changes` keep their value, `null` clears one. */
export async function editIdea(
  db: Database,
  id: string,
  changes: Partial<Omit<IdeaInput, 'id'>>,
  options: CurationOptions,
): Promise<CurationResult> {
  const reason = requireReason(options);
  return db.transaction(async (tx) => {
    await lockSolutions(tx);
    const current = await mustExist(tx, id);
    const merged: IdeaInput = {
      text: changes.text ?? current.text,
      themes: changes.themes === undefined ? current.themes : (changes.themes ?? []),
      kind: changes.kind === undefined ? current.kind : changes.kind,
      branch: changes.branch === undefined ? current.branch : changes.branch,
      province: changes.province === undefined ? current.province : changes.province,
      profession: changes.profession === undefined ? current.profession : changes.profession,
    };
    const { idea: draft, warnings, masked } = normaliseInput(merged);
    const outcome = await upsertIdeas(tx, [{ ...draft, id }], { action: 'edit', reason });
    const changed = outcome.updated.length > 0;
    if (!changed) return { idea: current, changed, warnings, masked };
    const { idea, publicChanges } = await finish(tx, id, options.k ?? K_ANONYMITY);
    // Words edited out (a name, say) leave the suggestions; so do a hidden idea's new words.
    await forgetWordsOutOfView(tx, [current.text, draft.text]);
    return { idea, changed, warnings, masked, publicChanges };
  });
}

/** Replaces an idea's themes (labels matched like the import; unknown ones kept and warned about). */
export async function rethemeIdea(
  db: Database,
  id: string,
  themes: string | readonly string[],
  options: CurationOptions,
): Promise<CurationResult> {
  const reason = requireReason(options);
  return db.transaction(async (tx) => {
    await lockSolutions(tx);
    const current = await mustExist(tx, id);
    const { idea: draft, warnings } = normaliseInput({ ...current, themes });
    const same =
      draft.themes.length === current.themes.length && draft.themes.every((t, i) => t === current.themes[i]);
    if (same) return { idea: current, changed: false, warnings, masked: {} };
    await snapshotIdeas(tx, [id], { action: 'retheme', reason });
    await tx.query(
      `UPDATE ideas SET themes = $2::text[], version = version + 1, action = 'retheme', reason = $3,
         batch_id = NULL, updated_at = now() WHERE id = $1`,
      [id, draft.themes, reason],
    );
    return { ...(await finish(tx, id, options.k ?? K_ANONYMITY)), changed: true, warnings, masked: {} };
  });
}

async function setHidden(
  db: Database,
  id: string,
  hidden: boolean,
  options: CurationOptions,
): Promise<CurationResult> {
  const reason = requireReason(options);
  return db.transaction((tx) => setHiddenIn(tx, id, hidden, reason, options));
}

async function setHiddenIn(
  tx: Queryable,
  id: string,
  hidden: boolean,
  reason: string,
  options: CurationOptions,
): Promise<CurationResult> {
  // First: a caller's transaction (a near-duplicate decision) holds it already; taking it again is at once.
  await lockSolutions(tx);
  const current = await markHidden(tx, id, hidden, reason);
  if (current.hidden === hidden) return { idea: current, changed: false, warnings: [], masked: {} };
  const { idea, publicChanges } = await finish(tx, id, options.k ?? K_ANONYMITY);
  await afterHidden(tx, current, hidden);
  return { idea, changed: true, warnings: [], masked: {}, publicChanges };
}

/** Hides or shows one idea's row (its earlier version to the history); the idea as it was before. */
async function markHidden(tx: Queryable, id: string, hidden: boolean, reason: string): Promise<StoredIdea> {
  const action: IdeaAction = hidden ? 'hide' : 'unhide';
  const current = await mustExist(tx, id);
  if (current.hidden === hidden) return current;
  await snapshotIdeas(tx, [id], { action, reason });
  await tx.query(
    `UPDATE ideas SET hidden = $2, version = version + 1, action = $3, reason = $4, batch_id = NULL,
       updated_at = now() WHERE id = $1`,
    [id, hidden, action, reason],
  );
  return current;
}

/** The suggestions and near-duplicate pairs after {@link markHidden} changed `before` and the refresh ran. */
async function afterHidden(tx: Queryable, before: StoredIdea, hidden: boolean): Promise<void> {
  // A hidden idea's words leave the suggestions; shown again, they come back.
  if (hidden) await forgetWordsOutOfView(tx, [before.text]);
  else {
    await addToVocabulary(tx, [before.text]);
    // Shown again: a near-duplicate merge that hid it is undone, and its pairs are open again.
    await tx.query(
      `UPDATE idea_near_duplicates SET status = 'open', decided_at = NULL, reason = $2
       WHERE status = 'merged' AND (idea_a = $1 OR idea_b = $1)`,
      [before.id, solutionsText.unmergedReason(before.id)],
    );
  }
}

/** Hides an idea from every public view (it stays in the store and its history). */
export function hideIdea(db: Database, id: string, options: CurationOptions): Promise<CurationResult> {
  return setHidden(db, id, true, options);
}

/**
 * {@link hideIdea} inside a caller's transaction (a near-duplicate decision hides an idea and records
 * its pair as one change: all of it lands, or none).
 */
export function hideIdeaIn(tx: Queryable, id: string, options: CurationOptions): Promise<CurationResult> {
  return setHiddenIn(tx, id, true, requireReason(options), options);
}

/** What hiding several ideas at once did: the ideas it hid, and to the other ideas' published values. */
export interface HiddenIdeas {
  readonly hidden: readonly string[];
  readonly publicChanges: PublicChanges;
}

/**
 * Hides several ideas inside a caller's transaction (a near-duplicate group decision) with one refresh
 * of the published values: `publicChanges` is the net change to the ideas outside `ids` (hiding them one
 * by one would count an idea hidden later as "other", and an idea that lost a value and got it back).
 */
export async function hideIdeasIn(
  tx: Queryable,
  ids: readonly string[],
  options: CurationOptions,
): Promise<HiddenIdeas> {
  const reason = requireReason(options);
  const k = options.k ?? K_ANONYMITY;
  await lockSolutions(tx);
  const changed: StoredIdea[] = [];
  for (const id of ids) {
    const before = await markHidden(tx, id, true, reason);
    if (!before.hidden) changed.push(before);
  }
  if (changed.length === 0) return { hidden: [], publicChanges: noPublicChanges(k) };
  const publicChanges = await settle(tx, ids, k);
  for (const before of changed) await afterHidden(tx, before, true);
  return { hidden: changed.map((idea) => idea.id), publicChanges };
}

export function unhideIdea(db: Database, id: string, options: CurationOptions): Promise<CurationResult> {
  return setHidden(db, id, false, options);
}

/** One idea for a curator (everything), or undefined. */
export function getStoredIdea(db: Queryable, id: string): Promise<StoredIdea | undefined> {
  return stored(db, id);
}

/** Every version of an idea, oldest first (the current one last); empty for an unknown id. */
export async function ideaHistory(db: Queryable, id: string): Promise<IdeaVersion[]> {
  const rows = (
    await db.query<{ version: number; snapshot: unknown; at: string }>(
      `SELECT version, snapshot, to_char(updated_at_of_version AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
       FROM (SELECT version, snapshot, (snapshot->>'updated_at')::timestamptz AS updated_at_of_version
             FROM idea_history WHERE idea_id = $1
             UNION ALL
             SELECT version, to_jsonb(i) - 'search_vector' - 'concepts', updated_at FROM ideas i WHERE id = $1) v
       ORDER BY version`,
      [id],
    )
  ).rows;
  return rows.map(({ version, snapshot, at }) => {
    const s = parseStored(storedIdeaSnapshot, snapshot);
    return {
      version,
      idea: {
        id: s.id,
        text: s.text,
        themes: s.themes ?? [],
        kind: s.kind,
        branch: s.branch,
        province: s.province,
        profession: s.profession,
        hidden: s.hidden,
      },
      action: s.action,
      reason: String(s.reason),
      at,
    };
  });
}
