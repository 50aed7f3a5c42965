/**
 * The report's "Veelgenoemde oplossingen" section (issue 15 item 5): per theme its most named
 * solutions, each with its line, how many ideas name it, the branches they come from, the professions
 * named by at least k of them, and the representative idea as a quote with its branch. The data are
 * the store's solutions, passed in (`werkbalans report … --oplossingen`); this file only writes HTML,
 * escaping every text, and says "voorbeelddata" when the ideas are the bundled examples.
 */
import { escapeHtml as e } from '../../core/text/escape-html.js';
import { solutionsText } from '../../core/text/solutions-text.js';

/** Solutions shown per theme in the report. */
export const REPORT_SOLUTIONS_PER_THEME = 5;

export interface ReportSolution {
  readonly label: string;
  readonly count: number;
  readonly branches: Readonly<Record<string, number>>;
  /** Professions shown by at least k of the solution's ideas. */
  readonly professions: Readonly<Record<string, number>>;
  readonly quote: { readonly text: string; readonly branch: string | null };
}

export interface ReportTheme {
  readonly theme: string;
  readonly ideas: number;
  /** The theme's ideas are (partly) the bundled example ideas. */
  readonly example: boolean;
  readonly solutions: readonly ReportSolution[];
  /** Solutions beyond those shown. */
  readonly more: number;
}

/** What the report reads of a theme's solutions (the store's ThemeSolutions has it). */
export interface SolutionsInput {
  readonly theme: string;
  readonly ideas: number;
  readonly example: 'none' | 'some' | 'all';
  readonly clusters: readonly {
    readonly label: string;
    readonly ids: readonly string[];
    readonly branches: Readonly<Record<string, number>>;
    readonly professions: Readonly<Record<string, number>>;
    readonly quote: { readonly text: string; readonly branch: string | null };
  }[];
}

/** The report's view of one theme's solutions. */
export function reportThemeOf(s: SolutionsInput, limit: number = REPORT_SOLUTIONS_PER_THEME): ReportTheme {
  return {
    theme: s.theme,
    ideas: s.ideas,
    example: s.example !== 'none',
    solutions: s.clusters.slice(0, limit).map((c) => ({
      label: c.label,
      count: c.ids.length,
      branches: c.branches,
      professions: c.professions,
      quote: { text: c.quote.text, branch: c.quote.branch },
    })),
    more: Math.max(0, s.clusters.length - limit),
  };
}

const counted = (record: Readonly<Record<string, number>>) => solutionsText.countedList(record, e);

function solutionHtml(s: ReportSolution): string {
  const branches = counted(s.branches);
  const professions = counted(s.professions);
  return `<li class="solution">
<p><strong>${e(s.label)}</strong> — ${e(solutionsText.count(s.count))}</p>
${branches ? `<p class="meta">${e(solutionsText.branchesLabel)}: ${branches}</p>` : ''}
${professions ? `<p class="meta">${e(solutionsText.professionsLabel)}: ${professions}</p>` : ''}
<blockquote><p>“${e(s.quote.text)}” <span class="meta">${e(solutionsText.quoteBranch(s.quote.branch))}</span></p></blockquote>
</li>`;
}

/** The section's content (without its heading), one part per theme. */
export function solutionsReportHtml(themes: readonly ReportTheme[]): string {
  const intro = `<p>${e(solutionsText.reportIntro)}</p>`;
  if (themes.length === 0) return `${intro}\n<p>${e(solutionsText.reportNone)}</p>`;
  const example = themes.some((th) => th.example)
    ? `<p class="example" role="note">${e(solutionsText.exampleNote)}</p>`
    : '';
  const parts = themes.map((th, i) => {
    const id = `oplossingen-${i + 1}`;
    const list =
      th.solutions.length > 0
        ? `<ol>\n${th.solutions.map(solutionHtml).join('\n')}\n</ol>`
        : `<p>${e(solutionsText.none)}</p>`;
    const more = th.more > 0 ? `<p class="meta">${e(solutionsText.reportMore(th.more))}</p>` : '';
    return `<section aria-labelledby="${id}">
<h3 id="${id}">${e(th.theme)} <span class="meta">(${e(solutionsText.reportIdeas(th.ideas))})</span></h3>
${list}
${more}
</section>`;
  });
  return [intro, example, ...parts, `<p class="meta">${e(solutionsText.method)}</p>`]
    .filter(Boolean)
    .join('\n');
}
