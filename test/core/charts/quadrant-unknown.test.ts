/**
 * The quadrant plot with professions whose certainty is unknown (a component without bounds): they are
 * open diamonds, a level of their own beside the three certainty levels, never drawn as "zeker"; the
 * legend names the level only when one occurs; tooltips, mark groups and the description say
 * "zekerheid onbekend". One golden SVG (test/output/kwadranten-zekerheid-onbekend.svg) holds the look.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/core/analysis/result.js';
import { BORDERLINE, CERTAIN, certaintyLevel } from '../../../src/core/charts/certainty.js';
import { findFigure } from '../../../src/core/charts/figures.js';
import { chartText } from '../../../src/core/text/chart-text.js';
import { quadrantDescription } from '../../../src/core/text/findings.js';
import { nodeDocument } from '../../../src/node/render/document.js';
import { renderSvg } from '../../../src/node/render/svg-string.js';
import { FONT, PAD } from '../../../src/core/charts/frame.js';
import { textWidth } from '../../../src/core/charts/text-width.js';
import { exampleAnalysis } from '../../support/example-analysis.js';
import { matchSnapshot } from '../../charts/snapshot.js';

const result = await exampleAnalysis();
const UNKNOWN = ['Fysiotherapeuten', 'Huisartsen', 'Jeugdzorgwerkers', 'Thuisbegeleiders'];

/** The example with these professions' certainty unknown, as when their bounds are missing. */
function withUnknown(names: readonly string[]): AnalysisResult {
  return {
    ...result,
    professions: result.professions.map((p) => (names.includes(p.name) ? { ...p, certainty: null } : p)),
  };
}

function render(r: AnalysisResult, width = 720): SVGSVGElement {
  return findFigure(r, 'kwadranten')!.render({ document: nodeDocument(), width });
}

function legend(svg: SVGSVGElement): string[] {
  return Array.from(svg.querySelectorAll('g.wb-legend text')).map((t) => t.textContent ?? '');
}

/** The accessible names of the marks in the groups named for a level. */
function marksOf(svg: SVGSVGElement, level: string): string[] {
  return Array.from(svg.querySelectorAll('g[aria-label]'))
    .filter((g) => g.getAttribute('aria-label')!.endsWith(`, ${level}`))
    .flatMap((g) => Array.from(g.children).map((m) => m.getAttribute('aria-label') ?? ''));
}

describe('the quadrant plot with unknown certainties', () => {
  it('is a level of its own, not one of the three', () => {
    expect(certaintyLevel(null)).toBe('unknown');
    expect(certaintyLevel(1)).toBe('certain');
    expect(certaintyLevel(CERTAIN - 0.01)).toBe('likely');
    expect(certaintyLevel(BORDERLINE - 0.01)).toBe('borderline');
  });

  it('draws them as open diamonds in a group named "zekerheid onbekend", never among the certain', () => {
    const svg = render(withUnknown(UNKNOWN));
    const unknown = marksOf(svg, 'zekerheid onbekend');
    expect(unknown.map((name) => name.split(':')[0]).sort()).toEqual(UNKNOWN);
    for (const name of unknown) expect(name).toContain('zekerheid onbekend');
    const certain = marksOf(svg, 'zeker').join('\n');
    for (const name of UNKNOWN) expect(certain).not.toContain(`${name}:`);
    // Shape, not colour alone: a diamond path, where the other levels are circles.
    const group = Array.from(svg.querySelectorAll('g[aria-label]')).filter((g) =>
      g.getAttribute('aria-label')!.endsWith(', zekerheid onbekend'),
    );
    for (const g of group)
      for (const mark of Array.from(g.children)) {
        expect(mark.tagName.toLowerCase()).toBe('path');
        expect(mark.getAttribute('d')).toMatch(/^M0,-[\d.]+L[\d.]+,0L0,[\d.]+L-[\d.]+,0Z$/);
      }
  });

  it('names the level in a legend item that fits the narrowest figure (a legend wraps between items only)', () => {
    // Swatch 14 px and a gap of 5 before the text, padding on both sides.
    expect(textWidth(chartText.quadrantLevel.unknown, FONT.note) + 14 + 5 + 2 * PAD).toBeLessThanOrEqual(280);
  });

  it('names the level in the legend only when an unknown one occurs', () => {
    for (const width of [390, 1280]) {
      expect(legend(render(withUnknown(UNKNOWN), width))).toContain(chartText.quadrantLevel.unknown);
      expect(legend(render(result, width))).not.toContain(chartText.quadrantLevel.unknown);
    }
  });

  it('puts no percentage in the label of an unknown one, and names them in the description', () => {
    // Thuisbegeleiders are a borderline case (68 %) in the example: unknown, the label has no share.
    const thuis = result.professions.find((p) => p.name === 'Thuisbegeleiders')!;
    expect(certaintyLevel(thuis.certainty)).toBe('borderline');
    const svg = render(withUnknown(UNKNOWN), 1280);
    const labels = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent ?? '');
    expect(labels.some((l) => l.startsWith('Thuisbegeleiders') && l.includes('%'))).toBe(false);
    expect(quadrantDescription(withUnknown(UNKNOWN), BORDERLINE, CERTAIN)).toContain(
      'Open ruit, zekerheid onbekend: Fysiotherapeuten, Huisartsen, Jeugdzorgwerkers en Thuisbegeleiders.',
    );
    const all = withUnknown(result.professions.map((p) => p.name));
    expect(quadrantDescription(all, BORDERLINE, CERTAIN)).toContain(
      'Daarom staat elk beroep als open ruit in de figuur.',
    );
  });

  it('matches test/output/kwadranten-zekerheid-onbekend.svg', () => {
    const outcome = matchSnapshot('kwadranten-zekerheid-onbekend', renderSvg(render(withUnknown(UNKNOWN))));
    expect(outcome.status, `${outcome.status}: ${outcome.path}`).toMatch(/^(same|created)$/);
  });
});
