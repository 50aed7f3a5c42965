/**
 * Keeps the published values of every idea — `public_province`, `public_profession`, `public_branch`,
 * `public_themes` — in line with the k-anonymity rule (src/core/ideas/k-anonymity.ts) and the labels
 * that may be public (src/core/ideas/known-labels.ts): count the visible combinations of publishable
 * values, decide in the pure core, write back only what changed. Called after every import and curation
 * change, inside the same transaction, so a public view never sees a published tuple shared by fewer
 * than k ideas nor a label nobody vetted.
 */
import type { Idea } from '../../core/ideas/idea.js';
import {
  ATTRIBUTE_FIELDS,
  summarisePublicChanges,
  type HeldLabel,
  type PublicChanges,
  type PublicTupleChange,
} from '../../core/ideas/public-changes.js';
import {
  K_ANONYMITY,
  publishAttributes,
  tupleKey,
  type AttributeCount,
  type AttributeTuple,
} from '../../core/ideas/k-anonymity.js';
import { surveyProfessionLabels } from '../../core/ideas/survey-professions.js';
import {
  IDEA_LABELS,
  publishable,
  publishableLabels,
  type AcceptedLabel,
  type PublishableLabels,
} from '../../core/ideas/known-labels.js';
import type { Queryable } from './database.js';
import type { PublicAttributesOf } from './ideas-write.js';

/** Stands for null in the join below: control characters never occur in stored labels. */
const NONE = '\u0001';

/**
 * The labels that may be public: the known lists, the professions of the stored survey tables and what
 * curators accepted.
 */
export async function loadPublishableLabels(q: Queryable): Promise<PublishableLabels> {
  const { rows } = await q.query<AcceptedLabel>(
    `SELECT field, label FROM idea_labels WHERE decision = 'accept'`,
  );
  return publishableLabels(rows, IDEA_LABELS, await surveyProfessions(q));
}

/**
 * The professions of every survey table that is or was shown (published) that the contract does not
 * know (survey-professions.ts). Not a version stored for a check and never shown: it is private until
 * shown (version-access.ts), and its professions published on the ideas pages would tell it (review 2
 * of session 26, finding 1); choosing it refreshes the published values (datasets.ts).
 */
export async function surveyProfessions(q: Queryable): Promise<string[]> {
  // A migration before 016 (which adds the column and marks every stored table shown) refreshes the
  // published values too: there every table counts, as 016 will say.
  const { rows: marked } = await q.query(
    `SELECT 1 FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'datasets' AND column_name = 'first_shown_at'`,
  );
  const { rows } = await q.query<{ name: string }>(
    `SELECT DISTINCT o->>'profession' AS name
     FROM datasets CROSS JOIN LATERAL jsonb_array_elements(observations) AS o(value)
     ${marked.length > 0 ? 'WHERE first_shown_at IS NOT NULL' : ''}`,
  );
  return surveyProfessionLabels(rows.map((row) => row.name));
}

/** Visible ideas per publishable tuple; `without` leaves the ideas of $4 out. */
function countsSql(without = false): string {
  return `SELECT CASE WHEN province = ANY($1::text[]) THEN province END AS province,
    CASE WHEN profession = ANY($2::text[]) THEN profession END AS profession,
    CASE WHEN branch = ANY($3::text[]) THEN branch END AS branch, count(*)::int AS count
  FROM ideas WHERE NOT hidden${without ? ' AND NOT id = ANY($4::text[])' : ''} GROUP BY 1, 2, 3`;
}

function labelParams(sets: PublishableLabels): string[][] {
  return [[...sets.province], [...sets.profession], [...sets.branch]];
}

function publishableTuple(sets: PublishableLabels, idea: AttributeTuple): AttributeTuple {
  return {
    province: publishable(sets, 'province', idea.province),
    profession: publishable(sets, 'profession', idea.profession),
    branch: publishable(sets, 'branch', idea.branch),
  };
}

/**
 * A first guess of the published values of a batch about to be written: the rule applied to the stored
 * counts plus the batch. It spares rewriting every new row in the refresh; the refresh after the write
 * is what makes the result exact (an updated idea is counted twice here).
 */
