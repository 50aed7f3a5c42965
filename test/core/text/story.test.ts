import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/core/analysis/result.js';
import { sensitivityDescription } from '../../../src/core/text/findings.js';
import {
  certaintyStory,
  quadrantProfiles,
  relationFinding,
  sensitivityFact,
  sensitivityStory,
} from '../../../src/core/text/story.js';
import { exampleAnalysis } from '../../support/example-analysis.js';
import { compareNames } from '../../../src/core/contract/names.js';
import { certaintyFinding } from '../../../src/core/text/report-findings.js';
import { professionsText } from '../../../src/core/text/page-text.js';
import { expectFinishedTexts } from './catalogue.js';
import { formatPercent } from '../../../src/core/text/format.js';
import { indicatorInfo, isIndicatorId } from '../../../src/core/contract/indicators.js';

/** The example's result with the raw r of resources × organisation replaced. */
function withResourcesR(result: AnalysisResult, r: number, ci: [number, number]): AnalysisResult {
  return {
    ...result,
    correlations: result.correlations.map((c) =>
      c.x === 'resources' && c.y === 'tevreden_organisatie' && c.scale === 'raw'
        ? { ...c, pearson: r, pearsonCI: ci }
        : c,
    ),
  };
}

describe('story', () => {
  it('tells the certainty and the sensitivity of the example in finished Dutch', async () => {
    const result = await exampleAnalysis();
    const certainty = certaintyStory(result, 0.6, 0.9);
    const sensitivity = sensitivityStory(result);
    expect(expectFinishedTexts({ certainty, sensitivity })).toBeGreaterThan(1);
  });

  it('joins the borderline professions with "en" (audit 6, finding 14)', async () => {
    const result = await exampleAnalysis();
    const names = [...result.professions]
      .sort((a, b) => a.quadrantProbability - b.quadrantProbability || compareNames(a.name, b.name))
      .slice(0, 2);
    const twoOnly = { ...result, professions: names };
    expect(certaintyStory(twoOnly, 1.01, 1.01).plain).toContain(
      `${names[0]!.name} en ${names[1]!.name} liggen zo dicht bij een mediaan`,
    );
    expect(certaintyFinding(twoOnly, 1.01).text).toMatch(/Grensgevallen: [^,]+\(\d+%\) en [^,]+\(\d+%\)\./);
    expect(professionsText.missing(['autonomie', 'steun van leidinggevende'])).toBe(
      'ontbreekt: autonomie en steun van leidinggevende',
    );
  });

  it('states a relation as a finding while its interval excludes zero, and says so in plain words', async () => {
    const result = await exampleAnalysis();
    const strong = relationFinding(
      withResourcesR(result, 0.81, [0.59, 0.91]),
      'resources',
      'tevreden_organisatie',
    );
    expect(strong?.heading).toBe('Meer hulpbronnen, meer tevredenheid met de organisatie');
    expect(strong?.plain).toContain('Het verband is sterk en met 23 beroepen vrijwel zeker geen toeval.');
    const negative = relationFinding(
      withResourcesR(result, -0.42, [-0.7, -0.01]),
      'resources',
      'tevreden_organisatie',
    );
    expect(negative?.heading).toBe('Minder hulpbronnen, meer tevredenheid met de organisatie');
    expect(negative?.plain).toContain('Het verband is matig en');
    const none = relationFinding(
      withResourcesR(result, 0.05, [-0.36, 0.44]),
      'resources',
      'tevreden_organisatie',
    );
    expect(none?.heading).toBe('Hulpbronnen zeggen weinig over tevredenheid met de organisatie');
    expect(none?.plain).toContain(
      'Het verband dat er is, is verwaarloosbaar en kan met 23 beroepen ook toeval zijn.',
    );
  });

  it('states the sensitivity in the same sentence in the story and the figure', async () => {
    const result = await exampleAnalysis();
    const { sentence } = sensitivityFact(result);
    expect(sensitivityStory(result).plain.startsWith(sentence)).toBe(true);
    expect(sensitivityDescription(result).startsWith(sentence)).toBe(true);
    const still = { ...result, sensitivity: result.sensitivity.map((s) => ({ ...s, changes: [] })) };
    expect(sensitivityFact(still).sentence).toBe(
      `Bij geen van de ${result.sensitivity.length} andere indexkeuzes wisselt een beroep van kwadrant.`,
    );
    expect(sensitivityDescription(still).startsWith(sensitivityFact(still).sentence)).toBe(true);
  });

  it('describes each quadrant from the numbers: its members, what stands out, its satisfaction', async () => {
    const result = await exampleAnalysis();
    const profiles = quadrantProfiles(result);
    expect(profiles.map((p) => p.quadrant)).toEqual(result.quadrants.map((q) => q.quadrant));
    for (const profile of profiles) {
      const members = result.professions.filter((p) => p.quadrant === profile.quadrant).map((p) => p.name);
      expect([...profile.members].sort()).toEqual([...members].sort());
      for (const name of members) expect(profile.text).toContain(name);
      const q = result.quadrants.find((k) => k.quadrant === profile.quadrant)!;
      if (q.tevreden_organisatie !== null)
        expect(profile.text).toContain(`gemiddeld ${formatPercent(q.tevreden_organisatie)}`);
    }
    const ranks = profiles.map((p) => /het (hoogst|laagst) van de vier/.exec(p.text)?.[1]).filter(Boolean);
    expect(ranks.sort()).toEqual(['hoogst', 'laagst']);
    // Other numbers, another description: nobody left in quadrant 1.
    const moved = {
      ...result,
      professions: result.professions.map((p) => (p.quadrant === 1 ? { ...p, quadrant: 2 as const } : p)),
    };
    expect(quadrantProfiles(moved).find((p) => p.quadrant === 1)!.text).toContain(
      'Geen enkel beroep valt in dit kwadrant.',
    );
  });

  it('names what stands out as favourable or unfavourable by meaning, not by sign', async () => {
    const result = await exampleAnalysis();
    const label = (c: { indicator: string }) =>
      (isIndicatorId(c.indicator) ? indicatorInfo(c.indicator).label : c.indicator).toLowerCase();
    const resources = new Set(result.method.variant.resources.map(label));
    const demands = new Set(result.method.variant.demands.map(label));
    let checked = 0;
    for (const { text } of quadrantProfiles(result)) {
      for (const match of text.matchAll(
        /(ongunstiger|gunstiger)(?: dan die van alle beroepen)? op ([^.]*) procentpunt\./gi,
      )) {
        const side = match[1]!.toLowerCase() === 'gunstiger' ? 1 : -1;
        for (const item of match[2]!.split(/, (?=[^(]*\()/)) {
          const [, name, sign] = /^(.*) \(([+−])\d+\)$/.exec(item)!;
          const up = sign === '+' ? 1 : -1;
          // More of a resource or less of a demand is favourable.
          const meaning = resources.has(name!) ? up : demands.has(name!) ? -up : 0;
          expect(meaning, `${name} in ${text}`).toBe(side);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
  });
});
