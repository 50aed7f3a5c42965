// `npm run bench -- clusters`: "veelgenoemde oplossingen" — the adjusted Rand index per judged theme
// beside the peer (TF-IDF + k-means), and the time to cluster 1 000 and 2 000 synthetic ideas of one
// theme (target: 1 000 within 2 s). Writes bench/results/clusters.json and the README block.
import { execSync } from 'node:child_process';
import { bundle } from './bundle.js';
import { record } from './record.js';

const {
  clusterQuality,
  conceptDropoutQuality,
  dropoutLine,
  leaveThemeOutLine,
  leaveThemeOutQuality,
  qualityTable,
} = await bundle('bench/clusters/quality.ts');
const { clusterTimings } = await bundle('bench/clusters/speed.ts');

const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average: /, '');
const loadBefore = load();
const quality = clusterQuality();
const dropout = conceptDropoutQuality();
const leaveThemeOut = leaveThemeOutQuality();
const timings = clusterTimings([1000, 2000]);
const loadAfter = load();
const lines = [
  ...qualityTable(quality),
  '',
  dropoutLine(dropout),
  leaveThemeOutLine(leaveThemeOut),
  ...timings.map(
    (t) =>
      `- ${t.ideas.toLocaleString('en').replace(',', ' ')} ideas of one theme clustered in **${t.medianSeconds.toFixed(2)} s** (median of ${t.runs}; ${t.clusters} clusters)`,
  ),
  `- target: 1 000 ideas within 2 s; 1-minute load average ${loadBefore} before, ${loadAfter} after (2 shared cores)`,
];
record(
  'clusters',
  {
    what: 'solution clustering: quality and speed',
    quality,
    dropout,
    leaveThemeOut,
    timings,
    loadBefore,
    loadAfter,
  },
  lines,
);
console.log(lines.join('\n'));
