// Prints the automatic solution lines of an ideas file (JSON array of {id, tekst, thema, branche,
// beroep}), per theme: cluster key, size, line, and the representative idea. Used to read the lines
// on data unlike the example ideas (audit 6 finding 5). Usage:
//   node scripts/run-ts.js bench/clusters/label-lines.ts IDEAS.json [OUT.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { clusterIdeas } from '../../src/core/ideas/clusters/cluster-ideas.js';

interface Row {
  readonly id: string;
  readonly tekst: string;
  readonly thema: string;
  readonly branche?: string;
  readonly beroep?: string;
}
const [file, out] = process.argv.slice(2);
if (!file) throw new Error('usage: label-lines.ts IDEAS.json [OUT.json]');
const rows = JSON.parse(readFileSync(file, 'utf8')) as Row[];
const themes = [...new Set(rows.map((r) => r.thema))].sort();
const result = themes.map((theme) => {
  const ideas = rows
    .filter((r) => r.thema === theme)
    .map((r) => ({ id: r.id, text: r.tekst, branch: r.branche || null, profession: r.beroep || null }));
  const { clusters } = clusterIdeas(ideas);
  return {
    theme,
    clusters: clusters.map((c) => ({ key: c.key, size: c.ids.length, label: c.label, quote: c.quote.text })),
  };
});
for (const { theme, clusters } of result) {
  console.log(`## ${theme} (${clusters.length})`);
  for (const c of clusters) console.log(`${c.key}\t${c.size}\t${c.label}\t${c.quote.slice(0, 160)}`);
}
if (out) writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
