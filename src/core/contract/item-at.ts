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

/** Checked `codePointAt` for a position known to be inside the text: the code point, or a RangeError. */
export function codePointAt(text: string, index: number): number {
  const code = text.codePointAt(index);
  if (code === undefined) throw new RangeError(`no character at index ${index} of a text of ${text.length}`);
  return code;
}

/** Checked `Map.get` for a key known to be in the map (built from the same list): the value, or an Error. */
export function valueFor<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no value for key ${String(key)}`);
  return value;
}
