/**
 * The frame of every page: skip link, header with the main menu, the banners (example data, an older
 * version, the reader's own profession), the content, the footer. Scripts are small islands from this
 * origin, classic deferred scripts (bundled, no `import`) so they also run in a static export opened
 * as files (file://), where browsers refuse module scripts; the page reads completely without them.
 */
import type { Child } from 'hono/jsx';
import { EXAMPLE_DATA_LABEL } from '../../../core/text/labels.js';
import { NAV_ITEMS, siteText, type NavId } from '../../../core/text/site-text.js';
import { isHeld, type PageView } from '../page-view.js';

export interface LayoutProps {
  readonly view: PageView;
  readonly title: string;
  readonly nav: NavId;
  /** Meta description. */
  readonly description?: string;
  /** Island scripts (file names in /assets/) besides the ones every page loads. */
  readonly scripts?: readonly string[];
  /** Show the data banners (example data, other version, highlighted profession); default true. */
  readonly banners?: boolean;
  readonly children?: Child;
}

/**
 * Scripts on every page: remembering "mijn beroep", and the figures island (each figure drawn for its
 * box by the server, keyboard tooltips; a few KB, it does nothing on a page without figures).
 */
const COMMON_SCRIPTS = ['mijn-beroep.js', 'figure-island.js'];

export function Layout(props: LayoutProps) {
  const { view, title, nav } = props;
  const { links } = view;
  const scripts = [...COMMON_SCRIPTS, ...(props.scripts ?? [])];
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="referrer" content="no-referrer" />
        {props.description ? <meta name="description" content={props.description} /> : null}
        <title>{siteText.pageTitle(title)}</title>
        <link rel="stylesheet" href={links.path('/assets/styles.css')} />
        <link rel="stylesheet" href={links.path('/assets/figures.css')} />
        <link rel="icon" href={links.path('/assets/favicon.svg')} type="image/svg+xml" />
        {scripts.map((file) => (
          <script defer src={links.path(`/assets/${file}`)} />
        ))}
      </head>
      <body data-beroep={view.highlight?.slug ?? ''} data-static={links.isStatic ? 'true' : 'false'}>
        <a class="skip-link" href="#inhoud">
          {siteText.skipLink}
        </a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-name" href={links.to('/')}>
              <span class="site-name__logo" aria-hidden="true">
                ▦
              </span>
              <span>
                <span class="site-name__title">{siteText.siteName}</span>
                <span class="site-name__tagline">{siteText.tagline}</span>
              </span>
            </a>
          </div>
          <nav class="site-nav" aria-label={siteText.navLabel}>
            <ul class="container site-nav__list">
              {NAV_ITEMS.map((item) => (
                <li>
                  <a href={links.to(item.path)} aria-current={item.id === nav ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="inhoud" class="container" tabindex={-1}>
          {props.banners === false ? null : <Banners view={view} />}
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>{siteText.footerAbout}</p>
            {view.analysis ? (
              <p>
                {siteText.datasetLine(view.analysis.dataset.title, view.analysis.dataset.version)}
                {view.analysis.dataset.example &&
                !view.analysis.dataset.title.toLowerCase().includes(EXAMPLE_DATA_LABEL.toLowerCase())
                  ? ` — ${EXAMPLE_DATA_LABEL}`
                  : ''}
              </p>
            ) : null}
            <ul class="site-footer__links">
              <li>
                <a href={links.to('/versies')}>{siteText.footerVersions}</a>
              </li>
              {links.isStatic ? null : (
                <li>
                  <a href={links.to('/beheer')}>{siteText.footerAdmin}</a>
                </li>
              )}
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}

function Banners({ view }: { readonly view: PageView }) {
  const analysis = view.analysis;
  const { links } = view;
  const otherVersion =
    analysis && view.shownVersion !== undefined && analysis.dataset.version !== view.shownVersion;
  if (!analysis) return null;
  return (
    <div class="banners">
      {analysis.dataset.example ? (
        <p class="banner banner--example" role="note">
          <strong>{EXAMPLE_DATA_LABEL}.</strong> {siteText.exampleBanner}
        </p>
      ) : null}
      {otherVersion ? (
        <p class="banner banner--version" role="note">
          {(isHeld(view, analysis.dataset.version) ? siteText.versionBannerHeld : siteText.versionBanner)(
            analysis.dataset.version,
            view.shownVersion,
          )}{' '}
          <a href={links.to(view.path, { versie: null })}>{siteText.versionBannerLink}</a>
        </p>
      ) : null}
      {view.highlight ? (
        <p class="banner banner--mine">
          <span class="mine-marker" aria-hidden="true">
            ◆
          </span>{' '}
          <strong data-name={view.highlight.name}>{siteText.myProfession(view.highlight.name)}</strong>.{' '}
          {siteText.myProfessionHint}{' '}
          <a href={links.to(view.path, { beroep: null })} data-clear-beroep="">
            {siteText.myProfessionClear}
          </a>
        </p>
      ) : null}
    </div>
  );
}
