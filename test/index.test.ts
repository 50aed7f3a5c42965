import { describe, expect, it } from 'vitest';
import * as werkbalans from '../src/index.js';

describe('public API', () => {
  it('names the analysis, import, figures, report and store entry points', () => {
    for (const name of [
      'analyse',
      'analyseFile',
      'importSurveyFile',
      'importSurveyBytes',
      'listFigures',
      'renderSvg',
      'reportHtml',
      'openDatabase',
      'searchIdeas',
    ]) {
      expect(typeof (werkbalans as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
