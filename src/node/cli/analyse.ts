import {
  ANALYSE_PROGRESS_FORMAT,
  analysisSummary,
  otherPeriodsNote,
} from '../../core/text/analysis-summary.js';
import { analyseFile } from '../analyse-file.js';
import { analysisJson } from '../analysis-json.js';
import type { CliEffects } from './effects.js';

export interface AnalyseOptions {
  readonly json?: boolean;
  readonly config?: string;
  readonly variant?: string;
  readonly draws?: number;
  readonly seed?: number;
  readonly period?: string;
  readonly sheet?: string;
}

/** Draws from which a progress bar is worth drawing (on a terminal only). */
const PROGRESS_FROM_DRAWS = 20_000;

/** `werkbalans analyse FILE`: the Dutch table on a terminal, or the contract's JSON with --json. */
export async function run(file: string, options: AnalyseOptions, effects: CliEffects): Promise<void> {
  const draws = options.draws;
  // Draws first: asking whether standard error is a terminal makes Node build its stream (for a pipe,
  // the network modules), which a run without a bar then never needs.
  const showProgress = (draws ?? 0) >= PROGRESS_FROM_DRAWS && effects.stderrIsTTY;
  // The progress bar's module loads only when a bar is drawn.
  const bar = showProgress
    ? new (await import('cli-progress')).SingleBar({
        format: ANALYSE_PROGRESS_FORMAT,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      })
    : null;
  let started = false;
  try {
    const result = await analyseFile(file, {
      ...options,
      onProgress: bar
        ? (done, total) => {
            if (!started) bar.start(total, 0);
            started = true;
            bar.update(done);
          }
        : undefined,
    });
    bar?.stop();
    effects.stdout(options.json ? analysisJson(result) : analysisSummary(result));
    // The readable table names the period in its heading; beside the JSON it goes to standard error.
    const periodNote = options.json ? otherPeriodsNote(result.dataset) : undefined;
    if (periodNote) effects.stderr(`${periodNote}\n`);
  } finally {
    bar?.stop();
  }
}
