/** The method page: generated from the analysis' own record, plus the bridge and version comparison. */
import { Hono } from 'hono';
import { indicatorInfo } from '../../../core/contract/indicators.js';
import { formatPercent } from '../../../core/text/format.js';
import { INDEX_LABELS } from '../../../core/text/labels.js';
import { methodText } from '../../../core/text/page-text.js';
import { caveats, methodParagraphs } from '../../../core/text/report-text.js';
import { analysisOf, loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { EmptyStore } from '../views/empty-store.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';

function MethodPage({ view, services }: { readonly view: PageView; readonly services: AppServices }) {
  const { result, dataset } = analysisOf(view);
  // Only a web address becomes a link (the store holds what the import accepted: http or https).
  const url = dataset.sourceUrl && /^https?:\/\//.test(dataset.sourceUrl) ? dataset.sourceUrl : null;
  const data = methodText.dataSource(dataset.title, dataset.example, url);
  return (
    <Layout view={view} title={methodText.title} nav="methode">
      <h1>{methodText.heading}</h1>
      <p class="lead">{methodText.lead}</p>
      <section aria-labelledby="methode">
        <h2 id="methode">{methodText.methodHeading}</h2>
        {methodParagraphs(result).map((paragraph) => (
          <p>{paragraph}</p>
        ))}
        {services.config.indexConfig.variants.map((variant) => (
          <div class="card">
            <h3>{variant.label}</h3>
            {(['resources', 'demands'] as const).map((index) => (
              <>
                <h4>{INDEX_LABELS[index]}</h4>
                <ul>
                  {variant[index].map((c) => (
                    <li>
                      {methodText.componentLine(
                        indicatorInfo(c.indicator).label,
                        formatPercent(c.weight * 100, 1),
                        c.theme?.replace(/_/g, ' ') ?? null,
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ))}
          </div>
        ))}
      </section>
      <section aria-labelledby="knelpunten">
        <h2 id="knelpunten">{methodText.bridgeHeading}</h2>
        {methodText.bridgeText.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </section>
      <section aria-labelledby="vergelijken">
        <h2 id="vergelijken">{methodText.compareHeading}</h2>
        {methodText.compareText.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </section>
      <section aria-labelledby="kanttekeningen">
        <h2 id="kanttekeningen">{methodText.caveatsHeading}</h2>
        <ul>
          {caveats(result).map((caveat) => (
            <li>{caveat}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="bronnen">
        <h2 id="bronnen">{methodText.sourcesHeading}</h2>
        <ul>
          {methodText.sources.map((source) => (
            <li>
              {source.text}{' '}
              <a href={source.href} rel="external">
                {source.link}
              </a>
              .
            </li>
          ))}
        </ul>
        <h3>{methodText.dataHeading}</h3>
        <p>
          {data.text}
          {data.href ? (
            <>
              {' '}
              <a href={data.href} rel="external">
                {data.link}
              </a>
              .
            </>
          ) : null}
        </p>
      </section>
    </Layout>
  );
}

export function methodPages(services: AppServices): Hono {
  const app = new Hono();
  app.get('/methode', async (c) => {
    const view = await loadPageView(c, services);
    if (!view.analysis)
      return renderPage(c, <EmptyStore view={view} title={methodText.title} nav="methode" />);
    return renderPage(c, <MethodPage view={view} services={services} />);
  });
  return app;
}
