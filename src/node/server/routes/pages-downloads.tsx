/**
 * Downloads: the page listing them, the analysis as CSV and JSON, and every figure as SVG and PNG,
 * each for the dataset version asked for (`?versie=`), else the shown one.
 */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { downloadColumns, downloadColumnsText } from '../../../core/text/download-columns.js';
import { downloadsText, embedText } from '../../../core/text/page-text.js';
import type { CachedAnalysis } from '../analysis-cache.js';
import { analysisCsv } from '../analysis-csv.js';
import { analysisXlsx } from '../analysis-xlsx.js';
import { requestedAnalysis } from '../dataset-choice.js';
import { drawingKeys } from '../figure-cache.js';
import { analysisKey } from '../page-figures.js';
import { analysisOf, loadPageView, type PageView } from '../page-view.js';
import { publicOrigin } from '../public-origin.js';
import { analysisQuery } from '../request/request-schemas.js';
import { queryOf } from '../request/validate.js';
import type { AppServices } from '../services.js';
import { withVersion } from './api-analysis.js';
import { rememberDrawn } from './figure-drawings.js';
import { EmptyStore } from '../views/empty-store.js';
import { ColumnKeyList } from '../views/column-key-list.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';

/** The standalone SVG's own style sheet is allowed by its hash; nothing else runs or loads. */
export function svgPolicy(svg: string): string {
  const styles = [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '', 'utf8')
        .digest('base64')}'`,
  );
  return `default-src 'none'; style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}; frame-ancestors *`;
}

/**
 * The embed code: a full-width frame that the resizer (/insluiten.js, loaded once per page) keeps at
 * the height of its content; `height` is only the first guess before the figure reports its own.
 */
