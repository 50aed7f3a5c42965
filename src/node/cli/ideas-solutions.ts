import { solutionsText as t } from '../../core/text/solutions-text.js';
import { collapseRepeats, repeatedIn, sameText } from '../../core/ideas/repeats.js';
import { isExample, SolutionError, solutionsDocument, type ThemeSolutions } from '../store/index.js';
import { UsageError, type CliEffects } from './effects.js';
import { openIdeasStore } from './ideas-store.js';

export interface IdeasSolutionsCliOptions {
  readonly thema: string;
  readonly json?: boolean;
  readonly data?: string;
}

/**
 * The readable list: "voorbeelddata" for the theme when all its ideas are examples, and with a mix each
 * example quote marked; undecided near-duplicates counted as such, a curator's line marked.
 */
function readable(s: ThemeSolutions): string {
  const lines = [t.cliHeading(s.theme, s.ideas)];
  if (s.example === 'all') lines.push(t.exampleNote);
  if (s.example === 'some') lines.push(t.exampleNoteSome);
  lines.push('');
  if (s.clusters.length === 0) lines.push(t.none);
  s.clusters.forEach((c, i) => {
    const curated = c.curated && c.label !== c.automaticLabel ? ` (${t.curated})` : '';
    lines.push(t.cliCluster(i + 1, `${c.label}${curated}`, c.ids.length, repeatedIn(c.ids, s.repeats)));
    const quote = collapseRepeats(c.ids, s.repeats, c.quote.id).find((x) => x.id === c.quote.id);
    const sent = quote?.same.length ?? 1;
    const identical = quote ? sameText(quote, (id) => s.byId.get(id)?.text) : true;
    const marks = [
      sent > 1 ? ` (${t.sentIn(sent, identical)})` : '',
      s.example === 'some' && isExample(s, c.quote.id) ? ` (${t.exampleMark})` : '',
    ].join('');
    lines.push(`${t.cliQuote(c.quote.text, c.quote.branch)}${marks}`);
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
