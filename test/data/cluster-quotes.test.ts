// Holds the quotes of the solutions on the example ideas to the reader's judgment (audit 7, finding
// 4; test/data/cluster-labels/quote-judgments.json): every quote that is not the medoid was read and
// judged against the medoid it replaced, and none was worse. Fails when a new one appears unjudged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleIdeasOf } from '../../bench/clusters/judged-set.js';
import { clusterIdeas, QUOTED_KINDS } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { labelRemedyIds } from '../../src/core/ideas/clusters/label-concept.js';
import themesJson from '../../config/themes.json' with { type: 'json' };

interface Change {
  readonly theme: string;
  readonly key: string;
  readonly before: { readonly id: string };
  readonly after: { readonly id: string };
  readonly verdict: 'better' | 'worse' | 'same';
  readonly why: string;
}
const judgments = JSON.parse(readFileSync('test/data/cluster-labels/quote-judgments.json', 'utf8')) as {
  readonly changes: readonly Change[];
};

describe('solution quotes on the example ideas', () => {
  const quotes = themesJson.themes.flatMap(({ label: theme }) => {
    const ideas = exampleIdeasOf(theme);
    const medoids = clusterIdeas(ideas.map((i) => ({ ...i, kind: null }))).clusters;
    const kindOf = new Map(ideas.map((i) => [i.id, i.kind]));
    return clusterIdeas(ideas).clusters.map((c) => ({
      theme,
      key: c.key,
      quote: c.quote.id,
      medoid: medoids.find((m) => m.key === c.key)?.quote.id,
      kinds: c.ids.map((id) => kindOf.get(id) ?? null),
      quoteKind: kindOf.get(c.quote.id) ?? null,
    }));
  });

  it('quote a knelpunt only where no member is a voorstel, kans or wens', () => {
    expect(quotes.length).toBeGreaterThan(30);
    for (const q of quotes)
      if (q.kinds.some((k) => k !== null && QUOTED_KINDS.has(k)))
        expect(QUOTED_KINDS.has(q.quoteKind ?? 'knelpunt'), `${q.theme} ${q.key}`).toBe(true);
  });

  it('quote a concept’s own line with an idea that names the concept in its remedy (audit 8, 5)', () => {
    let lines = 0;
    for (const { label: theme } of themesJson.themes) {
      const ideas = exampleIdeasOf(theme);
      const texts = ideas.map((i) => i.text);
      for (const c of clusterIdeas(ideas).clusters) {
        const members = ideas.filter((i) => c.ids.includes(i.id));
        const carries = labelRemedyIds(c.label, members, texts);
        if (carries === null) continue;
        lines++;
        const quotable = members.filter((i) => QUOTED_KINDS.has(i.kind ?? 'knelpunt'));
        if (quotable.some((i) => carries.has(i.id)))
          expect(carries.has(c.quote.id), `${theme} ${c.label} ${c.quote.id}`).toBe(true);
      }
    }
    expect(lines).toBeGreaterThan(20);
  });

  it('differ from the medoid only where a reader judged the change, and none for the worse', () => {
    const changed = quotes.filter((q) => q.quote !== q.medoid);
    const judged = new Map(judgments.changes.map((c) => [`${c.theme}|${c.key}|${c.before.id}|${c.after.id}`, c]));
    const unjudged = changed.filter((q) => !judged.has(`${q.theme}|${q.key}|${q.medoid ?? ''}|${q.quote}`));
    expect(unjudged).toEqual([]);
    for (const c of judgments.changes) expect(c.why.length).toBeGreaterThan(20);
    const verdicts = changed.map((q) => judged.get(`${q.theme}|${q.key}|${q.medoid ?? ''}|${q.quote}`)?.verdict);
    expect(verdicts.filter((v) => v === 'worse')).toEqual([]);
  });
});
