/**
 * The curators' page of "Veelgenoemde oplossingen" (`/beheer/oplossingen?thema=…`), without JavaScript:
 * per solution a form to give it a summary line, to pin or unpin it and to split it; for the theme a
 * form to merge solutions and one to move an idea. Every form sends the token as its first field (the
 * write guard reads it before the rest of the body, form-token.ts) and a reason. The proposals for
 * pinned solutions, the near-duplicate pairs (merge or keep) and the latest changes are curator's
 * information: they are shown in the answer to a form that carried the token, never on a plain GET.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { solutionsAdminText as t } from '../../../core/text/solutions-admin-text.js';
import { adminText } from '../../../core/text/page-text.js';
import { solutionsText } from '../../../core/text/solutions-text.js';
import {
  MAX_LABEL_LENGTH,
  SolutionError,
  type ChangedSolutions,
  type FlaggedPair,
  type LabelledChange,
  type SolutionChange,
  type SolutionsStore,
  type SolutionHistoryEntry,
  type ThemeSolutions,
} from '../../store/index.js';
import { requireAdmin } from '../admin-token.js';
import {
  solutionForms,
  themeChoiceQuery,
  type SolutionForm,
  type SolutionFormAction,
} from '../request/request-schemas.js';
import { formOf, queryOf } from '../request/validate.js';
import { readForm } from '../upload-body.js';
import { problemOf } from '../error-handler.js';
import { HttpProblem } from '../http-problem.js';
import { loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { securityMessages } from '../../../core/text/security-messages.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';
import { AdminAlert, Field, TextField, TokenField, type AdminMessage } from '../views/admin-form.js';
import { itemAt } from '../../../core/contract/item-at.js';
import { changeNotes } from './api-solutions.js';

/** Latest changes shown to a curator. */
const HISTORY_SHOWN = 10;
/** Characters of an idea's text in a choice list. */
const CHOICE_TEXT = 80;

type Action = SolutionFormAction;

type Message = Pick<AdminMessage, 'kind' | 'text'>;

interface CuratorInfo {
  readonly duplicates: readonly FlaggedPair[];
  readonly history: readonly SolutionHistoryEntry[];
}

const short = (text: string) => (text.length > CHOICE_TEXT ? `${text.slice(0, CHOICE_TEXT - 1)}…` : text);

function ReasonField(props: { readonly id: string }) {
  return (
    <TextField
      id={props.id}
      name="reden"
      label={t.reasonLabel}
      hint={t.reasonHint}
      maxlength={500}
      required
    />
  );
}

/** The first fields of every form: the token, then the theme. */
function FormHead(props: { readonly id: string; readonly theme: string }) {
  return (
    <>
      <TokenField id={`token-${props.id}`} />
      <input type="hidden" name="thema" value={props.theme} />
    </>
  );
}

