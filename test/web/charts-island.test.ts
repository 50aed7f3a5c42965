import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findFigure } from '../../src/core/charts/figures.js';
import {
  ANALYSIS_SCRIPT_ID,
  mountCharts,
  readAnalysis,
  renderFigureInto,
} from '../../src/web/charts-island.js';
import { nodeDocument } from '../../src/node/render/document.js';
import { renderSvg } from '../../src/node/render/svg-string.js';
import { strongResources } from '../support/analysis-fixture.js';

const result = strongResources();

function page(): Document {
  const json = JSON.stringify(result).replace(/</g, '\\u003c');
  return parseHTML(
    `<!DOCTYPE html><html lang="nl"><body><script type="application/json" id="${ANALYSIS_SCRIPT_ID}">${json}</script>` +
      '<div data-werkbalans-figure="kwadranten"><p>statisch</p></div>' +
      '<div data-werkbalans-figure="ranking-autonomie"></div></body></html>',
  ).document as unknown as Document;
}

describe('charts island', () => {
  it('bundles for the browser without reaching any Node module', async () => {
    const out = await build({
      entryPoints: ['src/web/charts-island.ts'],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((i) => i.includes('src/core/charts/figures.ts'))).toBe(true);
    expect(inputs.filter((i) => i.includes('/node/') || i.startsWith('node:'))).toEqual([]);
    expect(inputs.filter((i) => /linkedom|resvg|playwright/.test(i))).toEqual([]);
  });

  it('reads the analysis from the page and draws the same figure as Node', () => {
    const doc = page();
    const parsed = readAnalysis(doc)!;
    expect(parsed.professions.map((p) => p.name)).toEqual(result.professions.map((p) => p.name));
    const container = doc.querySelector('[data-werkbalans-figure="kwadranten"]')!;
    const svg = renderFigureInto(container, parsed, 'kwadranten', { width: 720 })!;
    const node = findFigure(result, 'kwadranten')!.render({ document: nodeDocument(), width: 720 });
    // Same chart code: equal apart from the tooltip enhancement of the browser.
    const strip = (markup: string) =>
      markup.replace(/ (tabindex|role)="[^"]*"/g, '').replace(/ aria-label="[^"]*"/g, '');
    expect(strip(renderSvg(svg))).toBe(strip(renderSvg(node)));
    expect(container.querySelector('p')).toBeNull();
  });

  it('mounts every container and makes marks with a tooltip focusable', () => {
    const doc = page();
    expect(mountCharts(doc, readAnalysis(doc))).toBe(2);
    const svg = doc.querySelector('[data-werkbalans-figure="ranking-autonomie"] svg')!;
    expect(svg.getAttribute('role')).toBe('group');
    const focusable = Array.from(svg.querySelectorAll('[tabindex="0"]'));
    expect(focusable).toHaveLength(result.professions.length);
    for (const mark of focusable) {
      expect(mark.getAttribute('role')).toBe('img');
      expect(mark.getAttribute('aria-label')).toContain('rang');
    }
  });

  it('ignores an unknown figure id and a page without analysis', () => {
    const doc = page();
    expect(renderFigureInto(doc.body, result, 'bestaat-niet')).toBeNull();
    expect(mountCharts(doc, null)).toBe(0);
    expect(readAnalysis(parseHTML('<html><body></body></html>').document as unknown as Document)).toBeNull();
  });
});
