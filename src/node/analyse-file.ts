import { analyse } from '../core/analysis/analyse.js';
import { DEFAULT_DRAWS } from '../core/analysis/constants.js';
import type { AnalysisResult } from '../core/analysis/result.js';
import { loadIndexConfig } from './index-config-snapshot.js';
import { importSurveyFile } from './import/index.js';
import { startThreadSimulator } from './simulation/thread-simulator.js';

export interface AnalyseFileOptions {
  /** Index configuration file; default the bundled config/indices.json. */
  readonly config?: string | undefined;
  readonly variant?: string | undefined;
  readonly draws?: number | undefined;
  readonly seed?: number | undefined;
  readonly period?: string | undefined;
  readonly sheet?: string | undefined;
  /** The name the result and its notes give the file; default the path as given. */
  readonly name?: string | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Imports a survey table (file or StatLine URL) and analyses it. Throws InputErrors on bad input. */
export async function analyseFile(file: string, options: AnalyseFileOptions = {}): Promise<AnalysisResult> {
  // The Monte Carlo's workers start first and boot while this thread reads the configuration and file.
  const simulator = startThreadSimulator(options.draws ?? DEFAULT_DRAWS);
  try {
    const config = await loadIndexConfig(options.config);
    const table = await importSurveyFile(file, {
      ...(options.sheet ? { sheet: options.sheet } : {}),
      name: options.name,
    });
    return analyse(table, {
      config,
      variant: options.variant,
      draws: options.draws,
      seed: options.seed,
      period: options.period,
      onProgress: options.onProgress,
      simulate: simulator.simulate,
    });
  } finally {
    simulator.close();
  }
}
