/**
 * Embed pages `/embed/<figure>`: one figure with its description and data table on a bare page, meant
 * for another site's iframe (the only pages that may be framed). `?beroep=` marks a profession here too.
 */
import { Hono } from 'hono';
import { EXAMPLE_DATA_LABEL } from '../../../core/text/labels.js';
import { embedText } from '../../../core/text/page-text.js';
import { siteText } from '../../../core/text/site-text.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { HttpProblem } from '../http-problem.js';
import { figureProps } from '../page-figures.js';
import { analysisOf, loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { FigureBlock } from '../views/figure.js';
import { renderPage } from '../views/render-page.js';

function EmbedPage(props: { readonly view: PageView; readonly services: AppServices; readonly id: string }) {
  const { view } = props;
  const analysis = analysisOf(view);
  const figure = figureProps(view, props.services, props.id);
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{siteText.pageTitle(figure.spec.title)}</title>
        <link rel="stylesheet" href={view.links.path('/assets/styles.css')} />
        <link rel="stylesheet" href={view.links.path('/assets/figures.css')} />
        <script defer src={view.links.path('/assets/figure-island.js')} />
        <script defer src={view.links.path('/assets/embed-height.js')} />
      </head>
      <body class="embed">
        <main>
          <h1 class="visually-hidden">{figure.spec.title}</h1>
          {analysis.dataset.example ? (
            <p class="banner banner--example">
              <strong>{EXAMPLE_DATA_LABEL}</strong>
            </p>
          ) : null}
          <FigureBlock {...figure} downloads={false} rowLink={undefined} />
          <p class="embed__source">
            <a href={view.links.to('/', {}, { keepState: false })} target="_blank" rel="noopener">
              {embedText.sourceLink}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}

/**
 * The host page's half of the resizer, loaded by the embed snippet from a stable address: every
 * werkbalans iframe on the page takes the height its content reports (as Datawrapper's embeds do).
 * Plain ES5, a few hundred bytes, no dependencies; loading it twice does no harm.
 */
export const RESIZER_SCRIPT = `(function () {
  if (window.werkbalansResizer) return;
  window.werkbalansResizer = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'werkbalans:hoogte' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-werkbalans-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + 'px';
    }
  });
})();
`;

export function embedPages(services: AppServices): Hono {
  const app = new Hono();
  app.get('/insluiten.js', (c) =>
    c.body(RESIZER_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  app.get('/embed/:id', async (c) => {
    const view = await loadPageView(c, services);
    if (!view.analysis) throw new HttpProblem(404, webMessages.noDataset);
    const id = c.req.param('id');
    return renderPage(c, <EmbedPage view={view} services={services} id={id} />);
  });
  return app;
}