function SolutionForms(props: {
  readonly view: PageView;
  readonly solutions: ThemeSolutions;
  readonly index: number;
}) {
  const { view, solutions, index } = props;
  const cluster = itemAt(solutions.clusters, index);
  const id = `o${index + 1}`;
  const action = (name: Action) => view.links.path(`/beheer/oplossingen/${name}`);
  return (
    <section aria-labelledby={`${id}-kop`} class="solution-admin">
      <h3 id={`${id}-kop`}>{cluster.label}</h3>
      <p class="meta">{t.solutionMeta(cluster.ids.length, cluster.pinned, cluster.curated)}</p>
      {cluster.label !== cluster.automaticLabel ? (
        <p class="hint">{t.automaticLabel(cluster.automaticLabel)}</p>
      ) : null}
      <ul>
        {cluster.ids.map((ideaId) => (
          <li>
            <strong>{ideaId}</strong> {solutions.byId.get(ideaId)?.text ?? ''}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t.renameHeading}</summary>
        <form method="post" action={action('hernoemen')} class="form">
          <FormHead id={`${id}-naam`} theme={solutions.theme} />
          <input type="hidden" name="oplossing" value={cluster.key} />
          <Field id={`${id}-omschrijving`} label={t.labelLabel} hint={t.labelHint(MAX_LABEL_LENGTH)}>
            <input
              type="text"
              id={`${id}-omschrijving`}
              name="omschrijving"
              required
              maxlength={MAX_LABEL_LENGTH}
              value={cluster.curated ? cluster.label : ''}
              aria-describedby={`${id}-omschrijving-hint`}
            />
          </Field>
          <ReasonField id={`${id}-naam-reden`} />
          <button type="submit" class="button">
            {t.renameSubmit}
          </button>
        </form>
      </details>
      <details>
        <summary>{cluster.pinned ? t.unpinSubmit : t.pinSubmit}</summary>
        <form method="post" action={action(cluster.pinned ? 'losmaken' : 'vastzetten')} class="form">
          <FormHead id={`${id}-vast`} theme={solutions.theme} />
          <input type="hidden" name="oplossing" value={cluster.key} />
          <p class="hint">{t.pinHint}</p>
          <ReasonField id={`${id}-vast-reden`} />
          <button type="submit" class="button">
            {cluster.pinned ? t.unpinSubmit : t.pinSubmit}
          </button>
        </form>
      </details>
      {cluster.ids.length > 1 ? (
        <details>
          <summary>{t.splitHeading}</summary>
          <form method="post" action={action('splitsen')} class="form">
            <FormHead id={`${id}-split`} theme={solutions.theme} />
            <input type="hidden" name="oplossing" value={cluster.key} />
            <fieldset>
              <legend>{t.splitLegend}</legend>
              {cluster.ids.map((ideaId, i) => (
                <div class="field field--checkbox">
                  <input type="checkbox" id={`${id}-split-${i}`} name="ideeen" value={ideaId} />
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
              />
            </Field>
            <ReasonField id={`${id}-split-reden`} />
            <button type="submit" class="button">
              {t.splitSubmit}
            </button>
          </form>
        </details>
      ) : null}
    </section>
  );
}

function ThemeForms(props: { readonly view: PageView; readonly solutions: ThemeSolutions }) {
  const { view, solutions } = props;
  const ideas = [...solutions.byId.values()];
  return (
    <>
      {solutions.clusters.length > 1 ? (
        <section aria-labelledby="samenvoegen-kop">
          <h2 id="samenvoegen-kop">{t.mergeHeading}</h2>
          <form method="post" action={view.links.path('/beheer/oplossingen/samenvoegen')} class="form">
            <FormHead id="samenvoegen" theme={solutions.theme} />
            <fieldset>
              <legend>{t.mergeLegend}</legend>
              {solutions.clusters.map((c, i) => (
                <div class="field field--checkbox">
                  <input type="checkbox" id={`samenvoegen-${i}`} name="oplossingen" value={c.key} />
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
              />
            </Field>
            <ReasonField id="samenvoegen-reden" />
            <button type="submit" class="button">
              {t.mergeSubmit}
            </button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="verplaatsen-kop">
        <h2 id="verplaatsen-kop">{t.moveHeading}</h2>
        <form method="post" action={view.links.path('/beheer/oplossingen/verplaatsen')} class="form">
          <FormHead id="verplaatsen" theme={solutions.theme} />
          <Field id="verplaatsen-idee" label={t.ideaLabel}>
            <select id="verplaatsen-idee" name="idee" required>
              {ideas.map((idea) => (
                <option value={idea.id}>
                  {idea.id}: {short(idea.text)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="verplaatsen-naar" label={t.toLabel}>
            <select id="verplaatsen-naar" name="naar">
              {solutions.clusters.map((c) => (
                <option value={c.key}>{c.label}</option>
              ))}
              <option value="">{t.outside}</option>
            </select>
          </Field>
          <ReasonField id="verplaatsen-reden" />
          <button type="submit" class="button">
            {t.moveSubmit}
          </button>
        </form>
      </section>
    </>
  );
}

function CuratorSection(props: {
  readonly view: PageView;
  readonly solutions: ThemeSolutions;
  readonly curator: CuratorInfo;
}) {
  const { view, solutions, curator } = props;
  const labelOf = (key: string) => solutions.clusters.find((c) => c.key === key)?.label ?? key;
  const recent = curator.history.slice(-HISTORY_SHOWN).reverse();
  return (
    <>
      <section aria-labelledby="voorstellen-kop">
        <h2 id="voorstellen-kop">{t.proposalsHeading(solutions.proposals.length)}</h2>
        {solutions.proposals.length === 0 ? <p>{t.noProposals}</p> : null}
        {solutions.proposals.map((p, i) => (
          <form method="post" action={view.links.path('/beheer/oplossingen/verplaatsen')} class="form">
            <FormHead id={`voorstel-${i}`} theme={solutions.theme} />
            <p>
              {t.proposal(p.ideaId, labelOf(p.clusterKey), p.similarity)}{' '}
              {solutions.byId.get(p.ideaId)?.text ?? ''}
            </p>
            <input type="hidden" name="idee" value={p.ideaId} />
            <input type="hidden" name="naar" value={p.clusterKey} />
            <ReasonField id={`voorstel-${i}-reden`} />
            <button type="submit" class="button">
              {t.acceptSubmit}
            </button>{' '}
            <button type="submit" class="button" formaction={view.links.path('/beheer/oplossingen/afwijzen')}>
              {t.declineSubmit}
            </button>
          </form>
        ))}
      </section>
      <section aria-labelledby="dubbel-kop">
        <h2 id="dubbel-kop">{t.duplicatesHeading(curator.duplicates.length)}</h2>
        {curator.duplicates.length === 0 ? <p>{t.noDuplicates}</p> : null}
        {curator.duplicates.map((pair, i) => (
          <form method="post" action={view.links.path('/beheer/oplossingen/bijna-dubbel')} class="form">
            <h3>
              {t.duplicatePair(pair.a, pair.b, pair.similarity)} — {t.duplicateStatus[pair.status]}
            </h3>
            <FormHead id={`dubbel-${i}`} theme={solutions.theme} />
            <ul>
              <li>
                <strong>{pair.a}</strong> {solutions.byId.get(pair.a)?.text ?? ''}
              </li>
              <li>
                <strong>{pair.b}</strong> {solutions.byId.get(pair.b)?.text ?? ''}
              </li>
            </ul>
            <input type="hidden" name="a" value={pair.a} />
            <input type="hidden" name="b" value={pair.b} />
            <fieldset>
              <legend>{t.decisionLegend}</legend>
              {[
                ['behouden', t.keepBoth],
                [pair.a, t.mergeInto(pair.a)],
                [pair.b, t.mergeInto(pair.b)],
              ].map(([value, label], j) => (
                <div class="field field--checkbox">
                  <input type="radio" id={`dubbel-${i}-${j}`} name="uitkomst" value={value} required />
                  <label for={`dubbel-${i}-${j}`}>{label}</label>
                </div>
              ))}
            </fieldset>
            <ReasonField id={`dubbel-${i}-reden`} />
            <button type="submit" class="button">
              {t.decideSubmit}
            </button>
          </form>
        ))}
      </section>
      <section aria-labelledby="geschiedenis-kop">
        <h2 id="geschiedenis-kop">{t.historyHeading}</h2>
        {recent.length === 0 ? <p>{t.noHistory}</p> : null}
        <ul>
          {recent.map((h) => (
            <li>{t.historyItem(h.at, h.action, h.reason)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

function SolutionsAdminPage(props: {
  readonly view: PageView;
  readonly enabled: boolean;
  readonly themes: readonly string[];
  readonly theme: string | undefined;
  readonly solutions: ThemeSolutions | undefined;
  readonly curator: CuratorInfo | undefined;
  readonly message: Message | undefined;
}) {
  const { view, themes, theme, solutions, curator, message } = props;
  return (
    <Layout view={view} title={t.title} nav="beheer">
      <p>
        <a href={view.links.to('/beheer')}>← {t.backLink}</a>
      </p>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <AdminAlert message={message} unchanged={t.unchanged} />
      {!props.enabled ? <p class="alert alert--warning">{adminText.disabled}</p> : null}
      {themes.length === 0 ? (
        <p>{t.noThemes}</p>
      ) : (
        <form method="get" action={view.links.path('/beheer/oplossingen')} class="form">
          <Field id="thema-keuze" label={t.themeLabel}>
            <select id="thema-keuze" name="thema">
              {themes.map((name) => (
                <option value={name} selected={name === theme}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" class="button">
            {t.themeSubmit}
          </button>
        </form>
      )}
      {solutions && props.enabled ? (
        <>
          <section aria-labelledby="oplossingen-kop">
            <h2 id="oplossingen-kop">{t.solutionsHeading(solutions.theme, solutions.clusters.length)}</h2>
            {solutions.clusters.map((_, index) => (
              <SolutionForms view={view} solutions={solutions} index={index} />
            ))}
            <p class="hint">{t.unclusteredHeading(solutions.unclustered.length)}</p>
          </section>
          <ThemeForms view={view} solutions={solutions} />
          {curator ? (
            <CuratorSection view={view} solutions={solutions} curator={curator} />
          ) : (
            <section aria-labelledby="beheer-info-kop">
              <h2 id="beheer-info-kop">{t.curatorHeading}</h2>
              <p>{t.curatorLead}</p>
              <form method="post" action={view.links.path('/beheer/oplossingen/bekijken')} class="form">
                <FormHead id="bekijken" theme={solutions.theme} />
                <button type="submit" class="button">
                  {t.curatorSubmit}
                </button>
              </form>
            </section>
          )}
        </>
      ) : null}
    </Layout>
  );
}

const reasonOf = (form: { readonly reden: string }): SolutionChange => ({ reason: form.reden });
const labelled = (form: { readonly reden: string; readonly omschrijving: string }): LabelledChange => {
  const label = form.omschrijving.trim();
  return label ? { reason: form.reden, label } : reasonOf(form);
};

const notesOf = async (changed: Promise<ChangedSolutions>) => changeNotes((await changed).change);

/** Carries out one curator's form, per action (the store records it with its reason); notes for the answer. */
const carryOut: {
  readonly [A in SolutionFormAction]: (solutions: SolutionsStore, form: SolutionForm<A>) => Promise<string[]>;
} = {
  bekijken: () => Promise.resolve([]),
  hernoemen: (s, f) => notesOf(s.rename(f.thema, f.oplossing, f.omschrijving, reasonOf(f))),
  samenvoegen: (s, f) => notesOf(s.merge(f.thema, f.oplossingen, labelled(f))),
  splitsen: (s, f) => notesOf(s.split(f.thema, f.oplossing, f.ideeen, labelled(f))),
  verplaatsen: (s, f) => notesOf(s.move(f.thema, f.idee, f.naar || null, reasonOf(f))),
  vastzetten: (s, f) => notesOf(s.pin(f.thema, f.oplossing, true, reasonOf(f))),
  losmaken: (s, f) => notesOf(s.pin(f.thema, f.oplossing, false, reasonOf(f))),
  afwijzen: (s, f) => notesOf(s.decline(f.thema, f.idee, f.naar, reasonOf(f))),
  'bijna-dubbel': async (s, f) => {
    const outcome = f.uitkomst;
    const pair = { a: f.a, b: f.b };
    if (outcome !== 'behouden' && outcome !== pair.a && outcome !== pair.b)
      throw new SolutionError('bad-request', securityMessages.badForm);
    const decided = await s.decideNearDuplicate(pair, {
      status: outcome === 'behouden' ? 'kept' : 'merged',
      reason: f.reden,
      ...(outcome === 'behouden' ? {} : { keep: outcome }),
    });
    return decided.hidden && decided.keep ? [solutionsText.mergedHidden(decided.hidden, decided.keep)] : [];
  },
};

export function solutionsAdminPages(services: AppServices): Hono {
  const app = new Hono();
  const enabled = services.config.adminToken !== undefined;

  const themeNames = async () => (await services.solutions.themes()).map((th) => th.theme);

  const page = async (
    c: Context,
    theme: string | undefined,
    options: { curator: boolean; message?: Message; status?: ContentfulStatusCode },
  ) => {
    const [view, themes] = await Promise.all([loadPageView(c, services), themeNames()]);
    const known = theme !== undefined && themes.includes(theme) ? theme : undefined;
    const solutions = known && enabled ? await services.solutions.forCurators(known) : undefined;
    const curator =
      solutions && options.curator
        ? {
            duplicates: await services.solutions.nearDuplicates(solutions.theme),
            history: await services.solutions.history(solutions.theme),
          }
        : undefined;
    return renderPage(
      c,
      <SolutionsAdminPage
        view={view}
        enabled={enabled}
        themes={themes}
        theme={known}
        solutions={solutions}
        curator={curator}
        message={options.message}
      />,
      options.status ?? 200,
    );
  };

  app.get('/beheer/oplossingen', queryOf(themeChoiceQuery), async (c) =>
    page(c, c.req.valid('query').thema, { curator: false }),
  );

  /** The page answering a form that failed: the curator's information only to a known curator. */
  const failed = async (c: Context, error: unknown, theme: string | undefined) => {
    const status =
      error instanceof SolutionError
        ? error.failure === 'unknown-theme' || error.failure === 'unknown-cluster'
          ? 404
          : 400
        : undefined;
    const problem = problemOf(error, services.effects);
    const authorised = problem.status !== 401 && problem.status !== 403;
    return page(c, theme, {
      curator: authorised && status !== undefined,
      message: { kind: 'error', text: error instanceof SolutionError ? error.message : problem.message },
      status: status ?? problem.status,
    });
  };
  /** The theme of the form sent, when it could be read. */
  const sentTheme = async (c: Context): Promise<string | undefined> => {
    try {
      const theme = (await readForm(c)).thema;
      return typeof theme === 'string' ? theme.trim() || undefined : undefined;
    } catch {
      return undefined;
    }
  };

  const route = <A extends SolutionFormAction>(action: A) =>
    app.post(
      `/beheer/oplossingen/${action}`,
      ...formOf(
        solutionForms[action],
        async (c, problem) => failed(c, problem, await sentTheme(c)),
        (_c, form) =>
          requireAdmin(
            services.config.adminToken,
            typeof form.token === 'string' && form.token ? form.token : undefined,
          ),
      ),
      async (c) => {
        const form = c.req.valid('form') as SolutionForm<A>;
        try {
          const notes = await carryOut[action](services.solutions, form);
          return await page(c, form.thema, {
            curator: true,
            message: { kind: 'success', text: [t.done[action], ...notes].join(' ') },
          });
        } catch (error) {
          return failed(c, error, form.thema || undefined);
        }
      },
    );
  for (const action of Object.keys(solutionForms) as SolutionFormAction[]) route(action);
  // Any other action: the page, saying the form is not one of ours.
  app.post('/beheer/oplossingen/:actie', async (c) =>
    failed(c, new HttpProblem(404, securityMessages.badForm), undefined),
  );

  return app;
}
