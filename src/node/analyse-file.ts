import { analyse } from '../core/analysis/analyse.js';
import type { AnalysisResult } from '../core/analysis/result.js';
import { readIndexConfig } from './config-file.js';
import { importSurveyFile } from './import/index.js';
import { threadSimulator } from './simulation/thread-simulator.js';

export interface AnalyseFileOptions {
  /** Index configuration file; default the bundled config/indices.json. */
  readonly config?: string | undefined;
  readonly variant?: string | undefined;
  readonly draws?: number | undefined;
  readonly seed?: number | undefined;
  readonly period?: string | undefined;
  readonly sheet?: string | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Imports a survey table (file or StatLine URL) and analyses it. Throws InputErrors on bad input. */
export async function analyseFile(file: string, options: AnalyseFileOptions = {}): Promise<AnalysisResult> {
  const config = readIndexConfig(options.config);
  const table = await importSurveyFile(file, options.sheet ? { sheet: options.sheet } : {});
  return analyse(table, {
    config,
    variant: options.variant,
    draws: options.draws,
    seed: options.seed,
    period: options.period,
    onProgress: options.onProgress,
    simulate: threadSimulator(),
  });
}
