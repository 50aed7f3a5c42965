/**
 * Whether a 95% interval lies entirely above (1) or below (−1) the median; 0 when it includes the
 * median, touches it, or there is no interval (a bound or the median missing).
 */
export function sideOfMedian(
  interval: { readonly lower: number | null; readonly upper: number | null },
  median: number | null,
): -1 | 0 | 1 {
  const { lower, upper } = interval;
  if (median === null || lower === null || upper === null) return 0;
  return lower > median ? 1 : upper < median ? -1 : 0;
}
