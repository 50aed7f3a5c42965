/**
 * Keeps `public_province` and `public_profession` of every idea in line with the k-anonymity rule
 * (src/core/ideas/k-anonymity.ts): count the visible combinations, decide in the pure core, write back
 * only what changed. Called after every import and curation change, inside the same transaction, so a
 * public view never sees a combination shared by fewer than k ideas.
 */
import {
  ATTRIBUTE_COUNTS_SQL,
  K_ANONYMITY,
  publicAttributeDecisions,
  type AttributeCount,
} from '../../core/ideas/k-anonymity.js';
import type { Idea } from '../../core/ideas/idea.js';
import type { Queryable } from './database.js';
import type { PublicAttributesOf } from './ideas-write.js';

const comboKey = (province: string | null, profession: string | null, branch: string | null) =>
  JSON.stringify([province, profession, branch]);

/**
 * A first guess of the public attributes of a batch about to be written: the rule applied to the
 * stored counts plus the batch. It spares rewriting every new row in the refresh; the refresh after the
 * write is what makes the result exact (an updated idea is counted twice here).
 */
export async function guessPublicAttributes(
  tx: Queryable,
  batch: readonly Idea[],
  k: number = K_ANONYMITY,
): Promise<PublicAttributesOf> {
  const counts = new Map<string, AttributeCount>();
  const add = (c: AttributeCount) => {
    const key = comboKey(c.province, c.profession, c.branch);
    const before = counts.get(key);
    counts.set(key, { ...c, count: (before?.count ?? 0) + c.count });
  };
  for (const row of (await tx.query<AttributeCount>(ATTRIBUTE_COUNTS_SQL)).rows) add(row);
  for (const idea of batch)
    add({ province: idea.province, profession: idea.profession, branch: idea.branch, count: 1 });
  const decisions = new Map(
    publicAttributeDecisions([...counts.values()], k).map((d) => [
      comboKey(d.province, d.profession, d.branch),
      d,
    ]),
  );
  return (idea) => {
    const d = decisions.get(comboKey(idea.province, idea.profession, idea.branch));
    return {
      province: d?.showProvince ? idea.province : null,
      profession: d?.showProfession ? idea.profession : null,
    };
  };
}

export async function refreshPublicAttributes(tx: Queryable, k: number = K_ANONYMITY): Promise<void> {
  const counts = (await tx.query<AttributeCount>(ATTRIBUTE_COUNTS_SQL)).rows;
  const decisions = publicAttributeDecisions(counts, k);
  // Hidden ideas are never shown; their public columns are cleared so nothing stale lingers.
  await tx.query(
    `UPDATE ideas i SET public_province = CASE WHEN d.show_province THEN i.province END,
       public_profession = CASE WHEN d.show_profession THEN i.profession END
     FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::boolean[])
       AS d(province, profession, branch, show_province, show_profession)
     WHERE NOT i.hidden
       AND coalesce(i.province, '') = coalesce(d.province, '') AND (i.province IS NULL) = (d.province IS NULL)
       AND coalesce(i.profession, '') = coalesce(d.profession, '') AND (i.profession IS NULL) = (d.profession IS NULL)
       AND coalesce(i.branch, '') = coalesce(d.branch, '') AND (i.branch IS NULL) = (d.branch IS NULL)
       AND (i.public_province IS DISTINCT FROM CASE WHEN d.show_province THEN i.province END
         OR i.public_profession IS DISTINCT FROM CASE WHEN d.show_profession THEN i.profession END)`,
    [
      decisions.map((d) => d.province),
      decisions.map((d) => d.profession),
      decisions.map((d) => d.branch),
      decisions.map((d) => d.showProvince),
      decisions.map((d) => d.showProfession),
    ],
  );
  await tx.query(
    `UPDATE ideas SET public_province = NULL, public_profession = NULL
     WHERE hidden AND (public_province IS NOT NULL OR public_profession IS NOT NULL)`,
  );
}
