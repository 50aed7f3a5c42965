/**
 * What a change did to the published values of *other* ideas (audit 7, finding 2). The k-anonymity
 * rule (k-anonymity.ts) decides per cell from the counts of all visible ideas, so an import, a label
 * decision, a hide/unhide or an erasure can withdraw (or give back) the province, profession or branch
 * of ideas it never touched. The store compares every idea's published tuple before and after, inside
 * the same transaction (ideas-public.ts), and the change's answer says how many other ideas now show
 * fewer or more values, per field, and which held labels of the touched ideas caused it.
 */
import type { AttributeTuple } from './k-anonymity.js';
import type { LabelField } from './known-labels.js';

/** One visible idea whose published tuple changed. */
export interface PublicTupleChange {
  readonly id: string;
  readonly before: AttributeTuple;
  readonly after: AttributeTuple;
}

export const ATTRIBUTE_FIELDS = ['province', 'profession', 'branch'] as const;
export type AttributeField = (typeof ATTRIBUTE_FIELDS)[number];
export type PerField = Readonly<Record<AttributeField, number>>;

/** A label a curator has not decided yet, carried by an idea the change touched. */
export interface HeldLabel {
  readonly field: Exclude<LabelField, 'theme'>;
  readonly label: string;
}

export interface PublicChanges {
  /** k of the rule that made the changes. */
  readonly k: number;
  /** Visible ideas outside the change whose published province, profession or branch changed. */
  readonly ideas: number;
  /** Of those, ideas that lost a published value (`fewer`) or got one back (`more`); one can do both. */
  readonly fewer: number;
  readonly more: number;
  /** Per field: how many of those ideas lost it, and how many got it back. */
  readonly withdrawn: PerField;
  readonly restored: PerField;
  /**
   * Held labels of the touched ideas without which no other idea would have lost a value: a curator's
   * decision on them (mapping to a known label) can give the values back. Empty when they are not the
   * cause (or nothing was withdrawn).
   */
  readonly heldLabels: readonly HeldLabel[];
}

const zero = (): Record<AttributeField, number> => ({ province: 0, profession: 0, branch: 0 });

/** The changes of ideas outside `touched`, summed per field. */
export function summarisePublicChanges(
  changes: readonly PublicTupleChange[],
  touched: ReadonlySet<string>,
  k: number,
  heldLabels: readonly HeldLabel[] = [],
): PublicChanges {
  const withdrawn = zero();
  const restored = zero();
  let ideas = 0;
  let fewer = 0;
  let more = 0;
  for (const change of changes) {
    if (touched.has(change.id)) continue;
    let lost = false;
    let gained = false;
    for (const field of ATTRIBUTE_FIELDS) {
      const before = change.before[field];
      const after = change.after[field];
      if (before === after) continue;
      if (before !== null && after === null) {
        withdrawn[field]++;
        lost = true;
      } else if (before === null && after !== null) {
        restored[field]++;
        gained = true;
      }
    }
    if (!lost && !gained) continue;
    ideas++;
    if (lost) fewer++;
    if (gained) more++;
  }
  return { k, ideas, fewer, more, withdrawn, restored, heldLabels: fewer > 0 ? heldLabels : [] };
}

/** Nothing changed outside the change. */
export function noPublicChanges(k: number): PublicChanges {
  return summarisePublicChanges([], new Set(), k);
}
