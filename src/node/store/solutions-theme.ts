/**
 * The theme a reader or the command line names, as the rest of the product reads a theme: by its label
 * or one of its aliases in config/themes.json (`administratie`), case, accents and punctuation aside
 * (`IDEA_LABELS`, as the ideas search filters on `?thema=`), or by the name of a theme the databank
 * holds (a label a curator accepted). A name that matches none is refused with the themes that have
 * visible ideas.
 */
import { labelKey } from '../../core/contract/names.js';
import { IDEA_LABELS } from '../../core/ideas/known-labels.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import type { Queryable } from './database.js';
import { SolutionError, themesWithIdeas } from './solutions.js';

/** The stored theme `written` names; throws `unknown-theme` listing the themes with visible ideas. */
export async function resolveTheme(db: Queryable, written: string): Promise<string> {
  const value = written.trim().replace(/\s+/g, ' ');
  const names = (await themesWithIdeas(db)).map((row) => row.theme);
  if (names.includes(value)) return value;
  const known = IDEA_LABELS.theme.exact(value);
  const key = labelKey(value);
  const found = known ?? names.find((name) => labelKey(name) === key);
  if (found !== undefined && names.includes(found)) return found;
  throw new SolutionError(
    'unknown-theme',
    found === undefined ? t.themeNotFound(value, names) : t.themeWithoutIdeas(found, names),
  );
}
