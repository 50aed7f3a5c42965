/**
 * The solutions on the curators' page: per solution its line, count, cohesion, branches and
 * professions (under the k rule, as readers see them), every idea linked to its page with the quote
 * marked, and the forms to rename, pin and split it; the ideas in no solution, listed; the forms to
 * move one idea (by its number: a select of every idea does not work for a thousand) and to merge.
 */
import { solutionsAdminText as t } from '../../../core/text/solutions-admin-text.js';
import { solutionsText } from '../../../core/text/solutions-text.js';
import { MAX_LABEL_LENGTH, type ThemeSolutions } from '../../store/index.js';
import { itemAt } from '../../../core/contract/item-at.js';
import type { PageView } from '../page-view.js';
import { Field } from './admin-form.js';
import { FormHead, ReasonField, sentTo, sentValue, type SentForm } from './solutions-admin-parts.js';

/** Characters of an idea's text beside its checkbox. */
const CHOICE_TEXT = 80;
const short = (text: string) => (text.length > CHOICE_TEXT ? `${text.slice(0, CHOICE_TEXT - 1)}…` : text);

const ideaHref = (view: PageView, id: string) => view.links.to(`/ideeen/${encodeURIComponent(id)}`);

/** One idea in a list: its number linked to its page, the quote marked, its text and branch. */
function IdeaItem(props: {
  readonly view: PageView;
  readonly solutions: ThemeSolutions;
  readonly id: string;
  readonly quote?: boolean;
}) {
  const idea = props.solutions.byId.get(props.id);
  return (
    <li>
      <a href={ideaHref(props.view, props.id)}>{props.id}</a>
      {props.quote ? (
        <>
          {' '}
          <strong>({t.quoteMark})</strong>
        </>
      ) : null}{' '}
      {idea?.text ?? ''}
      {idea?.branch ? <span class="meta"> — {idea.branch}</span> : null}
    </li>
  );
}

export function SolutionBlock(props: {
  readonly view: PageView;
  readonly solutions: ThemeSolutions;
  readonly index: number;
  readonly sent: SentForm | undefined;
}) {
  const { view, solutions, index } = props;
  const cluster = itemAt(solutions.clusters, index);
  const id = `o${index + 1}`;
  const action = (name: string) => view.links.path(`/beheer/oplossingen/${name}`);
  const same = { oplossing: cluster.key };
  const renamed = sentTo(props.sent, 'hernoemen', same);
  const pinAction = cluster.pinned ? 'losmaken' : 'vastzetten';
  const pinned = sentTo(props.sent, pinAction, same);
  const split = sentTo(props.sent, 'splitsen', same);
  const professions = Object.keys(cluster.professions).length > 0;
  return (
    <section aria-labelledby={`${id}-kop`} class="solution-admin" id={id}>
      <h3 id={`${id}-kop`}>{cluster.label}</h3>
      <p class="meta">
        {t.solutionMeta(cluster.ids.length, cluster.pinned, cluster.curated, cluster.cohesion)}
      </p>
      {cluster.label !== cluster.automaticLabel ? (
        <p class="hint">{t.automaticLabel(cluster.automaticLabel)}</p>
      ) : null}
      <dl class="solution-origin">
        <dt>{solutionsText.branchesLabel}</dt>
        <dd>{solutionsText.countedList(cluster.branches) || '—'}</dd>
        {professions ? (
          <>
            <dt>{solutionsText.professionsLabel}</dt>
            <dd>{solutionsText.countedList(cluster.professions)}</dd>
          </>
        ) : null}
      </dl>
      <ul aria-label={t.ideasOf(cluster.label)}>
        {[cluster.quote.id, ...cluster.ids.filter((i) => i !== cluster.quote.id)].map((ideaId) => (
          <IdeaItem view={view} solutions={solutions} id={ideaId} quote={ideaId === cluster.quote.id} />
        ))}
      </ul>
      <details open={renamed !== undefined}>
        <summary>{t.renameHeading}</summary>
        <form method="post" action={action('hernoemen')} class="form" id={`${id}-naam`}>
          <FormHead id={`${id}-naam`} theme={solutions.theme} />
          <input type="hidden" name="oplossing" value={cluster.key} />
          <Field id={`${id}-omschrijving`} label={t.labelLabel} hint={t.labelHint(MAX_LABEL_LENGTH)}>
            <input
              type="text"
              id={`${id}-omschrijving`}
              name="omschrijving"
              required
              maxlength={MAX_LABEL_LENGTH}
              value={renamed ? sentValue(renamed, 'omschrijving') : cluster.curated ? cluster.label : ''}
              aria-describedby={`${id}-omschrijving-hint`}
            />
          </Field>
          <ReasonField id={`${id}-naam-reden`} value={sentValue(renamed, 'reden')} />
          <button type="submit" class="button">
            {t.renameSubmit}
          </button>
        </form>
      </details>
      <details open={pinned !== undefined}>
        <summary>{cluster.pinned ? t.unpinSubmit : t.pinSubmit}</summary>
        <form method="post" action={action(pinAction)} class="form" id={`${id}-vast`}>
          <FormHead id={`${id}-vast`} theme={solutions.theme} />
          <input type="hidden" name="oplossing" value={cluster.key} />
          <p class="hint">{t.pinHint}</p>
          <ReasonField id={`${id}-vast-reden`} value={sentValue(pinned, 'reden')} />
          <button type="submit" class="button">
            {cluster.pinned ? t.unpinSubmit : t.pinSubmit}
          </button>
        </form>
      </details>
      {cluster.ids.length > 1 ? (
        <details open={split !== undefined}>
          <summary>{t.splitHeading}</summary>
          <form method="post" action={action('splitsen')} class="form" id={`${id}-split`}>
            <FormHead id={`${id}-split`} theme={solutions.theme} />
            <input type="hidden" name="oplossing" value={cluster.key} />
            <fieldset>
              <legend>{t.splitLegend}</legend>
              {cluster.ids.map((ideaId, i) => (
                <div class="field field--checkbox">
                  <input
                    type="checkbox"
                    id={`${id}-split-${i}`}
                    name="ideeen"
                    value={ideaId}
                    checked={split?.['ideeen']?.includes(ideaId) ?? false}
                  />
                  <label for={`${id}-split-${i}`}>
                    {ideaId}: {short(solutions.byId.get(ideaId)?.text ?? '')}
                  </label>
                </div>
              ))}
            </fieldset>
            <Field id={`${id}-split-omschrijving`} label={t.optionalLabel}>
              <input
                type="text"
                id={`${id}-split-omschrijving`}
                name="omschrijving"
                maxlength={MAX_LABEL_LENGTH}
                value={sentValue(split, 'omschrijving')}
              />
            </Field>
            <ReasonField id={`${id}-split-reden`} value={sentValue(split, 'reden')} />
            <button type="submit" class="button">
              {t.splitSubmit}
            </button>
          </form>
        </details>
      ) : null}
    </section>
  );
}

