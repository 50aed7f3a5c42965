/**
 * The ideas search's results and its "mijn beroep" block as HTML: one pure renderer for the server's
 * page (pages-ideas.tsx inserts it into its JSX) and the static export's search in the browser
 * (src/web/ideas-search.ts sets it as the results' HTML), so that both write the same markup (issue 12
 * item 4). Every text and attribute is escaped here; the only markup taken from the data is the
 * snippet's `<mark>`, and only when the rest of the snippet is escaped text. Links come from the caller,
 * because the server and a static copy address pages differently.
 */
import { escapeHtml } from '../text/escape-html.js';
import { ideasResultsText } from '../text/ideas-results-text.js';
import type { LocalIdea } from './local-search.js';
import { unquotedQuery } from './unquoted-query.js';
import { parseQuery } from './query-terms.js';
import { queryLimitNotes } from './query-limits.js';

/** One result: the idea's public fields and its snippet (escaped text, `<mark>` its only markup). */
export interface ResultItem extends LocalIdea {
  readonly snippet: string;
}

/** "Which words matched" and "Bedoelde u …" (the search's `query` report). */
export interface ResultsQuery {
  readonly words: readonly { readonly word: string; readonly ideas: number }[];
  readonly allWords: number;
  readonly suggestion: string | null;
  /**
   * More ideas matched than one search weighs (the server's `query.capped`): the total and every count
   * are of the ideas weighed, so they are shown as "ten minste …".
   */
  readonly capped?: boolean | undefined;
}

export interface ResultsView {
  readonly total: number;
  readonly items: readonly ResultItem[];
  readonly query?: ResultsQuery | undefined;
  /** Where this page starts among the results (0 for the first). */
  readonly offset: number;
  /** Results per page: past this many, `pageHref` links the pages. */
  readonly limit: number;
  readonly ideaHref: (id: string) => string;
  readonly suggestionHref: (q: string) => string;
  /**
   * The query as typed: when its quoted phrase finds nothing, the same words without quotes are offered
   * (through `suggestionHref`).
   */
  readonly q?: string | undefined;
  /**
   * The query before the length cut of the search's parameters (search-params.ts), when the caller has
   * it (the server's page): what was not searched is said from it. Defaults to `q`.
   */
  readonly typed?: string | undefined;
  /**
   * All ideas of one theme, no words (the theme filter alone): a search that finds nothing offers every
   * theme this way, so the page is no dead end (audit 9, finding 5). Without it no themes are offered.
   */
  readonly themeHref?: ((theme: string) => string) | undefined;
  /** The themes offered through `themeHref`, by label (the caller's: the island does not load themes.ts). */
  readonly themes?: readonly string[] | undefined;
  /** A page of the results from `offset`; without it no page links (the static export shows one page). */
  readonly pageHref?: ((offset: number) => string) | undefined;
  /**
   * A warning under the count (plain text), that the island removes as it starts: the static export's
   * page says so when its script did not run, instead of showing every idea as found (audit 8, finding 2).
   */
  readonly notStarted?: string | undefined;
}

const ESCAPED_ONLY = /^[^<>]*$/;
const STRAY_AMPERSAND = /&(?!(?:amp|lt|gt|quot|#39|#x27|apos);)/;

/** The snippet as HTML when it is escaped text with `<mark>` only; anything else as plain text. */
export function safeSnippetHtml(snippet: string): string {
  const bare = snippet.replace(/<\/?mark>/g, '');
  if (ESCAPED_ONLY.test(bare) && !STRAY_AMPERSAND.test(bare)) return snippet;
  return escapeHtml(bare);
}

function tag(name: string, attributes: Record<string, string | undefined>, inner: string): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(value)}"`)
    .join('');
  return `<${name}${written}>${inner}</${name}>`;
}

const text = escapeHtml;

/** The idea's labels as a description list (themes, kind, branch, province, profession). */
export function ideaMetaHtml(idea: LocalIdea): string {
  const t = ideasResultsText.meta;
  const rows: [string, string | null][] = [
    [t.themes, idea.themes.length > 0 ? idea.themes.join(', ') : null],
    [t.kind, idea.kind],
    [t.branch, idea.branch],
    [t.province, idea.province],
    [t.profession, idea.profession],
  ];
  return tag(
    'dl',
    { class: 'idea-meta-list' },
    rows
      .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
      .map(([term, value]) => tag('div', {}, tag('dt', {}, text(term)) + tag('dd', {}, text(value))))
      .join(''),
  );
}

