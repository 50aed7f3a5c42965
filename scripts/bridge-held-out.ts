/**
 * `npm run bridge:held-out`: the bridge's relevance rule (config/bridge.json) on the held-out recall
 * set (test/data/bridge/held-out.json): recall and precision per component, the misses and the false
 * matches with the idea's text. A file argument measures another set of the same shape
 * (test/data/bridge/held-out-fresh.json).
 */
import { BRIDGE } from '../src/core/contract/bridge-config.js';
import { heldOutScores, readHeldOut, totalScore } from '../test/support/bridge-held-out.js';

const file = process.argv.slice(2).find((arg) => arg.endsWith('.json'));
const ideas = readHeldOut(file);
const text = new Map(ideas.map((idea) => [idea.id, idea.text]));
const scores = heldOutScores(BRIDGE.concepts, ideas);
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
console.log(`held-out set: ${file ?? 'test/data/bridge/held-out.json'}, ${ideas.length} ideas\n`);
console.log('component                 recall            precision');
for (const [component, s] of [...Object.entries(scores), ['totaal', totalScore(scores)] as const])
  console.log(
    `${component.padEnd(25)} ${`${s.found}/${s.judged}`.padStart(6)} ${pct(s.found, s.judged).padStart(7)}   ${`${s.right}/${s.matched}`.padStart(6)} ${pct(s.right, s.matched).padStart(7)}`,
  );
for (const [component, s] of Object.entries(scores)) {
  for (const id of s.misses) console.log(`miss   ${component} ${id}: ${text.get(id)}`);
  for (const id of s.falseMatches) console.log(`false  ${component} ${id}: ${text.get(id)}`);
}
