/**
 * Re-masking the stored ideas after the masker improved (mask*.ts). An import masks what it stores, but a
 * text stored under an older masker keeps what that masker missed; this runs today's masker over every
 * stored idea (visible or hidden) as an import would mask the same values: the text with every detector,
 * a label that is no known label with every detector but names (normalise-row.ts), a known label not at
 * all. Ids stay (a changed id would be a new idea; one holding personal data is erased and imported
 * again). A dry run only says what would change.
 *
 * The real run is one transaction, all of it or nothing, and a curation change like an edit
 * (ideas-curation.ts): the solutions lock first, each changed idea's current version into the history
 * with the action `remask`, the time and the reason, the new content through `upsertIdeas` (whose
 * trigger rewrites the search vector and the concept and phrase postings), then the public labels, the
 * GIN pending lists, the pinned solutions and the vocabulary (the old texts' words that no visible idea
 * holds any more leave the suggestions), as every other write path does.
 *
 * The history is masked too, in the same transaction: every stored earlier version of every idea (the
 * ones this run writes included) gets its text and labels masked by the same rules, so the name that a
 * re-masked idea held does not stay readable in its history. Erasure (ideas-erase.ts) deletes the
 * history of the erased idea; this keeps the versions (when and why each change happened) and only
 * masks their content. The tables are vacuumed afterwards, as after an erasure, so the old texts do not
 * stay in dead rows. The answer also says what the run did to other ideas' published values
 * (public-changes.ts): a masked label that a curator had mapped is no longer mapped, so it is held.
 */
import type { Idea } from '../../core/ideas/idea.js';
import { K_ANONYMITY } from '../../core/ideas/k-anonymity.js';
import { IDEA_LABELS, type IdeaLabelMatchers } from '../../core/ideas/known-labels.js';
import type { LabelMatcher } from '../../core/ideas/label-matcher.js';
import { addMasked, maskPersonalData, type MaskKind } from '../../core/ideas/mask.js';
import { ideasMessages } from '../../core/text/ideas-messages.js';
import { lockSolutions } from './advisory-locks.js';
import type { Database, Queryable } from './database.js';
import { requireReason } from './ideas-curation.js';
import { settleFacetCounts } from './ideas-facet-counts.js';
import { settleSearchIndex } from './ideas-maintenance.js';
import { refreshPublicAttributes } from './ideas-public.js';
import { publicChangesOf } from './ideas-public.js';
import type { PublicChanges } from '../../core/ideas/public-changes.js';
import { upsertIdeas } from './ideas-write.js';
import { forgetWordsOutOfView } from './public-vocabulary.js';
import { freezePinnedThemes } from './solutions-settle.js';

/** The fields of an idea the re-masking looks at. */
export type RemaskField = 'text' | 'themes' | 'branch' | 'province' | 'profession';

/** One idea the masker changes: which fields, and what it masked in them (count per kind). */
export interface RemaskChange {
  readonly id: string;
  readonly hidden: boolean;
  readonly fields: readonly RemaskField[];
  readonly masked: Readonly<Partial<Record<MaskKind, number>>>;
  /** The idea's text after masking (personal data replaced; never the old text). */
  readonly text: string;
}

export interface RemaskResult {
  /** True when nothing was written (`dryRun`). */
  readonly dryRun: boolean;
  /** Ideas looked at. */
  readonly checked: number;
  /** The ideas that change (dry run: would change), in id order. */
  readonly changes: readonly RemaskChange[];
  /** Everything masked, per kind, over all changes. */
  readonly masked: Readonly<Partial<Record<MaskKind, number>>>;
  /**
   * The earlier versions in the history (stored before this run) whose text or labels change (dry run:
   * would change), of how many ideas, and what is masked in them. The versions this run writes into
   * the history are masked as well and not counted here.
   */
  readonly history: RemaskHistory;
  /** A real run that changed ideas: what it did to other ideas' published values (k-anonymity rule). */
  readonly publicChanges?: PublicChanges;
}

export interface RemaskHistory {
  readonly versions: number;
  readonly ideas: number;
  readonly masked: Readonly<Partial<Record<MaskKind, number>>>;
}

export interface RemaskOptions {
  /** Only report what would change; write nothing. */
  readonly dryRun?: boolean;
  /** Why (kept in the history); default `ideasMessages.remaskReason`. Masked like every reason. */
  readonly reason?: string;
  /** k of the k-anonymity rule; default 5. */
  readonly k?: number;
  /** The known labels (default: the bundled lists). */
  readonly labels?: IdeaLabelMatchers;
}

interface Row {
  id: string;
  text: string;
  themes: string[] | null;
  kind: Idea['kind'];
  branch: string | null;
  province: string | null;
  profession: string | null;
  hidden: boolean;
}

