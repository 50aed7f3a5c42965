/**
 * `npm run bridge:judge`: the bridge on the example profile pages measured against the judged set
 * (test/data/bridge/judgments.json): the on-topic share of the listed ideas, overall and per
 * component, the off-topic ones with the reason, and every listed pair that is not judged (judge it,
 * or the test in test/data fails). `--json` prints the report as JSON.
 */
import { bridgeReport } from '../test/support/bridge-judgments.js';

const report = await bridgeReport();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
  console.log(
    `${report.listed} ideas listed on ${report.professions} example profiles (voorbeelddata); ${report.judged} judged`,
  );
  console.log(`on-topic: ${report.onTopic} of ${report.judged} = ${pct(report.onTopic, report.judged)}\n`);
  console.log('component                 listed  on-topic');
  for (const [component, s] of Object.entries(report.perComponent).sort(([a], [b]) => (a < b ? -1 : 1)))
    console.log(
      `${component.padEnd(25)} ${String(s.listed).padStart(6)}  ${pct(s.onTopic, s.listed).padStart(8)}`,
    );
  const singles = report.singles;
  const count = (tier: string) => singles.filter((s) => s.tier === tier).length;
  const ownSingles = count('main') + count('own');
  console.log(
    `\nsingle ideas: ${singles.length}; from the profession's own branches ${ownSingles} (${pct(ownSingles, singles.length)}), of which from its main branch ${count('main')}; from other branches ${count('other')}, another occupation's situation (another occupation or a workplace outside its branches) ${count('otherOccupation')}`,
  );
  const ownListed = ownSingles + report.quotes.filter((q) => q.ownBranch).length;
  const allListed = singles.length + report.quotes.length;
  console.log(
    `single ideas and quotes: ${allListed}; from the profession's own branches ${ownListed} (${pct(ownListed, allListed)})`,
  );
  const subject = [...singles, ...report.quotes].filter((s) => s.otherSubject);
  console.log(
    `single ideas and quotes whose subject is another occupation's own situation (any branch): ${subject.length}`,
  );
  for (const s of subject) console.log(`  ${s.profession} / ${s.component} / ${s.id}`);
  const late = singles.filter((s) => s.outOfOrder);
  console.log(
    `listed below an idea that fits the reader less (main branch, own branches, other branches, other occupation): ${late.length}`,
  );
  for (const s of late) console.log(`  ${s.profession} / ${s.component} / ${s.id} (${s.tier})`);
  const own = report.quotes.filter((q) => q.ownBranch).length;
  const other = report.quotes.filter((q) => q.otherOccupation || q.otherSubject);
  const clients = report.quotes.filter((q) => q.otherClients);
  console.log(
    `\nsolution quotes: ${report.quotes.length}; from the profession's own branches ${own} (${pct(own, report.quotes.length)}), from other branches ${report.quotes.length - own}; another occupation's situation ${other.length}; naming clients of none of the profession's branches (client-words.ts) ${clients.length}`,
  );
  for (const q of other) console.log(`  ${q.profession} / ${q.component} / ${q.id}`);
  for (const q of clients) console.log(`  clients: ${q.profession} / ${q.component} / ${q.id}`);
  if (report.offTopic.length > 0) {
    console.log('\noff-topic:');
    for (const o of report.offTopic)
      console.log(`  ${o.profession} / ${o.component} / ${o.id}: ${o.reason ?? ''}`);
  }
  if (report.empty.length > 0) {
    console.log('\ncomponents shown with "nog geen ideeën die hier precies over gaan":');
    for (const e of report.empty) console.log(`  ${e}`);
  }
  if (report.unjudged.length > 0) {
    console.log('\nUNJUDGED listed pairs (add them to test/data/bridge/judgments.json):');
    for (const u of report.unjudged) console.log(`  ${u.component} / ${u.id} (on ${u.profession})`);
    process.exitCode = 1;
  }
}
