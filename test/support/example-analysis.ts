/** The bundled example data analysed with the default settings (10 000 draws, fixed seed), once per test file. */
import type { AnalysisResult } from '../../src/core/analysis/result.js';
import { analyseFile } from '../../src/node/analyse-file.js';

export const EXAMPLE_FILE = 'data/voorbeeld-beroepen.csv';

let cached: Promise<AnalysisResult> | undefined;

export function exampleAnalysis(): Promise<AnalysisResult> {
  cached ??= analyseFile(EXAMPLE_FILE);
  return cached;
}
