// Holds the clustering to a floor on the judged set (test/data/clusters/), beside its peer. The figures
// themselves, and how they were measured, are in the README; this only stops them falling back.
import { describe, expect, it } from 'vitest';
import {
  clusterQuality,
  conceptDropoutQuality,
  leaveThemeOutQuality,
} from '../../bench/clusters/quality.js';

/** The themes judged in earlier rounds; later held-out themes get floors of their own. */
const FIRST_SIX = new Set([
  'administratieve-lasten.json',
  'brede-kijk-op-mens-en-zorg.json',
  'leiderschap-en-steun.json',
  'samenwerking.json',
  'vertrouwen-en-professionele-ruimte.json',
  'werkdruk-en-roosters.json',
]);

describe('clustering quality on the judged set', () => {
  const rows = clusterQuality();
  const mean = (values: number[]) => values.reduce((s, x) => s + x, 0) / values.length;

  it('judges at least three themes with at least four solutions each', () => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.judgedClusters).toBeGreaterThanOrEqual(4);
  });

  it('keeps the adjusted Rand index of the first six themes above its floor, and above the peer', () => {
    const first = rows.filter((r) => FIRST_SIX.has(r.file));
    expect(first).toHaveLength(6);
    expect(mean(first.map((r) => r.ours))).toBeGreaterThanOrEqual(0.44);
    expect(mean(first.filter((r) => !r.heldOut).map((r) => r.ours))).toBeGreaterThanOrEqual(0.53);
    expect(mean(first.filter((r) => r.heldOut).map((r) => r.ours))).toBeGreaterThanOrEqual(0.35);
    for (const row of first) expect(row.ours).toBeGreaterThanOrEqual(0.31);
    expect(mean(first.map((r) => r.ours - r.peer))).toBeGreaterThanOrEqual(0.33);
  });

  it('keeps every judged theme, the later held-out ones included, above its floor', () => {
    // The third round of solution concepts raised these (0.406 → 0.417, held out 0.314 → 0.327, the
    // lowest theme 0.19 → 0.22, the gain over the peer 0.2998 → 0.310): the floors hold it.
    expect(mean(rows.map((r) => r.ours))).toBeGreaterThanOrEqual(0.41);
    expect(mean(rows.filter((r) => r.heldOut).map((r) => r.ours))).toBeGreaterThanOrEqual(0.32);
    for (const row of rows) expect(row.ours).toBeGreaterThanOrEqual(0.21);
    expect(mean(rows.map((r) => r.ours - r.peer))).toBeGreaterThanOrEqual(0.3);
  });

  it('keeps part of its quality when a third of the solution concepts is missing', () => {
    // Unseen ideas name remedies the concept list does not: the tuning themes with random subsets.
    const dropout = conceptDropoutQuality();
    expect(dropout.perRound).toHaveLength(12);
    expect(dropout.mean).toBeGreaterThanOrEqual(0.34);
  });

  it('keeps part of its quality on a theme without the concepts written for it', () => {
    // The harsher stand-in for an unseen theme: each tuning theme without its own concepts.
    const leaveOut = leaveThemeOutQuality();
    expect(leaveOut.themes).toHaveLength(3);
    for (const theme of leaveOut.themes) expect(theme.dropped).toBeGreaterThan(0);
    expect(leaveOut.mean).toBeGreaterThanOrEqual(0.26);
  });
});
