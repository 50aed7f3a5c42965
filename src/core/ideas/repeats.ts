/**
 * Ideas a reader would otherwise read twice: groups of undecided near-duplicates (the store's
 * `openRepeats`). A list shows each group once, at its first place, with the ids it stands for; a
 * count says how many of its ideas repeat another.
 */

/** Per idea in an undecided near-duplicate group, the group's ids (sorted, itself included). */
export type Repeats = ReadonlyMap<string, readonly string[]>;

export interface ShownIdea {
  readonly id: string;
  /** The ids this entry stands for, itself first (one id when it repeats none). */
  readonly same: readonly string[];
}

/**
 * The ids of a list as a reader sees them: each group once, at its first place in `ids`, or at
 * `first` (a solution's quote) when the list holds it.
 */
export function collapseRepeats(ids: readonly string[], repeats: Repeats, first?: string): ShownIdea[] {
  const ordered =
    first !== undefined && ids.includes(first) ? [first, ...ids.filter((i) => i !== first)] : ids;
  const anchorOf = new Map<string, string>();
  const shown = new Map<string, string[]>();
  for (const id of ordered) {
    const key = repeats.get(id)?.[0] ?? id;
    const anchor = anchorOf.get(key);
    if (anchor === undefined) {
      anchorOf.set(key, id);
      shown.set(id, [id]);
    } else shown.get(anchor)?.push(id);
  }
  return ids.flatMap((id) => {
    const same = shown.get(id);
    return same ? [{ id, same }] : [];
  });
}

/** How many of `ids` repeat an earlier one of the list (0 when none does). */
export function repeatedIn(ids: readonly string[], repeats: Repeats): number {
  return ids.length - collapseRepeats(ids, repeats).length;
}

/** Whether the ideas of a shown entry have one text, white space aside ("2 keer ingestuurd" without "met kleine verschillen"). */
export function sameText(shown: ShownIdea, textOf: (id: string) => string | undefined): boolean {
  const text = (id: string) => (textOf(id) ?? '').trim().replace(/\s+/g, ' ');
  return shown.same.every((id) => text(id) === text(shown.id));
}