/** The idea as today's masker would store it, and what changed; null when nothing does. */
export function remaskIdea(
  row: Row,
  labels: IdeaLabelMatchers = IDEA_LABELS,
): { idea: Idea; change: RemaskChange } | null {
  const masked: Partial<Record<MaskKind, number>> = {};
  const fields: RemaskField[] = [];
  const text = maskPersonalData(row.text);
  if (text.text !== row.text) {
    fields.push('text');
    addMasked(masked, text.masked);
  }
  // As the import: a known label holds no personal data; any other value is masked without the name scanner.
  const label = (field: RemaskField, matcher: LabelMatcher, value: string | null): string | null => {
    if (value === null || matcher.match(value).known) return value;
    const result = maskPersonalData(value, undefined, { names: false });
    if (result.text === value) return value;
    if (!fields.includes(field)) fields.push(field);
    addMasked(masked, result.masked);
    return result.text;
  };
  const themes: string[] = [];
  for (const theme of row.themes ?? []) {
    const written = label('themes', labels.theme, theme);
    if (written !== null && !themes.includes(written)) themes.push(written);
  }
  const branch = label('branch', labels.branch, row.branch);
  const province = label('province', labels.province, row.province);
  const profession = label('profession', labels.profession, row.profession);
  if (fields.length === 0) return null;
  const order: readonly RemaskField[] = ['text', 'themes', 'branch', 'province', 'profession'];
  return {
    idea: { id: row.id, text: text.text, themes, kind: row.kind, branch, province, profession },
    change: {
      id: row.id,
      hidden: row.hidden,
      fields: order.filter((f) => fields.includes(f)),
      masked,
      text: text.text,
    },
  };
}

/** A label as the import writes it: a known label as it is, any other masked without the name scanner. */
function maskLabel(
  matcher: LabelMatcher,
  value: string | null,
  masked: Partial<Record<MaskKind, number>>,
): string | null {
  if (value === null || matcher.match(value).known) return value;
  const result = maskPersonalData(value, undefined, { names: false });
  if (result.text === value) return value;
  addMasked(masked, result.masked);
  return result.text;
}

/**
 * A history snapshot (`to_jsonb` of the row as it was) with its text and labels masked as
 * {@link remaskIdea} masks a stored idea — the published copies (`public_*`) included; null when
 * nothing changes. Other fields (the reason, the action, the version) stay.
 */
export function remaskSnapshot(
  snapshot: Record<string, unknown>,
  labels: IdeaLabelMatchers = IDEA_LABELS,
): { snapshot: Record<string, unknown>; masked: Partial<Record<MaskKind, number>> } | null {
  const masked: Partial<Record<MaskKind, number>> = {};
  const next: Record<string, unknown> = { ...snapshot };
  if (typeof snapshot.text === 'string') {
    const text = maskPersonalData(snapshot.text);
    if (text.text !== snapshot.text) {
      next.text = text.text;
      addMasked(masked, text.masked);
    }
  }
  const matchers = { branch: labels.branch, province: labels.province, profession: labels.profession };
  for (const [field, matcher] of Object.entries(matchers)) {
    for (const key of [field, `public_${field}`]) {
      const value = snapshot[key];
      if (typeof value === 'string') next[key] = maskLabel(matcher, value, masked);
    }
  }
  for (const key of ['themes', 'public_themes']) {
    const value = snapshot[key];
    if (!Array.isArray(value)) continue;
    const themes: unknown[] = [];
    for (const theme of value as unknown[]) {
      const written = typeof theme === 'string' ? maskLabel(labels.theme, theme, masked) : theme;
      if (!themes.includes(written)) themes.push(written);
    }
    next[key] = themes;
  }
  const changed = Object.keys(next).some(
    (key) => JSON.stringify(next[key]) !== JSON.stringify(snapshot[key]),
  );
  return changed ? { snapshot: next, masked } : null;
}

/**
 * Masks every history version (all ideas); writes unless `dryRun`. Counts only the versions with an
 * id up to `countUpTo` (those stored before the run). Returns the old texts of the changed versions too.
 */
