/**
 * Downloads: the page listing them, the analysis as CSV and JSON, and every figure as SVG and PNG,
 * each for the dataset version asked for (`?versie=`), else the shown one.
 */
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { downloadsText, embedText } from '../../../core/text/page-text.js';
import type { CachedAnalysis } from '../analysis-cache.js';
import { analysisCsv } from '../analysis-csv.js';
import { requestedAnalysis } from '../dataset-choice.js';
import { analysisKey } from '../page-figures.js';
import { loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { withVersion } from './api-analysis.js';
import { EmptyStore } from '../views/empty-store.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';

/** The standalone SVG's own style sheet is allowed by its hash; nothing else runs or loads. */
export function svgPolicy(svg: string): string {
  const styles = [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`,
  );
  return `default-src 'none'; style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}; frame-ancestors *`;
}

function embedSnippet(src: string, title: string): string {
  return `<iframe src="${src}" title="${embedText.frameTitle(title).replace(/"/g, '&quot;')}" width="100%" height="760" style="border:0" loading="lazy"></iframe>`;
}

function DownloadsPage(props: {
  readonly view: PageView;
  readonly services: AppServices;
  readonly origin: string;
}) {
  const { view, services } = props;
  const analysis = view.analysis!;
  const { links } = view;
  const key = analysisKey(analysis);
  const figures = services.figures.list(key, analysis.result);
  const general = figures.filter((f) => f.kind !== 'profile');
  const profiles = figures.filter((f) => f.kind === 'profile');
  const row = (id: string, Heading: 'h3' | 'h4') => {
    const spec = services.figures.spec(key, analysis.result, id);
    const embedPath = links.isStatic ? `embed/${id}/index.html` : `${props.origin}/embed/${id}`;
    return (
      <li class="download-item" id={`insluiten-${id}`}>
        <Heading>{spec.title}</Heading>
        <p>
          <a href={links.to(`/downloads/figuren/${id}.svg`, {}, { keepState: 'version' })} download="">
            SVG<span class="visually-hidden"> {spec.title}</span>
          </a>{' '}
          ·{' '}
          <a href={links.to(`/downloads/figuren/${id}.png`, {}, { keepState: 'version' })} download="">
            PNG<span class="visually-hidden"> {spec.title}</span>
          </a>{' '}
          ·{' '}
          <a href={links.to(`/embed/${id}`, {}, { keepState: false })}>
            {downloadsText.viewEmbed}
            <span class="visually-hidden"> {spec.title}</span>
          </a>
        </p>
        <label for={`snippet-${id}`}>{downloadsText.embedLabel(spec.title)}</label>
        <textarea id={`snippet-${id}`} class="snippet" rows={3} readonly>
          {embedSnippet(embedPath, spec.title)}
        </textarea>
      </li>
    );
  };
  return (
    <Layout view={view} title={downloadsText.title} nav="downloads">
      <h1>{downloadsText.heading}</h1>
      <p class="lead">{downloadsText.lead}</p>
      <section aria-labelledby="cijfers">
        <h2 id="cijfers">{downloadsText.dataHeading}</h2>
        <ul class="link-list">
          <li>
            <a href={links.to('/downloads/analyse.csv', {}, { keepState: 'version' })} download="">
              {downloadsText.csv}
            </a>
          </li>
          <li>
            <a href={links.to('/downloads/analyse.json', {}, { keepState: 'version' })} download="">
              {downloadsText.json}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="figuren">
        <h2 id="figuren">{downloadsText.figuresHeading}</h2>
        <p>{downloadsText.figuresLead}</p>
        {links.isStatic ? <p class="hint">{downloadsText.embedStaticNote}</p> : null}
        <ul class="download-list">{general.map((f) => row(f.id, 'h3'))}</ul>
        <h3>{downloadsText.profilesHeading}</h3>
        <ul class="download-list">{profiles.map((f) => row(f.id, 'h4'))}</ul>
      </section>
    </Layout>
  );
}

async function figureFile(
  c: Context,
  services: AppServices,
): Promise<{ analysis: CachedAnalysis; id: string }> {
  const analysis = await requestedAnalysis(c, services);
  return { analysis, id: c.req.param('id') ?? '' };
}

export function downloadRoutes(services: AppServices): Hono {
  const app = new Hono();

  app.get('/downloads', async (c) => {
    const view = await loadPageView(c, services);
    if (!view.analysis)
      return renderPage(c, <EmptyStore view={view} title={downloadsText.title} nav="downloads" />);
    return renderPage(
      c,
      <DownloadsPage view={view} services={services} origin={new URL(c.req.url).origin} />,
    );
  });

  app.get('/downloads/analyse.json', async (c) => {
    const analysis = await requestedAnalysis(c, services);
    return c.body(withVersion(analysis.json, analysis.dataset.version), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="werkbalans-analyse-v${analysis.dataset.version}.json"`,
    });
  });

  app.get('/downloads/analyse.csv', async (c) => {
    const analysis = await requestedAnalysis(c, services);
    return c.body(analysisCsv(analysis.result), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="werkbalans-analyse-v${analysis.dataset.version}.csv"`,
    });
  });

  app.get('/downloads/figuren/:id{[a-z0-9-]+\\.svg}', async (c) => {
    const { analysis } = await figureFile(c, services);
    const id = c.req.param('id').replace(/\.svg$/, '');
    const svg = services.figures.file(analysisKey(analysis), analysis.result, id);
    return c.body(svg, 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Security-Policy': svgPolicy(svg),
      'Content-Disposition': `inline; filename="${id}.svg"`,
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });

  app.get('/downloads/figuren/:id{[a-z0-9-]+\\.png}', async (c) => {
    const { analysis } = await figureFile(c, services);
    const id = c.req.param('id').replace(/\.png$/, '');
    const png = services.figures.png(analysisKey(analysis), analysis.result, id);
    return c.body(new Uint8Array(png), 200, {
      'Content-Type': 'image/png',
      'Content-Disposition': `inline; filename="${id}.png"`,
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });

  return app;
}
