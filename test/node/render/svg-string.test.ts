import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis/analyse.js';
import { listFigures } from '../../../src/core/charts/figures.js';
import { nodeDocument } from '../../../src/node/render/document.js';
import { reportHtml } from '../../../src/node/render/report-html.js';
import { renderSvg } from '../../../src/node/render/svg-string.js';
import { CONFIG, tableOf, uniform } from '../../support/tables.js';

const NASTY = 'A & B <script>"x"';
const result = analyse(
  tableOf([
    uniform(NASTY, 40, 30, 55, 76, 4),
    uniform("O'Brien-assistenten", 50, 35, 60, 77, 4),
    uniform('Charlie', 60, 25, 72, 80, 4),
    uniform('Delta', 55, 45, 66, 79, 4),
  ]),
  { config: CONFIG, draws: 100 },
);

describe('standalone SVG', () => {
  it('declares the SVG namespace and keeps SVG element names in their case', () => {
    const svg = renderSvg(listFigures(result)[0]!.render({ document: nodeDocument() }));
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svg).toContain('<clipPath id=');
    expect(svg).not.toMatch(/<[A-Z]{2,}/);
  });

  it('escapes user text in text and in attributes, in every figure and in the report', () => {
    for (const figure of listFigures(result)) {
      const svg = renderSvg(figure.render({ document: nodeDocument() }));
      expect(svg, figure.id).not.toContain('<script');
      expect(svg, figure.id).not.toMatch(/="[^"]*[<][^"]*"/);
    }
    const quadrants = renderSvg(
      listFigures(result)
        .find((f) => f.id === 'kwadranten')!
        .render({ document: nodeDocument() }),
    );
    expect(quadrants).toContain('A &amp; B &lt;script&gt;&quot;x&quot;');
    const html = reportHtml(result);
    expect(html).not.toContain('<script');
    expect(html).toContain('A &amp; B &lt;script&gt;');
  });
});
