import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/core/analysis/result.js';
import { BORDERLINE, CERTAIN } from '../../../src/core/charts/certainty.js';
import { findFigure } from '../../../src/core/charts/figures.js';
import { chartText } from '../../../src/core/text/chart-text.js';
import { QUADRANT_NAMES } from '../../../src/core/text/labels.js';
import { nodeDocument } from '../../../src/node/render/document.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

const result = await exampleAnalysis();

/** The legend's texts. */
function texts(r: AnalysisResult, width: number): string {
  const svg = findFigure(r, 'kwadranten')!.render({ document: nodeDocument(), width });
  return Array.from(svg.querySelectorAll('g.wb-legend text'))
    .map((t) => t.textContent ?? '')
    .join('\n');
}

describe('the quadrant plot’s legend', () => {
  const certain = chartText.quadrantLevel.certain(CERTAIN);
  const likely = chartText.quadrantLevel.likely(CERTAIN, BORDERLINE);
  const borderline = chartText.quadrantLevel.borderline(BORDERLINE);

  it('lists the three certainty levels when the dots use three', () => {
    for (const width of [280, 720]) {
      const all = texts(result, width);
      for (const level of [certain, likely, borderline]) expect(all, `${level} at ${width}`).toContain(level);
    }
  });

  it('lists only the levels and quadrants that occur', () => {
    const sure: AnalysisResult = {
      ...result,
      professions: result.professions
        .filter((p) => p.quadrant !== 2)
        .map((p) => ({ ...p, quadrantProbability: 1, certainty: 1 })),
    };
    const all = texts(sure, 720);
    expect(all).toContain(certain);
    expect(all).not.toContain(likely);
    expect(all).not.toContain(borderline);
    expect(all).not.toContain(`2 ${QUADRANT_NAMES[2]}`);
    expect(all).toContain(`4 ${QUADRANT_NAMES[4]}`);
  });
});
