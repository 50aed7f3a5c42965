// How far two readers agree on the judged set: the adjusted Rand index between the committed judgment
// (test/data/clusters/) and a second, independent judgment of the same themes (a folder of files in the
// same format, read without seeing the first), beside the product's and the peer's index against each.
// The agreement of two careful readers is the ceiling a clustering can be expected to reach on this set.
//
//   node scripts/run-ts.js bench/clusters/judge-agreement.ts [DIR]   (default test/data/clusters-second/)
import { readFileSync } from 'node:fs';
import { adjustedRandIndex, partitionOf } from '../../src/core/ideas/clusters/adjusted-rand.js';
import { clusterIdeas } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';
import { peerAri } from './quality.js';

export interface Judgment {
  readonly theme: string;
  readonly clusters: readonly { readonly label: string; readonly ids: readonly string[] }[];
  readonly ungrouped: readonly string[];
}

export interface AgreementRow {
  readonly theme: string;
  readonly heldOut: boolean;
  readonly ideas: number;
  readonly firstClusters: number;
  readonly secondClusters: number;
  /** ARI between the two judgments. */
  readonly judges: number;
  readonly oursFirst: number;
  readonly oursSecond: number;
  readonly peerFirst: number;
  readonly peerSecond: number;
}

/** Throws when the second judgment does not place every idea of the theme exactly once. */
export function checkJudgment(judgment: Judgment, ids: readonly string[]): void {
  const placed = [...judgment.clusters.flatMap((c) => c.ids), ...judgment.ungrouped];
  const expected = new Set(ids);
  const seen = new Set<string>();
  for (const id of placed) {
    if (!expected.has(id)) throw new Error(`${judgment.theme}: ${id} is not an idea of the theme`);
    if (seen.has(id)) throw new Error(`${judgment.theme}: ${id} is placed twice`);
    seen.add(id);
  }
  for (const id of ids) if (!seen.has(id)) throw new Error(`${judgment.theme}: ${id} is not placed`);
}

export function judgeAgreement(second: ReadonlyMap<string, Judgment>, seed = 7): AgreementRow[] {
  return judgedThemes().flatMap((first) => {
    const other = second.get(first.theme);
    if (other === undefined) return [];
    const ideas = exampleIdeasOf(first.theme);
    const items = ideas.map((idea) => idea.id);
    checkJudgment(other, items);
    const a = partitionOf(first.clusters.map((c) => c.ids));
    const b = partitionOf(other.clusters.map((c) => c.ids));
    const ours = partitionOf(clusterIdeas(ideas, {}).clusters.map((c) => c.ids));
    // The peer as quality.ts runs it: k-means over TF-IDF, given each judgment's number of solutions,
    // and the better of that and one cluster per ungrouped idea besides.
    const peerAgainst = (truth: Map<string, string>, judgment: Judgment) =>
      Math.max(
        ...[judgment.clusters.length, judgment.clusters.length + judgment.ungrouped.length].map((k) =>
          peerAri(ideas, truth, k, seed),
        ),
      );
    return [
      {
        theme: first.theme,
        heldOut: first.heldOut === true,
        ideas: items.length,
        firstClusters: first.clusters.length,
        secondClusters: other.clusters.length,
        judges: adjustedRandIndex(items, a, b),
        oursFirst: adjustedRandIndex(items, a, ours),
        oursSecond: adjustedRandIndex(items, b, ours),
        peerFirst: peerAgainst(a, first),
        peerSecond: peerAgainst(b, other),
      },
    ];
  });
}

export function readJudgments(dir: URL): Map<string, Judgment> {
  const map = new Map<string, Judgment>();
  for (const first of judgedThemes()) {
    let text: string;
    try {
      text = readFileSync(new URL(first.file, dir), 'utf8');
    } catch {
      continue;
    }
    const judgment = JSON.parse(text) as Judgment;
    map.set(judgment.theme, judgment);
  }
  return map;
}

const nl = (x: number) => x.toFixed(3).replace('.', ',');
const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;

function main(): void {
  const arg = process.argv[2] ?? 'test/data/clusters-second/';
  const dir = new URL(arg.endsWith('/') ? arg : `${arg}/`, `file://${process.cwd()}/`);
  const rows = judgeAgreement(readJudgments(dir));
  console.log(
    '| theme | ideas | solutions (first / second) | judges | product vs first | product vs second | peer vs first | peer vs second |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.theme}${r.heldOut ? ' (held out)' : ''} | ${r.ideas} | ${r.firstClusters} / ${r.secondClusters} | ${nl(r.judges)} | ${nl(r.oursFirst)} | ${nl(r.oursSecond)} | ${nl(r.peerFirst)} | ${nl(r.peerSecond)} |`,
    );
  const line = (name: string, part: readonly AgreementRow[]) =>
    part.length > 0 &&
    console.log(
      `| **mean, ${name}** | | | ${nl(mean(part.map((r) => r.judges)))} | ${nl(mean(part.map((r) => r.oursFirst)))} | ${nl(mean(part.map((r) => r.oursSecond)))} | ${nl(mean(part.map((r) => r.peerFirst)))} | ${nl(mean(part.map((r) => r.peerSecond)))} |`,
    );
  line('all', rows);
  line(
    'tuning',
    rows.filter((r) => !r.heldOut),
  );
  line(
    'held out',
    rows.filter((r) => r.heldOut),
  );
}

if (process.argv[1]?.endsWith('judge-agreement.ts')) main();