function queryHelpHtml(view: ResultsView): string {
  const report = view.query;
  // Words typed but none searched (only stop words or signs): the count is of every idea, so say so.
  if (!report && view.q && view.q.trim() !== '') {
    // Only exclusions (`-rooster`): nothing to search for yet, so every idea is listed.
    const onlyExcluded = parseQuery(view.q).some((term) => term.negated);
    const hint = onlyExcluded
      ? ideasResultsText.onlyExcluded(view.q)
      : ideasResultsText.noSearchWords(view.q);
    return tag('p', { class: 'hint', 'data-search-no-words': '' }, text(hint));
  }
  if (!report) return '';
  let html = '';
  if (report.suggestion)
    html += tag(
      'p',
      { class: 'search-suggestion', 'data-search-suggestion': '' },
      `${text(ideasResultsText.didYouMean)} ${tag('a', { href: view.suggestionHref(report.suggestion) }, text(report.suggestion))}?`,
    );
  for (const note of queryLimitNotes(view.typed ?? view.q ?? ''))
    html += tag('p', { class: 'hint', 'data-search-limit': '' }, text(note));
  const atLeast = report.capped === true;
  for (const note of matchNotes(report, view.total))
    html += tag('p', { class: 'hint', 'data-search-partial': '' }, text(note));
  if (atLeast)
    html += tag('p', { class: 'hint', 'data-search-capped': '' }, text(ideasResultsText.cappedNote));
  return html;
}

/**
 * What the listed ideas hold of the query's words, where that is not simply all of them: no idea holds
 * every word (which ones were found, in how many), some listed ideas hold only some, or one word that
 * no idea holds at all while ideas are listed (for a part of it, a synonym or its theme). The results
 * page and the CLI say the same sentences.
 */
export function matchNotes(report: ResultsQuery, total: number): string[] {
  const atLeast = report.capped === true;
  const notes: string[] = [];
  if (report.words.length > 1 && total > 0) {
    if (report.allWords === 0) notes.push(ideasResultsText.partialMatch(report.words, atLeast, total));
    else if (report.allWords < total) notes.push(ideasResultsText.allWordsFirst(report.allWords, atLeast));
  }
  const [only] = report.words;
  if (report.words.length === 1 && only !== undefined && only.ideas === 0 && total > 0)
    notes.push(ideasResultsText.wordInNoIdea(only.word));
  return notes;
}

/** A quoted phrase that found nothing: what the quotes do, and a link to the words without them. */
function unquotedHtml(view: ResultsView): string {
  const loose = view.total === 0 && view.q ? unquotedQuery(view.q) : null;
  if (loose === null) return '';
  return tag(
    'p',
    { class: 'search-unquoted', 'data-search-unquoted': '' },
    `${text(ideasResultsText.phraseNone)} ${text(ideasResultsText.unquoted)} ${tag('a', { href: view.suggestionHref(loose) }, text(loose))}`,
  );
}

/** A search that found nothing: every theme, each a link to its ideas. */
function themesOfferHtml(view: ResultsView): string {
  if (view.total > 0 || !view.themeHref || !view.themes?.length) return '';
  const href = view.themeHref;
  return (
    tag('p', { class: 'search-themes', 'data-search-themes': '' }, text(ideasResultsText.noneThemes)) +
    tag(
      'ul',
      { class: 'search-themes__list' },
      view.themes.map((theme) => tag('li', {}, tag('a', { href: href(theme) }, text(theme)))).join(''),
    )
  );
}

function resultHtml(item: ResultItem, view: ResultsView): string {
  const link = tag(
    'a',
    { href: view.ideaHref(item.id) },
    text(ideasResultsText.permalink) + tag('span', { class: 'visually-hidden' }, text(` (${item.id})`)),
  );
  return tag(
    'li',
    { class: 'idea' },
    tag('p', { class: 'idea__text' }, safeSnippetHtml(item.snippet)) +
      ideaMetaHtml(item) +
      tag('p', {}, link),
  );
}

function pagesHtml(view: ResultsView, to: number): string {
  const { pageHref } = view;
  if (!pageHref || view.total <= view.limit) return '';
  const previous =
    view.offset > 0
      ? tag(
          'a',
          { href: pageHref(Math.max(0, view.offset - view.limit)), rel: 'prev' },
          `← ${text(ideasResultsText.previous)}`,
        )
      : '<span></span>';
  const next =
    to < view.total
      ? tag(
          'a',
          { href: pageHref(view.offset + view.limit), rel: 'next' },
          `${text(ideasResultsText.next)} →`,
        )
      : '';
  return tag('nav', { class: 'step-nav', 'aria-label': ideasResultsText.pagination }, previous + next);
}

/**
 * The id of the results' count heading. The search form and the page links go there (`#resultaten`),
 * so that on a phone a search lands on its count instead of the top of the page (audit 7, finding 7).
 */
export const RESULTS_ANCHOR = 'resultaten';

