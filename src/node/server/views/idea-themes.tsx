/** "Thema's in cijfers": ideas per theme, per theme and branch, and themes that go together. */
import type { DataTable } from '../../../core/charts/figure-spec.js';
import { formatCount } from '../../../core/text/format.js';
import { ideasPageText } from '../../../core/text/page-text.js';
import type { PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { themeStats, type ThemeStats } from '../../store/ideas-themes.js';
import { DataTableView } from './figure.js';
import { Layout } from './layout.js';

export function themeTables(stats: ThemeStats): { counts: DataTable; heatmap: DataTable; pairs: DataTable } {
  const t = ideasPageText;
  const branches = [...new Set(stats.byBranch.map((b) => b.branch))].sort((a, b) => a.localeCompare(b, 'nl'));
  const cell = new Map(stats.byBranch.map((b) => [`${b.theme}\u0000${b.branch}`, b.count]));
  return {
    counts: {
      caption: t.countsCaption,
      columns: [
        { label: t.facetNames.thema, numeric: false },
        { label: t.ideasColumn, numeric: true },
      ],
      rows: stats.themes.map((c) => [c.theme, formatCount(c.count)]),
    },
    heatmap: {
      caption: t.heatmapCaption,
      columns: [
        { label: t.facetNames.thema, numeric: false },
        ...branches.map((b) => ({ label: b, numeric: true })),
      ],
      rows: stats.themes.map((c) => [
        c.theme,
        ...branches.map((b) => formatCount(cell.get(`${c.theme}\u0000${b}`) ?? 0)),
      ]),
    },
    pairs: {
      caption: t.cooccurrenceCaption,
      columns: [
        { label: `${t.facetNames.thema} 1`, numeric: false },
        { label: `${t.facetNames.thema} 2`, numeric: false },
        { label: t.ideasColumn, numeric: true },
      ],
      rows: [...stats.together]
        .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a, 'nl') || x.b.localeCompare(y.b, 'nl'))
        .map((p) => [p.a, p.b, formatCount(p.count)]),
    },
  };
}

export async function themePage(view: PageView, services: AppServices) {
  const tables = themeTables(await themeStats(services.db));
  return (
    <Layout view={view} title={ideasPageText.themesTitle} nav="ideeen">
      <p>
        <a href={view.links.to('/ideeen')}>← {ideasPageText.backToSearch}</a>
      </p>
      <h1>{ideasPageText.themesHeading}</h1>
      <p class="lead">{ideasPageText.themesLead}</p>
      <p class="banner banner--example">{ideasPageText.exampleNote}</p>
      <section aria-labelledby="per-thema">
        <h2 id="per-thema">{ideasPageText.countsHeading}</h2>
        <DataTableView table={tables.counts} />
      </section>
      <section aria-labelledby="per-branche">
        <h2 id="per-branche">{ideasPageText.heatmapHeading}</h2>
        <DataTableView table={tables.heatmap} />
      </section>
      <section aria-labelledby="samen">
        <h2 id="samen">{ideasPageText.cooccurrenceHeading}</h2>
        <DataTableView table={tables.pairs} />
      </section>
    </Layout>
  );
}
