import { solutionsText } from '../../core/text/solutions-text.js';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { MASK_NAMES, ideaPlace, ideasMessages } from '../../core/text/ideas-messages.js';
import { IdeasImportRefused, importIdeasFile } from '../ideas-file.js';
import type { CliEffects } from './effects.js';
import { openIdeasStore } from './ideas-store.js';

/** Near-duplicate pairs the import prints; the rest are counted and found on the admin page. */
const NEAR_DUPLICATES_SHOWN = 10;

export interface IdeasImportCliOptions {
  readonly data?: string;
  readonly sheet?: string;
}

/** Ideas from which a progress bar is worth drawing (on a terminal only). */
const PROGRESS_FROM = 2_000;

/**
 * `werkbalans ideas import FILE`: the counts (added, updated, unchanged, refused) on standard output;
 * warnings and what was masked on standard error. A refused file changes nothing: its errors go to the
 * top-level handler (exit status 1) after a line saying so.
 */
export async function run(file: string, options: IdeasImportCliOptions, effects: CliEffects): Promise<void> {
  const store = await openIdeasStore(options.data, effects);
  const bar = effects.stderrIsTTY
    ? new SingleBar({
        format: `${ideasMessages.progress} |{bar}| {percentage}% ({value}/{total})`,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      })
    : null;
  let started = false;
  try {
    const result = await importIdeasFile(store, resolve(effects.cwd, file), {
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      file,
      onProgress: (done, total) => {
        if (!bar || total < PROGRESS_FROM) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar?.stop();
    effects.stdout(
      `${ideasMessages.importSummary(result.added, result.updated, result.unchanged, result.refused)}\n`,
    );
    if (result.warnings.length > 0) {
      effects.stderr(`${ideasMessages.warningsHeader(result.warnings.length)}\n`);
      for (const warning of result.warnings) effects.stderr(`  ${warning.message}\n`);
    }
    if (result.nearDuplicates.length > 0) {
      // A count and the first few, not thousands of lines (audit 6, finding 15): curators decide them
      // per theme on the admin page.
      const all = result.nearDuplicates.length;
      effects.stderr(`${solutionsText.nearDuplicates(all)}\n`);
      if (all > NEAR_DUPLICATES_SHOWN)
        effects.stderr(`${solutionsText.nearDuplicatesFirst(NEAR_DUPLICATES_SHOWN, all)}\n`);
      for (const pair of result.nearDuplicates.slice(0, NEAR_DUPLICATES_SHOWN))
        effects.stderr(`  ${pair.a} ~ ${pair.b}\n`);
      if (all > NEAR_DUPLICATES_SHOWN) effects.stderr(`${solutionsText.nearDuplicatesWhere}\n`);
    }
    if (result.droppedCuration.length > 0) {
      effects.stderr(`${solutionsText.importDropped(result.droppedCuration)}\n`);
      for (const dropped of result.droppedCuration)
        effects.stderr(`  ${solutionsText.importDroppedTheme(dropped)}\n`);
    }
    // Ideas not in the file whose published values the k = 5 rule changed (audit 7, finding 2).
    const others = ideasMessages.publicChanges(result.publicChanges);
    if (others) effects.stderr(`${others}\n`);
    if (result.masked.length > 0) {
      effects.stderr(`${ideasMessages.maskedHeader(result.masked.length)}\n`);
      const json = result.format === 'json';
      for (const row of result.masked) {
        const names = row.kinds.map((kind) => MASK_NAMES[kind]);
        effects.stderr(
          `  ${ideasMessages.masked(ideaPlace(result.file, row.row, undefined, json), names)}\n`,
        );
      }
    }
  } catch (error) {
    bar?.stop();
    if (error instanceof IdeasImportRefused) {
      effects.stderr(`${ideasMessages.importRefused(error.refused, error.rows)}\n`);
    }
    throw error;
  } finally {
    await store.close();
  }
}
