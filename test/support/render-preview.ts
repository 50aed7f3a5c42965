// Dev preview: renders figures at given widths to PNG in /tmp/figs (not a test).
import { writeFileSync } from 'node:fs';
import { findFigure } from '../../src/core/charts/figures.js';
import { nodeDocument } from '../../src/node/render/document.js';
import { renderPng } from '../../src/node/render/png.js';
import { renderSvg } from '../../src/node/render/svg-string.js';
import { highlightProfession } from '../../src/core/charts/highlight-profession.js';
import { exampleAnalysis } from './example-analysis.js';

const [ids, widths, highlight] = process.argv.slice(2);
const result = await exampleAnalysis();
for (const id of ids!.split(',')) {
  for (const w of widths!.split(',').map(Number)) {
    const svg = findFigure(result, id)!.render({ document: nodeDocument(), width: w, highlight });
    if (highlight) highlightProfession(svg, highlight);
    const text = renderSvg(svg);
    writeFileSync(`/tmp/figs/${id}-${w}.svg`, text);
    writeFileSync(`/tmp/figs/${id}-${w}.png`, renderPng(text));
  }
}