export async function guessPublicAttributes(
  tx: Queryable,
  batch: readonly Idea[],
  k: number = K_ANONYMITY,
): Promise<PublicAttributesOf> {
  const sets = await loadPublishableLabels(tx);
  const counts = new Map<string, AttributeCount>();
  const add = (c: AttributeCount) => {
    const key = tupleKey(c);
    counts.set(key, { ...c, count: (counts.get(key)?.count ?? 0) + c.count });
  };
  for (const row of (await tx.query<AttributeCount>(countsSql(), labelParams(sets))).rows) add(row);
  for (const idea of batch) add({ ...publishableTuple(sets, idea), count: 1 });
  const decisions = new Map(
    publishAttributes([...counts.values()], k).map((d) => [tupleKey(d), d.published]),
  );
  return (idea) => {
    const published = decisions.get(tupleKey(publishableTuple(sets, idea)));
    return {
      province: published?.province ?? null,
      profession: published?.profession ?? null,
      branch: published?.branch ?? null,
      themes: idea.themes.filter((theme) => sets.theme.has(theme)),
    };
  };
}

interface ChangedRow {
  id: string;
  before_province: string | null;
  before_profession: string | null;
  before_branch: string | null;
  after_province: string | null;
  after_profession: string | null;
  after_branch: string | null;
}

/** The rows of $1–$6 whose published values differ from the decision of their tuple ($7–$9: the labels). */
const DIFFERS_FROM_DECISION = `NOT i.hidden
       AND coalesce(CASE WHEN i.province = ANY($7::text[]) THEN i.province END, '${NONE}') = d.province
       AND coalesce(CASE WHEN i.profession = ANY($8::text[]) THEN i.profession END, '${NONE}') = d.profession
       AND coalesce(CASE WHEN i.branch = ANY($9::text[]) THEN i.branch END, '${NONE}') = d.branch
       AND (i.public_province IS DISTINCT FROM d.public_province
         OR i.public_profession IS DISTINCT FROM d.public_profession
         OR i.public_branch IS DISTINCT FROM d.public_branch)`;

/**
 * Recomputes every published value; writes only rows that change, and returns them: each visible
 * idea whose published province, profession or branch changed, before and after (read by the `c`
 * step before this statement writes). {@link publicChangesOf} turns them into an answer.
 *
 * The rows to change are found first (`c`: one scan of the ideas against the few hundred decisions)
 * and only those are joined back by id. A self-join of the whole table for the values before
 * (`FROM d, ideas o WHERE o.id = i.id`) hashed every idea, 100 000 of them after an import, and spilled
 * to temporary files, to update the few dozen rows that changed. The outer `WHERE` repeats the test, so
 * that a row another transaction changed meanwhile is tested again as it is now (PostgreSQL's
 * recheck of an updated row), as before.
 */
