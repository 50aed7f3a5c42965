// Audit 7, finding 3: "Veiligheid en agressie" repeats three remedies (not working alone, aftercare
// after an incident, de-escalation training) and showed none, because its ideas say them in words the
// solution concepts did not list; the concept list was extended (config/solution-concepts.json).
// The theme is no judged theme (test/data/clusters/): this holds the grouping read by the auditor.
import { describe, expect, it } from 'vitest';
import { exampleIdeasOf } from '../../bench/clusters/judged-set.js';
import { clusterIdeas } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { solutionsText } from '../../src/core/text/solutions-text.js';

describe('the solutions of Veiligheid en agressie on the example ideas', () => {
  const clusters = clusterIdeas(exampleIdeasOf('Veiligheid en agressie')).clusters;
  const holding = (id: string) => clusters.find((c) => c.ids.includes(id));

  it('shows the three remedies its ideas repeat, each quoted with a proposal', () => {
    expect(clusters.map((c) => c.label)).toEqual([
      'Niet alleen werken',
      'Opvang na een incident',
      'Training in de-escaleren',
    ]);
    for (const id of ['idee-0004', 'idee-0074', 'idee-0090', 'idee-0097', 'idee-0152'])
      expect(holding(id)?.label, id).toBe('Niet alleen werken');
    for (const id of ['idee-0081', 'idee-0082', 'idee-0211'])
      expect(holding(id)?.label, id).toBe('Opvang na een incident');
    for (const id of ['idee-0103', 'idee-0113', 'idee-0131'])
      expect(holding(id)?.label, id).toBe('Training in de-escaleren');
    expect(clusters.map((c) => c.quote.id)).toEqual(['idee-0004', 'idee-0211', 'idee-0113']);
  });

  it('says, where a theme has none, what the grouping did not find, not that no idea shares one', () => {
    expect(solutionsText.none).not.toMatch(/geen oplossingen gevonden die door meerdere ideeën/);
    expect(solutionsText.none).toContain('De automatische groepering');
    expect(solutionsText.none).toContain('in andere woorden');
  });
});
