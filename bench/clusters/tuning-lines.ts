// The three lines that decide a change of the solution concepts, on the themes read while tuning only
// (never a held-out theme): whole-list mean ARI, random concept dropout, leave-theme-out; three
// decimals, so that a rule such as "tuning may fall by at most 0,01" can be applied before anything
// held out is seen. `HELD_OUT=1` adds the held-out and overall means (and the gain over the peer), to
// be run after a choice is made, never to make one. The full table is quality.ts.
//   node scripts/run-ts.js bench/clusters/tuning-lines.ts
//   HELD_OUT=1 node scripts/run-ts.js bench/clusters/tuning-lines.ts (measure after choosing)
import { clusterQuality, conceptDropoutQuality, leaveThemeOutQuality } from './quality.js';

const heldOut = process.env.HELD_OUT === '1';
const rows = clusterQuality({}, 7, undefined, (judged) => heldOut || judged.heldOut !== true);
const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;
const tuning = rows.filter((r) => !r.heldOut);
const dropout = conceptDropoutQuality();
const lto = leaveThemeOutQuality();
console.log(
  `tuning mean ${mean(tuning.map((r) => r.ours)).toFixed(3)} (${tuning.map((r) => r.ours.toFixed(3)).join(', ')})`,
);
console.log(`dropout ${dropout.mean.toFixed(3)}`);
console.log(
  `leave-theme-out ${lto.mean.toFixed(3)} (${lto.themes.map((t) => `${t.ours.toFixed(3)}/${t.dropped}`).join(', ')})`,
);
if (heldOut) {
  const held = rows.filter((r) => r.heldOut);
  console.log(
    `held-out mean ${mean(held.map((r) => r.ours)).toFixed(3)} (${held.map((r) => r.ours.toFixed(3)).join(', ')})`,
  );
  console.log(
    `overall mean ${mean(rows.map((r) => r.ours)).toFixed(3)}, gain over the peer ${mean(rows.map((r) => r.ours - r.peer)).toFixed(4)}`,
  );
}
