/** The "Veelgenoemde oplossingen" section of the themes page: per theme its first solutions and a link. */
import { exampleIdeasOf } from '../../../core/ideas/example-ideas.js';
import { solutionsText as t } from '../../../core/text/solutions-text.js';
import type { PageView } from '../page-view.js';
import { cachedSolutions } from '../routes/api-solutions.js';
import { themePath } from '../routes/pages-solutions.js';
import type { AppServices } from '../services.js';
import { hasCuratorLine, SolutionsList } from './solutions-section.js';

/** Solutions shown per theme on the themes page. */
const PER_THEME = 3;

export async function ThemesSolutions(props: { readonly view: PageView; readonly services: AppServices }) {
  const { view, services } = props;
  const themes = await services.ideasCache.get('solutions|themes', () => services.solutions.themes());
  const all = [];
  for (const { theme } of themes) all.push(await cachedSolutions(services, theme));
  // Said of the themes shown together: with real and example ideas on one page, each example is marked.
  const mixed =
    exampleIdeasOf(
      all.some((s) => s.example !== 'none'),
      all.some((s) => s.example !== 'all'),
    ) === 'some';
  return (
    <section aria-labelledby="oplossingen">
      <h2 id="oplossingen">{t.heading}</h2>
      <p>
        {all.some((s) => s.clusters.slice(0, PER_THEME).some(hasCuratorLine))
          ? t.leadThemesCurated
          : t.leadThemes}
      </p>
      {all.map((solutions, i) => {
        const id = `oplossingen-${i + 1}`;
        const more = solutions.clusters.length - PER_THEME;
        return (
          <section aria-labelledby={id}>
            <h3 id={id}>
              <a href={view.links.to(themePath(solutions.theme))}>{solutions.theme}</a>
            </h3>
            <SolutionsList
              solutions={solutions}
              links={view.links}
              headingId={id}
              limit={PER_THEME}
              level={4}
              markExamples={mixed}
            />
            <p>
              <a href={view.links.to(themePath(solutions.theme))}>
                {t.themeLink(solutions.theme)}
                {more > 0 ? ` (${t.moreSolutions(more)})` : ''}
              </a>
            </p>
          </section>
        );
      })}
      <p class="hint">{t.method}</p>
    </section>
  );
}
