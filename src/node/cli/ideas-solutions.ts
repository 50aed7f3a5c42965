import { solutionsText as t } from '../../core/text/solutions-text.js';
import { SolutionError, solutionsDocument, type ThemeSolutions } from '../store/index.js';
import { UsageError, type CliEffects } from './effects.js';
import { openIdeasStore } from './ideas-store.js';

export interface IdeasSolutionsCliOptions {
  readonly thema: string;
  readonly json?: boolean;
  readonly data?: string;
}

function readable(s: ThemeSolutions): string {
  const lines = [t.cliHeading(s.theme, s.ideas)];
  if (s.example !== 'none') lines.push(t.exampleNote);
  lines.push('');
  if (s.clusters.length === 0) lines.push(t.none);
  s.clusters.forEach((c, i) => {
    lines.push(t.cliCluster(i + 1, c.label, c.ids.length));
    lines.push(t.cliQuote(c.quote.text, c.quote.branch));
    const branches = t.countedList(c.branches);
    if (branches !== '') lines.push(t.cliBranches(branches));
    lines.push(`   [${c.ids.join(', ')}]`, '');
  });
  if (s.unclustered.length > 0) lines.push(t.cliUnclustered(s.unclustered.length));
  return `${lines.join('\n')}\n`;
}

/** `werkbalans ideas oplossingen --thema T`: the solutions of a theme; the API's JSON with --json. */
export async function run(options: IdeasSolutionsCliOptions, effects: CliEffects): Promise<void> {
  const theme = options.thema.trim();
  if (!theme) throw new UsageError(t.themeMissing);
  const store = await openIdeasStore(options.data, effects);
  try {
    let solutions: ThemeSolutions;
    try {
      solutions = await store.solutions.ofTheme(theme);
    } catch (error) {
      if (error instanceof SolutionError) throw new UsageError(error.message);
      throw error;
    }
    effects.stdout(
      options.json ? `${JSON.stringify(solutionsDocument(solutions), null, 2)}\n` : readable(solutions),
    );
  } finally {
    await store.close();
  }
}