/** The results section: count, query help, the range shown, the ideas, and links to other pages. */
export function ideaResultsHtml(view: ResultsView): string {
  const from = view.total === 0 ? 0 : view.offset + 1;
  const to = Math.min(view.offset + view.items.length, view.total);
  const atLeast = view.query?.capped === true;
  const summary =
    view.total === 0
      ? tag('p', {}, text(ideasResultsText.none))
      : tag(
          'p',
          { class: 'hint' },
          text(
            (atLeast ? ideasResultsText.resultsRangeAtLeast : ideasResultsText.resultsRange)(
              from,
              to,
              view.total,
            ),
          ),
        );
  const list = tag(
    'ol',
    { class: 'idea-list idea-list--results', start: from > 1 ? String(from) : undefined },
    view.items.map((item) => resultHtml(item, view)).join(''),
  );
  return tag(
    'section',
    { class: 'idea-results', 'aria-labelledby': RESULTS_ANCHOR, 'data-idea-results': '' },
    tag(
      'h2',
      // Focusable from script only: after a search the island moves focus here, so the count is read.
      { id: RESULTS_ANCHOR, tabindex: '-1' },
      text(atLeast ? ideasResultsText.resultsAtLeast(view.total) : ideasResultsText.results(view.total)),
    ) +
      (view.notStarted
        ? tag(
            'p',
            { class: 'alert alert--warning island-notice', 'data-island-notice': '' },
            text(view.notStarted),
          )
        : '') +
      queryHelpHtml(view) +
      summary +
      unquotedHtml(view) +
      themesOfferHtml(view) +
      list +
      pagesHtml(view, to),
  );
}

export interface MineChoiceView {
  /** The highlighted profession ("mijn beroep"), by name; null when none. */
  readonly mine: string | null;
  /** The professions the search is filtered on. */
  readonly active: readonly string[];
  /** Ideas of this search showing each profession (the facet counts). */
  readonly shown: Readonly<Record<string, number>>;
  /** Ideas outside the active profession filter because their profession is not shown. */
  readonly unshown: number;
  /** This search filtered on these professions instead. */
  readonly professionHref: (professions: readonly string[]) => string;
  /**
   * The branches the highlighted profession works in that hold ideas of this search (main branch first),
   * offered when no idea shows the profession itself; empty or absent = nothing to offer.
   */
  readonly mineBranches?: readonly string[];
  /** This search filtered on these branches instead. */
  readonly branchHref?: (branches: readonly string[]) => string;
  /** The branches the search is filtered on. */
  readonly activeBranches?: readonly string[];
}

/**
 * The branches a profession works in (main branch first) that hold ideas of this search, by the
 * search's branch counts (each facet counted under the other filters): what "mijn beroep" offers when
 * no idea shows the profession itself. None when they are every branch that holds ideas (the filter
 * would leave out nothing). One rule for the server's page and the static export's island.
 */
export function branchesWithIdeas(
  branches: readonly string[],
  branchCounts: Readonly<Record<string, number>>,
): string[] {
  const holding = branches.filter((branch) => (branchCounts[branch] ?? 0) > 0);
  const all = Object.keys(branchCounts).filter((branch) => (branchCounts[branch] ?? 0) > 0);
  return all.every((branch) => holding.includes(branch)) ? [] : holding;
}

/**
 * Where no idea shows the profession: a link to the ideas of the branches it works in, if any hold some;
 * once the search is filtered on exactly those, a link back to all branches.
 */
function mineBranchesLink(view: MineChoiceView): string {
  const branches = view.mineBranches ?? [];
  if (branches.length === 0 || !view.branchHref) return '';
  const active = view.activeBranches ?? [];
  const same = active.length === branches.length && branches.every((branch) => active.includes(branch));
  return same
    ? ` ${tag('a', { href: view.branchHref([]) }, text(ideasResultsText.mineAllBranches))}`
    : ` ${tag('a', { href: view.branchHref(branches) }, text(ideasResultsText.mineBranches(branches)))}`;
}

/** "Mijn beroep" under the filters: show only its ideas, or all again, and what the filter leaves out. */
export function mineChoiceHtml(view: MineChoiceView): string {
  const { mine, active } = view;
  let inner = '';
  if (mine !== null) {
    const only = active.length === 1 && active[0] === mine;
    // No idea of this search shows the profession: a filter on it would only empty the page.
    const none = !only && (view.shown[mine] ?? 0) === 0;
    inner += tag(
      'p',
      {},
      only
        ? tag('a', { href: view.professionHref([]) }, text(ideasResultsText.mineAll))
        : none
          ? tag(
              'span',
              { class: 'hint' },
              text(`${ideasResultsText.mineNote(mine)} ${ideasResultsText.mineNone(mine)}`),
            ) + mineBranchesLink(view)
          : `${tag('span', { class: 'hint' }, text(ideasResultsText.mineNote(mine)))} ${tag(
              'a',
              { href: view.professionHref([mine]) },
              text(ideasResultsText.mineOnly(mine)),
            )}`,
    );
  }
  if (active.length > 0 && view.unshown > 0)
    inner += tag('p', { class: 'hint' }, text(ideasResultsText.professionHidden(view.unshown)));
  return tag('div', { class: 'mine-choice', 'data-mine-choice': '' }, inner);
}
