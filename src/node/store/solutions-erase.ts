/**
 * What an erasure does to the solutions' history. `solution_history` keeps, per change, the solutions
 * before and after with their labels; an automatic label is made of the words of the ideas it
 * described, so an erased idea's words could linger there. For every recorded solution that held the
 * erased idea: the id goes, and an automatic label (and its `auto-<medoid>` key) is made again from the
 * ideas that remain, as the clustering labels them today — or, when none remains, replaced by a note
 * that it was erased. A curator's own line stays (it is the curator's text, not the idea's) unless it
 * quotes the erased idea (quoted-words.ts): then the current line is cleared, so the cluster shows its
 * automatic label again, with a history entry that says why, and a recorded line is replaced by a note.
 * Members and near-duplicate flags go with the idea itself (foreign keys, ON DELETE CASCADE); quotes
 * are never stored, they are taken from the ideas when shown.
 */
import { clusterModel, describeCluster, type ClusterModel } from '../../core/ideas/clusters/cluster-ideas.js';
import { quotesText } from '../../core/ideas/clusters/quoted-words.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import type { Queryable } from './database.js';
import { themeIdeas } from './solutions.js';
import { freezePinnedThemes } from './solutions-settle.js';
import { parseStored, storedHistoryDetail } from './stored-json.js';

interface RecordedSolution {
  key: string | null;
  label: string | null;
  ids: string[];
  /** Recorded from now on: the label was the clustering's, not a curator's line. */
  automatic?: boolean;
  [field: string]: unknown;
}

const isRecorded = (value: unknown): value is RecordedSolution =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { ids?: unknown }).ids) &&
  (value as { ids: unknown[] }).ids.every((id) => typeof id === 'string');

/**
 * Whether a recorded label was automatic. Entries written before the `automatic` flag: a key `auto-…`
 * always was; a curated `c<id>` was when that cluster has no curator's line (or is gone).
 */
function wasAutomatic(s: RecordedSolution, curatorLines: ReadonlyMap<string, string | null>): boolean {
  if (s.automatic !== undefined) return s.automatic;
  if (s.key === null || s.key.startsWith('auto-')) return true;
  return (curatorLines.get(s.key) ?? null) === null || curatorLines.get(s.key) !== s.label;
}

/** Another recorded entry (a declined proposal, a replaced quote): a field naming the erased idea goes null. */
function withoutId(entry: unknown, id: string): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  return Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, v === id ? null : v]));
}

/** Clears every curator's line that quotes the erased texts, recording why (without the line). */
async function clearQuotingLines(tx: Queryable, texts: readonly string[]): Promise<void> {
  const { rows } = await tx.query<{ id: string; theme: string; label: string }>(
    'SELECT id::text AS id, theme, label FROM solution_clusters WHERE label IS NOT NULL ORDER BY id',
  );
  for (const row of rows) {
    if (!quotesText(row.label, texts)) continue;
    await tx.query('UPDATE solution_clusters SET label = NULL, updated_at = now() WHERE id = $1', [row.id]);
    const ids = (
      await tx.query<{ id: string }>(
        'SELECT idea_id AS id FROM solution_members WHERE cluster_id = $1 ORDER BY idea_id',
        [row.id],
      )
    ).rows.map((r) => r.id);
    const key = `c${row.id}`;
    await tx.query('INSERT INTO solution_history (theme, action, reason, detail) VALUES ($1, $2, $3, $4)', [
      row.theme,
      'erase-label',
      t.quotedLabelCleared,
      JSON.stringify({
        before: [{ key, label: t.quotedLabelErased, ids, automatic: false }],
        after: [{ key, label: null, ids, automatic: true }],
      }),
    ]);
  }
}

/**
 * Removes an erased idea from the recorded solutions of every theme and clears curator's lines that
 * quote its `texts` (every version); run in the erasure's transaction.
 */
