/**
 * Checked access for the places where an index is known to be in range (parallel arrays of one
 * length, a position found in the same list): the item, or a RangeError naming the index — a bug in
 * werkbalans, never a user's mistake. Hot loops (the Monte Carlo) keep their unchecked reads.
 */
export function itemAt<T>(list: ArrayLike<T>, index: number): NonNullable<T> {
  const item = list[index];
  if (item === undefined || item === null)
    throw new RangeError(`no item at index ${index} of a list of ${list.length}`);
  return item;
}
