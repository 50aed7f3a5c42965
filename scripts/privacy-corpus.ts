// Prints how the masking scores on the committed privacy corpus (test/data/privacy): recall on the
// personal-data variants, false positives on the look-alikes, per kind and per source (audit-9,
// review-27, held-out-28, held-out-29: written by other hands), and every miss.
//   --counts                 only the figures per kind and per source, never a text (for a held-out
//                            set that must not be read before it is scored)
//   --personal FILE          score these personal-data cases instead of the corpus's
//   --look-alikes FILE       score these look-alikes instead of the corpus's
import { readFileSync } from 'node:fs';
import { readCorpus, scoreCorpus, type LookAlike, type PersonalCase } from '../test/data/privacy/evaluate.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const countsOnly = args.includes('--counts');
const corpus = readCorpus();
const readJson = <T>(file: string | undefined, fallback: T): T =>
  file ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
const personal = readJson<PersonalCase[]>(option('--personal'), corpus.personal);
const lookAlikes = readJson<LookAlike[]>(option('--look-alikes'), corpus.lookAlikes);
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
    `  ${source.padEnd(11)} personal ${s.found}/${s.personal}, look-alikes changed ${s.falsePositives}/${s.lookAlikes}`,
  );
if (!countsOnly) {
  for (const m of score.missed) console.log(`missed:  ${JSON.stringify(m.text)} → ${JSON.stringify(m.got)}`);
  for (const c of score.changed) console.log(`changed: ${JSON.stringify(c.text)} → ${JSON.stringify(c.got)}`);
}
