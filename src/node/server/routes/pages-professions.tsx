/**
 * Professions: the list with a search (a GET form that works without JavaScript; an island filters as
 * you type), the picker's redirect, and the profile page per profession (its comparison with another
 * as a file: profession-compare-files.ts).
 */
import { certaintyCell } from '../../../core/text/certainty-text.js';
import { Hono } from 'hono';
import { indicatorInfo } from '../../../core/contract/indicators.js';
import { ALIAS_SEPARATOR, searchMatches } from '../../../core/contract/name-search.js';
import { otherProfessionNames } from '../../../core/contract/professions.js';
import { formatPercent } from '../../../core/text/format.js';
import { QUADRANT_NAMES } from '../../../core/text/labels.js';
import { professionsText } from '../../../core/text/page-text.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { likelySlugs } from '../../../core/contract/names.js';
import { slugify } from '../../../core/contract/slug.js';
import { ErrorPage } from '../views/error-page.js';
import { loadPageView, type PageView } from '../page-view.js';
import {
  professionChoiceQuery,
  professionSearchQuery,
  profilePageQuery,
} from '../request/request-schemas.js';
import { queryOf } from '../request/validate.js';
import type { AppServices } from '../services.js';
import { EmptyStore } from '../views/empty-store.js';
import { Layout } from '../views/layout.js';
import { ProfilePage } from '../views/profile-page.js';
import type { CompareMiss } from '../views/profile-compare.js';
import type { ProfessionResult } from '../../../core/analysis/result.js';
import { renderPage } from '../views/render-page.js';
import { compareNames } from '../../../core/contract/names.js';

