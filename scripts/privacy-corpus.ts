// Prints how the masking scores on the committed privacy corpus (test/data/privacy): recall on the
// personal-data variants, false positives on the look-alikes, per kind and per source (audit-9: held
// out, written by another hand), and every miss.
import { readCorpus, scoreCorpus } from '../test/data/privacy/evaluate.js';

const { personal, lookAlikes } = readCorpus();
const score = scoreCorpus(personal, lookAlikes);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  `personal-data variants: ${score.personal}, masked exactly: ${score.found} (recall ${pct(score.recall)})`,
);
for (const [kind, { cases, found }] of Object.entries(score.byKind))
  console.log(`  ${kind.padEnd(8)} ${found}/${cases}`);
console.log(
  `look-alikes: ${score.lookAlikes}, changed: ${score.falsePositives} (false positives ${pct(score.falsePositiveRate)})`,
);
for (const [source, s] of Object.entries(score.bySource))
  console.log(
    `  ${source.padEnd(8)} personal ${s.found}/${s.personal}, look-alikes changed ${s.falsePositives}/${s.lookAlikes}`,
  );
for (const m of score.missed) console.log(`missed:  ${JSON.stringify(m.text)} → ${JSON.stringify(m.got)}`);
for (const c of score.changed) console.log(`changed: ${JSON.stringify(c.text)} → ${JSON.stringify(c.got)}`);
