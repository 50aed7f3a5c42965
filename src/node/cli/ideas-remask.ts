import { MASK_NAMES, ideasMessages as m } from '../../core/text/ideas-messages.js';
import type { MaskKind } from '../../core/ideas/mask.js';
import { maskedKinds } from '../../core/ideas/mask.js';
import type { RemaskResult } from '../store/index.js';
import type { CliEffects } from './effects.js';
import { openIdeasStore } from './ideas-store.js';

export interface IdeasRemaskCliOptions {
  readonly data?: string;
  /** Dry run: only list what would change. */
  readonly droog?: boolean;
  readonly reden?: string;
}

/** `naam 2×, telefoonnummer 1×`, kinds in the fixed order. */
function countsOf(masked: Readonly<Partial<Record<MaskKind, number>>>): string[] {
  return maskedKinds(masked).map((kind) => m.maskedCount(MASK_NAMES[kind], masked[kind] ?? 0));
}

/** The Dutch report: a line per changed idea (never its old text), then the totals and the summary. */
export function remaskReport(result: RemaskResult): string {
  const history = m.remaskHistory(result.history.versions, result.history.ideas, result.dryRun);
  if (result.changes.length === 0)
    return [m.remaskNone(result.checked), history]
      .filter(Boolean)
      .map((line) => `${line}\n`)
      .join('');
  const lines = result.changes.map(
    (change) =>
      `  ${m.remaskLine(
        change.id,
        change.fields.map((field) => m.remaskFields[field]),
        countsOf(change.masked),
        change.hidden,
      )}`,
  );
  lines.push(
    m.remaskTotals(countsOf(result.masked)),
    m.remaskSummary(result.changes.length, result.checked, result.dryRun),
  );
  if (history) lines.push(history);
  // Ideas outside the run whose published values the k = 5 rule changed, as the import reports them.
  const others = result.publicChanges ? m.publicChanges(result.publicChanges) : '';
  if (others) lines.push(others);
  return `${lines.join('\n')}\n`;
}

/**
 * `werkbalans ideas maskeren [--droog] [--reden R] [--data DIR]`: today's masker over every stored idea,
 * in one transaction recorded in each changed idea's history; `--droog` lists what would change.
 */
export async function run(options: IdeasRemaskCliOptions, effects: CliEffects): Promise<void> {
  const store = await openIdeasStore(options.data, effects);
  try {
    const result = await store.ideas.remask({
      dryRun: options.droog ?? false,
      ...(options.reden === undefined ? {} : { reason: options.reden }),
    });
    effects.stdout(remaskReport(result));
  } finally {
    await store.close();
  }
}
