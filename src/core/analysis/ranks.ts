import { itemAt } from '../contract/item-at.js';

/**
 * Average ranks (1 = smallest), ties sharing the mean of the ranks they span — the ranking Spearman's
 * coefficient needs.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    const { value } = itemAt(order, start);
    let end = start;
    while (end + 1 < order.length && itemAt(order, end + 1).value === value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[itemAt(order, k).index] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Competition rank from the top: 1 + the number of values strictly greater (ties share the best rank).
 * Used for the "rank 1 = highest percentage" rankings and their Monte Carlo intervals.
 */
export function descendingRanks(values: ArrayLike<number>): number[] {
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    let greater = 0;
    for (let j = 0; j < values.length; j++) if (values[j]! > values[i]!) greater++;
    ranks[i] = greater + 1;
  }
  return ranks;
}