/** The ideas in no solution, listed (not only counted). */
export function UnclusteredList(props: { readonly view: PageView; readonly solutions: ThemeSolutions }) {
  const { view, solutions } = props;
  return (
    <section aria-labelledby="geen-oplossing-kop" id="geen-oplossing">
      <h2 id="geen-oplossing-kop">{t.unclusteredHeading(solutions.unclustered.length)}</h2>
      {solutions.unclustered.length === 0 ? (
        <p>{t.noUnclustered}</p>
      ) : (
        <>
          <p>{t.unclusteredLead}</p>
          <ul>
            {solutions.unclustered.map((id) => (
              <IdeaItem view={view} solutions={solutions} id={id} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Move one idea, named by its number, into a solution or out of every one. */
export function MoveForm(props: {
  readonly view: PageView;
  readonly solutions: ThemeSolutions;
  readonly sent: SentForm | undefined;
}) {
  const { view, solutions } = props;
  const sent = sentTo(props.sent, 'verplaatsen');
  const to = sent ? sentValue(sent, 'naar') : undefined;
  return (
    <section aria-labelledby="verplaatsen-kop" id="verplaatsen">
      <h2 id="verplaatsen-kop">{t.moveHeading}</h2>
      <form
        method="post"
        action={view.links.path('/beheer/oplossingen/verplaatsen')}
        class="form"
        id="verplaatsen-form"
      >
        <FormHead id="verplaatsen" theme={solutions.theme} />
        <Field id="verplaatsen-idee" label={t.ideaLabel} hint={t.ideaHint}>
          <input
            type="text"
            id="verplaatsen-idee"
            name="idee"
            required
            maxlength={200}
            autocomplete="off"
            spellcheck={false}
            value={sentValue(sent, 'idee')}
            aria-describedby="verplaatsen-idee-hint"
          />
        </Field>
        <Field id="verplaatsen-naar" label={t.toLabel}>
          <select id="verplaatsen-naar" name="naar">
            {solutions.clusters.map((c) => (
              <option value={c.key} selected={to === c.key}>
                {c.label}
              </option>
            ))}
            <option value="" selected={to === ''}>
              {t.outside}
            </option>
          </select>
        </Field>
        <ReasonField id="verplaatsen-reden" value={sentValue(sent, 'reden')} />
        <button type="submit" class="button">
          {t.moveSubmit}
        </button>
      </form>
    </section>
  );
}

export function MergeForm(props: {
  readonly view: PageView;
  readonly solutions: ThemeSolutions;
  readonly sent: SentForm | undefined;
}) {
  const { view, solutions } = props;
  const sent = sentTo(props.sent, 'samenvoegen');
  if (solutions.clusters.length < 2) return null;
  return (
    <section aria-labelledby="samenvoegen-kop" id="samenvoegen">
      <h2 id="samenvoegen-kop">{t.mergeHeading}</h2>
      <form
        method="post"
        action={view.links.path('/beheer/oplossingen/samenvoegen')}
        class="form"
        id="samenvoegen-form"
      >
        <FormHead id="samenvoegen" theme={solutions.theme} />
        <fieldset>
          <legend>{t.mergeLegend}</legend>
          {solutions.clusters.map((c, i) => (
            <div class="field field--checkbox">
              <input
                type="checkbox"
                id={`samenvoegen-${i}`}
                name="oplossingen"
                value={c.key}
                checked={sent?.['oplossingen']?.includes(c.key) ?? false}
              />
              <label for={`samenvoegen-${i}`}>{c.label}</label>
            </div>
          ))}
        </fieldset>
        <Field id="samenvoegen-omschrijving" label={t.optionalLabel}>
          <input
            type="text"
            id="samenvoegen-omschrijving"
            name="omschrijving"
            maxlength={MAX_LABEL_LENGTH}
            value={sentValue(sent, 'omschrijving')}
          />
        </Field>
        <ReasonField id="samenvoegen-reden" value={sentValue(sent, 'reden')} />
        <button type="submit" class="button">
          {t.mergeSubmit}
        </button>
      </form>
    </section>
  );
}
