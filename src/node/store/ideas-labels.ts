/**
 * Unknown labels and what a curator decides about them. A branch, province, profession or theme that
 * is not on the known lists was written freely (in an import or a curation) and may name a person or a
 * team; it is held back from every public view (ideas-public.ts) until a curator either maps it to a
 * known label — the ideas then carry that label — or accepts it as a label of its own. Both are
 * curation: each idea concerned gets a new version, its previous one goes into the history with the
 * action (`relabel`, `accept-label`), the time and the curator's reason, and the decision itself is
 * kept in `idea_labels`.
 */
import { K_ANONYMITY } from '../../core/ideas/k-anonymity.js';
import { LABEL_FIELDS, publishable, type LabelField } from '../../core/ideas/known-labels.js';
import { ideaFieldNames, ideasMessages } from '../../core/text/ideas-messages.js';
import { lockSolutions } from './advisory-locks.js';
import type { Database, Queryable } from './database.js';
import { CurationError, requireReason, type CurationOptions } from './ideas-curation.js';
import { loadPublishableLabels, publicChangesOf, refreshPublicAttributes } from './ideas-public.js';
import type { PublicChanges } from '../../core/ideas/public-changes.js';
import { snapshotIdeas } from './ideas-write.js';

export interface UnknownLabel {
  readonly field: LabelField;
  readonly label: string;
  /** Ideas (hidden ones too) that carry it. */
  readonly ideas: number;
}

export interface LabelDecision {
  readonly field: LabelField;
  readonly label: string;
  readonly decision: 'accept' | 'map';
  readonly mappedTo: string | null;
  readonly reason: string;
  readonly decidedAt: string;
}

export interface LabelOutcome {
  readonly field: LabelField;
  readonly label: string;
  /** Ideas that changed. */
  readonly ideas: number;
  /** Of those, the ideas that show the label (or the label mapped to) after the small-cell rule. */
  readonly public: number;
  readonly message: string;
  /** What the decision did to the published values of ideas without the label (k-anonymity rule). */
  readonly publicChanges: PublicChanges;
}

const COLUMN: Readonly<Record<Exclude<LabelField, 'theme'>, string>> = {
  branch: 'branch',
  province: 'province',
  profession: 'profession',
};

/** Dutch name of a field, for messages. */
function fieldName(field: LabelField): string {
  return field === 'theme' ? 'thema' : ideaFieldNames[field];
}

/** Every value of a label field that is not public yet, with how many ideas carry it. */
export async function unknownLabels(db: Queryable): Promise<UnknownLabel[]> {
  const sets = await loadPublishableLabels(db);
  const { rows } = await db.query<UnknownLabel>(
    `SELECT field, label, ideas FROM (
       SELECT 'branch' AS field, branch AS label, count(*)::int AS ideas FROM ideas
         WHERE branch IS NOT NULL AND NOT branch = ANY($1::text[]) GROUP BY branch
       UNION ALL
       SELECT 'province', province, count(*)::int FROM ideas
         WHERE province IS NOT NULL AND NOT province = ANY($2::text[]) GROUP BY province
       UNION ALL
       SELECT 'profession', profession, count(*)::int FROM ideas
         WHERE profession IS NOT NULL AND NOT profession = ANY($3::text[]) GROUP BY profession
       UNION ALL
       SELECT 'theme', t.theme, count(*)::int FROM ideas CROSS JOIN LATERAL unnest(themes) AS t(theme)
         WHERE NOT t.theme = ANY($4::text[]) GROUP BY t.theme
     ) u ORDER BY ideas DESC, field, label`,
    [[...sets.branch], [...sets.province], [...sets.profession], [...sets.theme]],
  );
  return rows;
}

/** The decisions taken so far, newest first. */
export async function labelDecisions(db: Queryable): Promise<LabelDecision[]> {
  const { rows } = await db.query<LabelDecision>(
    `SELECT field, label, decision, mapped_to AS "mappedTo", reason,
       to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "decidedAt"
     FROM idea_labels ORDER BY decided_at DESC, field, label`,
  );
  return rows;
}

export function isLabelField(value: string): value is LabelField {
  return (LABEL_FIELDS as readonly string[]).includes(value);
}

async function idsCarrying(tx: Queryable, field: LabelField, label: string): Promise<string[]> {
  const condition = field === 'theme' ? '$1 = ANY(themes)' : `${COLUMN[field]} = $1`;
  const { rows } = await tx.query<{ id: string }>(`SELECT id FROM ideas WHERE ${condition} ORDER BY id`, [
    label,
  ]);
  return rows.map((row) => row.id);
}

