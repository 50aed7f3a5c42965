/**
 * Pinning freezes what readers see of a solution: its line and its quote. A pinned solution without a
 * curator's line keeps the line it showed when it was pinned (stored as its `label`, marked
 * `line_frozen`: the clustering's words, not the curator's), so a later import can neither relabel it
 * nor tell it apart with a suffix (an automatic solution with the same line gives way:
 * `distinctLabels`). Its quote stays the idea quoted at pin time as long as that idea is one of its
 * visible ideas; when it is hidden, erased or moved out, the solution's own representative takes its
 * place, and (outside a curator's change, which records itself) that replacement is recorded.
 */
import { solutionsText as t } from '../../core/text/solutions-text.js';
import type { Queryable } from './database.js';
import type { ThemeSolutions } from './solutions.js';

/** A pinned solution whose quote was replaced: the idea quoted before (null: erased) and now. */
export interface QuoteReplaced {
  readonly key: string;
  readonly label: string;
  readonly from: string | null;
  readonly to: string;
}

/**
 * Freezes the line and quote of every pinned solution of `s` that has none stored (just pinned, or
 * split off a pinned one) and replaces a stored quote that is no longer one of its visible ideas.
 * Returns whether anything changed and the replaced quotes; a solution frozen and intact is left alone.
 */
export async function freezePinned(
  tx: Queryable,
  s: ThemeSolutions,
): Promise<{ changed: boolean; replaced: QuoteReplaced[] }> {
  const replaced: QuoteReplaced[] = [];
  let changed = false;
  for (const c of s.clusters) {
    if (!c.curated || !c.pinned) continue;
    const freezeLine = c.storedLabel === null;
    const freezeQuote = c.storedQuote === null || !c.ids.includes(c.storedQuote);
    if (!freezeLine && !freezeQuote) continue;
    changed = true;
    await tx.query(
      `UPDATE solution_clusters SET
         label = CASE WHEN $2 THEN $3 ELSE label END,
         line_frozen = CASE WHEN $2 THEN true ELSE line_frozen END,
         quote_id = $4
       WHERE id = $1`,
      [Number(c.key.slice(1)), freezeLine, c.label, c.quote.id],
    );
    // A pinned solution with a stored line but no quote had its quoted idea erased (the key went null).
    if (freezeQuote && (c.storedQuote !== null || c.storedLabel !== null))
      replaced.push({ key: c.key, label: c.label, from: c.storedQuote, to: c.quote.id });
  }
  return { changed, replaced };
}

/** Records replaced quotes in a theme's history (after an import, a hidden or an erased idea). */
export async function recordReplacedQuotes(
  tx: Queryable,
  theme: string,
  replaced: readonly QuoteReplaced[],
): Promise<void> {
  if (replaced.length === 0) return;
  await tx.query(
    `INSERT INTO solution_history (theme, action, reason, detail) VALUES ($1, 'quote', $2, $3)`,
    [theme, t.quoteReplacedReason, JSON.stringify({ quotes: replaced })],
  );
}
