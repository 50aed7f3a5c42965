// Holds the automatic solution labels on the example ideas to the reader's judgment
// (test/data/cluster-labels/judgments.json: the rule, and every label before and after the labels
// were made from the solution concepts' own lines). Fails when a label is new and unjudged, so the
// judgments cannot go stale, and when the readable share falls below its floor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleIdeasOf } from '../../bench/clusters/judged-set.js';
import { clusterIdeas } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { MAX_AUTOMATIC_LABEL } from '../../src/core/ideas/clusters/cluster-label.js';
import themesJson from '../../config/themes.json' with { type: 'json' };

interface Judged {
  readonly theme: string;
  readonly key: string;
  readonly label: string;
  readonly readable: boolean;
  readonly why: string;
}
const judgments = JSON.parse(readFileSync('test/data/cluster-labels/judgments.json', 'utf8')) as {
  readonly maxLength: number;
  readonly after: { readonly labels: readonly Judged[] };
};

describe('automatic solution labels on the example ideas', () => {
  const labels = themesJson.themes.flatMap(({ label: theme }) =>
    clusterIdeas(exampleIdeasOf(theme)).clusters.map((c) => ({ theme, key: c.key, label: c.label })),
  );
  const judged = new Map(judgments.after.labels.map((j) => [`${j.theme}|${j.key}|${j.label}`, j]));

  it('are all judged, each "no" with its reason', () => {
    expect(labels.length).toBeGreaterThan(30);
    const unjudged = labels.filter((l) => !judged.has(`${l.theme}|${l.key}|${l.label}`));
    expect(unjudged).toEqual([]);
    for (const j of judgments.after.labels) expect(j.why.length).toBeGreaterThan(10);
  });

  it('are short, and mostly readable by the judgment rule', () => {
    expect(MAX_AUTOMATIC_LABEL).toBeLessThanOrEqual(judgments.maxLength);
    for (const { label } of labels) expect(label.length).toBeLessThanOrEqual(MAX_AUTOMATIC_LABEL);
    const readable = labels.filter((l) => judged.get(`${l.theme}|${l.key}|${l.label}`)?.readable);
    // 42 of 50 after (4 of 46 before; 39 of 46 before the audit 7 concept change); the floor leaves
    // room for one or two new clusters.
    expect(readable.length / labels.length).toBeGreaterThanOrEqual(0.8);
  });
});