/** How many of `ids` show `label` in their public `field` (after {@link refreshPublicAttributes}). */
async function publicCount(tx: Queryable, field: LabelField, ids: readonly string[], label: string) {
  const condition = field === 'theme' ? '$2 = ANY(public_themes)' : `public_${COLUMN[field]} = $2`;
  const { rows } = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ideas WHERE id = ANY($1::text[]) AND NOT hidden AND ${condition}`,
    [ids, label],
  );
  return rows[0]?.n ?? 0;
}

async function decide(
  db: Database,
  field: LabelField,
  label: string,
  mappedTo: string | null,
  options: CurationOptions,
): Promise<LabelOutcome> {
  const reason = requireReason(options);
  return db.transaction(async (tx) => {
    // Before any row: the decision rewrites every idea with the label (advisory-locks.ts).
    await lockSolutions(tx);
    const sets = await loadPublishableLabels(tx);
    if (mappedTo !== null && publishable(sets, field, mappedTo) === null)
      throw new CurationError('bad-label', ideasMessages.labelNotKnown(fieldName(field), mappedTo));
    const ids = await idsCarrying(tx, field, label);
    if (ids.length === 0 || publishable(sets, field, label) !== null)
      throw new CurationError('not-found', ideasMessages.labelNotFound(fieldName(field), label));
    const action = mappedTo === null ? 'accept-label' : 'relabel';
    await snapshotIdeas(tx, ids, { action, reason });
    const change =
      mappedTo === null
        ? ''
        : field === 'theme'
          ? `themes = ARRAY(SELECT s.theme FROM (
               SELECT CASE WHEN x.theme = $4 THEN $5 ELSE x.theme END AS theme, min(x.position) AS position
               FROM unnest(themes) WITH ORDINALITY AS x(theme, position) GROUP BY 1) s ORDER BY s.position),`
          : `${COLUMN[field]} = $4,`;
    await tx.query(
      `UPDATE ideas SET ${change} version = version + 1, action = $2, reason = $3, batch_id = NULL,
         updated_at = now()
       WHERE id = ANY($1::text[])`,
      mappedTo === null
        ? [ids, action, reason]
        : field === 'theme'
          ? [ids, action, reason, label, mappedTo]
          : [ids, action, reason, mappedTo],
    );
    await tx.query(
      `INSERT INTO idea_labels (field, label, decision, mapped_to, reason) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (field, label) DO UPDATE SET decision = EXCLUDED.decision, mapped_to = EXCLUDED.mapped_to,
         reason = EXCLUDED.reason, decided_at = now()`,
      [field, label, mappedTo === null ? 'accept' : 'map', mappedTo, reason],
    );
    const k = options.k ?? K_ANONYMITY;
    const publicChanges = await publicChangesOf(tx, await refreshPublicAttributes(tx, k), ids, k);
    // What really becomes public: the small-cell rule may keep the label back (audit 6, finding 11).
    const shown = await publicCount(tx, field, ids, mappedTo ?? label);
    const message = ideasMessages.labelDecided(
      label,
      mappedTo,
      ids.length,
      shown,
      field === 'theme' ? null : k,
    );
    const others = ideasMessages.publicChanges(publicChanges);
    return {
      field,
      label,
      ideas: ids.length,
      public: shown,
      message: others ? `${message} ${others}` : message,
      publicChanges,
    };
  });
}

/** Rewrites every idea carrying the unknown `label` to the known label `to`. */
export function mapLabel(
  db: Database,
  field: LabelField,
  label: string,
  to: string,
  options: CurationOptions,
): Promise<LabelOutcome> {
  return decide(db, field, label, to, options);
}

/** Makes the unknown `label` public as a label of its own. */
export function acceptLabel(
  db: Database,
  field: LabelField,
  label: string,
  options: CurationOptions,
): Promise<LabelOutcome> {
  return decide(db, field, label, null, options);
}

/** A curator's decision on an unknown label (read from a request by the server's `labelDecisionBody`). */
export interface LabelRequest {
  readonly field: LabelField;
  readonly label: string;
  /** The known label to map to; null accepts the label as it is. */
  readonly to: string | null;
  readonly reason: string;
}

/** Carries out a curator's decision on an unknown label. */
export function decideLabel(db: Database, request: LabelRequest, k?: number): Promise<LabelOutcome> {
  const options = { reason: request.reason, ...(k === undefined ? {} : { k }) };
  return request.to === null
    ? acceptLabel(db, request.field, request.label, options)
    : mapLabel(db, request.field, request.label, request.to, options);
}
