/**
 * The ideas pages: search with facets (a plain GET form; an island refreshes the results while typing),
 * a permalink page per idea, and the themes in numbers. Public views only: hidden ideas never appear,
 * and province and profession follow the k-anonymity rule of the store.
 */
import { THEMES } from '../../../core/ideas/themes.js';
import { Hono } from 'hono';
import { raw } from 'hono/html';
import {
  MAX_LIMIT,
  FACETS,
  parseIdeaSearchParams,
  type Facet,
  type IdeaSearchParams,
} from '../../../core/ideas/search-params.js';
import { ideasPageText } from '../../../core/text/page-text.js';
import { webMessages } from '../../../core/text/web-messages.js';
import type { IdeaSearchItem, IdeaSearchResult } from '../../store/index.js';
import { publicSearch } from '../ideas-browse.js';
import { exportedIdeasDocument, exportedIdeasScript, MAX_EXPORTED_IDEAS } from '../exported-ideas.js';
import { STATIC_SEARCH_LIMIT } from '../../../core/ideas/local-search.js';
import { HttpProblem } from '../http-problem.js';
import type { Links } from '../links.js';
import { loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';
import { ideaPageQuery, ideasPageQuery } from '../request/request-schemas.js';
import type { SearchBack } from '../../../core/ideas/search-back.js';
import { queryOf } from '../request/validate.js';
import { professionSlugs } from '../../../core/ideas/address-filters.js';
import { themePage } from '../views/idea-themes.js';
import { ExampleIdeasNote } from '../views/example-ideas-note.js';
import { storeExampleIdeas } from '../example-ideas.js';
import type { ExampleIdeas } from '../../../core/ideas/example-ideas.js';
import { compareNames } from '../../../core/contract/names.js';
import {
  branchesWithIdeas,
  ideaResultsHtml,
  mineChoiceHtml,
  RESULTS_ANCHOR,
} from '../../../core/ideas/results-html.js';
import { branchesOf } from '../bridge-ideas.js';
import { BRIDGE } from '../../../core/contract/bridge-config.js';
import { cachedSolutions } from './api-solutions.js';
import { themePath } from './pages-solutions.js';
import { solutionAnchor } from '../views/solutions-section.js';
import { BRIDGE_ANCHOR } from '../views/weakest-components.js';
import { PROFILE_SLOT, profileBackOf } from '../../../core/ideas/profile-back.js';

/** One theme of an idea on its page: the solution of that theme the idea belongs to, if any. */
interface IdeaThemeSolution {
  readonly theme: string;
  readonly solution: { readonly label: string; readonly count: number; readonly index: number } | null;
}

/** Themes that have a page of solutions (those with visible ideas), as the themes page lists them. */
async function themesWithPage(services: AppServices): Promise<ReadonlySet<string>> {
  const themes = await services.ideasCache.get('solutions|themes', () => services.solutions.themes());
  return new Set(themes.map((t) => t.theme));
}

/** For each of an idea's themes that has a page: the solution holding the idea there, or none. */
async function ideaThemeSolutions(
  services: AppServices,
  idea: Pick<IdeaSearchItem, 'id' | 'themes'>,
): Promise<IdeaThemeSolution[]> {
  const withPage = await themesWithPage(services);
  return Promise.all(
    idea.themes
      .filter((theme) => withPage.has(theme))
      .map(async (theme) => {
        const { clusters } = await cachedSolutions(services, theme);
        const index = clusters.findIndex((c) => c.ids.includes(idea.id));
        const found = clusters[index];
        return { theme, solution: found ? { label: found.label, count: found.ids.length, index } : null };
      }),
  );
}

/** On an idea's page: the way on from this one idea to what many colleagues propose in its themes. */
function IdeaSolutions(props: { readonly links: Links; readonly themes: readonly IdeaThemeSolution[] }) {
  const t = ideasPageText.ideaSolutions;
  if (props.themes.length === 0) return null;
  return (
    <section class="idea-solutions" aria-labelledby="idee-oplossingen">
      <h2 id="idee-oplossingen">{t.heading}</h2>
      <ul>
        {props.themes.map(({ theme, solution }) =>
          solution ? (
            <li>
              {t.inSolution(theme)}{' '}
              <a href={`${props.links.to(themePath(theme))}#${solutionAnchor(solution.index)}`}>
                {solution.label}
              </a>{' '}
              ({t.count(solution.count)}).
            </li>
          ) : (
            <li>
              {t.inNone(theme)} <a href={props.links.to(themePath(theme))}>{t.themeLink(theme)}</a>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function searchQuery(params: IdeaSearchParams, offset: number): Record<string, string> {
  const query: Record<string, string> = {};
  if (params.q) query.q = params.q;
  if (offset > 0) query.offset = String(offset);
  return query;
}

/** Link to a page of results keeping the words and every filter (filters may repeat a name). */
function resultsHref(links: Links, params: IdeaSearchParams, offset: number): string {
  const base = links.to('/ideeen', searchQuery(params, offset));
  const extra = new URLSearchParams();
  for (const facet of FACETS) for (const value of params.filters[facet]) extra.append(facet, value);
  const tail = extra.toString();
  if (!tail) return base;
  return `${base}${base.includes('?') ? '&' : '?'}${tail}`;
}

/** Ideas among the matches (profession filter off) whose profession is not shown. */
function professionNotShown(result: IdeaSearchResult): number {
  const withProfession = Object.values(result.facets.beroep).reduce((sum, n) => sum + n, 0);
  return Math.max(0, result.total - withProfession);
}

/** "Mijn beroep" under the filters, from the renderer the static export's search uses too. */
function MineChoice(props: {
  readonly view: PageView;
  readonly params: IdeaSearchParams;
  readonly unshown: number;
  /** Ideas of this search showing each profession (facet counts). */
  readonly shown: Readonly<Record<string, number>>;
  /** Ideas of this search per branch (facet counts). */
  readonly branchCounts: Readonly<Record<string, number>>;
}) {
  const { links } = props.view;
  const mine = props.view.highlight?.name ?? null;
  return raw(
    mineChoiceHtml({
      mine,
      active: props.params.filters.beroep,
      shown: props.shown,
      unshown: props.unshown,
      professionHref: (beroep) =>
        resultsHref(links, { ...props.params, filters: { ...props.params.filters, beroep: [...beroep] } }, 0),
      mineBranches: mine ? branchesWithIdeas(branchesOf(mine), props.branchCounts) : [],
      activeBranches: props.params.filters.branche,
      branchHref: (branche) =>
        resultsHref(
          links,
          { ...props.params, filters: { ...props.params.filters, branche: [...branche], beroep: [] } },
          0,
        ),
    }),
  );
}

function IdeaMeta({
  idea,
  links,
}: {
  readonly idea: Omit<IdeaSearchItem, 'snippet'>;
  /** On the idea's own page: its themes and branch link to the ideas that share them. */
  readonly links?: Links;
}) {
  const t = ideasPageText.meta;
  const items: [string, unknown][] = [];
  const filtered = (facet: string, value: string) =>
    links ? <a href={links.to('/ideeen', { [facet]: value }, { readByIsland: true })}>{value}</a> : value;
  if (idea.themes.length > 0)
    items.push([t.themes, idea.themes.map((theme, i) => [i > 0 ? ', ' : '', filtered('thema', theme)])]);
  if (idea.kind) items.push([t.kind, idea.kind]);
  if (idea.branch) items.push([t.branch, filtered('branche', idea.branch)]);
  if (idea.province) items.push([t.province, idea.province]);
  if (idea.profession) items.push([t.profession, idea.profession]);
  return (
    <dl class="idea-meta-list">
      {items.map(([term, value]) => (
        <div>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Facets(props: {
  readonly result: IdeaSearchResult;
  readonly params: IdeaSearchParams;
  /** Values to offer even when the query matches none of them (shown with 0). */
  readonly known?: IdeaSearchResult['facets'] | undefined;
}) {
  return (
    <>
      {FACETS.map((facet: Facet) => {
        const counts = props.result.facets[facet] ?? {};
        // A capped search counted only the ideas it weighed: each count is a lower bound.
        const count = props.result.query?.capped ? ideasPageText.facetCountAtLeast : ideasPageText.facetCount;
        const active = props.params.filters[facet];
        const known = Object.keys(props.known?.[facet] ?? {});
        const values = [...new Set([...Object.keys(counts), ...active, ...known])].sort((a, b) =>
          compareNames(a, b),
        );
        // No profession shown (the small-cell rule hides every one): say why, instead of a missing filter.
        if (values.length === 0)
          return facet === 'beroep' ? (
            <details class="facet">
              <summary>{ideasPageText.facetNames[facet]}</summary>
              <p class="hint">{ideasPageText.professionFacetEmpty}</p>
            </details>
          ) : null;
        return (
          <details class="facet" open={active.length > 0}>
            <summary>{ideasPageText.facetNames[facet]}</summary>
            <fieldset>
              <legend class="visually-hidden">{ideasPageText.facetNames[facet]}</legend>
              {values.map((value, i) => (
                <div class="field--checkbox">
                  <input
                    type="checkbox"
                    id={`f-${facet}-${i}`}
                    name={facet}
                    value={value}
                    checked={active.includes(value)}
                  />
                  <label for={`f-${facet}-${i}`}>{count(value, counts[value] ?? 0)}</label>
                </div>
              ))}
            </fieldset>
          </details>
        );
      })}
    </>
  );
}

/** The results, from the renderer the static export's search uses too (src/core/ideas/results-html.ts). */
function Results(props: {
  readonly view: PageView;
  readonly result: IdeaSearchResult;
  readonly params: IdeaSearchParams;
  readonly typed?: string | undefined;
}) {
  const { view, result, params } = props;
  const { links } = view;
  const back = resultsHref(links, params, params.offset).split('?')[1] ?? '';
  return raw(
    ideaResultsHtml({
      total: result.total,
      items: result.items,
      query: result.query,
      q: params.q,
      typed: props.typed,
      offset: params.offset,
      limit: params.limit,
      ideaHref: (id) => links.to(`/ideeen/${encodeURIComponent(id)}`, { terug: back }),
      suggestionHref: (q) => resultsHref(links, { ...params, q }, 0),
      themes: THEMES.map((theme) => theme.label),
      themeHref: (theme) =>
        resultsHref(links, { ...params, q: '', filters: { ...params.filters, thema: [theme] } }, 0),
      // A static copy's page is one file: without its script, a link to "page 2" would show page 1
      // again. The script searches in the browser and writes the page links itself.
      // Another page lands on its count, as a search does.
      pageHref: links.isStatic
        ? undefined
        : (offset) => `${resultsHref(links, params, offset)}#${RESULTS_ANCHOR}`,
      // Without its script a static copy shows every idea under any search: said where the count is.
      notStarted: links.isStatic ? ideasPageText.staticNotStarted : undefined,
    }),
  );
}

function IdeasSearchPage(props: {
  readonly view: PageView;
  readonly result: IdeaSearchResult;
  readonly params: IdeaSearchParams;
  readonly example: ExampleIdeas;
  readonly known?: IdeaSearchResult['facets'] | undefined;
  /** Ideas outside an active profession filter because their profession is not shown. */
  readonly unshown?: number;
  /** The active theme filters that have a page of solutions. */
  readonly themePages?: readonly string[];
  /** The query before the length cut of `params` (results-html.ts `typed`). */
  readonly typed?: string | undefined;
  /** The professions "mijn beroep" may name, by slug (the static search reads them; empty on a server). */
  readonly highlights: ReadonlyMap<string, string>;
}) {
  const { view, params } = props;
  const { links } = view;
  const anyFilter = FACETS.some((f) => params.filters[f].length > 0);
  return (
    <Layout view={view} title={ideasPageText.title} nav="ideeen" scripts={['ideas-search.js']}>
      <h1>{ideasPageText.heading}</h1>
      <p class="lead">{ideasPageText.lead}</p>
      <ExampleIdeasNote example={props.example} />
      <p>
        <a href={links.to('/ideeen/themas')}>{ideasPageText.themesLink}</a>
      </p>
      {links.isStatic ? (
        <p class="hint">
          {ideasPageText.staticNote(
            props.result.total,
            Math.min(props.result.total, MAX_EXPORTED_IDEAS),
            STATIC_SEARCH_LIMIT,
          )}
        </p>
      ) : null}
      <div class="idea-search">
        <form
          class="idea-search__form"
          method="get"
          // A search lands on its count, not at the top of the page: on a phone the results start two
          // screens down, below the form and its filters (audit 7, finding 7).
          action={`${links.path('/ideeen')}#${RESULTS_ANCHOR}`}
          role="search"
          data-idea-form=""
          data-ideas-json={links.isStatic ? 'ideeen.json' : undefined}
          data-ideas-script={links.isStatic ? 'ideeen.js' : undefined}
          data-profession-branches={links.isStatic ? JSON.stringify(BRIDGE.professions) : undefined}
          data-professions={links.isStatic ? JSON.stringify(Object.fromEntries(props.highlights)) : undefined}
        >
          {links.hiddenState().map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <label for="zoek-idee">{ideasPageText.searchLabel}</label>
          <p class="hint" id="zoek-idee-hint">
            {ideasPageText.searchHint}
          </p>
          <div class="search__row">
            <input type="search" id="zoek-idee" name="q" value={params.q} aria-describedby="zoek-idee-hint" />
            <button type="submit" class="button">
              {ideasPageText.searchSubmit}
            </button>
          </div>
          <h2 class="facets-heading">{ideasPageText.filtersHeading}</h2>
          <Facets result={props.result} params={params} known={props.known} />
          <button type="submit" class="button button--secondary">
            {ideasPageText.searchSubmit}
          </button>
          <MineChoice
            view={view}
            params={params}
            unshown={props.unshown ?? 0}
            shown={props.result.facets.beroep}
            branchCounts={props.result.facets.branche}
          />
          {anyFilter ? (
            <p>
              <a href={links.to('/ideeen', params.q ? { q: params.q } : {})}>{ideasPageText.clearFilters}</a>
            </p>
          ) : null}
        </form>
        <div class="idea-search__results" aria-live="polite" data-idea-live="">
          {/* Inside the live region, so the links follow the filters the island applies. */}
          {(props.themePages ?? []).map((theme) => (
            <p>
              <a href={links.to(themePath(theme))}>{ideasPageText.ideaSolutions.themeLink(theme)}</a>
            </p>
          ))}
          <Results view={view} result={props.result} params={params} typed={props.typed} />
        </div>
      </div>
    </Layout>
  );
}

function IdeaPage(props: {
  readonly view: PageView;
  readonly idea: IdeaSearchItem;
  readonly example: boolean;
  readonly back: SearchBack;
  /** The profile whose bridge linked this idea: the way back goes there first. */
  readonly from: { readonly slug: string; readonly name: string } | undefined;
  readonly solutions: readonly IdeaThemeSolution[];
  /** The profiles of the analysis (a static copy names the one in `?van=` from these). */
  readonly profiles: readonly { readonly slug: string; readonly name: string }[];
}) {
  const { view, idea, from } = props;
  const title = ideasPageText.ideaTitleOf(idea.text);
  const isStatic = view.links.isStatic;
  return (
    // A static copy has no server to read `?terug=` and `?van=`: its island puts the search back into
    // the link and shows the way back to the profile the reader came from (named from `profiles`).
    <Layout view={view} title={title} nav="ideeen" scripts={isStatic ? ['idea-back.js'] : []}>
      {from ? (
        <p>
          <a href={`${view.links.to(`/beroep/${from.slug}`)}#${BRIDGE_ANCHOR}`}>
            ← {ideasPageText.backToProfile(from.name)}
          </a>
        </p>
      ) : null}
      {isStatic && !from ? (
        <p hidden data-profile-back="">
          <a
            data-target={`${view.links.path(`/beroep/${PROFILE_SLOT}`)}#${BRIDGE_ANCHOR}`}
            data-profiles={JSON.stringify(Object.fromEntries(props.profiles.map((p) => [p.slug, p.name])))}
            data-label={ideasPageText.backToProfile(PROFILE_SLOT)}
          ></a>
        </p>
      ) : null}
      <p>
        <a href={view.links.to('/ideeen', props.back)} data-search-back>
          {from ? '' : '← '}
          {ideasPageText.backToSearch}
        </a>
      </p>
      <h1>{title}</h1>
      <ExampleIdeasNote example={props.example ? 'all' : 'none'} all={ideasPageText.exampleIdeaNote} />
      <blockquote class="idea-quote">
        <p>{idea.text}</p>
      </blockquote>
      <IdeaMeta idea={idea} links={view.links} />
      <IdeaSolutions links={view.links} themes={props.solutions} />
    </Layout>
  );
}

/**
 * The professions "mijn beroep" may name on the static ideas page, by slug: those of the table shown
 * (also those without a quadrant) and the ideas' published professions. Never a fixed list: a
 * profession outside the bundled ones is named too (audit 6, finding 1).
 */
async function highlightSlugs(view: PageView, services: AppServices): Promise<ReadonlyMap<string, string>> {
  const result = view.analysis?.result;
  const everything = await publicSearch(services, parseIdeaSearchParams({ limit: '0' }));
  return professionSlugs([
    ...(result?.professions ?? []).map((p) => p.name),
    ...(result?.unclassified ?? []).map((p) => p.name),
    ...Object.keys(everything.facets.beroep),
  ]);
}

export function ideasPages(services: AppServices): Hono {
  const app = new Hono();

  app.get('/ideeen', queryOf(ideasPageQuery), async (c) => {
    const view = await loadPageView(c, services);
    // The static export has no query: its page lists the first ideas, the browser searches the rest.
    const params = services.config.staticExport
      ? parseIdeaSearchParams({ limit: String(MAX_LIMIT) })
      : c.req.valid('query');
    const highlights = services.config.staticExport ? await highlightSlugs(view, services) : new Map();
    const [result, example] = await Promise.all([
      publicSearch(services, params),
      storeExampleIdeas(services),
    ]);
    // Past the last result (an old bookmark, a hand-made URL): go to the last page instead.
    if (params.offset > 0 && params.offset >= result.total) {
      const last = result.total === 0 ? 0 : Math.floor((result.total - 1) / params.limit) * params.limit;
      return c.redirect(resultsHref(view.links, params, last), 302);
    }
    // Nothing found: the filters stay on the page, every value with its count (0) under this search.
    const known =
      result.total === 0
        ? (await publicSearch(services, { ...params, q: '', limit: 0, offset: 0 })).facets
        : undefined;
    // Filtered on a profession: how many ideas fall outside because their profession is not shown.
    const unshown =
      params.filters.beroep.length > 0
        ? professionNotShown(
            await publicSearch(services, {
              ...params,
              filters: { ...params.filters, beroep: [] },
              limit: 0,
              offset: 0,
            }),
          )
        : 0;
    const withPage = params.filters.thema.length > 0 ? await themesWithPage(services) : new Set<string>();
    return renderPage(
      c,
      <IdeasSearchPage
        view={view}
        result={result}
        params={params}
        example={example}
        known={known}
        unshown={unshown}
        themePages={params.filters.thema.filter((theme) => withPage.has(theme))}
        typed={services.config.staticExport ? undefined : c.req.queries('q')?.join(' ')}
        highlights={highlights}
      />,
    );
  });

  // Only in a static export: every exported idea, for the search in the reader's browser; the same as a
  // script, for a copy opened as files (file://), where the browser refuses fetch() but runs scripts.
  if (services.config.staticExport) {
    app.get('/ideeen/ideeen.json', async (c) => c.json(await exportedIdeasDocument(services)));
    app.get('/ideeen/ideeen.js', async (c) =>
      c.body(exportedIdeasScript(await exportedIdeasDocument(services)), 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
      }),
    );
  }

  app.get('/ideeen/themas', async (c) => {
    const view = await loadPageView(c, services);
    return renderPage(c, await themePage(view, services));
  });

  app.get('/ideeen/:id', queryOf(ideaPageQuery), async (c) => {
    const view = await loadPageView(c, services);
    const id = c.req.param('id');
    const [idea, example] = await Promise.all([services.ideas.publicIdea(id), services.ideas.isExample(id)]);
    if (!idea) throw new HttpProblem(404, webMessages.unknownIdea(id));
    const solutions = await ideaThemeSolutions(services, idea);
    const { back, from } = c.req.valid('query');
    const profiles = [
      ...(view.analysis?.result.professions ?? []),
      ...(view.analysis?.result.unclassified ?? []),
    ];
    const profile = profileBackOf(from ?? null, Object.fromEntries(profiles.map((p) => [p.slug, p.name])));
    return renderPage(
      c,
      <IdeaPage
        view={view}
        idea={idea}
        example={example}
        back={back}
        from={profile ?? undefined}
        solutions={solutions}
        profiles={profiles.map((p) => ({ slug: p.slug, name: p.name }))}
      />,
    );
  });

  return app;
}
