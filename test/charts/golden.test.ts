/** Every figure of the example data against its committed SVG in test/output/ (see snapshot.ts). */
import { describe, expect, it } from 'vitest';
import { listFigures } from '../../src/core/charts/figures.js';
import { nodeDocument } from '../../src/node/render/document.js';
import { renderSvg } from '../../src/node/render/svg-string.js';
import { exampleAnalysis } from '../support/example-analysis.js';
import { matchSnapshot } from './snapshot.js';

const result = await exampleAnalysis();

describe('golden figures of the example data', () => {
  for (const figure of listFigures(result)) {
    it(`${figure.id} matches test/output/${figure.id}.svg`, () => {
      const outcome = matchSnapshot(figure.id, renderSvg(figure.render({ document: nodeDocument() })));
      expect(outcome.status, `${outcome.status}: ${outcome.path}`).toMatch(/^(same|created)$/);
    });
  }
});
