/**
 * The report's "Veelgenoemde oplossingen" section (issue 15 item 5): per theme its most named
 * solutions, each with its line, how many ideas name it, the branches they come from, the professions
 * named by at least k of them, and the representative idea as a quote with its branch. The data are
 * the store's solutions, passed in (`werkbalans report … --oplossingen`); this file only writes HTML,
 * escaping every text. It says "voorbeelddata" for the whole section when every idea is a bundled
 * example, and otherwise marks each example quote; undecided near-duplicates are counted as such.
 */
import { slugify } from '../../core/contract/slug.js';
import { exampleIdeasOf, type ExampleIdeas } from '../../core/ideas/example-ideas.js';
import { collapseRepeats, repeatedIn, sameText, type Repeats } from '../../core/ideas/repeats.js';
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
  readonly quote: {
    readonly text: string;
    readonly branch: string | null;
    /** The quote is a bundled example idea. */
    readonly example?: boolean;
    /** How many undecided near-duplicates it stands for (1: none). */
    readonly sent?: number;
    /** Those have one text (else "met kleine verschillen"). */
    readonly sameText?: boolean;
  };
  /** Of its ideas, how many repeat another nearly word for word (undecided). */
  readonly repeated?: number;
  /** The line is a curator's. */
  readonly curated?: boolean;
}

export interface ReportTheme {
  readonly theme: string;
  readonly ideas: number;
  /** How much of the theme's ideas are the bundled example ideas. */
  readonly example: ExampleIdeas;
  readonly solutions: readonly ReportSolution[];
  /** Solutions beyond those shown. */
  readonly more: number;
  /** Where all its solutions are: the theme page, under the site's address when known. */
  readonly page: string;
  /** `page` is a whole address (a base URL was given). */
  readonly pageIsAddress: boolean;
}

/** What the report reads of a theme's solutions (the store's ThemeSolutions has it). */
export interface SolutionsInput {
  readonly theme: string;
  readonly ideas: number;
  readonly example: 'none' | 'some' | 'all';
  readonly clusters: readonly {
    readonly label: string;
    readonly automaticLabel: string;
    readonly curated: boolean;
    readonly ids: readonly string[];
    readonly branches: Readonly<Record<string, number>>;
    readonly professions: Readonly<Record<string, number>>;
    readonly quote: { readonly id: string; readonly text: string; readonly branch: string | null };
  }[];
  readonly byId: ReadonlyMap<string, { readonly example: boolean; readonly text: string }>;
  readonly repeats: Repeats;
}

/** How many undecided near-duplicates a quote stands for, and whether they have one text. */
function sentOf(ids: readonly string[], quote: string, s: SolutionsInput) {
  const shown = collapseRepeats(ids, s.repeats, quote).find((x) => x.id === quote);
  return {
    sent: shown?.same.length ?? 1,
    sameText: shown ? sameText(shown, (id) => s.byId.get(id)?.text) : true,
  };
}

/** The report's view of one theme's solutions; `baseUrl` (normalised) makes its page an address. */
export function reportThemeOf(
  s: SolutionsInput,
  limit: number = REPORT_SOLUTIONS_PER_THEME,
  baseUrl?: string,
): ReportTheme {
  const path = `/ideeen/themas/${slugify(s.theme)}`;
  return {
    theme: s.theme,
    ideas: s.ideas,
    example: s.example,
    solutions: s.clusters.slice(0, limit).map((c) => ({
      label: c.label,
      count: c.ids.length,
      branches: c.branches,
      professions: c.professions,
      quote: {
        text: c.quote.text,
        branch: c.quote.branch,
        example: s.byId.get(c.quote.id)?.example ?? false,
        ...sentOf(c.ids, c.quote.id, s),
      },
      repeated: repeatedIn(c.ids, s.repeats),
      curated: c.curated && c.label !== c.automaticLabel,
    })),
    more: Math.max(0, s.clusters.length - limit),
    page: `${baseUrl ?? ''}${path}`,
    pageIsAddress: baseUrl !== undefined,
  };
}

const counted = (record: Readonly<Record<string, number>>) => solutionsText.countedList(record, e);

function solutionHtml(s: ReportSolution, markExamples: boolean): string {
  const branches = counted(s.branches);
  const professions = counted(s.professions);
  const marks = [
    (s.quote.sent ?? 1) > 1
      ? ` <span class="meta">(${e(solutionsText.sentIn(s.quote.sent ?? 1, s.quote.sameText ?? true))})</span>`
      : '',
    markExamples && s.quote.example ? ` <span class="meta">(${e(solutionsText.exampleMark)})</span>` : '',
  ].join('');
  const curated = s.curated ? ` <span class="meta">(${e(solutionsText.curated)})</span>` : '';
  return `<li class="solution">
<p><strong>${e(s.label)}</strong>${curated} — ${e(solutionsText.countWithRepeats(s.count, s.repeated ?? 0))}</p>
${branches ? `<p class="meta">${e(solutionsText.branchesLabel)}: ${branches}</p>` : ''}
${professions ? `<p class="meta">${e(solutionsText.professionsLabel)}: ${professions}</p>` : ''}
<blockquote><p>“${e(s.quote.text)}” <span class="meta">${e(solutionsText.quoteBranch(s.quote.branch))}</span>${marks}</p></blockquote>
</li>`;
}

function moreHtml(th: ReportTheme): string {
  if (th.more === 0) return '';
  const more = e(solutionsText.reportMore(th.more));
  const where = th.pageIsAddress
    ? `${e(solutionsText.reportAllAt)} <a href="${e(th.page)}">${e(th.page)}</a>.`
    : e(solutionsText.reportAllOnPage(th.page));
  return `<p class="meta">${more} ${where}</p>`;
}

/** The section's content (without its heading), one part per theme. */
export function solutionsReportHtml(themes: readonly ReportTheme[]): string {
  const intro = `<p>${e(solutionsText.reportIntro)}</p>`;
  if (themes.length === 0) return `${intro}\n<p>${e(solutionsText.reportNone)}</p>`;
  // "voorbeelddata" for the section when every idea is an example; with a mix, each example quote.
  const example = exampleIdeasOf(
    themes.some((th) => th.example !== 'none'),
    themes.some((th) => th.example !== 'all'),
  );
  const note =
    example === 'none'
      ? ''
      : `<p class="example" role="note">${e(example === 'all' ? solutionsText.exampleNote : solutionsText.exampleNoteSome)}</p>`;
  const parts = themes.map((th, i) => {
    const id = `oplossingen-${i + 1}`;
    const list =
      th.solutions.length > 0
        ? `<ol>\n${th.solutions.map((s) => solutionHtml(s, example === 'some')).join('\n')}\n</ol>`
        : `<p>${e(solutionsText.none)}</p>`;
    return `<section aria-labelledby="${id}">
<h3 id="${id}">${e(th.theme)} <span class="meta">(${e(solutionsText.reportIdeas(th.ideas))})</span></h3>
${list}
${moreHtml(th)}
</section>`;
  });
  return [intro, note, ...parts, `<p class="meta">${e(solutionsText.method)}</p>`].filter(Boolean).join('\n');
}