export async function refreshPublicAttributes(
  tx: Queryable,
  k: number = K_ANONYMITY,
): Promise<PublicTupleChange[]> {
  const sets = await loadPublishableLabels(tx);
  const counts = (await tx.query<AttributeCount>(countsSql(), labelParams(sets))).rows;
  const decisions = publishAttributes(counts, k);
  const none = (value: string | null) => value ?? NONE;
  const { rows: changed } = await tx.query<ChangedRow>(
    `WITH d AS MATERIALIZED (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         AS d(province, profession, branch, public_province, public_profession, public_branch)),
     c AS MATERIALIZED (
       SELECT i.id, i.public_province AS before_province, i.public_profession AS before_profession,
         i.public_branch AS before_branch, d.province, d.profession, d.branch, d.public_province,
         d.public_profession, d.public_branch
       FROM ideas i JOIN d ON ${DIFFERS_FROM_DECISION})
     UPDATE ideas i SET public_province = d.public_province, public_profession = d.public_profession,
       public_branch = d.public_branch
     FROM c AS d
     WHERE i.id = d.id AND ${DIFFERS_FROM_DECISION}
     RETURNING i.id, d.before_province, d.before_profession, d.before_branch,
       i.public_province AS after_province, i.public_profession AS after_profession,
       i.public_branch AS after_branch`,
    [
      decisions.map((d) => none(d.province)),
      decisions.map((d) => none(d.profession)),
      decisions.map((d) => none(d.branch)),
      decisions.map((d) => d.published.province),
      decisions.map((d) => d.published.profession),
      decisions.map((d) => d.published.branch),
      ...labelParams(sets),
    ],
  );
  // Themes: the known ones, in the order written. Rows whose themes are all known and already public
  // are skipped without computing anything.
  await tx.query(
    `WITH c AS (
       SELECT id, ARRAY(SELECT t.theme FROM unnest(themes) WITH ORDINALITY AS t(theme, position)
                        WHERE t.theme = ANY($1::text[]) ORDER BY t.position) AS shown
       FROM ideas WHERE NOT hidden AND (public_themes <> themes OR NOT themes <@ $1::text[]))
     UPDATE ideas i SET public_themes = c.shown FROM c WHERE i.id = c.id AND i.public_themes <> c.shown`,
    [[...sets.theme]],
  );
  // Hidden ideas are never shown; their public columns are cleared so nothing stale lingers.
  await tx.query(
    `UPDATE ideas SET public_province = NULL, public_profession = NULL, public_branch = NULL,
       public_themes = '{}'
     WHERE hidden AND (public_province IS NOT NULL OR public_profession IS NOT NULL
       OR public_branch IS NOT NULL OR public_themes <> '{}')`,
  );
  return changed.map((row) => ({
    id: row.id,
    before: { province: row.before_province, profession: row.before_profession, branch: row.before_branch },
    after: { province: row.after_province, profession: row.after_profession, branch: row.after_branch },
  }));
}

/**
 * What a refresh did to ideas outside `touched` (the ideas the change itself wrote, hid or erased),
 * for the change's answer. When other ideas lost a value and the touched ideas carry held labels, the
 * rule is run again without those ideas: if every such loss then disappears, the held labels are named
 * as the cause (a curator mapping them to a known label can give the values back).
 */
export async function publicChangesOf(
  tx: Queryable,
  changes: readonly PublicTupleChange[],
  touched: readonly string[],
  k: number = K_ANONYMITY,
): Promise<PublicChanges> {
  const touchedSet = new Set(touched);
  const summary = summarisePublicChanges(changes, touchedSet, k);
  if (summary.fewer === 0) return summary;
  const sets = await loadPublishableLabels(tx);
  const real = async (ids: readonly string[]) =>
    (
      await tx.query<AttributeTuple & { id: string }>(
        `SELECT id, province, profession, branch FROM ideas WHERE id = ANY($1::text[]) AND NOT hidden ORDER BY id`,
        [ids],
      )
    ).rows;
  const heldIds: string[] = [];
  const held = new Map<string, HeldLabel>();
  for (const idea of await real(touched)) {
    let holds = false;
    for (const field of ATTRIBUTE_FIELDS) {
      const label = idea[field];
      if (label === null || publishable(sets, field, label) !== null) continue;
      holds = true;
      held.set(JSON.stringify([field, label]), { field, label });
    }
    if (holds) heldIds.push(idea.id);
  }
  if (heldIds.length === 0) return summary;
  const without = (await tx.query<AttributeCount>(countsSql(true), [...labelParams(sets), heldIds])).rows;
  const decided = new Map(publishAttributes(without, k).map((d) => [tupleKey(d), d.published]));
  const losers = changes.filter(
    (c) => !touchedSet.has(c.id) && ATTRIBUTE_FIELDS.some((f) => c.before[f] !== null && c.after[f] === null),
  );
  const beforeOf = new Map(losers.map((c) => [c.id, c.before]));
  const kept = (await real(losers.map((c) => c.id))).every((idea) => {
    const published = decided.get(tupleKey(publishableTuple(sets, idea)));
    const before = beforeOf.get(idea.id);
    return (
      published !== undefined &&
      before !== undefined &&
      ATTRIBUTE_FIELDS.every((f) => before[f] === null || published[f] === before[f])
    );
  });
  return kept ? summarisePublicChanges(changes, touchedSet, k, [...held.values()]) : summary;
}