export async function scrubErasedIdea(
  tx: Queryable,
  id: string,
  texts: readonly string[] = [],
): Promise<void> {
  const { rows } = await tx.query<{ id: string; theme: string; detail: unknown }>(
    `SELECT id::text AS id, theme, detail FROM solution_history
     WHERE position($1 in detail::text) > 0 ORDER BY id`,
    [JSON.stringify(id)],
  );
  const curatorLines = new Map(
    (
      await tx.query<{ key: string; label: string | null }>(
        "SELECT 'c' || id::text AS key, label FROM solution_clusters",
      )
    ).rows.map((r) => [r.key, r.label]),
  );
  const models = new Map<string, ClusterModel>();
  const modelOf = async (theme: string) => {
    let model = models.get(theme);
    if (!model) models.set(theme, (model = clusterModel(await themeIdeas(tx, theme))));
    return model;
  };
  for (const row of rows) {
    const detail = { ...parseStored(storedHistoryDetail, row.detail) };
    for (const [field, value] of Object.entries(detail)) {
      if (!Array.isArray(value)) continue;
      const scrubbed = [];
      for (const entry of value as unknown[]) {
        if (!isRecorded(entry)) {
          scrubbed.push(withoutId(entry, id));
          continue;
        }
        if (!entry.ids.includes(id)) {
          const quoting = entry.label !== null && quotesText(entry.label, texts);
          scrubbed.push(quoting ? { ...entry, label: t.quotedLabelErased } : entry);
          continue;
        }
        const ids = entry.ids.filter((other) => other !== id);
        const next: RecordedSolution = { ...entry, ids };
        if (wasAutomatic(entry, curatorLines)) {
          const model = await modelOf(row.theme);
          const index = new Map(model.ideas.map((idea, i) => [idea.id, i]));
          const members = ids.flatMap((other) => {
            const i = index.get(other);
            return i === undefined ? [] : [i];
          });
          const described = members.length > 0 ? describeCluster(model, members) : undefined;
          next.label = described?.label || t.erasedLabel;
          if (entry.key === null || entry.key.startsWith('auto-')) next.key = described?.key ?? null;
          next.automatic = true;
        } else if (entry.label !== null && quotesText(entry.label, texts)) {
          next.label = t.quotedLabelErased;
        }
        scrubbed.push(next);
      }
      detail[field] = scrubbed;
    }
    await tx.query('UPDATE solution_history SET detail = $2 WHERE id = $1', [row.id, JSON.stringify(detail)]);
  }
  await clearQuotingLines(tx, texts);
  await unfreezeErasedLines(tx, texts);
  await freezePinnedThemes(tx);
}

const wordsOf = (text: string) => new Set(text.toLocaleLowerCase('nl').match(/\p{L}{4,}/gu) ?? []);

/**
 * A pinned solution's line frozen from the clustering's words (solutions-pinned.ts) may hold a word
 * only the erased idea had: that line is let go (recorded, without the line), and the solution's
 * automatic line of the ideas that remain is frozen in its place.
 */
async function unfreezeErasedLines(tx: Queryable, texts: readonly string[]): Promise<void> {
  if (texts.length === 0) return;
  const erased = new Set(texts.flatMap((text) => [...wordsOf(text)]));
  const { rows } = await tx.query<{
    id: string;
    theme: string;
    label: string;
    texts: string[];
    ids: string[];
  }>(
    `SELECT c.id::text AS id, c.theme, c.label,
       coalesce(array_agg(i.text ORDER BY i.id) FILTER (WHERE i.id IS NOT NULL), '{}') AS texts,
       coalesce(array_agg(i.id ORDER BY i.id) FILTER (WHERE i.id IS NOT NULL), '{}') AS ids
     FROM solution_clusters c LEFT JOIN solution_members m ON m.cluster_id = c.id LEFT JOIN ideas i ON i.id = m.idea_id
     WHERE c.line_frozen GROUP BY c.id ORDER BY c.id`,
  );
  for (const row of rows) {
    const kept = new Set(row.texts.flatMap((text) => [...wordsOf(text)]));
    if (![...wordsOf(row.label)].some((w) => erased.has(w) && !kept.has(w))) continue;
    await tx.query('UPDATE solution_clusters SET label = NULL, line_frozen = false WHERE id = $1', [row.id]);
    const key = `c${row.id}`;
    await tx.query('INSERT INTO solution_history (theme, action, reason, detail) VALUES ($1, $2, $3, $4)', [
      row.theme,
      'erase-label',
      t.quotedLabelCleared,
      JSON.stringify({
        before: [{ key, label: t.quotedLabelErased, ids: row.ids, automatic: true }],
        after: [{ key, label: null, ids: row.ids, automatic: true }],
      }),
    ]);
  }
}