async function remaskHistory(
  tx: Queryable,
  labels: IdeaLabelMatchers,
  dryRun: boolean,
  countUpTo: number,
): Promise<{ history: RemaskHistory; oldTexts: string[] }> {
  const masked: Partial<Record<MaskKind, number>> = {};
  const ideas = new Set<string>();
  const oldTexts: string[] = [];
  let versions = 0;
  let after = 0;
  for (;;) {
    const rows = (
      await tx.query<{ id: number; idea_id: string; snapshot: Record<string, unknown> | string }>(
        `SELECT id::float8 AS id, idea_id, snapshot FROM idea_history WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, PAGE],
      )
    ).rows;
    if (rows.length === 0) break;
    const ids: number[] = [];
    const snapshots: string[] = [];
    for (const row of rows) {
      const snapshot =
        typeof row.snapshot === 'string'
          ? (JSON.parse(row.snapshot) as Record<string, unknown>)
          : row.snapshot;
      const result = remaskSnapshot(snapshot, labels);
      if (!result) continue;
      ids.push(row.id);
      snapshots.push(JSON.stringify(result.snapshot));
      if (typeof snapshot.text === 'string') oldTexts.push(snapshot.text);
      if (row.id <= countUpTo) {
        versions++;
        ideas.add(row.idea_id);
        addMasked(masked, result.masked);
      }
    }
    if (!dryRun && ids.length > 0)
      await tx.query(
        `UPDATE idea_history h SET snapshot = d.snapshot::jsonb
         FROM unnest($1::bigint[], $2::text[]) AS d(id, snapshot) WHERE h.id = d.id`,
        [ids, snapshots],
      );
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = last.id;
  }
  return { history: { versions, ideas: ideas.size, masked }, oldTexts };
}

/** Ideas read per statement (the texts of 100 000 ideas are not held at once). */
const PAGE = 1000;

async function findChanges(
  tx: Queryable,
  labels: IdeaLabelMatchers,
): Promise<{ checked: number; found: { idea: Idea; change: RemaskChange; old: string }[] }> {
  const found: { idea: Idea; change: RemaskChange; old: string }[] = [];
  let checked = 0;
  let after = '';
  for (;;) {
    const rows = (
      await tx.query<Row>(
        `SELECT id, text, themes, kind, branch, province, profession, hidden FROM ideas
         WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT $2`,
        [after, PAGE],
      )
    ).rows;
    if (rows.length === 0) break;
    for (const row of rows) {
      const result = remaskIdea(row, labels);
      if (result) found.push({ ...result, old: row.text });
    }
    checked += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = last.id;
  }
  return { checked, found };
}

/** Runs today's masker over every stored idea; see the file's comment. */
export async function remaskIdeas(db: Database, options: RemaskOptions = {}): Promise<RemaskResult> {
  const dryRun = options.dryRun ?? false;
  const reason = requireReason({ reason: options.reason ?? ideasMessages.remaskReason });
  const labels = options.labels ?? IDEA_LABELS;
  const result = await db.transaction(async (tx): Promise<RemaskResult> => {
    // A dry run writes nothing and takes no lock; a real run takes the solutions lock first
    // (advisory-locks.ts), so that no import or curator's change writes between reading and writing.
    if (!dryRun) await lockSolutions(tx);
    const { checked, found } = await findChanges(tx, labels);
    const masked: Partial<Record<MaskKind, number>> = {};
    for (const { change } of found) addMasked(masked, change.masked);
    const changes = found.map((f) => f.change);
    const stored =
      (await tx.query<{ last: number }>('SELECT coalesce(max(id), 0)::float8 AS last FROM idea_history'))
        .rows[0]?.last ?? 0;
    if (dryRun) {
      const { history } = await remaskHistory(tx, labels, true, stored);
      return { dryRun, checked, changes, masked, history };
    }
    if (found.length > 0)
      await upsertIdeas(
        tx,
        found.map((f) => f.idea),
        { action: 'remask', reason },
      );
    // After the upsert: the versions it just wrote (the unmasked texts) are masked with the others.
    const { history, oldTexts } = await remaskHistory(tx, labels, false, stored);
    if (found.length === 0) {
      if (oldTexts.length > 0) await forgetWordsOutOfView(tx, oldTexts);
      return { dryRun, checked, changes, masked, history };
    }
    const k = options.k ?? K_ANONYMITY;
    const publicChanges = await publicChangesOf(
      tx,
      await refreshPublicAttributes(tx, k),
      found.map((f) => f.idea.id),
      k,
    );
    await settleSearchIndex(tx, { analyse: found.length >= PAGE });
    // A pinned solution whose quoted idea left its theme (a masked theme label) quotes another idea.
    await freezePinnedThemes(tx);
    // The masked-out words (a name) leave the suggestions unless a visible idea still holds them.
    await forgetWordsOutOfView(tx, [...found.flatMap((f) => [f.old, f.idea.text]), ...oldTexts]);
    return { dryRun, checked, changes, masked, history, publicChanges };
  });
  if (!dryRun && result.changes.length > 0) await settleFacetCounts(db);
  if (!dryRun && (result.changes.length > 0 || result.history.versions > 0)) {
    // As after an erasure: dead rows would keep the old texts in the table files until vacuumed (PGlite
    // has no autovacuum); on PostgreSQL a very large table may outlast the statement timeout.
    try {
      await db.exec('VACUUM idea_history, ideas, idea_words');
    } catch (error) {
      if ((error as { code?: string }).code !== '57014') throw error;
    }
  }
  return result;
}
