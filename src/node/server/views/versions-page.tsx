/** The list of dataset versions (`/versies`), with the form to compare two. */
import { periodLabel, versionTitle } from '../../../core/text/chart-text.js';
import { formatCount } from '../../../core/text/format.js';
import { versionsText } from '../../../core/text/page-text.js';
import type { PageView } from '../page-view.js';
import { CompareForm } from './compare-form.js';
import { Layout } from './layout.js';
import { OlderShownNote } from './older-shown-note.js';

const DATE = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/**
 * The "Getoond" column: the default version; in a static copy, whether the copy holds the version. A
 * version held for a check is not listed, and an earlier period of a shown upload was shown with it.
 */
function shownCell(shown: boolean, isStatic: boolean): string {
  if (isStatic) return shown ? versionsText.inCopy : versionsText.notInCopy;
  return shown ? versionsText.shown : '';
}

export function VersionsPage({ view }: { readonly view: PageView }) {
  const { links } = view;
  return (
    <Layout view={view} title={versionsText.title} nav="versies">
      <h1>{versionsText.heading}</h1>
      <p class="lead">
        {links.isStatic && view.shownVersion !== undefined
          ? versionsText.leadStatic(view.shownVersion, view.listed.length)
          : versionsText.lead}
      </p>
      <OlderShownNote view={view} />
      <div class="table-scroll" role="region" aria-label={versionsText.caption} tabindex={0}>
        <table class="data-table">
          <caption>{versionsText.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{versionsText.columnVersion}</th>
              <th scope="col">{versionsText.columnTitle}</th>
              <th scope="col">{versionsText.columnFile}</th>
              <th scope="col">{versionsText.columnPeriods}</th>
              <th scope="col" class="num">
                {versionsText.columnProfessions}
              </th>
              <th scope="col">{versionsText.columnDate}</th>
              <th scope="col">{versionsText.columnShown}</th>
            </tr>
          </thead>
          <tbody>
            {view.listed.map((d) => (
              <tr class={d.version === view.analysis?.dataset.version ? 'is-current' : undefined}>
                <th scope="row">
                  {links.isStatic && d.version !== view.shownVersion ? (
                    versionsText.versionOnly(d.version)
                  ) : (
                    <a href={links.to('/', { versie: d.version })}>{versionsText.view(d.version)}</a>
                  )}
                </th>
                <td>
                  {versionTitle(d)}
                  {d.example ? ` (${versionsText.example})` : ''}
                </td>
                <td>{d.name}</td>
                <td>{d.periods.map((p) => periodLabel(p) ?? '–').join(', ')}</td>
                <td class="num">{formatCount(d.professionCount)}</td>
                <td>{DATE.format(new Date(d.createdAt))}</td>
                <td>{shownCell(d.version === view.shownVersion, links.isStatic)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {links.isStatic ? null : (
        <section aria-labelledby="vergelijk">
          <h2 id="vergelijk">{versionsText.compareHeading}</h2>
          <CompareForm view={view} />
        </section>
      )}
    </Layout>
  );
}
