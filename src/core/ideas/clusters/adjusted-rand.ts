/**
 * Adjusted Rand index of two partitions of the same items (Hubert & Arabie 1985): the Rand index
 * corrected for the agreement expected by chance, 1 for identical partitions, about 0 for a random one,
 * negative when worse than chance. Each partition maps an item to its group label; items missing from
 * a map count as singletons there (an ungrouped idea is a group of its own).
 */
const pairs = (n: number) => (n * (n - 1)) / 2;

export function adjustedRandIndex(
  items: readonly string[],
  truth: ReadonlyMap<string, string>,
  found: ReadonlyMap<string, string>,
): number {
  const labelOf = (map: ReadonlyMap<string, string>, item: string) => map.get(item) ?? `\u0000${item}`;
  const table = new Map<string, number>();
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  for (const item of items) {
    const a = labelOf(truth, item);
    const b = labelOf(found, item);
    const cell = JSON.stringify([a, b]);
    table.set(cell, (table.get(cell) ?? 0) + 1);
    rows.set(a, (rows.get(a) ?? 0) + 1);
    columns.set(b, (columns.get(b) ?? 0) + 1);
  }
  let index = 0;
  for (const count of table.values()) index += pairs(count);
  let rowPairs = 0;
  for (const count of rows.values()) rowPairs += pairs(count);
  let columnPairs = 0;
  for (const count of columns.values()) columnPairs += pairs(count);
  const total = pairs(items.length);
  if (total === 0) return 1;
  const expected = (rowPairs * columnPairs) / total;
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}

/** A partition as a map item → group label, from lists of groups (items elsewhere are singletons). */
export function partitionOf(groups: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  groups.forEach((group, i) => {
    for (const item of group) map.set(item, `g${i}`);
  });
  return map;
}