export function embedSnippet(src: string, resizer: string, title: string): string {
  const name = embedText.frameTitle(title).replace(/"/g, '&quot;');
  return `<iframe src="${src}" title="${name}" data-werkbalans-embed style="width:100%;min-width:100%;border:0" height="${SNIPPET_HEIGHT}" scrolling="no" loading="lazy"></iframe><script src="${resizer}" async></script>`;
}

const SNIPPET_HEIGHT = 800;

/** Base name of the analysis files: version, and the example mark when it applies. */
function analysisFileName(analysis: CachedAnalysis): string {
  return `werkbalans-analyse-v${analysis.dataset.version}${analysis.dataset.example ? '-voorbeelddata' : ''}`;
}

/**
 * Where the embed codes point: absolute at `origin` (a server's public address, or a static export's
 * configured base URL), else — a static export without one — relative, with a note beside each code
 * that it needs the site's address before it works on another site.
 */
export function embedAddresses(
  id: string,
  origin: string | undefined,
  isStatic: boolean,
): { readonly frame: string; readonly resizer: string } {
  const frame = isStatic ? `embed/${id}/index.html` : `embed/${id}`;
  return origin === undefined
    ? { frame, resizer: 'insluiten.js' }
    : { frame: `${origin}/${frame}`, resizer: `${origin}/insluiten.js` };
}

function DownloadsPage(props: {
  readonly view: PageView;
  readonly services: AppServices;
  /** The site's public address, or undefined in a static export without a base URL. */
  readonly origin: string | undefined;
}) {
  const { view, services } = props;
  const analysis = analysisOf(view);
  const { links } = view;
  const key = analysisKey(analysis);
  const figures = services.figures.list(key, analysis.result, 'downloads');
  const general = figures.filter((f) => f.kind !== 'profile');
  const profiles = figures.filter((f) => f.kind === 'profile');
  const { origin } = props;
  const file = (path: string) => links.to(path, {}, { keepState: 'version' });
  const FigureCard = ({ id, Heading }: { readonly id: string; readonly Heading: 'h3' | 'h4' }) => {
    const spec = services.figures.spec(key, analysis.result, id, 'downloads');
    const embed = embedAddresses(id, origin, links.isStatic);
    return (
      <li class="download-figure" id={`insluiten-${id}`}>
        <Heading>{spec.title}</Heading>
        <img
          class="download-figure__preview"
          src={file(`/downloads/figuren/${id}.svg`)}
          alt={downloadsText.preview(spec.title)}
          loading="lazy"
          width="360"
        />
        <p>
          {downloadsText.figureFiles}:{' '}
          <a href={file(`/downloads/figuren/${id}.svg`)} download="">
            SVG<span class="visually-hidden"> {spec.title}</span>
          </a>{' '}
          ·{' '}
          <a href={file(`/downloads/figuren/${id}.png`)} download="">
            PNG<span class="visually-hidden"> {spec.title}</span>
          </a>{' '}
          ·{' '}
          <a href={links.to(`/embed/${id}`, {}, { keepState: false })}>
            {downloadsText.viewEmbed}
            <span class="visually-hidden"> {spec.title}</span>
          </a>
        </p>
        <details class="download-figure__embed">
          <summary>{downloadsText.embedLabel(spec.title)}</summary>
          <p class="hint">{downloadsText.embedHint}</p>
          {origin === undefined ? (
            <p class="hint" id={`snippet-${id}-adres`}>
              {downloadsText.embedNeedsAddress(embed.frame)}
            </p>
          ) : null}
          <label class="visually-hidden" for={`snippet-${id}`}>
            {downloadsText.embedLabel(spec.title)}
          </label>
          <textarea
            id={`snippet-${id}`}
            class="snippet"
            rows={4}
            readonly
            aria-describedby={origin === undefined ? `snippet-${id}-adres` : undefined}
          >
            {embedSnippet(embed.frame, embed.resizer, spec.title)}
          </textarea>
        </details>
      </li>
    );
  };
  const base = analysisFileName(analysis);
  return (
    <Layout view={view} title={downloadsText.title} nav="downloads">
      <h1>{downloadsText.heading}</h1>
      <p class="lead">{downloadsText.lead}</p>
      <section aria-labelledby="cijfers">
        <h2 id="cijfers">{downloadsText.dataHeading}</h2>
        <p>{downloadsText.dataLead}</p>
        {analysis.dataset.example ? <p class="hint">{downloadsText.dataExample}</p> : null}
        <ul class="link-list">
          <li>
            <a href={file('/downloads/analyse-excel.csv')} download={`${base}-excel.csv`}>
              {downloadsText.csvExcel}
            </a>
          </li>
          <li>
            <a href={file('/downloads/analyse.xlsx')} download={`${base}.xlsx`}>
              {downloadsText.xlsx}
            </a>
          </li>
          <li>
            <a href={file('/downloads/analyse.csv')} download={`${base}.csv`}>
              {downloadsText.csv}
            </a>
          </li>
          <li>
            <a href={file('/downloads/analyse.json')} download={`${base}.json`}>
              {downloadsText.json}
            </a>
          </li>
        </ul>
        <ColumnKeyTable />
      </section>
      <section aria-labelledby="figuren">
        <h2 id="figuren">{downloadsText.figuresHeading}</h2>
        <p>{downloadsText.figuresLead}</p>
        {origin === undefined ? <p class="hint">{downloadsText.embedStaticNote}</p> : null}
        <ul class="download-figures">
          {general.map((f) => (
            <FigureCard id={f.id} Heading="h3" />
          ))}
        </ul>
        <h3>{downloadsText.profilesHeading}</h3>
        <details class="download-profiles">
          <summary>{downloadsText.profilesShow(profiles.length)}</summary>
          <ul class="download-figures">
            {profiles.map((f) => (
              <FigureCard id={f.id} Heading="h4" />
            ))}
          </ul>
        </details>
      </section>
    </Layout>
  );
}

/** What each column of the analysis files holds (the same key as the workbook's Toelichting sheet); a list, so it reads on a phone. */
function ColumnKeyTable() {
  return (
    <details class="column-key" id="kolommen">
      <summary>{downloadColumnsText.heading}</summary>
      <p>{downloadColumnsText.lead}</p>
      <ColumnKeyList keys={downloadColumns()} />
      <p>{downloadColumnsText.jsonNote}</p>
    </details>
  );
}

export function downloadRoutes(services: AppServices): Hono {
  const app = new Hono();
  // The files of an analysis take `?dataset=` (or `?versie=`) and `?variant=` as the API does.
  const query = queryOf(analysisQuery);

  app.get('/downloads', async (c) => {
    const view = await loadPageView(c, services);
    if (!view.analysis)
      return renderPage(c, <EmptyStore view={view} title={downloadsText.title} nav="downloads" />);
    const { config } = services;
    // Without a base URL the page depends on the Host it was asked by: no cache keeps it for another
    // (a held version's view is private already, version-access.ts).
    if (!config.staticExport && config.baseUrl === undefined && !c.res.headers.has('Cache-Control'))
      c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      <DownloadsPage
        view={view}
        services={services}
        origin={config.staticExport ? config.baseUrl : publicOrigin(c, config)}
      />,
    );
  });

  app.get('/downloads/analyse.json', query, async (c) => {
    const analysis = await requestedAnalysis(c, services, c.req.valid('query'));
    return c.body(withVersion(analysis.json, analysis.dataset.version), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${analysisFileName(analysis)}.json"`,
    });
  });

  for (const [path, dialect, suffix] of [
    ['/downloads/analyse.csv', 'plain', ''],
    ['/downloads/analyse-excel.csv', 'excel-nl', '-excel'],
  ] as const) {
    app.get(path, query, async (c) => {
      const analysis = await requestedAnalysis(c, services, c.req.valid('query'));
      return c.body(analysisCsv(analysis.result, dialect), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${analysisFileName(analysis)}${suffix}.csv"`,
      });
    });
  }

  app.get('/downloads/analyse.xlsx', query, async (c) => {
    const analysis = await requestedAnalysis(c, services, c.req.valid('query'));
    return c.body(new Uint8Array(await analysisXlsx(analysis.result)), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${analysisFileName(analysis)}.xlsx"`,
    });
  });

  app.get('/downloads/figuren/:id{[a-z0-9-]+\\.svg}', query, async (c) => {
    const analysis = await requestedAnalysis(c, services, c.req.valid('query'));
    const id = c.req.param('id').replace(/\.svg$/, '');
    const svg = services.figures.file(analysisKey(analysis), analysis.result, id);
    rememberDrawn(c, services, drawingKeys.file(analysisKey(analysis), id));
    return c.body(svg, 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Security-Policy': svgPolicy(svg),
      'Content-Disposition': `inline; filename="${id}.svg"`,
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });

  app.get('/downloads/figuren/:id{[a-z0-9-]+\\.png}', query, async (c) => {
    const analysis = await requestedAnalysis(c, services, c.req.valid('query'));
    const id = c.req.param('id').replace(/\.png$/, '');
    const png = services.figures.png(analysisKey(analysis), analysis.result, id);
    rememberDrawn(c, services, drawingKeys.png(analysisKey(analysis), id));
    return c.body(new Uint8Array(png), 200, {
      'Content-Type': 'image/png',
      'Content-Disposition': `inline; filename="${id}.png"`,
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });

  return app;
}