function ProfessionsPage({ view, query }: { readonly view: PageView; readonly query: string }) {
  const { links } = view;
  if (!view.analysis) return <EmptyStore view={view} title={professionsText.title} nav="beroepen" />;
  const { result } = view.analysis;
  const classified = [...result.professions].sort((a, b) => compareNames(a.name, b.name));
  // Other names of a profession (`Pedagogisch medewerker`) find it too; the island reads them from
  // `data-aliases`, so the list filters alike with and without JavaScript.
  const aliases = otherProfessionNames;
  // Professions without a quadrant are searched and counted too (audit 6, finding 10); every one stays
  // in the page, hidden when it does not match, so that the island can show it again. The whole list
  // decides how loosely a search matches (name-search.ts `searchMatches`), as in the island.
  const unclassified = [...result.unclassified].sort((a, b) => compareNames(a.name, b.name));
  const matched = searchMatches(
    [...classified, ...unclassified].map((p) => ({ name: p.name, aliases: aliases(p.name) })),
    query,
  );
  const shown = classified.filter((_, i) => matched[i]);
  const unclassifiedShown = unclassified.filter((_, i) => matched[classified.length + i]);
  const total = classified.length + unclassified.length;
  const found = shown.length + unclassifiedShown.length;
  return (
    <Layout view={view} title={professionsText.title} nav="beroepen" scripts={['professions-filter.js']}>
      <h1>{professionsText.heading}</h1>
      <p class="lead">{professionsText.lead}</p>
      <form class="search" method="get" action={links.path('/beroepen')} role="search" data-filter-form="">
        {links.hiddenState().map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <label for="zoek-beroep">{professionsText.searchLabel}</label>
        <p class="hint" id="zoek-beroep-hint">
          {professionsText.searchHint}
        </p>
        <div class="search__row">
          <input
            type="search"
            id="zoek-beroep"
            name="q"
            value={query}
            aria-describedby="zoek-beroep-hint"
            autocomplete="off"
            data-filter-input=""
          />
          <button type="submit" class="button">
            {professionsText.searchSubmit}
          </button>
        </div>
      </form>
      <p class="result-count" role="status" data-filter-count="" data-total={String(total)}>
        {professionsText.results(found, total)}
      </p>
      {/* A static copy has no server to filter: without the island it would list every profession under
          any search. Shown when the island did not remove it (audit 8, finding 2). */}
      {links.isStatic ? (
        <p class="alert alert--warning island-notice" data-island-notice="">
          {professionsText.staticNotStarted}
        </p>
      ) : null}
      {/* Shown by the server and by the island alike (the static export's finder is the island). */}
      <div data-filter-empty="" hidden={found > 0}>
        <p>{professionsText.none(total)}</p>
        <p>
          <a href={links.to('/beroepen')}>{professionsText.noneList(total)}</a>
        </p>
      </div>
      <div
        class="table-scroll"
        role="region"
        aria-label={professionsText.tableCaption}
        tabindex={0}
        hidden={shown.length === 0}
        data-filter-block=""
      >
        <table class="data-table" data-filter-table="">
          <caption>{professionsText.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{professionsText.columnName}</th>
              <th scope="col">{professionsText.columnQuadrant}</th>
              <th scope="col" class="num">
                {professionsText.columnCertainty}
              </th>
              <th scope="col" class="num">
                {professionsText.columnResources}
              </th>
              <th scope="col" class="num">
                {professionsText.columnDemands}
              </th>
            </tr>
          </thead>
          <tbody>
            {classified.map((p) => {
              const mine = view.highlight?.slug === p.slug;
              const hidden = !shown.includes(p);
              return (
                <tr
                  class={mine ? 'is-mine' : undefined}
                  hidden={hidden}
                  data-name={p.name}
                  data-aliases={aliases(p.name).join(ALIAS_SEPARATOR)}
                >
                  <th scope="row">
                    {mine ? (
                      <span class="mine-marker" aria-hidden="true">
                        ◆{' '}
                      </span>
                    ) : null}
                    <a href={links.to(`/beroep/${p.slug}`)}>{p.name}</a>
                  </th>
                  <td>
                    <span class={`quadrant-badge quadrant-badge--q${p.quadrant}`}>{p.quadrant}</span>{' '}
                    {QUADRANT_NAMES[p.quadrant]}
                  </td>
                  <td class="num">{certaintyCell(p)}</td>
                  <td class="num">{formatPercent(p.resources)}</td>
                  <td class="num">{formatPercent(p.demands)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {unclassified.length > 0 ? (
        <section
          aria-labelledby="niet-ingedeeld"
          hidden={unclassifiedShown.length === 0}
          data-filter-block=""
        >
          <h2 id="niet-ingedeeld">{professionsText.unclassifiedHeading}</h2>
          <p>{professionsText.unclassifiedText}</p>
          <ul>
            {unclassified.map((p) => (
              <li
                data-name={p.name}
                data-aliases={aliases(p.name).join(ALIAS_SEPARATOR)}
                hidden={!unclassifiedShown.includes(p)}
              >
                <a href={links.to(`/beroep/${p.slug}`)}>{p.name}</a> (
                {professionsText.missing(p.missing.map((id) => indicatorInfo(id).label.toLowerCase()))})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

/** Characters of an unknown `?met=` the page shows back. */
const MET_SHOWN = 40;

/**
 * Why a written `?met=` compares nothing: the profession itself, or no profession of the analysis (with
 * up to three it may have meant, as a 404 offers them). Undefined when nothing was asked or it matched.
 */
function compareMissOf(
  met: string,
  metSlug: string,
  slug: string,
  compareWith: ProfessionResult | undefined,
  professions: readonly ProfessionResult[],
): CompareMiss | undefined {
  if (met === '' || compareWith) return undefined;
  if (metSlug === slug) return { kind: 'self' };
  const others = professions.filter((p) => p.slug !== slug);
  const likely = likelySlugs(
    met,
    others.map((p) => ({ label: p, key: p.slug })),
  );
  // Shown back to the reader (escaped), cut short: the address is no place for a message.
  const written = [...met].length > MET_SHOWN ? `${[...met].slice(0, MET_SHOWN).join('')}…` : met;
  return { kind: 'unknown', written, likely: likely.map((p) => ({ slug: p.slug, name: p.name })) };
}

export function professionPages(services: AppServices): Hono {
  const app = new Hono();

  app.get('/beroepen', queryOf(professionSearchQuery), async (c) => {
    const view = await loadPageView(c, services);
    const query = c.req.valid('query').q;
    return renderPage(c, <ProfessionsPage view={view} query={query} />);
  });

  // The picker's target: to the profile, marked as the reader's own profession.
  app.get('/beroep', queryOf(professionChoiceQuery), async (c) => {
    const view = await loadPageView(c, services);
    const slug = c.req.valid('query').kies;
    if (slug === undefined) return c.redirect(view.links.to('/beroepen'), 303);
    const target = new URLSearchParams();
    target.set('beroep', slug);
    if (view.state.versie !== null) target.set('versie', String(view.state.versie));
    return c.redirect(`/beroep/${slug}?${target.toString()}`, 303);
  });

  app.get('/beroep/:slug', queryOf(profilePageQuery), async (c) => {
    const view = await loadPageView(c, services);
    if (!view.analysis)
      return renderPage(c, <EmptyStore view={view} title={professionsText.title} nav="beroepen" />);
    const slug = c.req.param('slug');
    const { result } = view.analysis;
    const profession = result.professions.find((p) => p.slug === slug);
    const unclassified = result.unclassified.find((p) => p.slug === slug);
    if (!profession && !unclassified) {
      // No dead end: another spelling of a known slug redirects, anything else suggests likely pages.
      const known = [...result.professions, ...result.unclassified];
      const query = new URL(c.req.url).search;
      const same = known.find((p) => p.slug === slugify(slug));
      if (same) return c.redirect(`/beroep/${same.slug}${query}`, 301);
      // The slugs that hold the wanted words or one a typo away; nothing far off ("verzorgende" is
      // not "Huisartsen"). Unless exactly one is likely, the profession search with the words too.
      const likely = likelySlugs(
        slug,
        known.map((p) => ({ label: p, key: p.slug })),
      );
      const words = slug.replace(/[-_]+/g, ' ').trim();
      return renderPage(
        c,
        <ErrorPage
          view={view}
          status={404}
          message={webMessages.unknownProfession(slug)}
          suggestions={likely.map((p) => ({ href: view.links.to(`/beroep/${p.slug}`), text: p.name }))}
          search={
            likely.length === 1 || words.length === 0
              ? undefined
              : { href: view.links.to('/beroepen', { q: words }), text: professionsText.searchFor(words) }
          }
        />,
        404,
      );
    }
    const met = c.req.valid('query').met;
    // A name written instead of the slug (`?met=Wijkverpleegkundigen`) means that profession too.
    const metSlug = met === '' ? '' : slugify(met);
    const compareWith = result.professions.find((q) => q.slug === metSlug && q.slug !== slug);
    const page = await ProfilePage({
      view,
      services,
      profession,
      unclassified,
      compareWith,
      compareMiss: compareMissOf(met, metSlug, slug, compareWith, result.professions),
    });
    return renderPage(c, page);
  });

  return app;
}
