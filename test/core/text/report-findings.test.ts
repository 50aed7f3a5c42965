import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Correlation } from '../../../src/core/analysis/result.js';
import {
  indexComparison,
  magnitudeInterval,
  quadrantFinding,
  reportFindings,
  spreadComparison,
} from '../../../src/core/text/report-findings.js';
import { relationSentence, strengthOf } from '../../../src/core/text/findings.js';
import { formatCoefficient, formatPercent } from '../../../src/core/text/format.js';
import { strongDemands, strongResources } from '../../support/analysis-fixture.js';

const org = (r: AnalysisResult, x: string) =>
  r.correlations.find((c) => c.x === x && c.y === 'tevreden_organisatie' && c.scale === 'raw')!;

/** The same analysis with the resources and demands correlations exchanged. */
function swapIndices(result: AnalysisResult): AnalysisResult {
  const swap = (c: Correlation): Correlation =>
    c.x === 'resources' ? { ...c, x: 'demands' } : c.x === 'demands' ? { ...c, x: 'resources' } : c;
  return { ...result, correlations: result.correlations.map(swap) };
}

describe('findings follow the numbers', () => {
  it('says resources relate more strongly when they do (the published pattern)', () => {
    const result = strongResources();
    expect(Math.abs(org(result, 'resources').pearson!)).toBeGreaterThan(
      Math.abs(org(result, 'demands').pearson!),
    );
    const text = indexComparison(result, 'tevreden_organisatie')!.text;
    expect(text).toMatch(
      /^Hulpbronnen hangen sterker samen met tevredenheid met de organisatie dan taakeisen/,
    );
    expect(text).toContain(`|r| = ${formatCoefficient(Math.abs(org(result, 'resources').pearson!))} tegen`);
  });

  it('flips when the data are swapped: demands strong, resources weak', () => {
    const result = strongDemands();
    expect(Math.abs(org(result, 'demands').pearson!)).toBeGreaterThan(
      Math.abs(org(result, 'resources').pearson!),
    );
    const text = indexComparison(result, 'tevreden_organisatie')!.text;
    expect(text).toMatch(
      /^Taakeisen hangen sterker samen met tevredenheid met de organisatie dan hulpbronnen/,
    );
    expect(text).toContain('Hoe hoger de taakeisen, hoe minder tevreden met de organisatie');
    expect(reportFindings(result, 0.8)[0]!.text).toBe(text);
  });

  it('flips on a modified result with the index correlations exchanged', () => {
    const result = strongResources();
    const before = indexComparison(result, 'tevreden_organisatie')!.text;
    const after = indexComparison(swapIndices(result), 'tevreden_organisatie')!.text;
    expect(before.startsWith('Hulpbronnen hangen sterker')).toBe(true);
    expect(after.startsWith('Taakeisen hangen sterker')).toBe(true);
  });

  it('says whether the |r| intervals overlap', () => {
    const result = strongResources();
    const [a, b] = [org(result, 'resources').pearsonCI!, org(result, 'demands').pearsonCI!].map(
      magnitudeInterval,
    );
    const overlap = a![0] <= b![1] && b![0] <= a![1];
    const text = indexComparison(result, 'tevreden_organisatie')!.text;
    expect(text).toContain(
      overlap ? 'De intervallen van |r| overlappen (' : 'De intervallen van |r| overlappen niet',
    );
  });

  it('magnitude interval of r: [0, max] across zero, else the absolute bounds in order', () => {
    expect(magnitudeInterval([-0.3, 0.5])).toEqual([0, 0.5]);
    expect(magnitudeInterval([-0.8, -0.2])).toEqual([0.2, 0.8]);
    expect(magnitudeInterval([0.1, 0.6])).toEqual([0.1, 0.6]);
  });

  it('names the outcome that spreads more, whichever it is', () => {
    const result = strongResources();
    const text = spreadComparison(result)!.text;
    const work = result.spreads.find((s) => s.measure === 'tevreden_werk')!;
    const organisation = result.spreads.find((s) => s.measure === 'tevreden_organisatie')!;
    expect(
      text.startsWith('De verschillen tussen beroepen zitten vooral in tevredenheid met de organisatie'),
    ).toBe(organisation.iqr! > work.iqr!);
    const swapped = {
      ...result,
      spreads: result.spreads.map((s) =>
        s.measure === 'tevreden_werk'
          ? { ...organisation, measure: s.measure }
          : s.measure === 'tevreden_organisatie'
            ? { ...work, measure: s.measure }
            : s,
      ),
    };
    expect(
      spreadComparison(swapped)!.text.startsWith(
        'De verschillen tussen beroepen zitten vooral in tevredenheid met het werk',
      ),
    ).toBe(organisation.iqr! > work.iqr!);
  });

  it('orders the quadrants by their means and compares quadrant 4 with quadrant 2', () => {
    const result = strongResources();
    const text = quadrantFinding(result).text;
    const means = result.quadrants
      .filter((q) => q.tevreden_organisatie !== null)
      .sort((a, b) => b.tevreden_organisatie! - a.tevreden_organisatie!);
    expect(text).toContain(
      means.map((q) => `kwadrant ${q.quadrant} ${formatPercent(q.tevreden_organisatie)}`).join(' > '),
    );
    const q2 = result.quadrants.find((q) => q.quadrant === 2)!.tevreden_organisatie!;
    const q4 = result.quadrants.find((q) => q.quadrant === 4)!.tevreden_organisatie!;
    expect(text).toContain(q4 > q2 ? 'hoger met veel hulpbronnen' : 'lager met veel hulpbronnen');
  });

  it('words the strength and direction of a relation by its value and interval', () => {
    expect(strengthOf(0.05)).toBe('geen noemenswaardige');
    expect(strengthOf(-0.2)).toBe('een zwakke');
    expect(strengthOf(0.4)).toBe('een matige');
    expect(strengthOf(-0.75)).toBe('een sterke');
    const c: Correlation = {
      x: 'resources',
      y: 'tevreden_organisatie',
      scale: 'raw',
      pearson: 0.78,
      pearsonCI: [0.55, 0.9],
      spearman: 0.7,
      spearmanCI: [0.4, 0.86],
      n: 23,
    };
    expect(relationSentence('resources', 'tevreden_organisatie', c)).toBe(
      'Hoe meer hulpbronnen, hoe tevredener met de organisatie: een sterke samenhang, r = 0,78 (95%-BI 0,55 tot 0,90), n = 23.',
    );
    expect(
      relationSentence('demands', 'tevreden_werk', { ...c, pearson: -0.2, pearsonCI: [-0.57, 0.23] }),
    ).toMatch(/^Geen duidelijke samenhang tussen taakeisen en tevredenheid met het werk: r = −0,20/);
    expect(
      relationSentence('demands', 'tevreden_werk', { ...c, pearson: null, pearsonCI: null, n: 2 }),
    ).toMatch(/^Te weinig beroepen/);
  });
});
